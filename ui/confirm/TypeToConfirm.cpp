#include "ui/confirm/TypeToConfirm.h"

#include "ui/common/WidgetHelpers.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

namespace {

// The text as a person means it: without the surrounding whitespace, in one case, and
// without accents, so "otica visao clara" confirms "Ótica Visão Clara". Decomposing first
// (NFD) turns "é" into "e" and a combining acute, whichever way it was typed; the marks are
// then dropped. Every dash ("—" in "Padaria Pão Quente — Pedidos") counts as the "-" on the
// keyboard. Letters themselves, their order and inner spaces still have to match.
QString comparable(const QString &text)
{
    const QString decomposed = text.trimmed().normalized(QString::NormalizationForm_KD);
    QString plain;
    plain.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Punctuation_Dash)
            plain += u'-';
        else if (c.category() != QChar::Mark_NonSpacing)
            plain += c;
    }
    return plain.toCaseFolded();
}

} // namespace

TypeToConfirm::TypeToConfirm(const QString &expectedText, const QString &prompt, QWidget *parent)
    : QWidget(parent)
    , m_expected(expectedText)
    , m_prompt(named(new QLabel, u"confirmPrompt"_s, tr("What to type")))
    , m_edit(named(new QLineEdit, u"confirmEdit"_s, tr("Confirmation")))
{
    named(this, u"typeToConfirm"_s, tr("Type to confirm"));
    const QString pattern = prompt.isEmpty() ? tr("Type %1 to confirm.") : prompt;
    // Rich text only for the bold; the expected text may hold anything, so it is escaped.
    m_prompt->setTextFormat(Qt::RichText);
    m_prompt->setWordWrap(true);
    m_prompt->setText(
        pattern.toHtmlEscaped().arg(u"<b>"_s + m_expected.toHtmlEscaped() + u"</b>"_s));
    m_prompt->setBuddy(m_edit);
    enableClearButton(m_edit);
    // The accessible description says what to type, for screen readers that skip the label.
    m_edit->setAccessibleDescription(pattern.arg(m_expected));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_prompt);
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textChanged, this, &TypeToConfirm::changed);
}

bool TypeToConfirm::isConfirmed() const
{
    return matches(m_edit->text(), m_expected);
}

bool TypeToConfirm::matches(const QString &typed, const QString &expected)
{
    const QString wanted = comparable(expected);
    return !wanted.isEmpty() && comparable(typed) == wanted;
}

} // namespace vzaps::ui
