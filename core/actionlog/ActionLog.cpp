#include "core/actionlog/ActionLog.h"

#include "core/actionlog/ActionLogStore.h"
#include "core/actionlog/ActionRecordText.h"
#include "core/presentation/DisplayText.h"

#include <QDir>
#include <QSignalBlocker>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace vzaps {

ActionLog::ActionLog(QObject *parent)
    : ActionLog(defaultPath(), parent)
{}

ActionLog::ActionLog(const QString &path, QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<ActionLogStore>(path))
{
    sync();
}

ActionLog::~ActionLog()
{
    // A last try for records a lock kept out; nobody is left to hear about problems.
    const QSignalBlocker blocker(this);
    if (!m_unsaved.isEmpty())
        sync();
}

QString ActionLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/actions.sqlite"_L1;
}

QString ActionLog::path() const
{
    return m_store->path();
}

bool ActionLog::isAvailable() const
{
    return m_store->isOpen() && !m_unusable && m_unsaved.isEmpty();
}

QList<ActionRecord> ActionLog::records(const QString &filter, int limit) const
{
    if (filter.isEmpty() && limit < 0)
        return m_records;
    QList<ActionRecord> result;
    for (const ActionRecord &record : m_records) {
        if (limit >= 0 && result.size() >= limit)
            break;
        if (recordMatches(record, filter))
            result.append(record);
    }
    return result;
}

namespace {

// What the log keeps of a record: its texts come partly from the server, so each is cut to a
// length a log row can use (the whole message is still far longer than a row shows).
ActionRecord storable(ActionRecord record)
{
    constexpr qsizetype kMaxField = 500;
    constexpr qsizetype kMaxMessage = 4096;
    for (QString *field : {&record.account, &record.instanceId, &record.instanceName,
                           &record.action, &record.requestId})
        *field = display::cut(*field, kMaxField);
    record.message = display::cut(record.message, kMaxMessage);
    return record;
}

} // namespace

void ActionLog::append(const ActionRecord &given)
{
    const ActionRecord record = storable(given);
    m_records.prepend(record);
    m_unsaved.append(record);
    Q_EMIT appended(record);
    sync();
}

// Brings the file up to date: opens it (again, after a lock), reads the saved records
// once, writes what is unsaved; reports the outcome.
void ActionLog::sync()
{
    if (m_unusable)
        return;
    using Status = ActionLogStore::Status;
    Status status = m_store->open();
    if (status == Status::Ok && !m_historyLoaded)
        status = loadHistory();
    if (status == Status::Ok && !m_unsaved.isEmpty()) {
        status = m_store->write(m_unsaved);
        if (status == Status::Ok)
            m_unsaved.clear();
    }
    if (status == Status::Ok) {
        if (!m_problem.isEmpty()) {
            m_problem.clear();
            Q_EMIT problemCleared();
        }
        return;
    }
    if (status == Status::Busy) {
        setProblem(m_store->errorString() + u' ' +
                   tr("Actions are kept in memory and saved once the file is free."));
    } else if (!m_historyLoaded) { // the file could not be opened or read
        m_unusable = true;
        setProblem(m_store->errorString() + u' ' +
                   tr("This session's actions are kept in memory only."));
    } else { // a failed write, e.g. a full disk: worth another try
        setProblem(m_store->errorString() + u' ' +
                   tr("Actions are kept in memory and saved at the next try."));
    }
}

ActionLogStore::Status ActionLog::loadHistory()
{
    QList<ActionRecord> history;
    const ActionLogStore::Status status = m_store->readNewest(kHistoryLimit, history);
    if (status != ActionLogStore::Status::Ok)
        return status;
    m_historyLoaded = true;
    const bool late = !m_records.isEmpty(); // this run already logged while locked out
    m_records.append(history);
    if (late && !history.isEmpty())
        Q_EMIT reloaded();
    return status;
}

void ActionLog::setProblem(const QString &sentence)
{
    if (sentence == m_problem)
        return;
    m_problem = sentence;
    Q_EMIT problem(sentence);
}

} // namespace vzaps
