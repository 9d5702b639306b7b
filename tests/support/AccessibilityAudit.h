#pragma once

// What a screen reader cannot get from a window, found by walking the accessibility tree Qt
// gives assistive technology (QAccessibleInterface, what AT-SPI reads on Linux):
// - an interactive control (button, check box, field, list, tab…) with no name;
// - an enabled button a screen reader cannot press (no accessible action);
// - a label whose spoken name does not hold its visible text, with no description that does;
// - a disabled OK or default button with no description of why;
// - an image with no description.
// Each problem is a line naming the control (object name, class) and what is wrong. Hidden
// parts are skipped; a table's cells are left out (its model speaks them, tested apart).
#include <QAbstractButton>
#include <QAccessible>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QStringList>
#include <QTextDocument>
#include <QWidget>

namespace vzaps::testing {

namespace accessibility_detail {

inline QString plainText(const QLabel *label)
{
    QString text = label->text();
    if (label->textFormat() == Qt::RichText ||
        (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text))) {
        QTextDocument document;
        document.setHtml(text);
        text = document.toPlainText();
    }
    // A mnemonic's & is not spoken.
    if (label->buddy())
        text.replace(QRegularExpression(QStringLiteral("&(?!&)")), QString())
            .replace(QStringLiteral("&&"), QStringLiteral("&"));
    return text.simplified();
}

inline QString describe(QAccessibleInterface *iface)
{
    QObject *object = iface->object();
    const QString className =
        object ? QString::fromLatin1(object->metaObject()->className()) : QStringLiteral("?");
    const QString objectName = object ? object->objectName() : QString();
    return QStringLiteral("%1 (%2, “%3”)")
        .arg(objectName.isEmpty() ? QStringLiteral("<unnamed object>") : objectName, className,
             iface->text(QAccessible::Name));
}

inline bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::PageTab:
    case QAccessible::Link:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::List:
    case QAccessible::MenuItem:
        return true;
    default:
        return false;
    }
}

inline bool isButton(QAccessible::Role role)
{
    return role == QAccessible::PushButton || role == QAccessible::ButtonMenu ||
           role == QAccessible::ButtonDropDown || role == QAccessible::CheckBox ||
           role == QAccessible::RadioButton;
}

inline bool isDefaultButton(const QWidget *widget)
{
    const auto *button = qobject_cast<const QPushButton *>(widget);
    if (!button)
        return false;
    if (button->isDefault())
        return true;
    for (QWidget *parent = button->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto *box = qobject_cast<QDialogButtonBox *>(parent))
            return box->buttonRole(const_cast<QPushButton *>(button)) ==
                   QDialogButtonBox::AcceptRole;
    }
    return false;
}

inline void audit(QAccessibleInterface *iface, QStringList &problems, int depth)
{
    if (!iface || !iface->isValid() || depth > 64)
        return;
    const QAccessible::State state = iface->state();
    if (state.invisible)
        return;
    const QAccessible::Role role = iface->role();
    const QString name = iface->text(QAccessible::Name).trimmed();
    const QString description = iface->text(QAccessible::Description).trimmed();
    auto *widget = qobject_cast<QWidget *>(iface->object());

    if (isInteractive(role) && name.isEmpty())
        problems << QStringLiteral("no name: ") + describe(iface);
    if (isButton(role) && !state.disabled) {
        QAccessibleActionInterface *actions = iface->actionInterface();
        if (!actions || actions->actionNames().isEmpty())
            problems << QStringLiteral("cannot be pressed: ") + describe(iface);
    }
    if (widget && isDefaultButton(widget) && state.disabled && description.isEmpty())
        problems << QStringLiteral("disabled without saying why: ") + describe(iface);
    if (auto *label = qobject_cast<QLabel *>(widget)) {
        if (!label->pixmap().isNull() || role == QAccessible::Graphic) {
            if (description.isEmpty())
                problems << QStringLiteral("image without a description: ") + describe(iface);
        } else {
            const QString visible = plainText(label);
            // The name may say more ("Connection: Connected"), never less.
            if (!visible.isEmpty() && !name.simplified().contains(visible) &&
                !description.simplified().contains(visible))
                problems << QStringLiteral("label speaks “%1” but shows “%2”: %3")
                                .arg(name, visible.left(80), describe(iface));
        }
    } else if (role == QAccessible::Graphic && description.isEmpty()) {
        problems << QStringLiteral("image without a description: ") + describe(iface);
    }
    // A table's cells are its model's text, spoken as such; walking thousands adds nothing.
    if (role == QAccessible::Table || role == QAccessible::Tree || role == QAccessible::List)
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        audit(iface->child(i), problems, depth + 1);
}

} // namespace accessibility_detail

// What a screen reader says a widget is: its accessible name, else its description (a label's
// purpose while it shows no text).
inline QString spokenName(const QWidget *widget)
{
    QAccessibleInterface *iface =
        QAccessible::queryAccessibleInterface(const_cast<QWidget *>(widget));
    if (!iface)
        return {};
    const QString name = iface->text(QAccessible::Name).trimmed();
    return name.isEmpty() ? iface->text(QAccessible::Description).trimmed() : name;
}

inline QStringList accessibilityProblems(QWidget *root)
{
    QStringList problems;
    accessibility_detail::audit(QAccessible::queryAccessibleInterface(root), problems, 0);
    problems.removeDuplicates();
    return problems;
}

} // namespace vzaps::testing
