#pragma once

#include "core/types/Instance.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QMenu;

namespace vzaps {
class WatchList;
}

namespace vzaps::ui {

class BrowserHandOff;

// The actions on the selected instances that need no server: Copy ID (all selected,
// one per line), Copy instance token, Copy web URL, Open in VZaps web app (through
// the browser hand-off guard) and Watch live (pins them to the watch list, or unpins
// them when all are there). Each says what it did through `message`; the token itself
// never appears in one.
class InstanceActions : public QObject
{
    Q_OBJECT
public:
    using Selection = std::function<QList<Instance>()>;

    InstanceActions(Selection selection, BrowserHandOff &handOff, WatchList &watchList,
                    QObject *parent);

    QAction *copyId() const { return m_copyId; }
    QAction *copyToken() const { return m_copyToken; }
    QAction *copyUrl() const { return m_copyUrl; }
    QAction *openInWebApp() const { return m_openWeb; }
    QAction *watchLive() const { return m_watchLive; }

    // Enables what fits the selection (`selectedCount` rows, as `selection` returns them).
    void updateForSelection(int selectedCount);
    void addTo(QMenu *menu) const;

Q_SIGNALS:
    void message(const QString &text);

private:
    std::optional<Instance> single() const;
    void copyIds();
    void copyTokenOfCurrent();
    void copyUrlOfCurrent();
    void openCurrent();
    void toggleWatched();
    void updateWatchAction();

    Selection m_selection;
    BrowserHandOff &m_handOff;
    WatchList &m_watchList;
    QAction *m_copyId;
    QAction *m_copyToken;
    QAction *m_copyUrl;
    QAction *m_openWeb;
    QAction *m_watchLive;
};

} // namespace vzaps::ui
