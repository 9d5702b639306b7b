#pragma once

#include "core/presentation/StatusFilter.h"
#include "core/types/ApiError.h"
#include "core/types/InstanceInput.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace vzaps {

class AccountScan;
class ApiClient;
class InstanceStore;

// The table's rows while a status filter is on (the summary's chips): the instances of the
// whole account that match the search and the filter, found by reading every page
// (AccountScan) and merged into the account's InstanceStore as they come, so the table, the
// detail panel and the actions work on them as on any page. The instances read are kept: a
// filter changed on the same search is applied to them at once, without reading again, until
// something changes the search or sort, or Refresh reads again. What the store learns later
// (an action, a realtime event) moves an instance in or out of the matches at once.
class StatusScan : public QObject
{
    Q_OBJECT
public:
    StatusScan(ApiClient &client, InstanceStore &store, QObject *parent = nullptr);
    ~StatusScan() override;

    // Shows the matches of `filter` for `query`'s search and sort: those read already when
    // the search and sort are the ones last read (reading on if that was cut short), else
    // from a new reading.
    void show(const ListQuery &query, const StatusFilter &filter);
    // Reads everything again (Refresh).
    void rescan();
    // Stops reading; what was read stays.
    void cancel();

    // How many of the instances read (for the search last read) hold each state, among
    // those that `base`'s ids and text keep (its state parts are not looked at). Whole-account
    // figures once isComplete().
    struct StateCounts {
        qint64 read = 0; // the instances `base` keeps
        qint64 connected = 0;
        qint64 disconnected = 0;
        QHash<QString, qint64> billing; // upper case status → count
        qint64 cancelsSoon = 0;
    };
    StateCounts stateCounts(const StatusFilter &base) const;
    // How many of the instances read match `filter`.
    qint64 countMatching(const StatusFilter &filter) const;
    // The search and sort of the last reading (or the one under way); false before any.
    bool hasReading() const { return m_hasQuery; }
    const ListQuery &readQuery() const { return m_query; }
    // Complete readings of other searches and sorts kept to come back to without reading
    // again (switching between saved views), the most recent first.
    static constexpr int kKeptReadings = 4;

    // The matches, in the server's order.
    const QStringList &matchingIds() const { return m_matching; }
    bool isScanning() const;
    // Read to the end (not cut short, not failed).
    bool isComplete() const { return m_complete; }
    qint64 scanned() const { return m_scannedIds.size(); }
    qint64 total() const { return m_total; } // -1 until the first page tells
    // When the last complete reading ended; invalid while none has.
    QDateTime completedAt() const { return m_completedAt; }
    // Until when the reading waits out the server's rate limit; invalid when it does not.
    QDateTime waitingUntil() const { return m_waitingUntil; }
    bool isWaitingForRateLimit() const
    {
        return isScanning() && m_waitingUntil.isValid() &&
               m_waitingUntil > QDateTime::currentDateTimeUtc();
    }
    // The last reading stopped on this error (until the next reading starts).
    bool hasFailed() const { return m_failed; }
    const ApiError &lastError() const { return m_error; }

Q_SIGNALS:
    void matchesChanged();
    void progressChanged(); // scanned, total, scanning, complete or the error changed
    void waitingForRateLimit(int seconds);

private:
    struct KeptReading {
        ListQuery query;
        QStringList ids;
        qint64 total = -1;
        QDateTime completedAt;
    };
    void startReading();
    void keepCompleteReading();
    bool restoreKeptReading(const ListQuery &query);
    void refilter();       // looks at every instance read
    void publishMatches(); // m_matching from the two parts below
    void onStoreChanged(const QString &id);
    void onStoreGained(const QString &id);
    void onStoreRemoved(const QString &id);

    ApiClient &m_client;
    InstanceStore &m_store;
    QPointer<AccountScan> m_scan;
    ListQuery m_query; // the search and sort read
    bool m_hasQuery = false;
    StatusFilter m_filter;
    QStringList m_scannedIds; // every instance read, in the server's order
    QSet<QString> m_scannedSet;
    // What the reading before this one read, for the same search and sort: shown until this
    // one has read them again or has ended (so Refresh does not empty the table).
    QStringList m_previousIds;
    quint64 m_ticket = 0; // every page of one reading merges as sent when it started
    QDateTime m_waitingUntil;
    QStringList m_matching;      // m_matchScanned, then m_matchPrevious
    QStringList m_matchScanned;  // matches among m_scannedIds, in their order
    QStringList m_matchPrevious; // matches among m_previousIds not read again yet
    qint64 m_total = -1;
    bool m_complete = false;
    QDateTime m_completedAt;
    ApiError m_error;
    bool m_failed = false;
    bool m_merging = false; // a page of the reading is being merged into the store
    QTimer m_refilterSoon;
    QList<KeptReading> m_kept;
};

} // namespace vzaps
