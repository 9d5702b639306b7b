#pragma once

#include "core/types/Instance.h"

#include <QAbstractTableModel>

#include <functional>

namespace vzaps {

// The instance table (docs/architecture.md §3): one row per instance of the current page,
// in the server's order. Refreshes merge by instance id — changed rows emit
// dataChanged, new and gone rows are inserted and removed, moved rows are moved —
// so selection, current row and scroll position survive.
class InstanceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        IdColumn,
        ConnectionColumn,
        StatusColumn,
        BillingColumn,
        WebhookColumn,
        EventsColumn,
        CreatedColumn,
        UpdatedColumn,
        CancelsAtColumn,
        ExpiresColumn,
        PushNameColumn, // the WhatsApp profile name (whatsapp_push_name)
        PhoneColumn,    // the number of the linked phone, from whatsapp_jid
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // the raw value: QString, bool, QDateTime
        ToneRole,                    // int(format::Tone) for badge columns
        InstanceIdRole,              // the row's instance id, on every column
    };

    explicit InstanceTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the rows with `instances` (the server's order), merging by id.
    void setInstances(const QList<Instance> &instances);
    // Updates one row in place (after an edit); false when the id is not shown.
    bool updateInstance(const Instance &instance);
    bool removeInstance(const QString &id);

    const Instance &instanceAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &id) const;
    const QList<Instance> &instances() const { return m_rows; }

    // The field name the server sorts by for a column (docs/api-contract.md §2 list `sort`).
    static QString sortField(int column);

    // Relative times are computed against this clock (tests pin it).
    void setClock(std::function<QDateTime()> clock);

private:
    QVariant display(const Instance &instance, int column) const;
    QVariant toolTip(const Instance &instance, int column) const;
    QVariant sortValue(const Instance &instance, int column) const;
    void emitRowChanged(int row);

    QList<Instance> m_rows;
    std::function<QDateTime()> m_clock;
};

} // namespace vzaps
