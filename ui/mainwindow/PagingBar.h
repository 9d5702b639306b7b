#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace vzaps {
class InstanceListController;
}

namespace vzaps::ui {

// Below the table: rows per page (20/50/100), "41–60 of 1,234" and previous/next,
// driving the list controller directly.
class PagingBar : public QWidget
{
    Q_OBJECT
public:
    explicit PagingBar(InstanceListController &controller, QWidget *parent = nullptr);

    int pageSize() const;
    // Shows `size` as chosen; `reload` asks the controller for pages of that size now.
    void setPageSize(int size, bool reload);
    // The range text and which buttons work, from the controller's state.
    void refresh();

    // In Tab order: size, previous, next.
    QComboBox *pageSizeCombo() const { return m_pageSize; }
    QToolButton *previousButton() const { return m_previous; }
    QToolButton *nextButton() const { return m_next; }

private:
    InstanceListController &m_controller;
    QComboBox *m_pageSize;
    QLabel *m_range;
    QToolButton *m_previous;
    QToolButton *m_next;
};

} // namespace vzaps::ui
