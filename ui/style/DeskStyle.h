#pragma once

#include <QProxyStyle>

namespace vzaps::ui {

// vzaps-desk's application style: the platform's (or -style's) style, with
//  - the few standard icons the main window needs at start drawn in code. Qt's own are PNG
//    files, and reading the first image file makes Qt load every image-format plugin (SVG,
//    JPEG, GIF, ICO…): milliseconds of start-up for icons a dozen pixels wide;
//  - over Fusion, flat opaque tool bar, header sections and scroll bars (FlatBars.h says
//    why). Other base styles keep their own.
// Both found with bench/desk.
class DeskStyle : public QProxyStyle
{
    Q_OBJECT
public:
    // Wraps the style the application already has (respects -style and QT_STYLE_OVERRIDE).
    static void install();

    explicit DeskStyle(const QString &baseStyleName);

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget = nullptr) const override;

private:
    bool overFusion() const;
};

} // namespace vzaps::ui
