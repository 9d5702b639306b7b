#pragma once

#include <QAbstractButton>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QString>

#include <type_traits>

// Small helpers the widgets of every area share.
namespace vzaps::ui {

// What a label is for ("Status", "Why OK is disabled"), for assistive technology: its
// description. Its name stays its visible text, so a screen reader hears the value
// ("RUNNING"), then what it is.
inline void setPurpose(QLabel *label, const QString &purpose)
{
    label->setAccessibleName(QString());
    label->setAccessibleDescription(purpose);
}

// Names a widget for tests and for assistive technology in one go; a label gets `accessibleName`
// as its purpose (setPurpose()).
template<typename W>
W *named(W *widget, const QString &objectName, const QString &accessibleName)
{
    widget->setObjectName(objectName);
    if constexpr (std::is_base_of_v<QLabel, W>)
        setPurpose(widget, accessibleName);
    else if constexpr (std::is_base_of_v<QWidget, W>)
        widget->setAccessibleName(accessibleName);
    else // an action's buttons and menu items take their accessible name from its text
        Q_UNUSED(accessibleName);
    return widget;
}

// Enables `button`, or disables it saying why: the reason is its tooltip and its accessible
// description, so the mouse and a screen reader get the same sentence.
void setEnabledSaying(QAbstractButton *button, bool enabled, const QString &whyNot);

// Turns on the line edit's clear button (×) and names it for assistive technology ("Clear
// text"), which Qt leaves without a name.
void enableClearButton(QLineEdit *edit);

// A selectable, word-wrapped label.
QLabel *wrappedLabel(const QString &objectName, Qt::Alignment alignment = Qt::AlignCenter);

QFont scaledFont(const QFont &base, qreal factor, bool bold);

} // namespace vzaps::ui
