#pragma once

#include "core/presentation/FilterCounts.h"
#include "core/presentation/StatusFilter.h"

#include <QToolButton>

#include <functional>

class QAction;
class QMenu;

namespace vzaps::ui {

// The status filter beside the search field: a button whose menu has a check for each
// state (Connected, Disconnected, each billing status, Cancels soon) and "Show all". Within
// connection and within billing, checks add up (Past due or Unpaid); across them they
// narrow (Disconnected and Past due), or with "Match any checked state" one is enough. Each
// choice shows its count when one is known, and the menu says where the counts come from
// (the server's summary, or a complete reading of the account). The button says what is on.
class StatusFilterButton : public QToolButton
{
    Q_OBJECT
public:
    explicit StatusFilterButton(QWidget *parent = nullptr);

    StatusFilter filter() const;
    // Checks what `filter` says, without emitting filterChanged().
    void setFilter(const StatusFilter &filter);
    QAction *actionFor(const QString &objectName) const;
    // Asked each time the menu opens, so the counts are those of that moment.
    void setCountsSource(std::function<vzaps::FilterCounts()> counts);
    // Actions the menu shows after its checks (Search all fields).
    void addMenuAction(QAction *action);
    QMenu *menu() const { return m_menu; }

Q_SIGNALS:
    void filterChanged(const vzaps::StatusFilter &filter);

private:
    QAction *addCheck(const QString &text, const QString &objectName);
    void updateText();
    void showCounts();

    QMenu *m_menu;
    QAction *m_connected;
    QAction *m_disconnected;
    QList<QPair<QString, QAction *>> m_billing; // status, its check
    QAction *m_cancelsSoon;
    QAction *m_anyState;
    QAction *m_countsFrom;
    QAction *m_showAll;
    QHash<QAction *, QString> m_titles; // each check's text without its count
    // What the filter holds beyond the checks (the watched view's ids, the all-fields text):
    // kept when a check changes, dropped by Show all.
    StatusFilter m_beyondChecks;
    std::function<vzaps::FilterCounts()> m_counts;
};

} // namespace vzaps::ui
