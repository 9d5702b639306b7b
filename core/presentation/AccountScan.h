#pragma once

#include "core/types/ApiError.h"
#include "core/types/Instance.h"
#include "core/types/InstanceInput.h"
#include "core/types/InstancePage.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <map>

namespace vzaps {

class ApiCall;
class ApiClient;

// Every instance of the account that matches a search, page after page: the server filters
// only by free text (`filter.query`), so finding the disconnected or the past-due ones means
// reading them all. Pages of 100, at most two requests in flight, delivered in page order as
// they arrive; a rate limit is waited out (and said so) rather than hammered; an instance a
// shifting list shows twice is delivered once. Cancellable at any time.
class AccountScan : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 100;
    static constexpr int kMaxInFlight = 2;
    // A page refused for the rate limit more often than this fails the scan.
    static constexpr int kMaxRateLimitRetries = 5;

    // `query`'s search and sort are kept; page and size are the scan's.
    AccountScan(ApiClient &client, ListQuery query, QObject *parent = nullptr);
    ~AccountScan() override;

    void start();
    // Stops: nothing more is asked for or delivered; finished() is not emitted.
    void cancel();

    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_finished; }
    // Instances read so far, and how many the server said match (-1 before the first page).
    qint64 scanned() const { return m_scanned; }
    qint64 total() const { return m_total; }
    int requestsInFlight() const { return int(m_calls.size()); }
    ListQuery query() const { return m_query; }

Q_SIGNALS:
    // The next page's instances, in page order, none delivered before.
    void instancesArrived(const QList<vzaps::Instance> &instances);
    void progressed(qint64 scanned, qint64 total);
    // The server asked to wait `seconds` before the next request.
    void waitingForRateLimit(int seconds);
    void finished();
    void failed(const vzaps::ApiError &error);

private:
    void fill();
    void request(int page);
    void onPage(int page, const InstancePage &result);
    void onError(int page, const ApiError &error);
    void deliverInOrder();
    void fail(const ApiError &error);

    ApiClient &m_client;
    ListQuery m_query;
    bool m_running = false;
    bool m_finished = false;
    int m_nextToAsk = 1;     // the next page no request was sent for
    int m_nextToDeliver = 1; // the next page whose instances go out
    int m_totalPages = -1;   // -1 until the first page tells
    qint64 m_total = -1;
    qint64 m_scanned = 0;
    QHash<int, QPointer<ApiCall>> m_calls;    // by page
    std::map<int, QList<Instance>> m_arrived; // pages that came before an earlier one
    QList<int> m_retry;                       // pages to ask again once the wait is over
    QHash<int, int> m_rateLimited;            // refusals per page
    QSet<QString> m_delivered;                // ids
    QTimer m_wait;                            // a rate limit's wait
};

} // namespace vzaps
