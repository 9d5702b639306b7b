#include "ui/help/KeyboardShortcuts.h"

#include <QAction>
#include <QCoreApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>

namespace vzaps::ui {

namespace {

QString plainText(const QAction *action)
{
    QString text = action->text();
    // "&&" is a literal ampersand; a lone "&" marks the mnemonic.
    text.replace(QLatin1String("&&"), QString(QChar(0x1)));
    text.remove(QLatin1Char('&'));
    text.replace(QChar(0x1), QLatin1Char('&'));
    return text;
}

void collect(const QList<QAction *> &actions, const QString &group, QSet<const QAction *> &seen,
             QList<ShortcutEntry> &entries)
{
    for (QAction *action : actions) {
        if (action->isSeparator() || seen.contains(action))
            continue;
        seen.insert(action);
        if (QMenu *menu = action->menu()) {
            collect(menu->actions(), group, seen, entries);
            continue;
        }
        const QList<QKeySequence> keys = action->shortcuts();
        if (!keys.isEmpty() && !keys.first().isEmpty())
            entries.append({group, plainText(action), keys});
    }
}

} // namespace

QList<ShortcutEntry> shortcutsOf(const QMainWindow &window)
{
    QList<ShortcutEntry> entries;
    QSet<const QAction *> seen;
    if (const QMenuBar *bar = window.menuBar()) {
        for (QAction *menuAction : bar->actions()) {
            if (QMenu *menu = menuAction->menu()) {
                seen.insert(menuAction);
                collect(menu->actions(), plainText(menuAction), seen, entries);
            }
        }
    }
    // Actions with a key that no menu shows: the window's own, and those of its widgets.
    QList<QAction *> others = window.actions();
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    for (const QWidget *widget : widgets)
        others.append(widget->actions());
    collect(others, QCoreApplication::translate("vzaps::ui::KeyboardShortcuts", "Other"), seen,
            entries);
    return entries;
}

} // namespace vzaps::ui
