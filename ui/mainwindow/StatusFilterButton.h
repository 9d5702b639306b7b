#pragma once

#include "core/presentation/StatusFilter.h"

#include <QToolButton>

class QAction;
class QMenu;

namespace vzaps::ui {

// The status filter beside the search field: a button whose menu has a check for each
// state (Connected, Disconnected, each billing status, Cancels soon) and "Show all". Within
// connection and within billing, checks add up (Past due or Unpaid); across them they
// narrow (Disconnected and Past due). The button says what is on.
class StatusFilterButton : public QToolButton
{
    Q_OBJECT
public:
    explicit StatusFilterButton(QWidget *parent = nullptr);

    StatusFilter filter() const;
    // Checks what `filter` says, without emitting filterChanged().
    void setFilter(const StatusFilter &filter);
    QAction *actionFor(const QString &objectName) const;

Q_SIGNALS:
    void filterChanged(const vzaps::StatusFilter &filter);

private:
    QAction *addCheck(const QString &text, const QString &objectName);
    void updateText();

    QMenu *m_menu;
    QAction *m_connected;
    QAction *m_disconnected;
    QList<QPair<QString, QAction *>> m_billing; // status, its check
    QAction *m_cancelsSoon;
    QAction *m_showAll;
};

} // namespace vzaps::ui
