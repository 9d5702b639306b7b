#pragma once

#include "core/actions/ActionRecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace vzaps {

class ActionLog;

// The Log panel's table: the log's records, newest first, narrowed by a filter. A new
// record arrives as one row inserted at the top (never a reset), so selection and
// scroll position survive while the user works.
class ActionLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        AccountColumn,
        InstanceColumn,
        ActionColumn,
        OutcomeColumn,
        HttpStatusColumn,
        RequestIdColumn,
        MessageColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // the raw value: QDateTime, QString, int
        OutcomeRole,                 // int(ActionOutcome), on every column
    };

    // Shows `log`, which must outlive the model.
    explicit ActionLogModel(ActionLog &log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Shows only the records recordMatches() `filter` (ignoring case); empty shows all.
    void setFilter(const QString &filter);
    QString filter() const { return m_filter; }

    // The records shown, newest first.
    const QList<ActionRecord> &records() const { return m_rows; }

private:
    void onAppended(const ActionRecord &record);
    void reload();
    QVariant display(const ActionRecord &record, int column) const;
    QVariant toolTip(const ActionRecord &record, int column) const;
    QVariant sortValue(const ActionRecord &record, int column) const;

    ActionLog &m_log;
    QList<ActionRecord> m_rows;
    QString m_filter;
};

} // namespace vzaps
