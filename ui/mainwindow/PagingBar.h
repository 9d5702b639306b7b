#pragma once

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QToolButton;

namespace vzaps {
class InstanceListController;
}

namespace vzaps::ui {

// Below the table: rows per page (20/50/100), "41–60 of 1,234", and the way through the
// pages: first, previous, "Page [12] of 201" (type a number and press Enter), next, last.
// Drives the list controller directly and follows its query.
class PagingBar : public QWidget
{
    Q_OBJECT
public:
    explicit PagingBar(InstanceListController &controller, QWidget *parent = nullptr);

    int pageSize() const;
    // Shows `size` as chosen; `reload` asks the controller for pages of that size now.
    void setPageSize(int size, bool reload);
    // The range and page texts and which controls work, from the controller's state.
    void refresh();

    // Its controls in Tab order: size, first, previous, page number, next, last.
    QList<QWidget *> focusChain() const;
    QComboBox *pageSizeCombo() const { return m_pageSize; }

private:
    QToolButton *pageButton(const QString &objectName, const QString &text, const QString &toolTip);

    InstanceListController &m_controller;
    QComboBox *m_pageSize;
    QLabel *m_range;
    QToolButton *m_first;
    QToolButton *m_previous;
    QSpinBox *m_page;
    QLabel *m_pageCount;
    QToolButton *m_next;
    QToolButton *m_last;
};

} // namespace vzaps::ui
