#pragma once

#include "core/types/Instance.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <functional>
#include <memory>

namespace vzaps {

class InstanceStore;

// The instance table (docs/architecture.md §3): one row per instance of the current page,
// in the server's order. The rows are ids; what each shows is read from the InstanceStore,
// and a change there repaints the row at once. A new page merges by id — new and gone
// rows are inserted and removed, moved rows are moved — so selection, current row and
// scroll position survive.
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

    // Rows of instances kept in `store`.
    explicit InstanceTableModel(InstanceStore &store, QObject *parent = nullptr);
    // A table with a store of its own (a table on its own, as in tests and benchmarks).
    explicit InstanceTableModel(QObject *parent = nullptr);
    ~InstanceTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Shows the instances `ids` (the server's order) of the store, merging by id.
    void setRows(const QStringList &ids);
    // Merges `instances` into the store as a reply that arrives now, and shows them.
    void setInstances(const QList<Instance> &instances);

    // The instance of `row`, as the store has it.
    const Instance &instanceAt(int row) const;
    QString idAt(int row) const { return m_ids.at(row); }
    int rowOf(const QString &id) const; // -1 when not shown
    const QStringList &ids() const { return m_ids; }
    InstanceStore &store() const { return m_store; }

    // The field name the server sorts by for a column (docs/api-contract.md §2 list `sort`).
    static QString sortField(int column);
    // The column whose sort field is `field`; -1 for none (or an empty field).
    static int columnOfSortField(const QString &field);

    // Relative times are computed against this clock (tests pin it).
    void setClock(std::function<QDateTime()> clock);

private:
    QVariant display(const Instance &instance, int column) const;
    QVariant toolTip(const Instance &instance, int column) const;
    QVariant sortValue(const Instance &instance, int column) const;
    void emitRowChanged(int row);
    void onStoreChanged(const QString &id);
    void onStoreRemoved(const QString &id);

    std::unique_ptr<InstanceStore> m_ownStore; // only for a table on its own
    InstanceStore &m_store;
    bool appendIfGrown(const QStringList &ids);

    QStringList m_ids; // no id twice
    // Row of each id, built when first asked after the rows changed (a reading merges whole
    // pages of instances into the store: each change finds its row without a walk).
    mutable QHash<QString, int> m_rowOfId;
    mutable bool m_rowIndexValid = false;
    std::function<QDateTime()> m_clock;
};

} // namespace vzaps
