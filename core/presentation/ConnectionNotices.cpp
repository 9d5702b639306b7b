#include "core/presentation/ConnectionNotices.h"

#include "core/presentation/DisplayText.h"
#include "core/presentation/InstanceStore.h"
#include "core/presentation/WatchList.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vzaps {

namespace {
constexpr std::chrono::milliseconds kDefaultBurstWindow{600};
constexpr qsizetype kMaxNameChars = 60;
} // namespace

ConnectionNotices::ConnectionNotices(const InstanceStore &store, const WatchList &watchList,
                                     QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_watchList(watchList)
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(kDefaultBurstWindow);
    connect(&m_flush, &QTimer::timeout, this, &ConnectionNotices::flush);
}

void ConnectionNotices::setChoices(bool disconnects, bool connects)
{
    m_disconnects = disconnects;
    m_connects = connects;
}

QString ConnectionNotices::burstKey(bool connected)
{
    return connected ? u"watched-connected"_s : u"watched-disconnected"_s;
}

void ConnectionNotices::connectionChanged(const QString &instanceId, bool connected)
{
    if (!m_watchList.contains(instanceId) || !(connected ? m_connects : m_disconnects))
        return;
    const Instance *instance = m_store.find(instanceId);
    Change change;
    change.id = instanceId;
    change.name = display::cut(instance && !instance->name.isEmpty() ? instance->name : instanceId,
                               kMaxNameChars);
    change.pushName =
        instance ? display::cut(instance->whatsappPushName, kMaxNameChars) : QString();
    change.connected = connected;
    // Disconnected and connected again within the moment: only the last one counts.
    m_pending.erase(std::remove_if(m_pending.begin(), m_pending.end(),
                                   [&instanceId](const Change &c) { return c.id == instanceId; }),
                    m_pending.end());
    m_pending.append(change);
    if (!m_flush.isActive())
        m_flush.start();
}

void ConnectionNotices::flush()
{
    const QList<Change> pending = std::exchange(m_pending, {});
    QList<Change> disconnected;
    QList<Change> connected;
    for (const Change &change : pending)
        (change.connected ? connected : disconnected).append(change);
    tell(disconnected, false);
    tell(connected, true);
}

void ConnectionNotices::tell(const QList<Change> &changes, bool connected)
{
    if (changes.isEmpty())
        return;
    if (changes.size() <= kMostSingleNotices) {
        for (const Change &change : changes) {
            notify::DesktopNotice told;
            told.key = change.id;
            if (connected) {
                told.title = tr("“%1” connected").arg(change.name);
                told.body =
                    change.pushName.isEmpty()
                        ? tr("Its WhatsApp session is connected.")
                        : tr("Its WhatsApp session is connected as %1.").arg(change.pushName);
            } else {
                told.title = tr("“%1” disconnected").arg(change.name);
                told.body = tr("Its WhatsApp session is no longer connected.");
            }
            Q_EMIT notice(told);
        }
        return;
    }
    QStringList names;
    for (const Change &change : changes.mid(0, kMostNamesInABurst))
        names.append(change.name);
    const int more = int(changes.size()) - int(names.size());
    notify::DesktopNotice told;
    told.key = burstKey(connected);
    told.title = connected ? tr("%n watched instances connected", nullptr, int(changes.size()))
                           : tr("%n watched instances disconnected", nullptr, int(changes.size()));
    told.body = more > 0 ? tr("%1 and %n more", nullptr, more).arg(names.join(u", "_s))
                         : names.join(u", "_s);
    Q_EMIT notice(told);
}

} // namespace vzaps
