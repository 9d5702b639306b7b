#pragma once

#include "core/api/InstancesApi.h"
#include "core/presentation/InstanceStore.h"
#include "core/presentation/InstanceTableModel.h"
#include "core/presentation/StatusFilter.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <chrono>

namespace vzaps {

class StatusScan;

// Drives the instance table from the server (docs/architecture.md §3): holds the list query
// (search, sort, page, page size), sends it, merges the newest reply into the account's
// InstanceStore and shows its rows, and keeps the state the window shows: loading, ready,
// empty, or an error with the last good rows kept and marked stale. The summary follows
// what the store learns between replies. Search is debounced; auto-refresh runs on a
// timer that the window pauses while hidden.
class InstanceListController : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,    // nothing asked yet (no credentials)
        Loading, // first load, or a load after the query changed, with no rows to show yet
        Ready,   // rows (possibly none) from the newest reply
        Error,   // the newest request failed; rows from before are kept, marked stale
    };
    Q_ENUM(State)

    static constexpr std::chrono::milliseconds kSearchDebounce{300};
    static constexpr std::chrono::seconds kDefaultAutoRefresh{30};

    explicit InstanceListController(ApiClient &client, QObject *parent = nullptr);
    ~InstanceListController() override;

    InstanceTableModel *model() const { return m_model; }
    ApiClient &client() const { return m_client; }
    // What is known about each instance of the account; the table's rows read from it.
    InstanceStore &store() const { return *m_store; }
    // Asks the server for one instance now and merges the reply; an instance the server no
    // longer has leaves the store.
    void refetch(const QString &id);
    // An action changed the instance on the server: asks for it and for the list again.
    // Changes in one go (a bulk run) are asked for together, and past a few instances
    // the list reply alone brings them, so a bulk run does not flood the server.
    void reloadAfterChange(const QString &id);
    static constexpr int kMaxRefetchAtOnce = 3;

    const ListQuery &query() const { return m_query; }
    // Sets the whole query without asking the server (e.g. restoring the last session's
    // page size and sort before the first refresh()).
    void setQuery(const ListQuery &query);
    // Each of these asks the server again; all but refresh() go back to page 1.
    void setSearch(const QString &text); // debounced
    // A search still waiting out its debounce is sent now (Enter in the search field).
    void searchNow();
    // The rows on screen are those of the current search, and nothing newer is on its way.
    bool showsCurrentSearch() const
    {
        return !isBusy() && !m_debounce.isActive() && m_hasLoaded &&
               m_shownSearch == m_query.search.trimmed();
    }
    void setSort(const QString &field, bool descending);
    void setPageSize(int size);
    void setPage(int page);
    void nextPage() { setPage(m_query.page + 1); }
    void previousPage() { setPage(m_query.page - 1); }
    // Now, with the current query; nothing while the server's rate limit is waited out
    // (the request under way tries again by itself at the end of it).
    void refresh();
    // A page for `query` is being fetched elsewhere (vzaps-desk's start fetches its first
    // page on a worker thread): until adoptPage() brings it, the controller is busy with
    // it as with a request of its own. Returns the ticket adoptPage() needs; asking the
    // server for anything in between makes the ticket stale.
    quint64 expectPage(const ListQuery &query);
    // Shows the page (or the error) expected under `ticket`, as a reply to a request of its
    // own; false, and nothing shown, when something newer was asked for since.
    bool adoptPage(quint64 ticket, const Result<InstancePage> &page);
    // Forgets rows and state (e.g. another account): the next refresh() starts afresh.
    void clear();

    // A status filter (Status ▾) shows the matching instances of the whole account instead
    // of a page: StatusScan reads every page of the search, and the table shows its matches
    // as they come. Changing the filter alone reuses what was read; a new search or sort, or
    // refresh(), reads again. An empty filter goes back to pages.
    void setStatusFilter(const StatusFilter &filter);
    const StatusFilter &statusFilter() const { return m_statusFilter; }
    // "Search all fields": the search text is matched here against every field (phone, push
    // name, webhook, labels, events…) of every instance of the account, read without a
    // search; with no text, pages as before.
    void setSearchAllFields(bool on);
    bool searchesAllFields() const { return m_searchAllFields; }
    // The table shows matches from the whole account (a status filter, or a search of all
    // fields), not a page.
    bool filtersByStatus() const { return !scanFilter().isEmpty(); }
    // What the whole account is read with, and what its instances are matched against.
    ListQuery scanQuery() const;
    StatusFilter scanFilter() const;
    StatusScan &statusScan() const { return *m_statusScan; }
    // A server that filters by status itself (Preferences::serverFiltersByStatus): a reading
    // asks it for the connection and billing statuses checked, so it reads only those pages;
    // the filter is still applied here, so a server that ignores the keys changes nothing
    // but the time it takes.
    void setServerFiltersByStatus(bool on);
    bool serverFiltersByStatus() const { return m_serverFiltersByStatus; }

    // What the table shows, all in one (a saved view): search, sort, filter.
    struct View {
        QString search;
        bool searchAllFields = false;
        QString sort;
        bool sortDescending = false;
        StatusFilter filter;
        friend bool operator==(const View &a, const View &b)
        {
            return a.search.trimmed() == b.search.trimmed() &&
                   a.searchAllFields == b.searchAllFields && a.sort == b.sort &&
                   a.sortDescending == b.sortDescending && a.filter == b.filter;
        }
    };
    View view() const;
    // Shows `view` with one request (or one reading of the account); page 1.
    void showView(const View &view);

    void setAutoRefreshInterval(std::chrono::seconds interval); // 0 turns it off
    std::chrono::seconds autoRefreshInterval() const { return m_autoRefreshInterval; }
    void setAutoRefreshPaused(bool paused);
    bool isAutoRefreshPaused() const { return m_autoRefreshPaused; }
    bool isAutoRefreshRunning() const { return m_autoRefresh.isActive(); }
    void setDebounce(std::chrono::milliseconds debounce); // tests shorten it

    State state() const { return m_state; }
    bool isBusy() const { return !m_call.isNull() || m_expectingPage; }
    // A request for exactly `query` is on its way (so asking again would only repeat it).
    bool isFetching(const ListQuery &query) const { return isBusy() && m_sentQuery == query; }
    bool isStale() const { return m_state == State::Error && m_hasLoaded; }
    bool hasLoaded() const { return m_hasLoaded; }
    const ApiError &lastError() const { return m_lastError; }
    // Until when the request under way waits for the server's rate limit; invalid when it
    // does not.
    QDateTime waitingUntil() const { return m_waitingUntil; }
    bool isWaitingForRateLimit() const
    {
        return m_waitingUntil.isValid() && isBusy() &&
               m_waitingUntil > QDateTime::currentDateTimeUtc();
    }
    QDateTime lastUpdated() const { return m_lastUpdated; }
    // The search of the rows on screen (not of a request still under way).
    QString shownSearch() const { return m_shownSearch; }

    qint64 total() const { return m_total; }
    // Under a status filter the matches are one list: one page.
    int totalPages() const { return filtersByStatus() ? 1 : m_totalPages; }
    bool hasNextPage() const { return !filtersByStatus() && m_query.page < m_totalPages; }
    bool hasPreviousPage() const { return !filtersByStatus() && m_query.page > 1; }
    const QList<SummaryCounter> &summary() const { return m_summary; }
    // The search the summary counts (of the list reply it came with).
    const QString &summarySearch() const { return m_summarySearch; }

    // "41–60 of 1,234", or "0 of 0".
    QString rangeText() const;
    // "1,234 instances · 1,100 connected · 12 past due" from `summary` and `total`.
    QString summaryText() const;

Q_SIGNALS:
    void stateChanged(vzaps::InstanceListController::State state);
    void queryChanged();
    // A reply was applied: total, pages, summary and lastUpdated are new.
    void pageLoaded();
    // The summary or the total changed by what the store learned since the last reply.
    void summaryChanged();
    void busyChanged(bool busy);
    // waitingUntil() changed: a 429 began or ended a wait.
    void waitingChanged();

private:
    // Forgets the request in flight or the page expected (neither is applied any more)
    // and returns the generation of the next one, for m_query.
    quint64 beginLoad();
    void showLoading(); // busy, and Loading until something has loaded
    void send();
    // The reply to the newest request or expected page, for m_sentQuery.
    void receive(const Result<InstancePage> &page);
    void apply(const InstancePage &page);
    void fail(const ApiError &error);
    void setState(State state);
    void restartAutoRefresh();
    void endWaiting();
    void onStoreChanged(const QString &id, const Instance &before);
    void showStatusMatches();
    // After the filter, the search or its fields changed: reads the account, or pages again.
    void followViewMode(bool wasFiltering);
    void dropPageRequest();
    void updateStatusState();
    void onStoreRemoved(const Instance &last);

    ApiClient &m_client;
    InstancesApi m_instances;
    InstanceStore *m_store;
    InstanceTableModel *m_model;
    InstanceStore::Ticket m_pageTicket = 0; // of the request in flight or the page expected
    bool m_applyingPage = false;
    ListQuery m_query;
    ListQuery m_sentQuery; // what the request in flight (m_call) or the expected page is for
    QString m_shownSearch;
    QPointer<ApiCall> m_call;
    bool m_expectingPage = false; // expectPage() under way (instead of m_call)
    quint64 m_generation = 0;

    QTimer m_debounce;
    QTimer m_reloadSoon; // gathers reloadAfterChange() calls of one go
    QSet<QString> m_changedIds;
    QTimer m_autoRefresh;
    std::chrono::seconds m_autoRefreshInterval = kDefaultAutoRefresh;
    bool m_autoRefreshPaused = false;

    State m_state = State::Idle;
    bool m_hasLoaded = false;
    ApiError m_lastError;
    QDateTime m_lastUpdated;
    QDateTime m_waitingUntil;
    qint64 m_total = 0;
    int m_totalPages = 0;
    QList<SummaryCounter> m_summary;
    QString m_summarySearch;
    StatusFilter m_statusFilter;
    bool m_searchAllFields = false;
    bool m_serverFiltersByStatus = false;
    StatusScan *m_statusScan;
};

} // namespace vzaps
