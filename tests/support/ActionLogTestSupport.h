#pragma once

// Records and files the action log tests share.
#include "core/actions/ActionRecord.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace vzaps::test {

using namespace Qt::StringLiterals;

inline ActionRecord logRecord(const QString &action, const QString &instanceName,
                              ActionOutcome outcome, int httpStatus, const QString &message,
                              int minute = 0)
{
    ActionRecord record;
    record.time = QDateTime(QDate(2026, 11, 26), QTime(12, minute, 5, 123), Qt::UTC);
    record.account = u"support@example.com"_s;
    record.instanceId = u"VZ8K2M4N6P8R0T2V4X6Z8B0D2F4H"_s;
    record.instanceName = instanceName;
    record.action = action;
    record.outcome = outcome;
    record.httpStatus = httpStatus;
    record.requestId = httpStatus ? u"req_%1"_s.arg(minute) : QString();
    record.message = message;
    return record;
}

// Three records oldest first, with the awkward parts: no HTTP reply, a failure, a
// message with commas, quotes and line breaks, a non-ASCII name.
inline QList<ActionRecord> sampleRecords()
{
    return {
        logRecord(u"Restart"_s, u"Support"_s, ActionOutcome::Succeeded, 200, u"Restarted."_s, 1),
        logRecord(u"Delete"_s, u"Atendimento São Paulo ✓"_s, ActionOutcome::Failed, 404,
                  u"Not found, said the server: \"no such instance\"\r\nTry a refresh."_s, 2),
        logRecord(u"Subscribe"_s, u"Vendas"_s, ActionOutcome::Failed, 0,
                  u"The server did not answer in 30 s."_s, 3),
    };
}

inline bool sameRecord(const ActionRecord &a, const ActionRecord &b)
{
    return a.time == b.time && a.account == b.account && a.instanceId == b.instanceId &&
           a.instanceName == b.instanceName && a.action == b.action && a.outcome == b.outcome &&
           a.httpStatus == b.httpStatus && a.requestId == b.requestId && a.message == b.message;
}

inline QStringList actionsOf(const QList<ActionRecord> &records)
{
    QStringList actions;
    for (const ActionRecord &record : records)
        actions.append(record.action);
    return actions;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Another connection on the log's file that takes an exclusive lock, as another
// program writing to it would; released on destruction.
class FileLocker
{
public:
    explicit FileLocker(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, kName);
        db.setDatabaseName(path);
        locked = db.open() && QSqlQuery(db).exec(u"BEGIN EXCLUSIVE"_s);
    }
    ~FileLocker()
    {
        release();
        QSqlDatabase::removeDatabase(kName);
    }
    FileLocker(const FileLocker &) = delete;
    FileLocker &operator=(const FileLocker &) = delete;

    void release()
    {
        QSqlDatabase db = QSqlDatabase::database(kName, false);
        if (locked)
            QSqlQuery(db).exec(u"COMMIT"_s);
        locked = false;
        db.close();
    }

    bool locked = false;

private:
    inline static const QString kName = u"test-locker"_s;
};

} // namespace vzaps::test
