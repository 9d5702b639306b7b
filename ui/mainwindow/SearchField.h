#pragma once

#include "ui/help/KeyboardShortcuts.h"

#include <QLineEdit>

namespace vzaps::ui {

// The search field above the instance table, with the keys that lead from it to the
// results: Down moves into them, Enter opens the first match, Escape clears the text and,
// once it is empty, leaves the field. Which rows those are is the window's business.
class SearchField : public QLineEdit
{
    Q_OBJECT
public:
    explicit SearchField(QWidget *parent = nullptr);

    // The keys keyPressEvent() handles, for Help ▸ Keyboard shortcuts.
    static QList<ShortcutEntry> keyHelp();

Q_SIGNALS:
    void resultsRequested();     // Down
    void firstResultRequested(); // Enter or Return
    void leaveRequested();       // Escape with nothing typed

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace vzaps::ui
