#include "ui/common/WidgetHelpers.h"

#include <QCoreApplication>
#include <QToolButton>

namespace vzaps::ui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("vzaps::ui", text);
}
} // namespace

void setEnabledSaying(QAbstractButton *button, bool enabled, const QString &whyNot)
{
    button->setEnabled(enabled);
    const QString reason = enabled ? QString() : whyNot;
    button->setToolTip(reason);
    button->setAccessibleDescription(reason);
}

void enableClearButton(QLineEdit *edit)
{
    edit->setClearButtonEnabled(true);
    // The button Qt makes for the clear action, a tool button inside the line edit.
    for (QToolButton *button : edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly)) {
        if (button->accessibleName().isEmpty())
            button->setAccessibleName(tr("Clear text"));
    }
}

QLabel *wrappedLabel(const QString &objectName, Qt::Alignment alignment)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // it often shows server text: never markup
    label->setAlignment(alignment);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QFont scaledFont(const QFont &base, qreal factor, bool bold)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace vzaps::ui
