#include "ui/accounts/ConnectionResultView.h"

#include "core/presentation/DisplayText.h"
#include "ui/common/WidgetHelpers.h"
#include "ui/style/ToneStyle.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

ConnectionResultView::ConnectionResultView(QWidget *parent)
    : QWidget(parent)
    , m_label(named(new QLabel, u"connectionResultLabel"_s, tr("Connection test result")))
    , m_progress(named(new QProgressBar, u"connectionProgress"_s, tr("Testing the connection")))
{
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText); // server texts are never markup
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    clear();
}

void ConnectionResultView::showRunning(const QString &text)
{
    showText(text, format::Tone::Neutral);
    m_progress->show();
}

void ConnectionResultView::showOutcome(const ConnectionCheck::Outcome &outcome)
{
    format::Tone tone = format::Tone::Bad;
    if (outcome.ok())
        tone = format::Tone::Good;
    else if (outcome.saysNothingAboutCredentials())
        tone = format::Tone::Warning; // maybe only for now: the credentials may be right
    showText(outcome.message, tone);
}

void ConnectionResultView::showNote(const QString &text)
{
    showText(text, format::Tone::Neutral);
}

void ConnectionResultView::clear()
{
    m_label->clear();
    m_label->hide();
    m_progress->hide();
}

QString ConnectionResultView::text() const
{
    return m_label->isHidden() ? QString() : m_label->text();
}

void ConnectionResultView::showText(const QString &text, format::Tone tone)
{
    const ToneColors colors = toneColors(tone);
    m_label->setStyleSheet(
        u"QLabel { background: %1; color: %2; border-radius: 4px; "
        u"padding: 6px 8px; }"_s.arg(colors.background.name(), colors.foreground.name()));
    m_label->setText(display::cut(text, 1000));
    m_label->show();
    m_progress->hide();
}

} // namespace vzaps::ui
