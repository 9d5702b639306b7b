#pragma once

#include <QToolButton>

namespace vzaps {
class WatchList;
}

namespace vzaps::ui {

// The detail panel's "Watch live" toggle: checked while the shown instance is on the watch
// list (the list says so, never the click), a click pins or unpins it. Full list: it stays
// unchecked and says why.
class WatchButton : public QToolButton
{
    Q_OBJECT
public:
    WatchButton(WatchList &list, QWidget *parent = nullptr);

    void setInstance(const QString &id, const QString &name);

Q_SIGNALS:
    void message(const QString &text);

private:
    void toggleWatched();
    void showWhetherWatched();

    WatchList &m_list;
    QString m_id;
    QString m_name;
};

} // namespace vzaps::ui
