#include "sandbox/state/StateStore.h"

#include "sandbox/Ids.h"
#include "sandbox/state/StateRows.h"
#include "sandbox/state/TextKeys.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

// Instance rows: find, write, delete and the list page (search, sort, summary).
namespace vzsandbox {

using namespace rows;

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

bool StateStore::rekeyNames()
{
    QSqlDatabase db = database();
    QSqlQuery names(db);
    if (!names.exec(u"SELECT id, name FROM instances"_s)) {
        m_lastError = names.lastError().text();
        return false;
    }
    QList<std::pair<QString, QString>> rows;
    while (names.next())
        rows.append({names.value(0).toString(), names.value(1).toString()});
    names.finish();

    db.transaction();
    QSqlQuery update(db);
    update.prepare(u"UPDATE instances SET name_key = ?, search_key = ? WHERE id = ?"_s);
    for (const auto &[id, name] : std::as_const(rows)) {
        update.addBindValue(textkeys::nameSortKey(name));
        update.addBindValue(textkeys::folded(name + u' ' + id));
        update.addBindValue(id);
        if (!update.exec()) {
            m_lastError = update.lastError().text();
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        m_lastError = db.lastError().text();
        return false;
    }
    return true;
}

bool StateStore::insertMany(const QList<InstanceRecord> &records)
{
    QSqlDatabase db = database();
    if (!db.transaction()) {
        m_lastError = db.lastError().text();
        return false;
    }
    // Rebuilding the indexes once after a big insert is several times faster than updating
    // them row by row; DDL is transactional in SQLite, so a failure rolls this back too.
    const bool bulk = records.size() >= 5000;
    if (bulk) {
        for (const QString &index : instanceIndexes())
            exec(u"DROP INDEX IF EXISTS "_s + index.section(u' ', 0, 0));
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
    if (bulk && !createInstanceIndexes()) {
        db.rollback();
        return false;
    }
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
    // A search, and the status keys: all must hold (any of the billing statuses).
    QStringList conditions;
    if (!request.folded.isEmpty())
        conditions.append(u"instr(search_key, :q) > 0"_s);
    if (request.connected)
        conditions.append(u"connected = :c"_s);
    if (!request.billing.isEmpty()) {
        QStringList names;
        for (int i = 0; i < request.billing.size(); ++i)
            names.append(u":b%1"_s.arg(i));
        conditions.append(u"billing_status IN (%1)"_s.arg(names.join(u", "_s)));
    }
    const bool searching = !conditions.isEmpty();
    const auto bindFilter = [&request](QSqlQuery &query) {
        if (!request.folded.isEmpty())
            query.bindValue(u":q"_s, request.folded);
        if (request.connected)
            query.bindValue(u":c"_s, *request.connected ? 1 : 0);
        for (int i = 0; i < request.billing.size(); ++i)
            query.bindValue(u":b%1"_s.arg(i), request.billing.at(i));
    };
    const QString direction = request.descending ? u" DESC"_s : u" ASC"_s;
    const QString order =
        u" ORDER BY "_s + request.sortExpression + direction + u", rowid"_s + direction;
    const QString limit = u" LIMIT %1 OFFSET %2"_s.arg(
        QString::number(request.size), QString::number(qint64(request.page - 1) * request.size));
    // A search scans the narrow covering index; SQLite's planner would otherwise pick an index
    // in sort or group order and fetch every wide row to test it (10x slower on 10,000 rows).
    const QString where = u" INDEXED BY instances_search WHERE "_s + conditions.join(u" AND "_s);

    QList<qint64> rowids;
    bool haveSummary = false;
    qint64 connected = 0;
    QHash<QString, qint64> perBilling;
    if (searching) {
        // One scan yields the page's rowids and, through window aggregates over the whole
        // match, the total and the summary.
        QString sql = u"SELECT rowid, count(*) OVER (), sum(connected) OVER ()"_s;
        for (const QString &status : billingStatuses())
            sql += u", sum(billing_status = '%1') OVER ()"_s.arg(status);
        QSqlQuery page(database());
        page.prepare(sql + u" FROM instances"_s + where + order + limit);
        bindFilter(page);
        if (page.exec()) {
            while (page.next()) {
                rowids.append(page.value(0).toLongLong());
                if (haveSummary)
                    continue;
                haveSummary = true;
                result.total = page.value(1).toLongLong();
                connected = page.value(2).toLongLong();
                for (int i = 0; i < billingStatuses().size(); ++i)
                    perBilling[billingStatuses().at(i)] = page.value(3 + i).toLongLong();
            }
        } else {
            m_lastError = page.lastError().text();
        }
    } else {
        QSqlQuery page(database());
        if (page.exec(u"SELECT rowid FROM instances"_s + order + limit)) {
            while (page.next())
                rowids.append(page.value(0).toLongLong());
        } else {
            m_lastError = page.lastError().text();
        }
    }

    if (!haveSummary && (!searching || request.page > 1)) {
        // Counts per billing status and connection; GROUP BY on the narrow index is far
        // cheaper than conditional sums over every row.
        QSqlQuery summary(database());
        summary.prepare(u"SELECT billing_status, connected, count(*) FROM instances"_s +
                        (searching ? where : QString()) + u" GROUP BY billing_status, connected"_s);
        if (searching)
            bindFilter(summary);
        if (summary.exec()) {
            while (summary.next()) {
                const qint64 count = summary.value(2).toLongLong();
                perBilling[summary.value(0).toString()] += count;
                result.total += count;
                if (summary.value(1).toInt() != 0)
                    connected += count;
            }
        }
    }
    result.summary.insert(u"total"_s, result.total);
    result.summary.insert(u"connected"_s, connected);
    result.summary.insert(u"disconnected"_s, result.total - connected);
    for (const QString &status : billingStatuses())
        result.summary.insert(status.toLower(), perBilling.value(status));

    if (rowids.isEmpty())
        return result;
    // Only the page's wide rows are read, then put back in the order the scan chose.
    QStringList idList;
    for (qint64 rowid : rowids)
        idList.append(QString::number(rowid));
    QSqlQuery rows(database());
    QHash<qint64, InstanceRecord> byRowid;
    if (rows.exec(u"SELECT "_s + kColumns + u", rowid FROM instances WHERE rowid IN ("_s +
                  idList.join(u',') + u")"_s)) {
        while (rows.next())
            byRowid.insert(rows.value(kColumnCount).toLongLong(), readRecord(rows));
    } else {
        m_lastError = rows.lastError().text();
    }
    for (qint64 rowid : rowids) {
        const auto it = byRowid.constFind(rowid);
        if (it != byRowid.constEnd())
            result.rows.append(*it);
    }
    return result;
}

} // namespace vzsandbox
