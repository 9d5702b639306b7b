#pragma once

#include "core/notify/DesktopNotice.h"

#include <QDBusConnection>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>

namespace vzaps::notify {

// Who the notices are from: the name shown, the icon's theme name and the desktop entry the
// notification server maps them to (so the desktop's notification settings can silence them).
struct NotifierIdentity {
    QString appName;
    QString iconName;
    QString desktopEntry; // without ".desktop"
};

// Desktop notifications over org.freedesktop.Notifications (the Desktop Notifications
// Specification 1.2) on a D-Bus connection, never waiting for the bus: every call is
// asynchronous. The server's capabilities are asked once, before the first notice, to know
// whether it reads markup and offers actions. A notice replaces the one shown before with the
// same key; clicking it (the "default" action) reports its key. Without a notification
// service nothing breaks: one log line, the notices are dropped, and the service is looked
// for again a while later.
class FreedesktopNotifier : public QObject
{
    Q_OBJECT
public:
    FreedesktopNotifier(const QDBusConnection &bus, NotifierIdentity identity,
                        QObject *parent = nullptr);
    ~FreedesktopNotifier() override;

    void show(const DesktopNotice &notice);

    // False once the bus said there is no notification service (until it is looked for again).
    bool isAvailable() const { return m_state != State::Missing; }

Q_SIGNALS:
    void activated(const QString &key);
    // The server answered a notice; tests wait for this.
    void shown(const QString &key);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    enum class State { Unknown, Asking, Ready, Missing };
    void askCapabilities();
    void send(const DesktopNotice &notice);

    QDBusConnection m_bus;
    NotifierIdentity m_identity;
    State m_state = State::Unknown;
    bool m_markup = false;
    bool m_actions = false;
    QList<DesktopNotice> m_waiting; // until the capabilities are known
    QHash<QString, uint> m_idOfKey;
    QHash<uint, QString> m_keyOfId;
    QElapsedTimer m_missingSince;
};

} // namespace vzaps::notify
