#pragma once

#include "core/presentation/Diagnostics.h"
#include "ui/help/KeyboardShortcuts.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMainWindow;
class QMenu;
class QMessageBox;

namespace vzaps::ui {

class AboutDialog;
class BrowserHandOff;
class ShortcutsDialog;

// The Help menu's actions: Keyboard shortcuts (read from the window's actions when opened),
// Copy diagnostics (for a support ticket: versions, platform, server, settings and the last
// errors, never a token or a secret), About VZaps Desk and About Qt.
class HelpActions : public QObject
{
    Q_OBJECT
public:
    using FactsSource = std::function<DiagnosticsFacts()>;

    // `viewKeys`: keys the window's views handle themselves, listed after the actions'.
    HelpActions(QMainWindow &window, BrowserHandOff &handOff, FactsSource facts,
                QList<ShortcutEntry> viewKeys = {});

    QAction *keyboardShortcuts() const { return m_shortcuts; }
    QAction *copyDiagnostics() const { return m_diagnostics; }
    QAction *about() const { return m_about; }
    QAction *aboutQt() const { return m_aboutQt; }

    void addTo(QMenu *menu) const;
    // The text Copy diagnostics puts on the clipboard.
    QString diagnostics() const;

Q_SIGNALS:
    void message(const QString &text);

private:
    void showShortcuts();
    void showAbout();
    void showAboutQt();

    QMainWindow &m_window;
    BrowserHandOff &m_handOff;
    FactsSource m_facts;
    QList<ShortcutEntry> m_viewKeys;
    QAction *m_shortcuts;
    QAction *m_diagnostics;
    QAction *m_about;
    QAction *m_aboutQt;
    QPointer<ShortcutsDialog> m_shortcutsDialog;
    QPointer<AboutDialog> m_aboutDialog;
    QPointer<QMessageBox> m_aboutQtBox;
};

} // namespace vzaps::ui
