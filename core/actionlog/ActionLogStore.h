#pragma once

#include "core/actions/ActionRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

class QSqlError;

namespace vzaps {

// The SQLite file behind the action log: creates its folder, the file and the schema
// (versioned with PRAGMA user_version), writes and reads records. It keeps no records
// and sends no signals; every failure comes back as a Status plus a sentence saying
// what failed and why (errorString()). It never writes to a file it has not recognised
// as an action log, so a damaged file or someone else's database is left as it was.
class ActionLogStore
{
    Q_DECLARE_TR_FUNCTIONS(vzaps::ActionLogStore)
public:
    enum class Status {
        Ok,
        Busy,   // another connection holds a lock: worth trying again later
        Failed, // anything else: damaged file, newer schema, unwritable folder, full disk…
    };

    // How long a statement waits for another connection's lock before giving up. Small,
    // because the log writes on the GUI thread and a locked file must not freeze it.
    static constexpr int kBusyTimeoutMs = 100;

    explicit ActionLogStore(const QString &path);
    ~ActionLogStore();
    ActionLogStore(const ActionLogStore &) = delete;
    ActionLogStore &operator=(const ActionLogStore &) = delete;

    // Opens the file, creating the folder, the file and the schema when new. Does
    // nothing once open.
    Status open();
    // Whether the schema has been checked, so that reads and writes may go ahead.
    bool isOpen() const { return m_ready; }

    // Appends `oldestFirst` in one transaction: all of them or none.
    Status write(const QList<ActionRecord> &oldestFirst);
    // The newest `limit` records, newest first, into `newestFirst`.
    Status readNewest(int limit, QList<ActionRecord> &newestFirst);

    const QString &path() const { return m_path; }
    // The last failure as a sentence; stale after a success.
    QString errorString() const { return m_error; }

private:
    Status checkSchema();
    Status createSchema();
    Status fail(const QSqlError &error);
    Status refuse(const QString &sentence);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_ready = false;
    QString m_error;
};

} // namespace vzaps
