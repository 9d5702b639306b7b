#pragma once

#include <QStyledItemDelegate>

namespace vzaps::ui {

// Paints the instance table's cells. Cells with a tone (InstanceTableModel::ToneRole:
// Connection and Billing) become rounded pills in the tone's colours WITH their text,
// so colour is never the only cue. When the rows are stale (the last refresh failed)
// every cell is drawn greyed.
class BadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setStale(bool stale) { m_stale = stale; }
    bool isStale() const { return m_stale; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    void paintPlainText(QPainter *painter, const QStyleOptionViewItem &option,
                        const QModelIndex &index) const;

    bool m_stale = false;
};

} // namespace vzaps::ui
