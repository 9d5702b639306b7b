#include "tests/support/FakeNotificationServer.h"

#include <QDBusError>

using namespace Qt::StringLiterals;

namespace vzaps::test {

namespace {
const QString kService = u"org.freedesktop.Notifications"_s;
const QString kPath = u"/org/freedesktop/Notifications"_s;
} // namespace

FakeNotificationServer::FakeNotificationServer(QStringList capabilities, QObject *parent)
    : QObject(parent)
    , m_bus(
          QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"fake-notification-server"_s))
    , m_capabilities(std::move(capabilities))
{}

FakeNotificationServer::~FakeNotificationServer()
{
    if (m_bus.isConnected()) {
        m_bus.unregisterService(kService);
        m_bus.unregisterObject(kPath);
    }
    QDBusConnection::disconnectFromBus(u"fake-notification-server"_s);
}

bool FakeNotificationServer::start()
{
    if (!m_bus.isConnected()) {
        m_error = u"no session bus (run the test under dbus-run-session): "_s +
                  m_bus.lastError().message();
        return false;
    }
    if (!m_bus.registerObject(kPath, this,
                              QDBusConnection::ExportScriptableSlots |
                                  QDBusConnection::ExportScriptableSignals)) {
        m_error = u"cannot export the object: "_s + m_bus.lastError().message();
        return false;
    }
    if (!m_bus.registerService(kService)) {
        m_error = u"cannot take the service name: "_s + m_bus.lastError().message();
        return false;
    }
    return true;
}

uint FakeNotificationServer::Notify(const QString &app_name, uint replaces_id,
                                    const QString &app_icon, const QString &summary,
                                    const QString &body, const QStringList &actions,
                                    const QVariantMap &hints, int expire_timeout)
{
    ReceivedNotice notice{app_name, replaces_id, app_icon,       summary, body,
                          actions,  hints,       expire_timeout, 0};
    // As servers do: a notice that is still open is replaced, a closed one is not there to be.
    notice.id = m_open.contains(replaces_id) ? replaces_id : ++m_lastId;
    m_open.insert(notice.id);
    m_received.append(notice);
    Q_EMIT notified();
    return notice.id;
}

void FakeNotificationServer::close(uint id)
{
    m_open.remove(id);
    Q_EMIT NotificationClosed(id, 2); // dismissed by the user
}

void FakeNotificationServer::CloseNotification(uint id)
{
    m_open.remove(id);
    Q_EMIT NotificationClosed(id, 3);
}

QString FakeNotificationServer::GetServerInformation(QString &vendor, QString &version,
                                                     QString &spec_version) const
{
    vendor = u"VZaps Desk tests"_s;
    version = u"1"_s;
    spec_version = u"1.2"_s;
    return u"fake-notification-server"_s;
}

} // namespace vzaps::test
