#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

// The languages vzaps-desk speaks: its source English and Brazilian Portuguese
// (resources/translations/). vzapsctl stays English: scripts read its output.
namespace vzaps::desk::translations {

// Where the app's own .qm files are (embedded from resources/translations/).
inline constexpr char kAppTranslationsDir[] = ":/i18n";

// The locale whose language the texts are in, for the Settings choice `language`: "en",
// "pt_BR", or empty for the system's, read from LANGUAGE, LC_ALL, LC_MESSAGES and LANG
// (QLocale::system()): any Portuguese gets Brazilian Portuguese, anything else English.
QLocale chosenLocale(const QString &language, const QLocale &system = QLocale::system());

// The language of the Settings (empty: the system's) in place before any widget exists: its
// translators, and, for an explicit choice, its locale as the default so numbers and dates
// follow the language.
void apply(QCoreApplication &app, const QString &language);

// What install() put in place.
struct Installed {
    bool app = false; // vzaps-desk_<lang>.qm
    bool qt = false;  // qtbase_<lang>.qm: Qt's own texts (standard buttons, file dialogs)
};

// Installs the translators for `locale` on `app`: none for English; for Portuguese the app's
// from `appDir` and Qt's from `qtDir` (Debian: qt6-translations-l10n). A file that is missing
// or loads empty is left out, so it never shadows the English texts.
Installed install(QCoreApplication &app, const QLocale &locale,
                  const QString &appDir = QString::fromLatin1(kAppTranslationsDir),
                  const QString &qtDir = QString());

} // namespace vzaps::desk::translations
