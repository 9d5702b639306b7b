#include "ui/detail/TokenField.h"

#include "ui/detail/ReadOnlyField.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

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

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_value, 1);
    layout->addWidget(m_reveal);
    layout->addWidget(m_copy);
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
    m_value->setToolTip(shown ? QString() : tr("Hidden. Press Reveal to show it."));

    const QSignalBlocker blocker(m_reveal);
    m_reveal->setChecked(shown);
    m_reveal->setEnabled(has);
    m_reveal->setText(shown ? tr("Hide") : tr("Reveal"));
    m_reveal->setAccessibleName(shown ? tr("Hide instance token") : tr("Reveal instance token"));
    m_copy->setEnabled(has);
}

} // namespace vzaps::ui
