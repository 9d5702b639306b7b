#include "core/presentation/InstanceTableModel.h"

#include "core/presentation/DisplayText.h"
#include "core/presentation/InstanceFormat.h"

#include <QHash>

namespace vzaps {

using namespace Qt::StringLiterals;

namespace {

bool sameContent(const Instance &a, const Instance &b)
{
    // `raw` is what the server said; equal raw objects mean nothing visible changed.
    return a.raw == b.raw && a.id == b.id;
}

QDateTime dateFor(const Instance &instance, int column)
{
    switch (column) {
    case InstanceTableModel::CreatedColumn:
        return instance.createdAt;
    case InstanceTableModel::UpdatedColumn:
        return instance.updatedAt;
    case InstanceTableModel::CancelsAtColumn:
        return instance.cancelAt;
    case InstanceTableModel::ExpiresColumn:
        return instance.expiredAt;
    default:
        return {};
    }
}

bool isDateColumn(int column)
{
    return column >= InstanceTableModel::CreatedColumn &&
           column <= InstanceTableModel::ExpiresColumn;
}

} // namespace

InstanceTableModel::InstanceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

int InstanceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InstanceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstanceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Instance &instance = m_rows.at(index.row());
    switch (role) {
    // Server text: cut to what a cell can show, so painting and eliding never measure
    // megabytes; the tooltip escaped, as Qt reads tooltips as rich text when they look like it.
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display::cut(display(instance, index.column()).toString());
    case Qt::ToolTipRole:
        return display::toolTip(toolTip(instance, index.column()).toString());
    case SortRole:
        return sortValue(instance, index.column());
    case ToneRole:
        if (index.column() == ConnectionColumn)
            return int(format::connectionTone(instance.connected));
        if (index.column() == BillingColumn)
            return int(format::billingTone(instance.billingStatus));
        return {};
    case InstanceIdRole:
        return instance.id;
    default:
        return {};
    }
}

QVariant InstanceTableModel::display(const Instance &instance, int column) const
{
    switch (column) {
    case NameColumn:
        return instance.name;
    case IdColumn:
        return instance.id;
    case ConnectionColumn:
        return format::connectionLabel(instance.connected);
    case StatusColumn:
        return instance.status;
    case BillingColumn: // a scheduled cancel shows here too: its column may be hidden
        return format::billingBadge(instance.billingStatus, instance.cancelAt, m_clock());
    case WebhookColumn:
        return instance.webhook;
    case EventsColumn:
        return instance.eventsSubscribe.join(", "_L1);
    case PushNameColumn:
        return instance.whatsappPushName;
    case PhoneColumn:
        return format::phoneFromJid(instance.whatsappJid);
    default:
        return format::relativeTime(dateFor(instance, column), m_clock());
    }
}

QVariant InstanceTableModel::toolTip(const Instance &instance, int column) const
{
    if (isDateColumn(column))
        return format::exactTime(dateFor(instance, column));
    switch (column) {
    case ConnectionColumn:
        if (instance.connected.value_or(false) && !instance.whatsappPushName.isEmpty())
            return tr("Connected as %1").arg(instance.whatsappPushName);
        return format::connectionLabel(instance.connected);
    case BillingColumn: {
        QString text = instance.billingStatus.isEmpty()
                           ? format::billingLabel({})
                           : tr("Billing status: %1").arg(instance.billingStatus);
        if (instance.cancelAt.isValid() && instance.cancelAt > m_clock())
            text += u'\n' + tr("Cancels on %1").arg(format::exactTime(instance.cancelAt));
        return text;
    }
    default:
        return display(instance, column);
    }
}

QVariant InstanceTableModel::sortValue(const Instance &instance, int column) const
{
    if (isDateColumn(column))
        return dateFor(instance, column);
    switch (column) {
    case ConnectionColumn:
        return instance.connected.has_value() ? QVariant(*instance.connected) : QVariant();
    case StatusColumn:
        return instance.status;
    case BillingColumn:
        return instance.billingStatus;
    case EventsColumn:
        return instance.eventsSubscribe;
    default:
        return display(instance, column);
    }
}

QVariant InstanceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case IdColumn:
        return tr("ID");
    case ConnectionColumn:
        return tr("Connection");
    case StatusColumn:
        return tr("Status");
    case BillingColumn:
        return tr("Billing");
    case WebhookColumn:
        return tr("Webhook");
    case EventsColumn:
        return tr("Events");
    case CreatedColumn:
        return tr("Created");
    case UpdatedColumn:
        return tr("Updated");
    case CancelsAtColumn:
        return tr("Cancels at");
    case ExpiresColumn:
        return tr("Expires");
    case PushNameColumn:
        return tr("WhatsApp name");
    case PhoneColumn:
        return tr("Phone");
    default:
        return {};
    }
}

QHash<int, QByteArray> InstanceTableModel::roleNames() const
{
    QHash<int, QByteArray> roles = QAbstractTableModel::roleNames();
    roles.insert(SortRole, "sortValue");
    roles.insert(ToneRole, "tone");
    roles.insert(InstanceIdRole, "instanceId");
    return roles;
}

QString InstanceTableModel::sortField(int column)
{
    switch (column) {
    case NameColumn:
        return u"name"_s;
    case IdColumn:
        return u"id"_s;
    case ConnectionColumn:
        return u"connected"_s;
    case StatusColumn:
        return u"status"_s;
    case BillingColumn:
        return u"billing_status"_s;
    case WebhookColumn:
        return u"webhook"_s;
    case EventsColumn:
        return u"events_subscribe"_s;
    case CreatedColumn:
        return u"created_at"_s;
    case UpdatedColumn:
        return u"updated_at"_s;
    case CancelsAtColumn:
        return u"cancel_at"_s;
    case ExpiresColumn:
        return u"expired_at"_s;
    case PushNameColumn:
        return u"whatsapp_push_name"_s;
    case PhoneColumn:
        return u"whatsapp_jid"_s;
    default:
        return {};
    }
}

void InstanceTableModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

int InstanceTableModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

void InstanceTableModel::setInstances(const QList<Instance> &instances)
{
    // 1. Remove rows whose id is gone, in contiguous runs from the bottom.
    QSet<QString> incoming;
    incoming.reserve(instances.size());
    for (const Instance &instance : instances)
        incoming.insert(instance.id);
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        if (incoming.contains(m_rows.at(row).id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !incoming.contains(m_rows.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }

    // 2. Walk the new order: keep, move up, or insert each row; then update in place.
    QHash<QString, int> seen; // ids already placed, to tolerate duplicate ids from a server
    for (int target = 0; target < instances.size(); ++target) {
        const Instance &instance = instances.at(target);
        if (seen.contains(instance.id)) {
            beginInsertRows({}, target, target);
            m_rows.insert(target, instance);
            endInsertRows();
            continue;
        }
        seen.insert(instance.id, target);
        int current = -1;
        for (int row = target; row < m_rows.size(); ++row) {
            if (m_rows.at(row).id == instance.id) {
                current = row;
                break;
            }
        }
        if (current < 0) {
            beginInsertRows({}, target, target);
            m_rows.insert(target, instance);
            endInsertRows();
            continue;
        }
        if (current != target) {
            beginMoveRows({}, current, current, {}, target);
            m_rows.move(current, target);
            endMoveRows();
        }
        if (!sameContent(m_rows.at(target), instance)) {
            m_rows[target] = instance;
            emitRowChanged(target);
        }
    }

    // 3. Anything left below the new rows is surplus (duplicates that were dropped).
    if (m_rows.size() > instances.size()) {
        beginRemoveRows({}, int(instances.size()), int(m_rows.size()) - 1);
        m_rows.resize(instances.size());
        endRemoveRows();
    }
}

bool InstanceTableModel::updateInstance(const Instance &instance)
{
    const int row = rowOf(instance.id);
    if (row < 0)
        return false;
    if (!sameContent(m_rows.at(row), instance)) {
        m_rows[row] = instance;
        emitRowChanged(row);
    }
    return true;
}

bool InstanceTableModel::removeInstance(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    return true;
}

void InstanceTableModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace vzaps
