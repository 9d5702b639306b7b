#include "core/presentation/AccountScan.h"

#include "core/api/ApiCall.h"
#include "core/api/ApiClient.h"
#include "core/api/InstancesApi.h"

#include <QTimer>

#include <algorithm>

namespace vzaps {

namespace {
// How long a rate limit without Retry-After is waited out.
constexpr int kDefaultWaitSeconds = 5;
} // namespace

AccountScan::AccountScan(ApiClient &client, ListQuery query, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_query(std::move(query))
{
    m_query.size = kPageSize;
    m_wait.setSingleShot(true);
    connect(&m_wait, &QTimer::timeout, this, &AccountScan::fill);
}

AccountScan::~AccountScan()
{
    cancel();
}

void AccountScan::start()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    // The first page says how many there are; the rest follow two at a time.
    request(m_nextToAsk++);
}

void AccountScan::cancel()
{
    m_running = false;
    m_wait.stop();
    const auto calls = m_calls;
    m_calls.clear();
    for (const QPointer<ApiCall> &call : calls) {
        if (call)
            call->cancel();
    }
}

void AccountScan::fill()
{
    if (!m_running || m_wait.isActive())
        return;
    // A call the client dropped (its account changed, cancelAll()) never answers: its page
    // is asked for again.
    for (auto it = m_calls.begin(); it != m_calls.end();) {
        if (it.value().isNull()) {
            m_retry.append(it.key());
            it = m_calls.erase(it);
        } else {
            ++it;
        }
    }
    std::sort(m_retry.begin(), m_retry.end());
    if (m_totalPages < 0) {
        // Before the first page nothing else is known: only it is asked for (again).
        if (m_calls.isEmpty() && !m_retry.isEmpty())
            request(m_retry.takeFirst());
        return;
    }
    while (m_calls.size() < kMaxInFlight) {
        if (!m_retry.isEmpty()) {
            request(m_retry.takeFirst());
            continue;
        }
        if (m_nextToAsk > m_totalPages)
            break;
        request(m_nextToAsk++);
    }
    if (m_calls.isEmpty() && m_retry.isEmpty() && m_nextToDeliver > m_totalPages) {
        m_running = false;
        m_finished = true;
        Q_EMIT finished();
    }
}

void AccountScan::request(int page)
{
    ListQuery query = m_query;
    query.page = page;
    QPointer<ApiCall> call =
        InstancesApi(m_client).list(query, this, [this, page](const Result<InstancePage> &result) {
            m_calls.remove(page);
            if (!m_running)
                return;
            if (!result)
                return onError(page, result.error());
            onPage(page, result.value());
        });
    if (call) {
        connect(call, &ApiCall::waitingForRateLimit, this, &AccountScan::waitingForRateLimit);
        // Gone without an answer: fill() asks for its page again.
        connect(call, &QObject::destroyed, this, [this] {
            if (m_running)
                QTimer::singleShot(0, this, &AccountScan::fill);
        });
    }
    m_calls.insert(page, call);
}

void AccountScan::onPage(int page, const InstancePage &result)
{
    if (m_totalPages < 0 || page == 1) {
        m_total = result.total;
        // The server's count of pages is not trusted past what its total allows.
        const qint64 fromTotal = (qMax<qint64>(0, result.total) + kPageSize - 1) / kPageSize;
        m_totalPages = int(qMin<qint64>(qMax(result.totalPages, result.content.isEmpty() ? 0 : 1),
                                        qMax<qint64>(fromTotal, 1)));
    }
    // An empty page before the last: the list got shorter meanwhile; nothing comes after it.
    if (result.content.isEmpty() && page > 1 && page <= m_totalPages)
        m_totalPages = page;
    m_arrived[page] = result.content;
    deliverInOrder();
    fill();
}

void AccountScan::onError(int page, const ApiError &error)
{
    // The client waited for the rate limit as long as the call's deadline let it; the scan
    // waits once more and asks again, a few times, before it gives up.
    if (error.kind == ErrorKind::RateLimited && ++m_rateLimited[page] <= kMaxRateLimitRetries) {
        const int seconds =
            error.retryAfterSeconds > 0 ? error.retryAfterSeconds : kDefaultWaitSeconds;
        m_retry.append(page);
        std::sort(m_retry.begin(), m_retry.end());
        Q_EMIT waitingForRateLimit(seconds);
        m_wait.start(seconds * 1000);
        return;
    }
    fail(error);
}

void AccountScan::deliverInOrder()
{
    while (!m_arrived.empty() && m_arrived.begin()->first == m_nextToDeliver) {
        const QList<Instance> page = std::move(m_arrived.begin()->second);
        m_arrived.erase(m_arrived.begin());
        ++m_nextToDeliver;
        // An instance created or deleted meanwhile shifts the pages: one may come twice.
        QList<Instance> fresh;
        for (const Instance &instance : page) {
            if (!instance.id.isEmpty() && !m_delivered.contains(instance.id)) {
                m_delivered.insert(instance.id);
                fresh.append(instance);
            }
        }
        m_scanned += page.size();
        if (!fresh.isEmpty())
            Q_EMIT instancesArrived(fresh);
        if (!m_running)
            return; // a receiver cancelled
        Q_EMIT progressed(m_scanned, m_total);
        if (!m_running)
            return;
    }
}

void AccountScan::fail(const ApiError &error)
{
    cancel();
    Q_EMIT failed(error);
}

} // namespace vzaps
