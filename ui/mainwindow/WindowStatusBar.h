#pragma once

#include <QDateTime>
#include <QObject>

class QLabel;
class QProgressBar;
class QStatusBar;
class QTimer;

namespace vzaps::ui {

// The permanent parts of the main window's status bar: "Updated N s ago" (ticking while
// the window is shown), the account and server, the Sandbox badge, and a notice that
// stays until dismissed (e.g. that secrets will not be remembered).
class WindowStatusBar : public QObject
{
    Q_OBJECT
public:
    explicit WindowStatusBar(QStatusBar &bar);

    void setAccount(const QString &account, const QString &where, bool sandbox);
    // When the list was last loaded (invalid: nothing to say) and how often it refreshes.
    void setUpdated(const QDateTime &when, int refreshSeconds);
    // Ticks once a second while running, so "N s ago" stays true.
    void setTicking(bool on);
    void showNotice(const QString &text);
    // What the list is waiting for (e.g. the server's rate limit, with its countdown);
    // empty hides it.
    void setWaiting(const QString &text);
    // What the list is busy with for longer than a moment ("Loading…"), beside a moving
    // busy sign; empty hides both.
    void setBusy(const QString &text);
    // How the shown instance is kept up to date ("Live · 1 watched", "Polling every 30 s");
    // empty hides it.
    void setLive(const QString &text);

Q_SIGNALS:
    void tick();

private:
    QStatusBar &m_bar;
    QLabel *m_notice;
    QLabel *m_waiting;
    QProgressBar *m_spinner;
    QLabel *m_busy;
    QLabel *m_live;
    QLabel *m_updated;
    QLabel *m_account;
    QLabel *m_sandbox;
    QTimer *m_tick;
};

} // namespace vzaps::ui
