#include "ui/help/HelpActions.h"

#include "ui/common/BrowserHandOff.h"
#include "ui/common/WidgetHelpers.h"
#include "ui/help/AboutDialog.h"
#include "ui/help/ShortcutsDialog.h"
#include "ui/style/BundledIcon.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

HelpActions::HelpActions(QMainWindow &window, BrowserHandOff &handOff, FactsSource facts,
                         QList<ShortcutEntry> viewKeys)
    : QObject(&window)
    , m_window(window)
    , m_handOff(handOff)
    , m_facts(std::move(facts))
    , m_viewKeys(std::move(viewKeys))
    , m_shortcuts(named(new QAction(tr("&Keyboard shortcuts"), this), u"keyboardShortcutsAction"_s,
                        tr("Keyboard shortcuts")))
    , m_diagnostics(named(new QAction(tr("Copy &diagnostics"), this), u"copyDiagnosticsAction"_s,
                          tr("Copy diagnostics")))
    , m_about(named(new QAction(tr("&About VZaps Desk"), this), u"aboutAction"_s,
                    tr("About VZaps Desk")))
    , m_aboutQt(named(new QAction(tr("About &Qt"), this), u"aboutQtAction"_s, tr("About Qt")))
{
    m_shortcuts->setIcon(themedIcon(u"help-keyboard-shortcuts"_s));
    m_diagnostics->setIcon(themedIcon(u"edit-copy"_s));
    m_diagnostics->setToolTip(tr("Copy what a support ticket needs: versions, the server, the "
                                 "settings and the last errors (no token, no secret)"));
    m_about->setIcon(themedIcon(u"help-about"_s));
    m_about->setMenuRole(QAction::AboutRole);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    m_aboutQt->setIcon(themedIcon(u"help-about"_s));

    connect(m_shortcuts, &QAction::triggered, this, &HelpActions::showShortcuts);
    connect(m_diagnostics, &QAction::triggered, this, [this] {
        QApplication::clipboard()->setText(diagnostics());
        Q_EMIT message(tr("Diagnostics copied: paste them into the support ticket. They hold no "
                          "token and no secret."));
    });
    connect(m_about, &QAction::triggered, this, &HelpActions::showAbout);
    connect(m_aboutQt, &QAction::triggered, this, &HelpActions::showAboutQt);
}

void HelpActions::addTo(QMenu *menu) const
{
    menu->addAction(m_shortcuts);
    menu->addAction(m_diagnostics);
    menu->addSeparator();
    menu->addAction(m_about);
    menu->addAction(m_aboutQt);
}

QString HelpActions::diagnostics() const
{
    return diagnostics::report(m_facts());
}

void HelpActions::showShortcuts()
{
    // Opened again: read again, so a key or a text that changed meanwhile shows as it is now.
    if (m_shortcutsDialog)
        m_shortcutsDialog->close();
    m_shortcutsDialog = new ShortcutsDialog(shortcutsOf(m_window) + m_viewKeys, &m_window);
    m_shortcutsDialog->show();
}

void HelpActions::showAboutQt()
{
    // Not QApplication::aboutQt(): it runs a nested event loop until closed.
    if (!m_aboutQtBox) {
        m_aboutQtBox = new QMessageBox(
            QMessageBox::NoIcon, tr("About Qt"),
            tr("VZaps Desk is built with Qt %1, the cross-platform C++ toolkit of The Qt "
               "Company, which it uses under the GNU Lesser General Public License version 3. "
               "Qt's licenses and source: https://www.qt.io/licensing")
                .arg(QString::fromLatin1(qVersion())),
            QMessageBox::Close, &m_window);
        m_aboutQtBox->setObjectName(u"aboutQtBox"_s);
        m_aboutQtBox->setAttribute(Qt::WA_DeleteOnClose);
        m_aboutQtBox->setTextFormat(Qt::PlainText);
        m_aboutQtBox->setModal(false);
    }
    m_aboutQtBox->show();
    m_aboutQtBox->raise();
    m_aboutQtBox->activateWindow();
}

void HelpActions::showAbout()
{
    if (!m_aboutDialog) {
        m_aboutDialog = new AboutDialog(&m_window);
        connect(m_aboutDialog, &AboutDialog::linkActivated, &m_handOff, &BrowserHandOff::open);
    }
    m_aboutDialog->show();
    m_aboutDialog->raise();
    m_aboutDialog->activateWindow();
}

} // namespace vzaps::ui
