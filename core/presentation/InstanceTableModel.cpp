#include "core/presentation/InstanceTableModel.h"

#include "core/presentation/DisplayText.h"
#include "core/presentation/InstanceFormat.h"
#include "core/presentation/InstanceStore.h"

#include <QHash>
#include <QSet>

namespace vzaps {

using namespace Qt::StringLiterals;

namespace {

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

InstanceTableModel::InstanceTableModel(InstanceStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    connect(&m_store, &InstanceStore::changed, this, &InstanceTableModel::onStoreChanged);
    connect(&m_store, &InstanceStore::removed, this, &InstanceTableModel::onStoreRemoved);
    connect(&m_store, &InstanceStore::cleared, this, [this] { setRows({}); });
}

InstanceTableModel::InstanceTableModel(QObject *parent)
    : InstanceTableModel(*new InstanceStore, parent)
{
    m_ownStore.reset(&m_store);
}

InstanceTableModel::~InstanceTableModel() = default;

int InstanceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

const Instance &InstanceTableModel::instanceAt(int row) const
{
    static const Instance unknown;
    const Instance *instance = m_store.find(m_ids.at(row));
    return instance ? *instance : unknown;
}

int InstanceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstanceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Instance &instance = instanceAt(index.row());
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

void InstanceTableModel::setInstances(const QList<Instance> &instances)
{
    m_store.mergeAll(instances, m_store.nextTicket());
    QStringList ids;
    ids.reserve(instances.size());
    for (const Instance &instance : instances)
        ids.append(instance.id);
    setRows(ids);
}

int InstanceTableModel::rowOf(const QString &id) const
{
    if (!m_rowIndexValid) {
        m_rowOfId.clear();
        m_rowOfId.reserve(m_ids.size());
        for (int row = 0; row < m_ids.size(); ++row)
            m_rowOfId.insert(m_ids.at(row), row);
        m_rowIndexValid = true;
    }
    return m_rowOfId.value(id, -1);
}

bool InstanceTableModel::appendIfGrown(const QStringList &ids)
{
    // The rows shown, then new ones after them (a reading bringing more matches): one insert.
    if (ids.size() <= m_ids.size() || !std::equal(m_ids.cbegin(), m_ids.cend(), ids.cbegin()))
        return false;
    QSet<QString> tail;
    for (qsizetype i = m_ids.size(); i < ids.size(); ++i) {
        if (rowOf(ids.at(i)) >= 0 || tail.contains(ids.at(i)))
            return false; // a duplicate: the general walk drops it
        tail.insert(ids.at(i));
    }
    beginInsertRows({}, int(m_ids.size()), int(ids.size()) - 1);
    for (qsizetype i = m_ids.size(); i < ids.size(); ++i) {
        m_rowOfId.insert(ids.at(i), int(i));
        m_ids.append(ids.at(i));
    }
    endInsertRows();
    return true;
}

int InstanceTableModel::columnOfSortField(const QString &field)
{
    for (int column = 0; column < ColumnCount && !field.isEmpty(); ++column) {
        if (sortField(column) == field)
            return column;
    }
    return -1;
}

void InstanceTableModel::setRows(const QStringList &ids)
{
    if (ids == m_ids || appendIfGrown(ids))
        return;
    m_rowIndexValid = false;
    // 1. Remove rows whose id is gone, in contiguous runs from the bottom.
    const QSet<QString> incoming(ids.cbegin(), ids.cend());
    for (int row = int(m_ids.size()) - 1; row >= 0;) {
        if (incoming.contains(m_ids.at(row))) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !incoming.contains(m_ids.at(first - 1)))
            --first;
        beginRemoveRows({}, first, row);
        m_ids.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }

    // 2. Walk the new order: keep, move up, or insert each row. Their content is the
    // store's, which repainted changed rows already.
    QSet<QString> seen; // ids already placed, to tolerate duplicate ids from a server
    for (int target = 0; target < ids.size(); ++target) {
        const QString &id = ids.at(target);
        const bool duplicate = seen.contains(id);
        seen.insert(id);
        const qsizetype current = duplicate ? -1 : m_ids.indexOf(id, target);
        if (current < 0) {
            beginInsertRows({}, target, target);
            m_ids.insert(target, id);
            endInsertRows();
        } else if (current != target) {
            beginMoveRows({}, int(current), int(current), {}, target);
            m_ids.move(current, target);
            endMoveRows();
        }
    }

    // 3. Anything left below the new rows is surplus (duplicates that were dropped).
    if (m_ids.size() > ids.size()) {
        beginRemoveRows({}, int(ids.size()), int(m_ids.size()) - 1);
        m_ids.resize(ids.size());
        endRemoveRows();
    }
    m_rowIndexValid = false; // a view may have asked for a row halfway through
}

void InstanceTableModel::onStoreChanged(const QString &id)
{
    if (const int row = rowOf(id); row >= 0)
        emitRowChanged(row);
}

void InstanceTableModel::onStoreRemoved(const QString &id)
{
    for (int row = int(m_ids.size()) - 1; row >= 0; --row) {
        if (m_ids.at(row) != id)
            continue;
        beginRemoveRows({}, row, row);
        m_ids.removeAt(row);
        m_rowIndexValid = false;
        endRemoveRows();
    }
}

void InstanceTableModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace vzaps
