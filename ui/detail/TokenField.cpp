#include "ui/detail/TokenField.h"

#include "ui/detail/ReadOnlyField.h"

#include "core/presentation/DisplayText.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

int TokenField::widthForToken(const QWidget *widget)
{
    const QFontMetrics metrics(QFontDatabase::systemFont(QFontDatabase::FixedFont), widget);
    // The line edit's own frame and text margins come on top of the text.
    return metrics.horizontalAdvance(QString(kTokenChars, u'0')) + 16;
}

TokenField::TokenField(QWidget *parent)
    : QWidget(parent)
    , m_value(newReadOnlyField(this, u"detailTokenValue"_s, tr("Instance token")))
    , m_reveal(new QPushButton(this))
    , m_copy(new QPushButton(tr("Copy"), this))
{
    m_value->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_reveal->setObjectName(u"detailRevealTokenButton"_s);
    m_reveal->setCheckable(true);
    m_reveal->setAutoDefault(false);
    connect(m_reveal, &QPushButton::toggled, this, &TokenField::setRevealed);

    m_copy->setObjectName(u"detailCopyTokenButton"_s);
    m_copy->setAccessibleName(tr("Copy instance token"));
    m_copy->setToolTip(tr("Copy the instance token to the clipboard"));
    m_copy->setAutoDefault(false);
    connect(m_copy, &QPushButton::clicked, this, &TokenField::copy);

    // The value has a line of its own, the whole width of the panel: a revealed token is
    // read in one piece (the panel is at least kTokenChars wide), not scrolled in a slot
    // beside the buttons.
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_reveal);
    buttons->addWidget(m_copy);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_value);
    layout->addLayout(buttons);
    refresh();
}

void TokenField::setToken(const QString &token)
{
    m_token = token;
    m_revealed = false;
    refresh();
}

void TokenField::setRevealed(bool revealed)
{
    if (revealed == m_revealed)
        return;
    m_revealed = revealed;
    refresh();
}

void TokenField::copy()
{
    if (m_token.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_token);
    Q_EMIT message(tr("Instance token copied to the clipboard."));
}

void TokenField::refresh()
{
    const bool has = !m_token.isEmpty();
    const bool shown = has && m_revealed;
    // The masked text is not the token, so neither selecting nor copying it leaks anything.
    m_value->setText(!has ? tr("None") : shown ? m_token : u"••••••••"_s);
    m_value->setCursorPosition(0);
    m_value->setFocusPolicy(shown ? Qt::StrongFocus : Qt::NoFocus);
    // A token longer than the line (not one of VZaps' own) can be read whole in the tooltip.
    const bool fits = m_value->fontMetrics().horizontalAdvance(m_token) + 8 <= m_value->width();
    m_value->setToolTip(!shown ? tr("Hidden. Press Reveal to show it.")
                        : fits ? QString()
                               : display::toolTip(m_token));

    const QSignalBlocker blocker(m_reveal);
    m_reveal->setChecked(shown);
    m_reveal->setEnabled(has);
    m_reveal->setText(shown ? tr("Hide") : tr("Reveal"));
    m_reveal->setAccessibleName(shown ? tr("Hide instance token") : tr("Reveal instance token"));
    m_copy->setEnabled(has);
}

} // namespace vzaps::ui
