#include "sandbox/state/StateStore.h"

#include "sandbox/Ids.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

// The database file, its schema, meta values and time-driven transitions. Instance rows are in
// StateStoreInstances.cpp, checkout sessions and events in StateStoreJournal.cpp.
namespace vzsandbox {

namespace {

// 2: names are searched and sorted without accents (state/TextKeys.h).
constexpr int kSchemaVersion = 2;
const auto kAppMarker = u"vzaps-sandbox"_s;

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
    u"CREATE TABLE checkout_sessions (id TEXT PRIMARY KEY, instance_id TEXT NOT NULL, "
    "success_url TEXT, cancel_url TEXT, state TEXT NOT NULL, created_at INTEGER NOT NULL)"_s,
};

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
    // Qt's connection names are process-wide, and a process can hold two copies of this
    // code (vzaps-desk's sandbox plugin next to a test's own sandbox), each with its own
    // counter: the address tells live stores apart.
    static QAtomicInt counter;
    m_connectionName =
        u"vzsandbox-state-%1-%2"_s.arg(counter.fetchAndAddRelaxed(1)).arg(quintptr(this), 0, 16);
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
        // The state holds the signing key and the client secret: owner-only folder and file,
        // the file created so before SQLite opens it (its journal files take its permissions).
        const QString folder = info.absolutePath();
        const bool newFolder = !QFileInfo(folder).isDir();
        if (!QDir().mkpath(folder) ||
            (newFolder &&
             !QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ExeOwner))) {
            *error = u"cannot create the directory '%1'"_s.arg(folder);
            return false;
        }
        QFile file(path);
        if (!info.exists())
            file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                      QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.close();
        if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            *error = u"cannot make the state file '%1' private: %2"_s.arg(path, file.errorString());
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
    // Up to 32 MiB of page cache, so a big seed transaction does not spill pages mid-way.
    exec(u"PRAGMA cache_size = -32768"_s);

    if (reset && !tables.isEmpty()) {
        db.transaction();
        for (const QString &table :
             {u"events"_s, u"checkout_sessions"_s, u"instances"_s, u"meta"_s})
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
    } else if (meta(u"schema_version"_s).toInt() < kSchemaVersion) {
        // Kept from an older vzaps-sandbox: its instances keep their data, with new keys.
        if (!rekeyNames() || !setMeta(u"schema_version"_s, QString::number(kSchemaVersion))) {
            *error = u"cannot update the state file '%1': %2"_s.arg(path, m_lastError);
            return false;
        }
    }
    createInstanceIndexes();
    exec(u"CREATE TABLE IF NOT EXISTS events (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
         "instance_id TEXT NOT NULL, type TEXT NOT NULL, created_at INTEGER NOT NULL, "
         "data TEXT NOT NULL)"_s);
    exec(u"CREATE INDEX IF NOT EXISTS events_instance ON events (instance_id, seq)"_s);
    recomputeDeadline();
    return true;
}

// The secondary indexes of instances, by name, so a bulk insert can drop and rebuild them.
const QStringList &StateStore::instanceIndexes()
{
    static const QStringList statements{
        u"instances_created ON instances (created_at)"_s,
        u"instances_token ON instances (token)"_s,
        // A narrow covering index for list: search, summary and the common sorts scan it
        // instead of the wide rows (3x faster on 10,000 instances).
        u"instances_search ON instances "
        "(search_key, name_key, created_at, connected, billing_status)"_s,
        u"instances_billing ON instances (billing_status, connected)"_s,
    };
    return statements;
}

bool StateStore::createInstanceIndexes()
{
    bool ok = true;
    for (const QString &index : instanceIndexes())
        ok = exec(u"CREATE INDEX IF NOT EXISTS "_s + index) && ok;
    return ok;
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
