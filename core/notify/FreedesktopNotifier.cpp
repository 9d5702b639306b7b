#include "core/notify/FreedesktopNotifier.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>
#include <QPointer>
#include <QVariantMap>
#include <algorithm>

Q_LOGGING_CATEGORY(lcNotify, "vzaps.notify")

using namespace Qt::StringLiterals;

namespace vzaps::notify {

namespace {

const QString kService = u"org.freedesktop.Notifications"_s;
const QString kPath = u"/org/freedesktop/Notifications"_s;
const QString kInterface = u"org.freedesktop.Notifications"_s;
// A missing service is looked for again after this long.
constexpr qint64 kLookAgainAfterMs = 5 * 60 * 1000;
// The most a title or body is given (servers cut long texts anyway; these are the app's own
// sentences around names from the server).
constexpr qsizetype kMaxTextChars = 400;

QString bounded(const QString &text)
{
    return text.size() > kMaxTextChars ? text.left(kMaxTextChars - 1) + u'…' : text;
}

} // namespace

FreedesktopNotifier::FreedesktopNotifier(const QDBusConnection &bus, NotifierIdentity identity,
                                         QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_identity(std::move(identity))
{
    if (!m_bus.isConnected())
        return;
    m_bus.connect(kService, kPath, kInterface, u"ActionInvoked"_s, this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(kService, kPath, kInterface, u"NotificationClosed"_s, this,
                  SLOT(onNotificationClosed(uint, uint)));
}

FreedesktopNotifier::~FreedesktopNotifier() = default;

void FreedesktopNotifier::show(const DesktopNotice &notice)
{
    if (m_state == State::Missing) {
        if (m_missingSince.elapsed() < kLookAgainAfterMs)
            return;
        m_state = State::Unknown;
    }
    if (m_state == State::Ready)
        return send(notice);
    // The same key's notice waiting already is replaced, as on screen.
    m_waiting.erase(std::remove_if(m_waiting.begin(), m_waiting.end(),
                                   [&notice](const DesktopNotice &waiting) {
                                       return waiting.key == notice.key;
                                   }),
                    m_waiting.end());
    m_waiting.append(notice);
    if (m_state == State::Unknown)
        askCapabilities();
}

void FreedesktopNotifier::askCapabilities()
{
    if (!m_bus.isConnected()) {
        qCInfo(lcNotify) << "no session bus; desktop notifications are off";
        m_state = State::Missing;
        m_missingSince.start();
        m_waiting.clear();
        return;
    }
    m_state = State::Asking;
    const QDBusMessage call =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, u"GetCapabilities"_s);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this](QDBusPendingCallWatcher *finished) {
                finished->deleteLater();
                const QDBusPendingReply<QStringList> reply = *finished;
                if (reply.isError()) {
                    qCInfo(lcNotify).noquote()
                        << "no desktop notification service:" << reply.error().name();
                    m_state = State::Missing;
                    m_missingSince.start();
                    m_waiting.clear();
                    return;
                }
                const QStringList capabilities = reply.value();
                m_markup = capabilities.contains(u"body-markup"_s);
                m_actions = capabilities.contains(u"actions"_s);
                m_state = State::Ready;
                const QList<DesktopNotice> waiting = std::exchange(m_waiting, {});
                for (const DesktopNotice &notice : waiting)
                    send(notice);
            });
}

void FreedesktopNotifier::send(const DesktopNotice &notice)
{
    QVariantMap hints;
    hints.insert(u"desktop-entry"_s, m_identity.desktopEntry);
    hints.insert(u"urgency"_s, QVariant::fromValue<uchar>(notice.urgent ? 2 : 1));
    QStringList actions;
    if (m_actions)
        actions << u"default"_s << tr("Show");
    const QString body = bounded(notice.body);
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, u"Notify"_s);
    call << m_identity.appName << m_idOfKey.value(notice.key, 0u) << m_identity.iconName
         << bounded(notice.title) << (m_markup ? body.toHtmlEscaped() : body) << actions << hints
         << -1;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    const QString key = notice.key;
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, key](QDBusPendingCallWatcher *finished) {
                finished->deleteLater();
                const QDBusPendingReply<uint> reply = *finished;
                if (reply.isError()) {
                    qCInfo(lcNotify).noquote()
                        << "the notification service refused a notice:" << reply.error().name();
                    return;
                }
                const uint id = reply.value();
                const uint previous = m_idOfKey.value(key, 0u);
                if (previous != 0 && previous != id)
                    m_keyOfId.remove(previous);
                m_idOfKey.insert(key, id);
                m_keyOfId.insert(id, key);
                Q_EMIT shown(key);
            });
}

void FreedesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    const auto key = m_keyOfId.constFind(id);
    if (key == m_keyOfId.cend() || actionKey != u"default"_s)
        return; // another application's, or not ours to act on
    Q_EMIT activated(*key);
}

void FreedesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason);
    const auto key = m_keyOfId.constFind(id);
    if (key == m_keyOfId.cend())
        return;
    // Closed: the next notice of that key is a new one.
    m_idOfKey.remove(*key);
    m_keyOfId.erase(key);
}

} // namespace vzaps::notify
