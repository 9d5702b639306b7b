#pragma once

#include <QDBusConnection>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QVariantMap>

namespace vzaps::test {

// What a fake notification server was sent in one Notify call.
struct ReceivedNotice {
    QString appName;
    uint replacesId = 0;
    QString appIcon;
    QString summary;
    QString body;
    QStringList actions;
    QVariantMap hints;
    int expireTimeout = 0;
    uint id = 0; // what the server answered
};

// org.freedesktop.Notifications as a desktop's notification server offers it, on its own
// connection to the session bus (run the test under dbus-run-session), so the calls of the
// code under test really go through the bus daemon. It records what it is sent and can
// "click" a notice or close it.
class FakeNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    explicit FakeNotificationServer(QStringList capabilities = {QStringLiteral("actions"),
                                                                QStringLiteral("body")},
                                    QObject *parent = nullptr);
    ~FakeNotificationServer() override;

    // Takes the service name on the session bus; false (with `error()`) when it cannot.
    bool start();
    QString error() const { return m_error; }

    QList<ReceivedNotice> received() const { return m_received; }
    void click(uint id) { Q_EMIT ActionInvoked(id, QStringLiteral("default")); }
    void close(uint id);

public Q_SLOTS:
    Q_SCRIPTABLE QStringList GetCapabilities() const { return m_capabilities; }
    Q_SCRIPTABLE uint Notify(const QString &app_name, uint replaces_id, const QString &app_icon,
                             const QString &summary, const QString &body,
                             const QStringList &actions, const QVariantMap &hints,
                             int expire_timeout);
    Q_SCRIPTABLE void CloseNotification(uint id);
    Q_SCRIPTABLE QString GetServerInformation(QString &vendor, QString &version,
                                              QString &spec_version) const;

Q_SIGNALS:
    Q_SCRIPTABLE void NotificationClosed(uint id, uint reason);
    Q_SCRIPTABLE void ActionInvoked(uint id, const QString &action_key);
    // Not on the bus: for QSignalSpy.
    void notified();

private:
    QDBusConnection m_bus;
    QStringList m_capabilities;
    QList<ReceivedNotice> m_received;
    QSet<uint> m_open;
    uint m_lastId = 0;
    QString m_error;
};

} // namespace vzaps::test
