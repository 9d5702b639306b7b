#include "ui/mainwindow/WindowStatusBar.h"

#include "core/presentation/DisplayText.h"
#include "ui/common/WidgetHelpers.h"
#include "ui/style/ToneStyle.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

namespace {

QString badgeStyle(format::Tone tone)
{
    const ToneColors colors = toneColors(tone);
    return u"QLabel { background: %1; color: %2; border-radius: 8px; padding: 1px 8px; "
           u"font-weight: bold; }"_s.arg(colors.background.name(), colors.foreground.name());
}

} // namespace

WindowStatusBar::WindowStatusBar(QStatusBar &bar)
    : QObject(&bar)
    , m_bar(bar)
    , m_notice(named(new QLabel, u"noticeLabel"_s, tr("Notice")))
    , m_waiting(named(new QLabel, u"waitingLabel"_s, tr("Waiting")))
    , m_spinner(named(new QProgressBar, u"busySpinner"_s, tr("Busy")))
    , m_busy(named(new QLabel, u"busyLabel"_s, tr("Busy")))
    , m_live(named(new QLabel, u"liveLabel"_s, tr("Live updates")))
    , m_updated(named(new QLabel, u"updatedLabel"_s, tr("Last update")))
    , m_account(named(new QLabel, u"accountLabel"_s, tr("Account")))
    , m_sandbox(named(new QLabel(tr("Sandbox")), u"sandboxLabel"_s, tr("Sandbox")))
    , m_tick(new QTimer(this))
{
    bar.setObjectName(u"statusBar"_s);
    bar.setAccessibleName(tr("Status"));
    m_sandbox->setToolTip(tr("Connected to the local sandbox: demo data, no real account."));
    // The badges get their style sheets when first shown: a style sheet costs start-up
    // time (bench/desk) even on a hidden label.
    m_sandbox->hide();
    m_notice->setWordWrap(false);
    m_notice->hide();
    m_live->setContentsMargins(8, 0, 8, 0);
    m_live->setToolTip(tr("The instance shown in the details is updated live while its "
                          "realtime connection is open; the table refreshes on its interval."));
    m_live->hide();
    for (QLabel *label : {m_updated, m_account})
        label->setContentsMargins(8, 0, 8, 0);
    m_waiting->hide();
    m_spinner->setRange(0, 0);
    m_spinner->setTextVisible(false);
    m_spinner->setFixedSize(48, 10);
    m_spinner->hide();
    m_busy->setTextFormat(Qt::PlainText); // the search text is the user's
    m_busy->hide();
    bar.addPermanentWidget(m_spinner);
    bar.addPermanentWidget(m_busy);
    bar.addPermanentWidget(m_waiting);
    bar.addPermanentWidget(m_notice);
    bar.addPermanentWidget(m_live);
    bar.addPermanentWidget(m_updated);
    bar.addPermanentWidget(m_account);
    bar.addPermanentWidget(m_sandbox);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &WindowStatusBar::tick);
}

void WindowStatusBar::setBusy(const QString &text)
{
    m_busy->setText(text);
    m_busy->setAccessibleName(text.isEmpty() ? tr("Busy") : text);
    m_busy->setVisible(!text.isEmpty());
    m_spinner->setVisible(!text.isEmpty());
}

void WindowStatusBar::setAccount(const QString &account, const QString &where, bool sandbox)
{
    if (sandbox && m_sandbox->styleSheet().isEmpty())
        m_sandbox->setStyleSheet(badgeStyle(format::Tone::Warning));
    m_sandbox->setVisible(sandbox);
    m_account->setText(account.isEmpty() ? where : tr("%1 at %2").arg(account, where));
    m_account->setToolTip(tr("Account and server of this window"));
}

void WindowStatusBar::setUpdated(const QDateTime &when, int refreshSeconds)
{
    if (!when.isValid()) {
        m_updated->clear();
        return;
    }
    const qint64 seconds = qMax<qint64>(0, when.secsTo(QDateTime::currentDateTimeUtc()));
    if (seconds < 60)
        m_updated->setText(tr("Updated %1 s ago").arg(seconds));
    else if (seconds < 3600)
        m_updated->setText(tr("Updated %1 min ago").arg(seconds / 60));
    else
        m_updated->setText(
            tr("Updated at %1")
                .arg(QLocale().toString(when.toLocalTime().time(), QLocale::ShortFormat)));
    m_updated->setToolTip(
        refreshSeconds > 0
            ? tr("Refreshes every %1 s while the window is shown").arg(refreshSeconds)
            : tr("Automatic refresh is off; F5 refreshes"));
}

void WindowStatusBar::setTicking(bool on)
{
    if (on)
        m_tick->start();
    else
        m_tick->stop();
}

void WindowStatusBar::setWaiting(const QString &text)
{
    m_waiting->setText(text);
    m_waiting->setAccessibleName(text.isEmpty() ? tr("Waiting") : text);
    m_waiting->setVisible(!text.isEmpty());
}

void WindowStatusBar::setLive(const QString &text)
{
    m_live->setText(text);
    m_live->setAccessibleName(text.isEmpty() ? tr("Live updates") : text);
    m_live->setVisible(!text.isEmpty());
}

void WindowStatusBar::showNotice(const QString &text)
{
    // The full sentence goes to the message area for a while and stays in the tooltip;
    // the badge keeps saying that something needs attention.
    if (m_notice->styleSheet().isEmpty())
        m_notice->setStyleSheet(badgeStyle(format::Tone::Bad));
    m_notice->setText(tr("⚠ Notice"));
    m_notice->setToolTip(display::toolTip(text));
    m_notice->setAccessibleDescription(text);
    m_notice->show();
    m_bar.showMessage(text, 20000);
}

} // namespace vzaps::ui
