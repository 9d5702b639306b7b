#include "ui/style/DeskStyle.h"

#include "ui/style/DrawnIcon.h"
#include "ui/style/FlatBars.h"

#include <QApplication>
#include <QMainWindow>
#include <QStyleOption>

namespace vzaps::ui {

void DeskStyle::install()
{
    if (qobject_cast<DeskStyle *>(QApplication::style()))
        return;
    QApplication::setStyle(new DeskStyle(QApplication::style()->name()));
}

DeskStyle::DeskStyle(const QString &baseStyleName)
    : QProxyStyle(baseStyleName)
{}

// Asked each time: setBaseStyle() can change the base after construction.
bool DeskStyle::overFusion() const
{
    return baseStyle()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0;
}

QIcon DeskStyle::standardIcon(StandardPixmap icon, const QStyleOption *option,
                              const QWidget *widget) const
{
    switch (icon) {
    case SP_LineEditClearButton:
        return QIcon(new DrawnIcon(DrawnIcon::Shape::ClearText));
    case SP_ToolBarHorizontalExtensionButton: {
        const Qt::LayoutDirection direction =
            widget ? widget->layoutDirection() : QGuiApplication::layoutDirection();
        return QIcon(new DrawnIcon(direction == Qt::RightToLeft ? DrawnIcon::Shape::ChevronsLeft
                                                                : DrawnIcon::Shape::ChevronsRight));
    }
    case SP_ToolBarVerticalExtensionButton:
        return QIcon(new DrawnIcon(DrawnIcon::Shape::ChevronsDown));
    default:
        return QProxyStyle::standardIcon(icon, option, widget);
    }
}

void DeskStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                            const QWidget *widget) const
{
    if (element == CE_ToolBar && overFusion()) {
        const auto *toolBar = qstyleoption_cast<const QStyleOptionToolBar *>(option);
        // Like Fusion, only a main window's tool bars get a background.
        const bool inMainWindow =
            !widget || qobject_cast<const QMainWindow *>(widget->parentWidget());
        if (toolBar && inMainWindow && toolBar->toolBarArea == Qt::TopToolBarArea) {
            flatbars::paintToolBar(*toolBar, painter);
            return;
        }
    }
    if (element == CE_HeaderSection && overFusion()) {
        const auto *header = qstyleoption_cast<const QStyleOptionHeader *>(option);
        if (header && flatbars::paintHeaderSection(*header, painter))
            return;
    }
    QProxyStyle::drawControl(element, option, painter, widget);
}

void DeskStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                   QPainter *painter, const QWidget *widget) const
{
    if (control == CC_ScrollBar && overFusion() &&
        !styleHint(SH_ScrollBar_Transient, option, widget)) {
        if (const auto *scrollBar = qstyleoption_cast<const QStyleOptionSlider *>(option)) {
            flatbars::paintScrollBar(*this, *baseStyle(), *scrollBar, painter, widget);
            return;
        }
    }
    QProxyStyle::drawComplexControl(control, option, painter, widget);
}

} // namespace vzaps::ui
