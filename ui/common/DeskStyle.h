#pragma once

#include <QProxyStyle>

namespace vzaps::ui {

// vzaps-desk's application style: the platform's (or -style's) style, with the few
// standard icons the main window needs at start drawn in code. Qt's own are PNG files,
// and reading the first image file makes Qt load every image-format plugin (SVG, JPEG,
// GIF, ICO…): milliseconds of start-up for icons a dozen pixels wide (bench/desk).
class DeskStyle : public QProxyStyle
{
    Q_OBJECT
public:
    // Wraps the style the application already has (respects -style and QT_STYLE_OVERRIDE).
    static void install();

    explicit DeskStyle(const QString &baseStyleName);

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace vzaps::ui
