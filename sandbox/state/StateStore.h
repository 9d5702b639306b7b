#pragma once

#include "sandbox/state/InstanceRecord.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace vzsandbox {

// One list request, already validated (see ListRequest).
struct ListQuery {
    int page = 1;
    int size = 20;
    QString folded;                // case-folded search text, empty: everything
    std::optional<bool> connected; // filter.connected, when the sandbox takes status keys
    QStringList billing;           // filter.billing_status, upper case; empty: any
    QString sortExpression;        // a whitelisted SQL column expression
    bool descending = false;
};

struct ListResult {
    QList<InstanceRecord> rows;
    qint64 total = 0;
    QJsonObject summary;
};

struct CheckoutSession {
    QString id;
    QString instanceId;
    QString successUrl;
    QString cancelUrl;
    QString state; // open, paid, canceled
    qint64 createdAt = 0;
};

// The sandbox's whole state in one SQLite file (Qt Sql, QSQLITE). Every write runs in
// autocommit or an explicit transaction that is committed before the method returns, so a
// reply is only sent for changes already on disk (in the WAL), which survive kill -9.
class StateStore
{
public:
    StateStore();
    ~StateStore();
    StateStore(const StateStore &) = delete;
    StateStore &operator=(const StateStore &) = delete;

    // Opens (creating if needed) the database at `path` (":memory:" for none). Never writes to
    // a file that is not a SQLite database of ours. `created` says the schema was just made.
    bool open(const QString &path, bool reset, bool *created, QString *error);
    void close();

    QString meta(const QString &key, const QString &fallback = {}) const;
    bool setMeta(const QString &key, const QString &value);

    std::optional<InstanceRecord> find(const QString &id);
    bool insert(const InstanceRecord &record);
    bool update(const InstanceRecord &record);
    bool remove(const QString &id);
    bool insertMany(const QList<InstanceRecord> &records);
    qint64 count();
    ListResult list(const ListQuery &query);

    bool insertCheckout(const CheckoutSession &session);
    std::optional<CheckoutSession> findCheckout(const QString &id);
    bool setCheckoutState(const QString &id, const QString &state);

    // Realtime events (§3): stored with a growing id "evt_<n>", returned as wire frames.
    std::optional<QJsonObject> appendEvent(const QString &instanceId, const QString &type,
                                           const QJsonObject &data);
    QList<QJsonObject> eventsAfter(const QString &instanceId, const QString &lastEventId);

    // Applies time-driven transitions that are due: RESTARTING → RUNNING, and a scheduled
    // cancel whose cancel_at has passed → CANCELED. Cheap when nothing is due.
    void settle();

    QString lastError() const { return m_lastError; }

private:
    QSqlDatabase database() const;
    bool exec(const QString &sql);
    bool writeRecord(const QString &sql, const InstanceRecord &record);
    void noteDeadline(const InstanceRecord &record);
    void recomputeDeadline();
    static const QStringList &instanceIndexes();
    bool createInstanceIndexes();
    // Writes every name's search and sort keys again (state/TextKeys.h): for a file whose
    // keys an older vzaps-sandbox wrote another way.
    bool rekeyNames();

    QString m_connectionName;
    QString m_lastError;
    qint64 m_nextDeadline = 0; // 0: nothing pending
};

} // namespace vzsandbox
