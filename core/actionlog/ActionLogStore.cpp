#include "core/actionlog/ActionLogStore.h"

#include "core/settings/PrivateFiles.h"

#include "core/actionlog/ActionRecordText.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace vzaps {

namespace {

constexpr int kSchemaVersion = 1;

// SQLite result codes, as Qt's driver reports them in QSqlError::nativeErrorCode().
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADatabase = 26;

const auto kCreateTable = u"CREATE TABLE actions ("
                          "id INTEGER PRIMARY KEY AUTOINCREMENT, "
                          "time TEXT NOT NULL, " // ISO 8601 UTC with milliseconds
                          "account TEXT NOT NULL, "
                          "instance_id TEXT NOT NULL, "
                          "instance_name TEXT NOT NULL, "
                          "action TEXT NOT NULL, "
                          "outcome TEXT NOT NULL, " // outcomeName(): "succeeded" / "failed"
                          "http_status INTEGER NOT NULL, "
                          "request_id TEXT NOT NULL, "
                          "message TEXT NOT NULL)"_s;
const auto kInsert = u"INSERT INTO actions (time, account, instance_id, instance_name, action, "
                     "outcome, http_status, request_id, message) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
const auto kSelectNewest = u"SELECT time, account, instance_id, instance_name, action, outcome, "
                           "http_status, request_id, message FROM actions "
                           "ORDER BY id DESC LIMIT ?"_s;

// Connection names are global to the process and several logs may be open at once.
QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"vzaps-actionlog-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// Qt Sql binds a null QString as NULL, which NOT NULL columns refuse.
QString notNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

ActionRecord recordFrom(const QSqlQuery &query)
{
    ActionRecord record;
    record.time = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
    record.account = query.value(1).toString();
    record.instanceId = query.value(2).toString();
    record.instanceName = query.value(3).toString();
    record.action = query.value(4).toString();
    record.outcome = query.value(5).toString() == outcomeName(ActionOutcome::Failed)
                         ? ActionOutcome::Failed
                         : ActionOutcome::Succeeded;
    record.httpStatus = query.value(6).toInt();
    record.requestId = query.value(7).toString();
    record.message = query.value(8).toString();
    return record;
}

} // namespace

ActionLogStore::ActionLogStore(const QString &path)
    : m_path(path)
    , m_connectionName(uniqueConnectionName())
{}

ActionLogStore::~ActionLogStore()
{
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase(); // removeDatabase() wants no handle left on the connection
    QSqlDatabase::removeDatabase(m_connectionName);
}

ActionLogStore::Status ActionLogStore::open()
{
    if (m_ready)
        return Status::Ok;
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!privatefiles::makeFolder(folder)) {
        return refuse(tr("The folder %1 for the action log cannot be created.")
                          .arg(QDir::toNativeSeparators(folder)));
    }
    // Customer names and messages: the user's alone. If the file cannot be made so (it is a
    // folder, say), opening it below says why.
    privatefiles::makeFile(m_path);
    if (!m_db.isValid()) {
        if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
            return refuse(tr("The action log cannot be saved: Qt's SQLite driver is not "
                             "installed (Debian package libqt6sql6-sqlite)."));
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        m_db.setDatabaseName(m_path);
        m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs));
    }
    if (!m_db.isOpen() && !m_db.open())
        return fail(m_db.lastError());
    const Status status = checkSchema();
    m_ready = status == Status::Ok;
    return status;
}

ActionLogStore::Status ActionLogStore::checkSchema()
{
    int version = 0;
    int objects = 0;
    {
        // Reading is the first thing that touches the file: a damaged file fails here,
        // before anything could be written to it.
        QSqlQuery query(m_db);
        if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
            return fail(query.lastError());
        version = query.value(0).toInt();
        if (!query.exec(u"SELECT count(*) FROM sqlite_master"_s) || !query.next())
            return fail(query.lastError());
        objects = query.value(0).toInt();
    }
    if (version == kSchemaVersion)
        return Status::Ok;
    const QString file = QDir::toNativeSeparators(m_path);
    if (version > kSchemaVersion) {
        return refuse(tr("The action log %1 was written by a newer version of VZaps Desk; "
                         "it is left as it is.")
                          .arg(file));
    }
    if (objects > 0) { // an SQLite database, but not one of ours
        return refuse(tr("%1 is not an action log; it is left as it is. Move it aside to "
                         "start a new log.")
                          .arg(file));
    }
    return createSchema();
}

ActionLogStore::Status ActionLogStore::createSchema()
{
    QSqlQuery query(m_db);
    if (!query.exec(u"BEGIN IMMEDIATE"_s))
        return fail(query.lastError());
    // Another copy of the app may have created it while we waited for the write lock.
    if (query.exec(u"PRAGMA user_version"_s) && query.next() &&
        query.value(0).toInt() == kSchemaVersion) {
        query.exec(u"COMMIT"_s);
        return Status::Ok;
    }
    if (!query.exec(kCreateTable) ||
        !query.exec(u"PRAGMA user_version = %1"_s.arg(kSchemaVersion)) ||
        !query.exec(u"COMMIT"_s)) {
        const QSqlError error = query.lastError();
        query.exec(u"ROLLBACK"_s);
        return fail(error);
    }
    return Status::Ok;
}

ActionLogStore::Status ActionLogStore::write(const QList<ActionRecord> &oldestFirst)
{
    if (!m_ready)
        return refuse(tr("The action log %1 is not open.").arg(QDir::toNativeSeparators(m_path)));
    QSqlQuery control(m_db);
    // IMMEDIATE takes the write lock up front, so a busy file fails here, before any row.
    if (!control.exec(u"BEGIN IMMEDIATE"_s))
        return fail(control.lastError());
    QSqlQuery insert(m_db);
    bool ok = insert.prepare(kInsert);
    for (qsizetype i = 0; ok && i < oldestFirst.size(); ++i) {
        const ActionRecord &record = oldestFirst.at(i);
        insert.addBindValue(notNull(actionTimeIso(record.time)));
        insert.addBindValue(notNull(record.account));
        insert.addBindValue(notNull(record.instanceId));
        insert.addBindValue(notNull(record.instanceName));
        insert.addBindValue(notNull(record.action));
        insert.addBindValue(outcomeName(record.outcome));
        insert.addBindValue(record.httpStatus);
        insert.addBindValue(notNull(record.requestId));
        insert.addBindValue(notNull(record.message));
        ok = insert.exec();
    }
    const QSqlError error = ok ? QSqlError() : insert.lastError();
    insert.finish();
    if (ok && control.exec(u"COMMIT"_s))
        return Status::Ok;
    const QSqlError failure = ok ? control.lastError() : error;
    control.exec(u"ROLLBACK"_s); // a failed COMMIT leaves the transaction open
    return fail(failure);
}

ActionLogStore::Status ActionLogStore::readNewest(int limit, QList<ActionRecord> &newestFirst)
{
    newestFirst.clear();
    if (!m_ready)
        return refuse(tr("The action log %1 is not open.").arg(QDir::toNativeSeparators(m_path)));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(kSelectNewest))
        return fail(query.lastError());
    query.addBindValue(limit);
    if (!query.exec())
        return fail(query.lastError());
    while (query.next())
        newestFirst.append(recordFrom(query));
    if (query.lastError().isValid()) // a damaged page half-way through
        return fail(query.lastError());
    return Status::Ok;
}

ActionLogStore::Status ActionLogStore::fail(const QSqlError &error)
{
    const QString file = QDir::toNativeSeparators(m_path);
    const QString why = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (error.nativeErrorCode().toInt()) {
    case kSqliteBusy:
    case kSqliteLocked:
        m_error = tr("The action log %1 is locked by another program (%2).").arg(file, why);
        return Status::Busy;
    case kSqliteCorrupt:
    case kSqliteNotADatabase:
        m_error = tr("The action log %1 is damaged or is not an action log (%2); it is left as "
                     "it is. Move it aside to start a new log.")
                      .arg(file, why);
        return Status::Failed;
    default:
        m_error = tr("The action log %1 cannot be used (%2).").arg(file, why);
        return Status::Failed;
    }
}

ActionLogStore::Status ActionLogStore::refuse(const QString &sentence)
{
    m_error = sentence;
    return Status::Failed;
}

} // namespace vzaps
