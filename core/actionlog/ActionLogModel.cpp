#include "core/actionlog/ActionLogModel.h"

#include "core/actionlog/ActionLog.h"
#include "core/actionlog/ActionRecordText.h"
#include "core/presentation/DisplayText.h"

using namespace Qt::StringLiterals;

namespace vzaps {

ActionLogModel::ActionLogModel(ActionLog &log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
    , m_rows(log.records())
{
    connect(&log, &ActionLog::appended, this, &ActionLogModel::onAppended);
    connect(&log, &ActionLog::reloaded, this, &ActionLogModel::reload);
}

int ActionLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActionLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActionRecord &record = m_rows.at(index.row());
    switch (role) {
    // Names and messages come from the server: cut for the cell, escaped in the tooltip.
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display::cut(display(record, index.column()).toString());
    case Qt::ToolTipRole:
        return display::toolTip(toolTip(record, index.column()).toString());
    case SortRole:
        return sortValue(record, index.column());
    case OutcomeRole:
        return int(record.outcome);
    default:
        return {};
    }
}

QVariant ActionLogModel::display(const ActionRecord &record, int column) const
{
    switch (column) {
    case TimeColumn:
        return actionTimeText(record.time);
    case AccountColumn:
        return record.account;
    case InstanceColumn:
        return record.instanceName.isEmpty() ? record.instanceId : record.instanceName;
    case ActionColumn:
        return record.action;
    case OutcomeColumn:
        return outcomeLabel(record.outcome);
    case HttpStatusColumn:
        return httpStatusText(record.httpStatus);
    case RequestIdColumn:
        return record.requestId;
    case MessageColumn: {
        // One line per row; the tooltip has the message as it was.
        QString line = record.message;
        line.replace(u'\n', u' ').remove(u'\r');
        return line;
    }
    default:
        return {};
    }
}

QVariant ActionLogModel::toolTip(const ActionRecord &record, int column) const
{
    switch (column) {
    case TimeColumn:
        return actionTimeIso(record.time);
    case InstanceColumn:
        return record.instanceName.isEmpty()
                   ? tr("ID: %1").arg(record.instanceId)
                   : tr("%1\nID: %2").arg(record.instanceName, record.instanceId);
    case MessageColumn:
        return record.message;
    default:
        return display(record, column);
    }
}

QVariant ActionLogModel::sortValue(const ActionRecord &record, int column) const
{
    switch (column) {
    case TimeColumn:
        return record.time;
    case OutcomeColumn:
        return int(record.outcome);
    case HttpStatusColumn:
        return record.httpStatus;
    case MessageColumn:
        return record.message;
    default:
        return display(record, column);
    }
}

QVariant ActionLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case AccountColumn:
        return tr("Account");
    case InstanceColumn:
        return tr("Instance");
    case ActionColumn:
        return tr("Action");
    case OutcomeColumn:
        return tr("Outcome");
    case HttpStatusColumn:
        return tr("HTTP");
    case RequestIdColumn:
        return tr("Request id");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

void ActionLogModel::setFilter(const QString &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void ActionLogModel::onAppended(const ActionRecord &record)
{
    if (!recordMatches(record, m_filter))
        return;
    beginInsertRows({}, 0, 0);
    m_rows.prepend(record);
    endInsertRows();
}

void ActionLogModel::reload()
{
    beginResetModel();
    m_rows = m_log.records(m_filter);
    endResetModel();
}

} // namespace vzaps
