#pragma once

#include "core/presentation/DisplayText.h"

#include <QLineEdit>

namespace vzaps::ui {

// A label-like, read-only line for long unbreakable values (ids, tokens): never squeezed to
// nothing or cut without a way to read it; it scrolls, selects and copies exactly the value.
inline QLineEdit *newReadOnlyField(QWidget *parent, const QString &objectName,
                                   const QString &accessibleName)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setAccessibleName(accessibleName);
    field->setReadOnly(true);
    field->setFrame(false);
    field->setStyleSheet(QStringLiteral("QLineEdit { background: transparent; border: none; }"));
    field->setMinimumWidth(60);
    return field;
}

// Sets the text and shows its start (a long value scrolled to its end reads badly).
inline void setFieldText(QLineEdit *field, const QString &text)
{
    field->setText(text);
    field->setCursorPosition(0);
    field->setToolTip(display::toolTip(text));
}

} // namespace vzaps::ui
