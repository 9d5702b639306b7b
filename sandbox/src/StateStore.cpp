#include "StateStore.h"

#include "Ids.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace vzsandbox {

namespace {

constexpr int kSchemaVersion = 1;
const auto kAppMarker = u"vzaps-sandbox"_s;

// Column order shared by every SELECT and INSERT below.
const auto kColumns =
    u"id, name, name_key, search_key, token, webhook, events_subscribe, reject_calls, "
    "auto_read_messages, connected, connected_at, whatsapp_push_name, whatsapp_jid, phone, "
    "status, restart_until, billing_status, subscription_id, created_at, updated_at, cancel_at, "
    "expired_at, labels, qr_polls, pending_phone"_s;
constexpr int kColumnCount = 25;

const auto kSchema = QStringList{
    u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
    u"CREATE TABLE instances (id TEXT PRIMARY KEY, name TEXT NOT NULL, name_key TEXT NOT NULL, "
    "search_key TEXT NOT NULL, token TEXT NOT NULL, webhook TEXT, events_subscribe TEXT, "
    "reject_calls INTEGER NOT NULL, auto_read_messages INTEGER NOT NULL, "
    "connected INTEGER NOT NULL, connected_at INTEGER, whatsapp_push_name TEXT, "
    "whatsapp_jid TEXT, phone TEXT, status TEXT NOT NULL, restart_until INTEGER, "
    "billing_status TEXT NOT NULL, subscription_id TEXT, created_at INTEGER NOT NULL, "
    "updated_at INTEGER NOT NULL, cancel_at INTEGER, expired_at INTEGER, labels TEXT, "
    "qr_polls INTEGER NOT NULL, pending_phone TEXT)"_s,
    u"CREATE INDEX instances_created ON instances (created_at)"_s,
    u"CREATE INDEX instances_token ON instances (token)"_s,
    u"CREATE TABLE checkout_sessions (id TEXT PRIMARY KEY, instance_id TEXT NOT NULL, "
    "success_url TEXT, cancel_url TEXT, state TEXT NOT NULL, created_at INTEGER NOT NULL)"_s,
};

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant nullableTime(qint64 ms)
{
    return ms > 0 ? QVariant(ms) : QVariant(QMetaType(QMetaType::LongLong));
}

void bindRecord(QSqlQuery &query, const InstanceRecord &r)
{
    const QList<QVariant> values{
        r.id,
        r.name,
        r.name.toCaseFolded(),
        (r.name + u' ' + r.id).toCaseFolded(),
        r.token,
        nullableText(r.webhook),
        nullableText(r.events.join(u',')),
        int(r.rejectCalls),
        int(r.autoReadMessages),
        int(r.connected),
        nullableTime(r.connectedAt),
        nullableText(r.pushName),
        nullableText(r.jid),
        nullableText(r.phone),
        r.status,
        nullableTime(r.restartUntil),
        r.billingStatus,
        nullableText(r.subscriptionId),
        r.createdAt,
        r.updatedAt,
        nullableTime(r.cancelAt),
        nullableTime(r.expiredAt),
        r.hasLabels
            ? QVariant(QString::fromUtf8(QJsonDocument(r.labels).toJson(QJsonDocument::Compact)))
            : QVariant(QMetaType(QMetaType::QString)),
        r.qrPolls,
        nullableText(r.pendingPhone),
    };
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
}

InstanceRecord readRecord(const QSqlQuery &q)
{
    InstanceRecord r;
    r.id = q.value(0).toString();
    r.name = q.value(1).toString();
    r.token = q.value(4).toString();
    r.webhook = q.value(5).toString();
    r.events = q.value(6).toString().split(u',', Qt::SkipEmptyParts);
    r.rejectCalls = q.value(7).toInt() != 0;
    r.autoReadMessages = q.value(8).toInt() != 0;
    r.connected = q.value(9).toInt() != 0;
    r.connectedAt = q.value(10).toLongLong();
    r.pushName = q.value(11).toString();
    r.jid = q.value(12).toString();
    r.phone = q.value(13).toString();
    r.status = q.value(14).toString();
    r.restartUntil = q.value(15).toLongLong();
    r.billingStatus = q.value(16).toString();
    r.subscriptionId = q.value(17).toString();
    r.createdAt = q.value(18).toLongLong();
    r.updatedAt = q.value(19).toLongLong();
    r.cancelAt = q.value(20).toLongLong();
    r.expiredAt = q.value(21).toLongLong();
    const QString labels = q.value(22).toString();
    r.hasLabels = !labels.isEmpty();
    if (r.hasLabels)
        r.labels = QJsonDocument::fromJson(labels.toUtf8()).object();
    r.qrPolls = q.value(23).toInt();
    r.pendingPhone = q.value(24).toString();
    return r;
}

QString placeholders(int count)
{
    QStringList marks;
    for (int i = 0; i < count; ++i)
        marks.append(u"?"_s);
    return marks.join(u", "_s);
}

// SQLite files start with this 16-byte header; checking it first means we never hand a
// foreign file to SQLite, which could otherwise try to write a journal next to it.
bool looksLikeSqlite(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read the state file '%1': %2"_s.arg(path, file.errorString());
        return false;
    }
    if (file.size() == 0)
        return true;
    if (file.read(16) != QByteArray("SQLite format 3\0", 16)) {
        *error = u"the state file '%1' is not a SQLite database; refusing to use or overwrite "
                 "it (choose another file with --state)"_s.arg(path);
        return false;
    }
    return true;
}

} // namespace

StateStore::StateStore()
{
    static QAtomicInt counter;
    m_connectionName = u"vzsandbox-state-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

StateStore::~StateStore()
{
    close();
}

QSqlDatabase StateStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool StateStore::exec(const QString &sql)
{
    QSqlQuery query(database());
    if (!query.exec(sql)) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

bool StateStore::open(const QString &path, bool reset, bool *created, QString *error)
{
    *created = false;
    const bool inMemory = path == u":memory:"_s;
    if (!inMemory) {
        const QFileInfo info(path);
        if (info.exists() && !info.isFile()) {
            *error = u"the state path '%1' is not a regular file"_s.arg(path);
            return false;
        }
        if (info.exists() && !looksLikeSqlite(path, error))
            return false;
        if (!QDir().mkpath(info.absolutePath())) {
            *error = u"cannot create the directory '%1'"_s.arg(info.absolutePath());
            return false;
        }
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = u"cannot open the state file '%1': %2"_s.arg(path, db.lastError().text());
        return false;
    }

    QSqlQuery probe(db);
    if (!probe.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s)) {
        *error = u"the state file '%1' is not a usable SQLite database: %2"_s.arg(
            path, probe.lastError().text());
        return false;
    }
    QStringList tables;
    while (probe.next())
        tables.append(probe.value(0).toString());
    probe.finish();

    if (!tables.isEmpty()) {
        const bool ours = tables.contains(u"meta"_s) && meta(u"app"_s) == kAppMarker;
        if (!ours) {
            *error = u"the state file '%1' is a SQLite database that vzaps-sandbox did not create; "
                     "refusing to modify it (choose another file with --state)"_s.arg(path);
            return false;
        }
        if (meta(u"schema_version"_s).toInt() > kSchemaVersion) {
            *error = u"the state file '%1' was written by a newer vzaps-sandbox"_s.arg(path);
            return false;
        }
    }

    // WAL keeps readers and the writer apart; NORMAL sync is durable against a killed process.
    if (!inMemory)
        exec(u"PRAGMA journal_mode = WAL"_s);
    exec(u"PRAGMA synchronous = NORMAL"_s);
    exec(u"PRAGMA busy_timeout = 5000"_s);

    if (reset && !tables.isEmpty()) {
        db.transaction();
        for (const QString &table : {u"checkout_sessions"_s, u"instances"_s, u"meta"_s})
            exec(u"DROP TABLE IF EXISTS "_s + table);
        if (!db.commit()) {
            *error = u"cannot reset the state file '%1': %2"_s.arg(path, db.lastError().text());
            return false;
        }
        tables.clear();
    }

    if (tables.isEmpty()) {
        db.transaction();
        bool ok = true;
        for (const QString &statement : kSchema)
            ok = ok && exec(statement);
        ok = ok && setMeta(u"app"_s, kAppMarker) &&
             setMeta(u"schema_version"_s, QString::number(kSchemaVersion));
        if (!ok || !db.commit()) {
            db.rollback();
            *error = u"cannot create the schema in '%1': %2"_s.arg(path, m_lastError);
            return false;
        }
        *created = true;
    }
    // A narrow covering index for list: search, summary and the common sorts scan it instead
    // of the wide rows (3x faster on 10,000 instances).
    exec(u"CREATE INDEX IF NOT EXISTS instances_search ON instances "
         "(search_key, name_key, created_at, connected, billing_status)"_s);
    exec(u"CREATE INDEX IF NOT EXISTS instances_billing ON instances "
         "(billing_status, connected)"_s);
    recomputeDeadline();
    return true;
}

void StateStore::close()
{
    {
        QSqlDatabase db = database();
        if (db.isOpen())
            db.close();
    }
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

QString StateStore::meta(const QString &key, const QString &fallback) const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return fallback;
}

bool StateStore::setMeta(const QString &key, const QString &value)
{
    QSqlQuery query(database());
    query.prepare(u"INSERT INTO meta (key, value) VALUES (?, ?) "
                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

std::optional<InstanceRecord> StateStore::find(const QString &id)
{
    settle();
    QSqlQuery query(database());
    query.prepare(u"SELECT "_s + kColumns + u" FROM instances WHERE id = ?"_s);
    query.addBindValue(id);
    if (query.exec() && query.next())
        return readRecord(query);
    return std::nullopt;
}

bool StateStore::writeRecord(const QString &sql, const InstanceRecord &record)
{
    QSqlQuery query(database());
    query.prepare(sql);
    bindRecord(query, record);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    noteDeadline(record);
    return true;
}

bool StateStore::insert(const InstanceRecord &record)
{
    return writeRecord(u"INSERT INTO instances ("_s + kColumns + u") VALUES ("_s +
                           placeholders(kColumnCount) + u")"_s,
                       record);
}

bool StateStore::update(const InstanceRecord &record)
{
    // Rewrites the whole row in place (an UPDATE keeps the rowid, which orders ties).
    QStringList assignments;
    for (const QString &column : kColumns.split(u", "_s))
        assignments.append(column + u" = ?"_s);
    QSqlQuery query(database());
    query.prepare(u"UPDATE instances SET "_s + assignments.join(u", "_s) + u" WHERE id = ?"_s);
    bindRecord(query, record);
    query.bindValue(kColumnCount, record.id);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    noteDeadline(record);
    return query.numRowsAffected() > 0;
}

bool StateStore::remove(const QString &id)
{
    QSqlQuery query(database());
    query.prepare(u"DELETE FROM instances WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return query.numRowsAffected() > 0;
}

bool StateStore::insertMany(const QList<InstanceRecord> &records)
{
    QSqlDatabase db = database();
    if (!db.transaction()) {
        m_lastError = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO instances ("_s + kColumns + u") VALUES ("_s +
                  placeholders(kColumnCount) + u")"_s);
    for (const InstanceRecord &record : records) {
        bindRecord(query, record);
        if (!query.exec()) {
            m_lastError = query.lastError().text();
            query.finish();
            db.rollback();
            return false;
        }
        noteDeadline(record);
    }
    query.finish();
    if (!db.commit()) {
        m_lastError = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

qint64 StateStore::count()
{
    QSqlQuery query(database());
    if (query.exec(u"SELECT count(*) FROM instances"_s) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

ListResult StateStore::list(const ListQuery &request)
{
    settle();
    ListResult result;
    // A search scans the narrow covering index; SQLite's planner would otherwise pick an index
    // in sort or group order and fetch every wide row to test it (10x slower on 10,000 rows).
    const QString where = request.folded.isEmpty()
                              ? QString()
                              : u" INDEXED BY instances_search WHERE instr(search_key, :q) > 0"_s;

    // Counts per billing status and connection, over the same filter as the page. GROUP BY
    // on narrow indexes is far cheaper than ten conditional sums over every row.
    QSqlQuery summary(database());
    summary.prepare(u"SELECT billing_status, connected, count(*) FROM instances"_s + where +
                    u" GROUP BY billing_status, connected"_s);
    if (!request.folded.isEmpty())
        summary.bindValue(u":q"_s, request.folded);
    QHash<QString, qint64> perBilling;
    qint64 connected = 0;
    if (summary.exec()) {
        while (summary.next()) {
            const qint64 count = summary.value(2).toLongLong();
            perBilling[summary.value(0).toString()] += count;
            result.total += count;
            if (summary.value(1).toInt() != 0)
                connected += count;
        }
    }
    result.summary.insert(u"total"_s, result.total);
    result.summary.insert(u"connected"_s, connected);
    result.summary.insert(u"disconnected"_s, result.total - connected);
    for (const QString &status : billingStatuses())
        result.summary.insert(status.toLower(), perBilling.value(status));

    // Filter, sort and cut the page on rowids first (covering index when it can), then read
    // only the page's wide rows.
    const QString direction = request.descending ? u" DESC"_s : u" ASC"_s;
    const QString order =
        u" ORDER BY "_s + request.sortExpression + direction + u", rowid"_s + direction;
    QSqlQuery page(database());
    page.prepare(u"SELECT "_s + kColumns +
                 u" FROM instances WHERE rowid IN (SELECT rowid FROM instances"_s + where + order +
                 u" LIMIT :limit OFFSET :offset)"_s + order);
    if (!request.folded.isEmpty())
        page.bindValue(u":q"_s, request.folded);
    page.bindValue(u":limit"_s, request.size);
    page.bindValue(u":offset"_s, qint64(request.page - 1) * request.size);
    if (page.exec()) {
        while (page.next())
            result.rows.append(readRecord(page));
    } else {
        m_lastError = page.lastError().text();
    }
    return result;
}

bool StateStore::insertCheckout(const CheckoutSession &session)
{
    QSqlQuery query(database());
    query.prepare(u"INSERT INTO checkout_sessions (id, instance_id, success_url, cancel_url, "
                  "state, created_at) VALUES (?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(session.id);
    query.addBindValue(session.instanceId);
    query.addBindValue(nullableText(session.successUrl));
    query.addBindValue(nullableText(session.cancelUrl));
    query.addBindValue(session.state);
    query.addBindValue(session.createdAt);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

std::optional<CheckoutSession> StateStore::findCheckout(const QString &id)
{
    QSqlQuery query(database());
    query.prepare(u"SELECT id, instance_id, success_url, cancel_url, state, created_at "
                  "FROM checkout_sessions WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return CheckoutSession{query.value(0).toString(), query.value(1).toString(),
                           query.value(2).toString(), query.value(3).toString(),
                           query.value(4).toString(), query.value(5).toLongLong()};
}

bool StateStore::setCheckoutState(const QString &id, const QString &state)
{
    QSqlQuery query(database());
    query.prepare(u"UPDATE checkout_sessions SET state = ? WHERE id = ?"_s);
    query.addBindValue(state);
    query.addBindValue(id);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

void StateStore::noteDeadline(const InstanceRecord &record)
{
    for (qint64 deadline : {record.status == u"RESTARTING"_s ? record.restartUntil : 0,
                            record.billingStatus == u"ACTIVE"_s ? record.cancelAt : 0}) {
        if (deadline > 0 && (m_nextDeadline == 0 || deadline < m_nextDeadline))
            m_nextDeadline = deadline;
    }
}

void StateStore::recomputeDeadline()
{
    QSqlQuery query(database());
    m_nextDeadline = 0;
    if (query.exec(u"SELECT min(d) FROM ("
                   "SELECT min(restart_until) AS d FROM instances WHERE status = 'RESTARTING' "
                   "UNION ALL SELECT min(cancel_at) FROM instances "
                   "WHERE billing_status = 'ACTIVE' AND cancel_at IS NOT NULL)"_s) &&
        query.next()) {
        m_nextDeadline = query.value(0).toLongLong();
    }
}

void StateStore::settle()
{
    const qint64 now = ids::nowMs();
    if (m_nextDeadline == 0 || now < m_nextDeadline)
        return;
    QSqlQuery query(database());
    query.prepare(
        u"UPDATE instances SET status = 'RUNNING', restart_until = NULL, "
        "updated_at = restart_until WHERE status = 'RESTARTING' AND restart_until <= ?"_s);
    query.addBindValue(now);
    query.exec();
    query.prepare(u"UPDATE instances SET billing_status = 'CANCELED', expired_at = cancel_at, "
                  "cancel_at = NULL, updated_at = cancel_at "
                  "WHERE billing_status = 'ACTIVE' AND cancel_at IS NOT NULL AND cancel_at <= ?"_s);
    query.addBindValue(now);
    query.exec();
    recomputeDeadline();
}

} // namespace vzsandbox
