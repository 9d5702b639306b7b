#include "core/actions/BulkRun.h"

#include "core/api/ApiCall.h"

#include <algorithm>

namespace vzaps {

BulkRun::BulkRun(Operation operation, const QList<Instance> &instances, QObject *parent)
    : QObject(parent)
    , m_operation(std::move(operation))
{
    m_items.reserve(instances.size());
    for (const Instance &instance : instances) {
        BulkItem item;
        item.instance = instance;
        m_items.append(item);
    }
    m_calls.resize(m_items.size());
}

BulkRun::~BulkRun()
{
    // The calls have this run as their context and would stop anyway; say it plainly.
    for (const QPointer<ApiCall> &call : std::as_const(m_calls)) {
        if (call)
            call->cancel();
    }
}

void BulkRun::setMaxInFlight(int maxInFlight)
{
    m_maxInFlight = std::max(1, maxInFlight);
    pump();
}

int BulkRun::countIn(BulkItemState state) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [state](const BulkItem &item) { return item.state == state; }));
}

int BulkRun::doneCount() const
{
    return countIn(BulkItemState::Succeeded) + countIn(BulkItemState::Failed);
}

bool BulkRun::isRunning() const
{
    return m_started && !m_cancelled &&
           (countIn(BulkItemState::Pending) > 0 || countIn(BulkItemState::Running) > 0);
}

void BulkRun::start()
{
    if (m_cancelled || m_started)
        return;
    m_started = true;
    m_finishOwed = true; // an empty run finishes at once
    pump();
}

void BulkRun::retryFailed()
{
    if (m_cancelled)
        return;
    m_started = true;
    for (BulkItem &item : m_items) {
        if (item.state == BulkItemState::Failed) {
            item.state = BulkItemState::Pending;
            m_finishOwed = true;
        }
    }
    pump();
}

void BulkRun::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        BulkItem &item = m_items[i];
        if (item.state == BulkItemState::Running || item.state == BulkItemState::Pending)
            item.state = BulkItemState::Cancelled;
        if (QPointer<ApiCall> call = m_calls[i]) // its callback never runs
            call->cancel();
        m_calls[i].clear();
    }
}

void BulkRun::pump()
{
    // Re-entered when an operation reports at once, or a signal handler acts on the run:
    // the outermost pump does the work.
    if (m_pumping || m_cancelled || !m_started)
        return;
    m_pumping = true;
    const QPointer<BulkRun> self(this);
    for (int i = 0; i < count() && countIn(BulkItemState::Running) < m_maxInFlight; ++i) {
        if (m_items[i].state == BulkItemState::Pending)
            launch(i);
        if (!self || m_cancelled)
            break;
    }
    if (!self)
        return;
    m_pumping = false;
    if (m_finishOwed && !isRunning() && !m_cancelled) {
        m_finishOwed = false;
        Q_EMIT finished();
    }
}

void BulkRun::launch(int index)
{
    BulkItem &item = m_items[index];
    item.state = BulkItemState::Running;
    item.message.clear();
    item.summary.clear();
    item.httpStatus = 0;
    item.requestId.clear();
    const int attempt = ++item.attempts;

    const QPointer<BulkRun> self(this);
    QPointer<ApiCall> call =
        m_operation(item.instance, this, [self, index, attempt](const BulkItemOutcome &outcome) {
            if (self)
                self->onItemDone(index, attempt, outcome);
        });
    if (!self || m_cancelled)
        return;
    const bool stillRunning =
        m_items[index].state == BulkItemState::Running && m_items[index].attempts == attempt;
    if (stillRunning && !call) {
        // Broken operation: nothing in flight and no report coming. Do not wait forever.
        m_items[index].state = BulkItemState::Failed;
        m_items[index].message = tr("The request could not be sent.");
        m_items[index].summary = m_items[index].message;
        Q_EMIT itemFinished(index);
        return;
    }
    if (stillRunning)
        m_calls[index] = call;
    Q_EMIT itemStarted(index);
}

void BulkRun::onItemDone(int index, int attempt, const BulkItemOutcome &outcome)
{
    // A late report of an earlier attempt, or one after cancel(), changes nothing.
    if (m_cancelled || index < 0 || index >= count())
        return;
    if (m_items[index].state != BulkItemState::Running || m_items[index].attempts != attempt)
        return;
    BulkItem &item = m_items[index];
    const ActionRecord &record = outcome.record;
    item.state = record.outcome == ActionOutcome::Succeeded ? BulkItemState::Succeeded
                                                            : BulkItemState::Failed;
    item.message = record.message;
    item.summary = outcome.summary.isEmpty() ? record.message : outcome.summary;
    item.httpStatus = record.httpStatus;
    item.requestId = record.requestId;
    item.instanceGone = outcome.instanceGone;
    m_calls[index].clear();

    const QPointer<BulkRun> self(this);
    Q_EMIT actionRecorded(record);
    if (!self || m_cancelled)
        return;
    Q_EMIT itemFinished(index);
    if (!self || m_cancelled)
        return;
    pump();
}

} // namespace vzaps
