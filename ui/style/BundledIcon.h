#pragma once

#include <QIcon>
#include <QString>

namespace vzaps::ui {

// The icon the desktop's icon theme has under the freedesktop name `themeName` (list-add,
// edit-delete…), else the app's own drawing of it (resources/icons/actions/<name>.svg),
// painted in the palette's text colour at whatever size is asked for: it reads on a light
// and on a dark theme alike, and greys out with its disabled action.
QIcon themedIcon(const QString &themeName);

// The app's own drawing alone, whatever the theme has (for tests and for the look that
// must not depend on the desktop). A null icon for a name the app does not bundle.
QIcon bundledIcon(const QString &themeName);

// VZaps Desk's own icon: the installed one of the icon theme (hicolor), else the embedded
// copy, so a build that runs from its folder shows it too.
QIcon applicationIcon();

} // namespace vzaps::ui
