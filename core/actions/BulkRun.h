#pragma once

#include "core/actions/ActionRecord.h"
#include "core/types/Instance.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace vzaps {

class ApiCall;

// What one operation on one instance came to: the action log's record (outcome,
// HTTP status, request id, message) plus whether the instance is gone afterwards.
struct BulkItemOutcome {
    ActionRecord record;
    bool instanceGone = false; // deleted now, or found already deleted
    // A short form of record.message for a results row, where the instance, action and
    // HTTP status are shown beside it (e.g. just the server's words); empty = the same.
    QString summary;
};

enum class BulkItemState {
    Pending,   // not sent yet (or waiting for a retry)
    Running,   // its request is in flight
    Succeeded, // see message: "Deleted", "Already deleted", the server's status…
    Failed,    // see message, HTTP status and request id
    Cancelled, // stopped by cancel(): the server may or may not have acted on it
};

struct BulkItem {
    Instance instance;
    BulkItemState state = BulkItemState::Pending;
    QString message;    // the whole sentence, as in the action log
    QString summary;    // its short form for a results row
    int httpStatus = 0; // 0 when no HTTP reply arrived
    QString requestId;
    bool instanceGone = false;
    int attempts = 0;
};

// Runs one operation over a list of instances with at most
// maxInFlight() requests at a time, so a big selection neither floods the server nor
// trips its rate limit. Knows nothing about the API: the operation sends the request
// (see BulkOperations.h for restart / delete / cancel subscription).
class BulkRun : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultMaxInFlight = 4;

    using Done = std::function<void(const BulkItemOutcome &)>;
    // Sends the request for `instance` with `context` as the callback's context and
    // calls `done` exactly once, unless the returned call is cancelled first.
    using Operation =
        std::function<QPointer<ApiCall>(const Instance &instance, QObject *context, Done done)>;

    BulkRun(Operation operation, const QList<Instance> &instances, QObject *parent = nullptr);
    ~BulkRun() override;

    int maxInFlight() const { return m_maxInFlight; }
    void setMaxInFlight(int maxInFlight); // at least 1; takes effect as slots free up

    const QList<BulkItem> &items() const { return m_items; }
    int count() const { return int(m_items.size()); }
    int countIn(BulkItemState state) const;
    int doneCount() const; // succeeded + failed
    // Started, and some item still pending or in flight.
    bool isRunning() const;

    // Sends every pending item, maxInFlight() at a time. Does nothing after cancel().
    void start();
    // Sends the failed items again (only those); the others keep their outcome.
    void retryFailed();
    // Stops everything: calls in flight are cancelled and their callbacks never run,
    // pending items are not sent, and no signal follows.
    void cancel();

Q_SIGNALS:
    void itemStarted(int index);
    void itemFinished(int index);
    // One per item outcome (each retry adds one), for the action log.
    void actionRecorded(const vzaps::ActionRecord &record);
    // Nothing pending or in flight any more.
    void finished();

private:
    void pump();
    void launch(int index);
    void onItemDone(int index, int attempt, const BulkItemOutcome &outcome);

    Operation m_operation;
    QList<BulkItem> m_items;
    QList<QPointer<ApiCall>> m_calls; // per item, while Running
    int m_maxInFlight = kDefaultMaxInFlight;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_pumping = false;
    bool m_finishOwed = false; // something ran since finished() was last emitted
};

} // namespace vzaps
