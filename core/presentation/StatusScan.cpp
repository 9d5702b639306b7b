#include "core/presentation/StatusScan.h"

#include "core/presentation/AccountScan.h"
#include "core/presentation/InstanceStore.h"

namespace vzaps {

namespace {

bool sameReading(const ListQuery &a, const ListQuery &b)
{
    return a.search.trimmed() == b.search.trimmed() && a.sort == b.sort &&
           a.sortDescending == b.sortDescending && a.connected == b.connected &&
           a.billingStatuses == b.billingStatuses;
}

} // namespace

StatusScan::StatusScan(ApiClient &client, InstanceStore &store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{
    m_refilterSoon.setSingleShot(true);
    m_refilterSoon.setInterval(0);
    connect(&m_refilterSoon, &QTimer::timeout, this, &StatusScan::refilter);
    connect(&m_store, &InstanceStore::changed, this,
            [this](const QString &id, const Instance &before) {
                if (before.id.isEmpty() && !m_merging)
                    onStoreGained(id);
                else
                    onStoreChanged(id);
            });
    connect(&m_store, &InstanceStore::removed, this,
            [this](const QString &id, const Instance &) { onStoreRemoved(id); });
    connect(&m_store, &InstanceStore::cleared, this, [this] {
        // Another account: nothing read for this one is kept.
        m_hasQuery = false;
        m_scannedIds.clear();
        m_scannedSet.clear();
        m_previousIds.clear();
        m_matching.clear();
        m_matchScanned.clear();
        m_matchPrevious.clear();
        m_total = -1;
        m_complete = false;
        m_failed = false;
        m_completedAt = {};
        m_waitingUntil = {};
        m_kept.clear();
        cancel();
        Q_EMIT matchesChanged();
    });
}

StatusScan::~StatusScan() = default;

bool StatusScan::isScanning() const
{
    return m_scan && m_scan->isRunning();
}

void StatusScan::show(const ListQuery &query, const StatusFilter &filter)
{
    m_filter = filter;
    if (m_hasQuery && sameReading(query, m_query)) {
        refilter();
        if (!m_complete && !isScanning())
            startReading(); // cut short or failed before: read it all now
        return;
    }
    if (m_hasQuery)
        keepCompleteReading();
    m_query = query;
    m_hasQuery = true;
    if (restoreKeptReading(query))
        return refilter();
    m_scannedIds.clear(); // another search: what was read does not belong to it
    m_scannedSet.clear();
    startReading();
}

void StatusScan::keepCompleteReading()
{
    if (!m_complete)
        return;
    for (qsizetype i = 0; i < m_kept.size(); ++i) {
        if (sameReading(m_kept[i].query, m_query))
            m_kept.removeAt(i--);
    }
    m_kept.prepend({m_query, m_scannedIds, m_total, m_completedAt});
    while (m_kept.size() > kKeptReadings)
        m_kept.removeLast();
}

bool StatusScan::restoreKeptReading(const ListQuery &query)
{
    for (qsizetype i = 0; i < m_kept.size(); ++i) {
        if (!sameReading(m_kept[i].query, query))
            continue;
        cancel();
        KeptReading kept = m_kept.takeAt(i);
        m_scannedIds = std::move(kept.ids);
        m_scannedSet = QSet<QString>(m_scannedIds.cbegin(), m_scannedIds.cend());
        m_previousIds.clear();
        m_total = kept.total;
        m_completedAt = kept.completedAt;
        m_complete = true;
        m_failed = false;
        m_error = {};
        Q_EMIT progressChanged();
        return true;
    }
    return false;
}

StatusScan::StateCounts StatusScan::stateCounts(const StatusFilter &base) const
{
    StatusFilter keep;
    keep.ids = base.ids;
    keep.text = base.text;
    StateCounts counts;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    StatusFilter cancelsSoon;
    cancelsSoon.cancelsSoon = true;
    for (const QString &id : m_scannedIds) {
        const Instance *instance = m_store.find(id);
        if (!instance || !keep.matches(*instance, now))
            continue;
        ++counts.read;
        if (instance->connected == true)
            ++counts.connected;
        else if (instance->connected == false)
            ++counts.disconnected;
        if (!instance->billingStatus.isEmpty())
            ++counts.billing[instance->billingStatus.toUpper()];
        if (cancelsSoon.matches(*instance, now))
            ++counts.cancelsSoon;
    }
    return counts;
}

qint64 StatusScan::countMatching(const StatusFilter &filter) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 count = 0;
    for (const QString &id : m_scannedIds) {
        const Instance *instance = m_store.find(id);
        if (instance && filter.matches(*instance, now))
            ++count;
    }
    return count;
}

void StatusScan::rescan()
{
    if (m_hasQuery)
        startReading();
}

void StatusScan::cancel()
{
    m_waitingUntil = {};
    if (m_scan) {
        m_scan->disconnect(this);
        m_scan->cancel();
        m_scan->deleteLater();
        m_scan.clear();
        Q_EMIT progressChanged();
    }
}

void StatusScan::startReading()
{
    if (m_scan) {
        m_scan->disconnect(this);
        m_scan->cancel();
        m_scan->deleteLater();
    }
    // The same search read again: its earlier matches stay until read again or the end.
    m_previousIds = m_scannedIds;
    m_scannedIds.clear();
    m_scannedSet.clear();
    m_ticket = m_store.nextTicket();
    m_waitingUntil = {};
    m_total = -1;
    m_complete = false;
    m_failed = false;
    m_error = {};
    refilter();
    m_scan = new AccountScan(m_client, m_query, this);
    connect(m_scan, &AccountScan::instancesArrived, this, [this](const QList<Instance> &page) {
        m_merging = true; // one refilter for the page, not one per instance
        // As a reply to a request sent when the reading started: what the store learned
        // since wins, and an instance deleted since is not brought back.
        m_store.mergeAll(page, m_ticket);
        m_merging = false;
        // Only the page is looked at: what was read before it matched as it did.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const Instance &instance : page) {
            if (m_scannedSet.contains(instance.id))
                continue;
            m_scannedSet.insert(instance.id);
            m_scannedIds.append(instance.id);
            const Instance *stored = m_store.find(instance.id);
            if (stored && m_filter.matches(*stored, now))
                m_matchScanned.append(instance.id);
        }
        if (!m_matchPrevious.isEmpty()) {
            m_matchPrevious.removeIf(
                [this](const QString &id) { return m_scannedSet.contains(id); });
        }
        publishMatches();
    });
    connect(m_scan, &AccountScan::progressed, this, [this](qint64, qint64 total) {
        m_total = total;
        Q_EMIT progressChanged();
    });
    connect(m_scan, &AccountScan::waitingForRateLimit, this, [this](int seconds) {
        m_waitingUntil = QDateTime::currentDateTimeUtc().addSecs(seconds);
        Q_EMIT waitingForRateLimit(seconds);
        Q_EMIT progressChanged();
    });
    connect(m_scan, &AccountScan::finished, this, [this] {
        m_previousIds.clear(); // those not read again are gone
        refilter();
        m_waitingUntil = {};
        m_complete = true;
        m_completedAt = QDateTime::currentDateTimeUtc();
        Q_EMIT progressChanged();
    });
    connect(m_scan, &AccountScan::failed, this, [this](const ApiError &error) {
        m_previousIds.clear(); // what is shown is what this reading found
        refilter();
        m_waitingUntil = {};
        m_error = error;
        m_failed = true;
        Q_EMIT progressChanged();
    });
    m_scan->start();
    Q_EMIT progressChanged();
}

void StatusScan::refilter()
{
    m_matchScanned.clear();
    m_matchPrevious.clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto matches = [&](const QString &id) {
        const Instance *instance = m_store.find(id);
        return instance && m_filter.matches(*instance, now);
    };
    for (const QString &id : std::as_const(m_scannedIds)) {
        if (matches(id))
            m_matchScanned.append(id);
    }
    // Matches of the reading before, not read again yet, after those read again.
    for (const QString &id : std::as_const(m_previousIds)) {
        if (!m_scannedSet.contains(id) && matches(id))
            m_matchPrevious.append(id);
    }
    publishMatches();
}

void StatusScan::publishMatches()
{
    QStringList matching =
        m_matchPrevious.isEmpty() ? m_matchScanned : m_matchScanned + m_matchPrevious;
    if (matching == m_matching)
        return;
    m_matching = std::move(matching);
    Q_EMIT matchesChanged();
}

void StatusScan::onStoreChanged(const QString &id)
{
    // What an action or a realtime event taught the store may move it in or out: looked at
    // once per turn of the event loop, however many changes came.
    if (!m_merging && (m_scannedSet.contains(id) || m_previousIds.contains(id)) &&
        !m_refilterSoon.isActive())
        m_refilterSoon.start();
}

void StatusScan::onStoreGained(const QString &id)
{
    // An instance the readings have not seen (created here, or a page of the list brought
    // it): the kept readings no longer hold the whole account, so they go; a reading of the
    // whole account (no search) takes it in, and it matches or not like any other.
    m_kept.clear();
    if (!m_hasQuery || !m_query.search.trimmed().isEmpty() || m_query.filtersOnServerByStatus() ||
        m_scannedSet.contains(id))
        return;
    m_scannedSet.insert(id);
    m_scannedIds.prepend(id); // newest first, as the default order has it
    if (!m_refilterSoon.isActive())
        m_refilterSoon.start();
}

void StatusScan::onStoreRemoved(const QString &id)
{
    const bool previous = m_previousIds.removeOne(id);
    if (!m_scannedSet.remove(id) && !previous)
        return;
    m_scannedIds.removeOne(id);
    if (!m_refilterSoon.isActive())
        m_refilterSoon.start();
}

} // namespace vzaps
