#include "core/presentation/InstanceListController.h"

#include "core/api/ApiCall.h"
#include "core/presentation/InstanceFormat.h"
#include "core/presentation/StatusScan.h"
#include "core/presentation/SummaryCounts.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace vzaps {

using namespace Qt::StringLiterals;

InstanceListController::InstanceListController(ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_instances(client)
    , m_store(new InstanceStore(this))
    , m_model(new InstanceTableModel(*m_store, this))
    , m_statusScan(new StatusScan(client, *m_store, this))
{
    connect(m_statusScan, &StatusScan::matchesChanged, this,
            &InstanceListController::showStatusMatches);
    connect(m_statusScan, &StatusScan::progressChanged, this, [this] {
        if (!filtersByStatus())
            return;
        if (m_statusScan->hasFailed()) {
            m_lastError = m_statusScan->lastError();
            return setState(State::Error);
        }
        updateStatusState();
    });
    connect(m_store, &InstanceStore::changed, this, &InstanceListController::onStoreChanged);
    connect(m_store, &InstanceStore::removed, this,
            [this](const QString &, const Instance &last) { onStoreRemoved(last); });
    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(0);
    connect(&m_reloadSoon, &QTimer::timeout, this, [this] {
        const QSet<QString> ids = std::exchange(m_changedIds, {});
        if (ids.size() <= kMaxRefetchAtOnce) {
            for (const QString &id : ids)
                refetch(id);
        }
        // A status view is not read again for a few changed instances: what the action and
        // the refetch taught the store moves them in or out of it. More than that (a bulk
        // run) and it is read again.
        if (!filtersByStatus())
            refresh(); // a list request waiting out a rate limit is sent again after it anyway
        else if (ids.size() > kMaxRefetchAtOnce)
            m_statusScan->rescan();
    });
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kSearchDebounce);
    connect(&m_debounce, &QTimer::timeout, this, &InstanceListController::send);
    connect(&m_autoRefresh, &QTimer::timeout, this, [this] {
        // A refresh still under way, or a reply that is about to be reapplied, is enough. A
        // status view is read again only when asked (its age shows).
        if (!isBusy() && !filtersByStatus())
            send();
    });
    restartAutoRefresh();
}

InstanceListController::~InstanceListController()
{
    if (m_call)
        m_call->cancel();
}

void InstanceListController::setQuery(const ListQuery &query)
{
    m_debounce.stop();
    m_query = query;
    m_query.page = qMax(1, query.page);
    Q_EMIT queryChanged();
}

void InstanceListController::setSearch(const QString &text)
{
    if (text == m_query.search)
        return;
    m_query.search = text;
    m_query.page = 1;
    Q_EMIT queryChanged();
    m_debounce.start();
}

void InstanceListController::searchNow()
{
    if (m_debounce.isActive())
        send();
}

void InstanceListController::setSort(const QString &field, bool descending)
{
    if (field == m_query.sort && descending == m_query.sortDescending)
        return;
    m_query.sort = field;
    m_query.sortDescending = descending;
    m_query.page = 1;
    Q_EMIT queryChanged();
    send();
}

void InstanceListController::setPageSize(int size)
{
    if (size == m_query.size || size < 1)
        return;
    m_query.size = size;
    m_query.page = 1;
    Q_EMIT queryChanged();
    send();
}

void InstanceListController::setPage(int page)
{
    if (filtersByStatus())
        return; // the matches are one list, not pages
    const int last = qMax(1, m_totalPages);
    page = qBound(1, page, last);
    if (page == m_query.page)
        return;
    m_query.page = page;
    Q_EMIT queryChanged();
    send();
}

void InstanceListController::refresh()
{
    if (isWaitingForRateLimit())
        return;
    if (filtersByStatus()) {
        // Asking during the server's rate limit would only be refused again.
        if (m_statusScan->isWaitingForRateLimit())
            return;
        // Read again; or, with nothing read for this search yet (another account), read it.
        m_statusScan->show(scanQuery(), scanFilter());
        if (!m_statusScan->isScanning())
            m_statusScan->rescan();
        return;
    }
    send();
}

quint64 InstanceListController::expectPage(const ListQuery &query)
{
    m_query = query;
    const quint64 ticket = beginLoad();
    m_expectingPage = true;
    showLoading();
    return ticket;
}

bool InstanceListController::adoptPage(quint64 ticket, const Result<InstancePage> &page)
{
    if (ticket != m_generation || !m_expectingPage)
        return false;
    m_expectingPage = false;
    receive(page);
    return true;
}

void InstanceListController::clear()
{
    if (m_call)
        m_call->cancel();
    m_expectingPage = false;
    m_debounce.stop();
    m_reloadSoon.stop();
    // Another account starts without a status filter (its reading is dropped with the store).
    m_statusFilter = {};
    m_changedIds.clear();
    endWaiting();
    ++m_generation;
    m_store->clear();
    m_hasLoaded = false;
    m_total = 0;
    m_totalPages = 0;
    m_summary.clear();
    m_lastUpdated = {};
    m_lastError = {};
    m_shownSearch.clear();
    m_query.page = 1;
    setState(State::Idle);
    Q_EMIT busyChanged(false);
}

void InstanceListController::setAutoRefreshInterval(std::chrono::seconds interval)
{
    m_autoRefreshInterval = interval;
    restartAutoRefresh();
}

void InstanceListController::setAutoRefreshPaused(bool paused)
{
    if (paused == m_autoRefreshPaused)
        return;
    m_autoRefreshPaused = paused;
    restartAutoRefresh();
    // Coming back after a pause: what is shown may be old, so look now.
    if (!paused && m_hasLoaded && m_lastUpdated.isValid() &&
        m_lastUpdated.secsTo(QDateTime::currentDateTimeUtc()) >= m_autoRefreshInterval.count() &&
        m_autoRefreshInterval.count() > 0)
        send();
}

void InstanceListController::setDebounce(std::chrono::milliseconds debounce)
{
    m_debounce.setInterval(debounce);
}

void InstanceListController::restartAutoRefresh()
{
    if (m_autoRefreshPaused || m_autoRefreshInterval.count() <= 0) {
        m_autoRefresh.stop();
        return;
    }
    m_autoRefresh.start(m_autoRefreshInterval);
}

quint64 InstanceListController::beginLoad()
{
    m_debounce.stop();
    // Only the newest request may change what is shown: an older one is cancelled,
    // and the generation check drops any reply that still slips through.
    if (m_call)
        m_call->cancel();
    m_call.clear();
    m_expectingPage = false;
    endWaiting(); // a new request has a wait of its own, if any
    m_sentQuery = m_query;
    m_pageTicket = m_store->nextTicket();
    return ++m_generation;
}

void InstanceListController::showLoading()
{
    restartAutoRefresh();
    if (!m_hasLoaded)
        setState(State::Loading);
    Q_EMIT busyChanged(true);
}

void InstanceListController::send()
{
    if (filtersByStatus()) {
        // A new search or sort under a status filter: the whole account is read for it (or,
        // searching all fields, what was read is matched against the new text).
        if (isBusy())
            dropPageRequest();
        m_debounce.stop();
        m_statusScan->show(scanQuery(), scanFilter());
        return showStatusMatches();
    }
    if (m_statusScan->isScanning())
        m_statusScan->cancel(); // what the table shows now is pages
    const quint64 generation = beginLoad();
    m_call = m_instances.list(m_query, this, [this, generation](const Result<InstancePage> &page) {
        if (generation != m_generation)
            return;
        m_call.clear();
        receive(page);
    });
    connect(m_call, &ApiCall::waitingForRateLimit, this, [this](int seconds) {
        m_waitingUntil = QDateTime::currentDateTimeUtc().addSecs(seconds);
        Q_EMIT waitingChanged();
    });
    showLoading();
}

void InstanceListController::receive(const Result<InstancePage> &page)
{
    endWaiting();
    Q_EMIT busyChanged(false);
    if (!page)
        return fail(page.error());
    m_shownSearch = m_sentQuery.search.trimmed();
    apply(page.value());
}

void InstanceListController::apply(const InstancePage &page)
{
    m_total = page.total;
    m_totalPages = page.totalPages;
    m_summary = page.summary;
    m_summarySearch = m_sentQuery.search.trimmed();
    // The reply's counts are the truth now: merging its rows must not move them again.
    m_applyingPage = true;
    m_store->mergeAll(page.content, m_pageTicket);
    m_applyingPage = false;
    QStringList ids;
    ids.reserve(page.content.size());
    for (const Instance &instance : page.content)
        ids.append(instance.id);
    m_model->setRows(ids);
    m_hasLoaded = true;
    m_lastUpdated = QDateTime::currentDateTimeUtc();
    m_lastError = {};
    // The server may answer a page past the end after rows were deleted: step back.
    if (page.content.isEmpty() && m_query.page > 1 && m_query.page > m_totalPages &&
        m_totalPages > 0) {
        m_query.page = m_totalPages;
        Q_EMIT queryChanged();
        send();
        return;
    }
    setState(State::Ready);
    Q_EMIT pageLoaded();
}

void InstanceListController::refetch(const QString &id)
{
    const InstanceStore::Ticket ticket = m_store->nextTicket();
    m_instances.get(id, this, [this, id, ticket](const Result<Instance> &instance) {
        if (instance)
            m_store->merge(instance.value(), ticket);
        else if (instance.error().isNotFound())
            m_store->remove(id, ticket);
        // Any other failure: the next list reply brings what is true.
    });
}

void InstanceListController::endWaiting()
{
    if (!m_waitingUntil.isValid())
        return;
    m_waitingUntil = {};
    Q_EMIT waitingChanged();
}

void InstanceListController::reloadAfterChange(const QString &id)
{
    m_changedIds.insert(id);
    m_reloadSoon.start();
}

void InstanceListController::onStoreChanged(const QString &id, const Instance &before)
{
    if (m_applyingPage || before.id.isEmpty())
        return;
    summary::move(m_summary, m_total, before, m_store->find(id));
    Q_EMIT summaryChanged();
}

void InstanceListController::onStoreRemoved(const Instance &last)
{
    if (!m_hasLoaded)
        return;
    summary::move(m_summary, m_total, last, nullptr);
    Q_EMIT summaryChanged();
}

void InstanceListController::fail(const ApiError &error)
{
    m_lastError = error;
    setState(State::Error);
}

void InstanceListController::setState(State state)
{
    if (state == m_state && state != State::Error)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

QString InstanceListController::rangeText() const
{
    const qint64 shown = m_model->rowCount();
    if (filtersByStatus())
        return tr("%1 matching", nullptr, int(qMin<qint64>(shown, std::numeric_limits<int>::max())))
            .arg(format::count(shown));
    if (shown == 0)
        return tr("0 of %1").arg(format::count(m_total));
    const qint64 first = qint64(m_query.page - 1) * m_query.size + 1;
    const qint64 last = first + shown - 1;
    return tr("%1–%2 of %3").arg(format::count(first), format::count(last), format::count(m_total));
}

QString InstanceListController::summaryText() const
{
    QStringList parts{m_total == 1 ? tr("1 instance")
                                   : tr("%1 instances").arg(format::count(m_total))};
    // Known counters get words and a fixed order (connection first, then billing from
    // good to bad); others follow as the server named them.
    static const QStringList order = {
        u"connected"_s, u"disconnected"_s, u"active"_s,     u"trialing"_s,
        u"past_due"_s,  u"unpaid"_s,       u"incomplete"_s, u"incomplete_expired"_s,
        u"paused"_s,    u"canceled"_s,
    };
    QList<QPair<int, QString>> counters;
    for (const SummaryCounter &counter : m_summary) {
        const QString key = counter.key.section(u'.', -1).toLower();
        if (key == "total"_L1)
            continue; // already the first part
        bool isNumber = false;
        const qint64 value = counter.value.toLongLong(&isNumber);
        if (isNumber && value == 0)
            continue;
        const QString number = isNumber ? format::count(value) : counter.value;
        QString text;
        // The grammatical number follows the count ("1 conectada", "8 conectadas").
        const int n = isNumber ? int(std::min<qint64>(value, std::numeric_limits<int>::max())) : 2;
        if (key == "connected"_L1)
            text = tr("%1 connected", nullptr, n).arg(number);
        else if (key == "disconnected"_L1)
            text = tr("%1 disconnected", nullptr, n).arg(number);
        else if (format::billingTone(key) != format::Tone::Neutral)
            text = format::billingCount(key, n, number);
        else
            text = u"%1 %2"_s.arg(number, counter.key);
        const qsizetype rank = order.indexOf(key);
        counters.append({rank < 0 ? int(order.size()) : int(rank), text});
    }
    std::stable_sort(counters.begin(), counters.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &counter : std::as_const(counters))
        parts.append(counter.second);
    return parts.join(u" · "_s);
}

} // namespace vzaps
