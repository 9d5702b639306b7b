#pragma once

#include <QFont>
#include <QLabel>
#include <QString>

#include <type_traits>

// Small helpers the widgets of every area share.
namespace vzaps::ui {

// Names a widget for tests and for assistive technology in one go.
template<typename W>
W *named(W *widget, const QString &objectName, const QString &accessibleName)
{
    widget->setObjectName(objectName);
    if constexpr (std::is_base_of_v<QWidget, W>)
        widget->setAccessibleName(accessibleName);
    else // an action's buttons and menu items take their accessible name from its text
        Q_UNUSED(accessibleName);
    return widget;
}

// A selectable, word-wrapped label.
QLabel *wrappedLabel(const QString &objectName, Qt::Alignment alignment = Qt::AlignCenter);

QFont scaledFont(const QFont &base, qreal factor, bool bold);

} // namespace vzaps::ui
