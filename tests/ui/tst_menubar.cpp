// The main window's menu bar as a person uses it: each menu holds its actions, Instance ▸
// Pair WhatsApp opens the pairing view, View hides the detail panel (and remembers), Help ▸
// Keyboard shortcuts lists every key the actions have, About shows the versions, and Copy
// diagnostics gives support what a ticket needs with no secret of the session in it.
#include "tests/ui/WindowActionsFixture.h"

#include "core/presentation/WatchList.h"
#include "core/version.h"
#include "tests/support/UrlCatcher.h"
#include "ui/actions/InstanceCommands.h"
#include "ui/detail/ConnectionView.h"
#include "ui/help/AboutDialog.h"
#include "ui/help/HelpActions.h"
#include "ui/help/ShortcutsDialog.h"
#include "ui/log/ActionLogHost.h"
#include "ui/mainwindow/MainWindow.h"

#include <QAction>
#include <QClipboard>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

namespace {

QString plain(QString text)
{
    return text.remove(u'&');
}

QStringList namesOf(const QMenu *menu)
{
    QStringList names;
    for (const QAction *action : menu->actions())
        names.append(action->isSeparator() ? u"-"_s
                     : action->menu()      ? action->menu()->objectName()
                                           : action->objectName());
    return names;
}

QAction *actionNamed(const QWidget *window, const QString &name)
{
    return window->findChild<QAction *>(name);
}

} // namespace

class TestMenuBar : public QObject
{
    Q_OBJECT

    testing::WindowActionsFixture m_fixture;

    MainWindow &window() const { return *m_fixture.window; }
    QMenu *menu(const QString &name) const { return window().findChild<QMenu *>(name); }

    // The first instance on the page whose fields satisfy `match`, selected.
    template<typename Match>
    Instance select(Match match)
    {
        const int row = m_fixture.rowWhere(match);
        if (row < 0)
            return {};
        m_fixture.selectRows({row});
        return m_fixture.model()->instanceAt(row);
    }

private Q_SLOTS:
    void initTestCase() { testing::isolateSettings(u"tst_menubar"_s); }
    void init() { QVERIFY(m_fixture.start()); }
    void cleanup() { m_fixture.stop(); }

    void eachMenuHoldsItsActions()
    {
        QStringList titles;
        for (const QAction *action : window().menuBar()->actions())
            titles.append(plain(action->text()));
        QCOMPARE(titles, (QStringList{u"File"_s, u"Edit"_s, u"View"_s, u"Instance"_s, u"Billing"_s,
                                      u"Help"_s}));
        QCOMPARE(namesOf(menu(u"fileMenu"_s)),
                 (QStringList{u"newInstanceAction"_s, u"exportViewAction"_s, u"exportLogAction"_s,
                              u"-"_s, u"settingsAction"_s, u"-"_s, u"quitAction"_s}));
        QCOMPARE(namesOf(menu(u"editMenu"_s)),
                 (QStringList{u"copyIdAction"_s, u"copyTokenAction"_s, u"copyUrlAction"_s, u"-"_s,
                              u"findAction"_s, u"searchAllFieldsAction"_s}));
        QCOMPARE(namesOf(menu(u"viewMenu"_s)),
                 (QStringList{u"viewColumnsMenu"_s, u"detailPanelAction"_s, u"actionLogAction"_s,
                              u"watchedMenu"_s, u"-"_s, u"showViewMenu"_s, u"saveViewAction"_s,
                              u"deleteViewAction"_s, u"-"_s, u"refreshAction"_s}));
        QCOMPARE(namesOf(menu(u"instanceMenu"_s)),
                 (QStringList{u"editInstanceAction"_s, u"restartInstanceAction"_s,
                              u"deleteInstanceAction"_s, u"-"_s, u"pairSessionAction"_s,
                              u"disconnectSessionAction"_s, u"-"_s, u"watchLiveAction"_s,
                              u"openWebAction"_s}));
        QCOMPARE(namesOf(window().commands().billingMenu()).size(), 6);
        // A menu bar shows a menu's icon instead of its title: Billing has none of its own.
        QVERIFY(window().commands().billingMenu()->menuAction()->icon().isNull());
        QCOMPARE(namesOf(menu(u"helpMenu"_s)),
                 (QStringList{u"keyboardShortcutsAction"_s, u"copyDiagnosticsAction"_s, u"-"_s,
                              u"aboutAction"_s, u"aboutQtAction"_s}));
        // The menus say the keys beside their items: Quit is Ctrl+Q whatever the desktop says.
        QCOMPARE(actionNamed(&window(), u"quitAction"_s)->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_Q));
    }

    void everyMenuAndToolbarActionHasAnIcon()
    {
        // No icon theme here: what shows is the app's own drawing of each.
        QList<QAction *> actions;
        for (const QAction *top : window().menuBar()->actions()) {
            for (QAction *action : top->menu()->actions()) {
                if (!action->isSeparator())
                    actions.append(action);
            }
        }
        // On the toolbar, what its buttons show (Billing's icon is its button's: a menu bar
        // would show a menu's own icon instead of its title).
        QHash<QAction *, QIcon> icons;
        auto *toolBar = window().findChild<QToolBar *>(u"mainToolBar"_s);
        for (QAction *action : toolBar->actions()) {
            if (action->isSeparator() || action->text().isEmpty())
                continue;
            auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(action));
            QVERIFY2(button, qPrintable(plain(action->text())));
            actions.append(action);
            icons.insert(action, button->icon());
        }
        for (QAction *action : std::as_const(actions)) {
            const QIcon icon = icons.value(action, action->icon());
            const QImage image = icon.pixmap(16, 16).toImage();
            QVERIFY2(!image.isNull(), qPrintable(plain(action->text())));
            bool inked = false;
            for (int y = 0; y < image.height() && !inked; ++y)
                for (int x = 0; x < image.width() && !inked; ++x)
                    inked = qAlpha(image.pixel(x, y)) > 128;
            QVERIFY2(inked, qPrintable(u"%1 has an empty icon"_s.arg(plain(action->text()))));
        }
    }

    void pairWhatsAppOpensThePairingViewOfTheSelectedInstance()
    {
        QAction *pair = actionNamed(&window(), u"pairSessionAction"_s);
        const Instance connected = select([](const Instance &i) { return i.connected == true; });
        QVERIFY(!connected.id.isEmpty());
        QVERIFY(!pair->isEnabled());
        QVERIFY(pair->toolTip().contains(u"connected to WhatsApp already"_s));

        const Instance waiting = select([](const Instance &i) {
            return i.connected != true && i.billingStatus != "CANCELED"_L1 &&
                   i.billingStatus != "INCOMPLETE_EXPIRED"_L1;
        });
        QVERIFY(!waiting.id.isEmpty());
        // At once, while the panel still asks the server how the session stands: the pairing
        // view comes when the answer says not connected.
        QVERIFY(pair->isEnabled());
        auto *connection = window().findChild<ConnectionView *>();
        QVERIFY(connection);
        QCOMPARE(connection->currentPage()->objectName(), u"connectionLoading"_s);
        pair->trigger();
        QTRY_COMPARE(connection->currentPage()->objectName(), u"pairingView"_s);
    }

    void theDetailPanelCanBeHiddenAndStaysHidden()
    {
        QAction *toggle = actionNamed(&window(), u"detailPanelAction"_s);
        auto *panel = window().findChild<QWidget *>(u"detailPanel"_s);
        QVERIFY(toggle->isChecked());
        QVERIFY(panel->isVisible());
        toggle->trigger();
        QVERIFY(!panel->isVisible());
        QVERIFY(!toggle->isChecked());

        // The next start remembers it; Pair WhatsApp brings it back, as the pairing is there.
        m_fixture.stop();
        QVERIFY(m_fixture.start());
        toggle = actionNamed(&window(), u"detailPanelAction"_s);
        panel = window().findChild<QWidget *>(u"detailPanel"_s);
        QVERIFY(!panel->isVisible());
        QVERIFY(!toggle->isChecked());
        select([](const Instance &i) {
            return i.connected != true && i.billingStatus != "CANCELED"_L1 &&
                   i.billingStatus != "INCOMPLETE_EXPIRED"_L1;
        });
        QTRY_VERIFY(actionNamed(&window(), u"pairSessionAction"_s)->isEnabled());
        actionNamed(&window(), u"pairSessionAction"_s)->trigger();
        QVERIFY(panel->isVisible());
        QVERIFY(toggle->isChecked());
    }

    void viewColumnsHidesAColumn()
    {
        QMenu *columns = menu(u"viewColumnsMenu"_s);
        Q_EMIT columns->aboutToShow();
        QAction *second = columns->findChild<QAction *>(u"showColumn_1"_s);
        QVERIFY(second);
        QVERIFY(second->isChecked());
        second->trigger();
        QVERIFY(m_fixture.table()->horizontalHeader()->isSectionHidden(1));
        Q_EMIT columns->aboutToShow(); // filled again: it says what the header shows now
        QVERIFY(!columns->findChild<QAction *>(u"showColumn_1"_s)->isChecked());
    }

    void watchedInstancesListsThePinnedOnesAndShowsOne()
    {
        QMenu *watched = menu(u"watchedMenu"_s);
        Q_EMIT watched->aboutToShow();
        QCOMPARE(watched->actions().size(), 1);
        QVERIFY(!watched->actions().first()->isEnabled()); // "No instance is watched…"

        const Instance pinned = m_fixture.model()->instanceAt(3);
        QVERIFY(window().watchList().pin(pinned.id));
        m_fixture.selectRows({0});
        Q_EMIT watched->aboutToShow();
        QCOMPARE(watched->actions().size(), 1);
        QCOMPARE(watched->actions().first()->text(), QString(pinned.name).replace(u'&', u"&&"_s));
        watched->actions().first()->trigger();
        QCOMPARE(window().currentInstance()->id, pinned.id);
    }

    void exportActionLogAsksWhereToSave()
    {
        actionNamed(&window(), u"exportLogAction"_s)->trigger();
        QTRY_VERIFY(m_fixture.openDialog<QDialog>(u"exportCsvDialog"_s));
        QVERIFY(window().actionLog().dock()->isVisible());
        QVERIFY(actionNamed(&window(), u"actionLogAction"_s)->isChecked());
    }

    void keyboardShortcutsListsEveryKeyOfTheActions()
    {
        QAction *open = actionNamed(&window(), u"keyboardShortcutsAction"_s);
        open->trigger();
        auto *dialog = m_fixture.openDialog<ShortcutsDialog>(u"shortcutsDialog"_s);
        QVERIFY(dialog);
        QTRY_COMPARE(QApplication::activeWindow(), dialog);

        // What the dialog lists, as "action\tkeys".
        const auto listed = [](const ShortcutsDialog *shown) {
            QStringList lines;
            QTreeWidgetItemIterator it(shown->list());
            for (; *it; ++it) {
                if ((*it)->parent())
                    lines.append((*it)->text(0) + u'\t' + (*it)->text(1));
            }
            return lines;
        };
        const QStringList lines = listed(dialog);
        int withKeys = 0;
        const QList<QAction *> actions = window().findChildren<QAction *>();
        for (const QAction *action : actions) {
            if (action->shortcut().isEmpty())
                continue;
            ++withKeys;
            const QString line = plain(action->text()) + u'\t' +
                                 action->shortcut().toString(QKeySequence::NativeText);
            QVERIFY2(lines.contains(line), qPrintable(line));
        }
        QVERIFY(withKeys >= 9); // New, Edit, Delete, Refresh, Settings, Quit, Find, Copy, Log
        QVERIFY(lines.contains(
            u"Quit\t"_s + QKeySequence(Qt::CTRL | Qt::Key_Q).toString(QKeySequence::NativeText)));
        QVERIFY(lines.contains(u"Refresh\tF5"_s));

        // A key changed since is listed as it is now when the dialog is opened again.
        actionNamed(&window(), u"refreshAction"_s)->setShortcut(Qt::Key_F6);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());
        open->trigger();
        auto *again = m_fixture.openDialog<ShortcutsDialog>(u"shortcutsDialog"_s);
        QVERIFY(again);
        QVERIFY(listed(again).contains(u"Refresh\tF6"_s));
        QVERIFY(!listed(again).contains(u"Refresh\tF5"_s));
    }

    void aboutShowsTheVersionsAndItsLinksGoToTheBrowser()
    {
        testing::UrlCatcher browser;
        actionNamed(&window(), u"aboutAction"_s)->trigger();
        auto *about = m_fixture.openDialog<AboutDialog>(u"aboutDialog"_s);
        QVERIFY(about);
        const QString facts = about->findChild<QLabel *>(u"aboutFacts"_s)->text();
        QVERIFY(facts.contains(QString::fromLatin1(VZAPS_VERSION)));
        QVERIFY(facts.contains(QString::fromLatin1(VZAPS_BUILD_DATE)));
        QVERIFY(facts.contains(QString::fromLatin1(qVersion())));
        QVERIFY(facts.contains(u"MIT License"_s));
        QVERIFY(!about->findChild<QLabel *>(u"aboutIcon"_s)->pixmap().isNull());

        auto *links = about->findChild<QLabel *>(u"aboutLinks"_s);
        Q_EMIT links->linkActivated(u"https://docs.vzaps.com"_s);
        QTRY_COMPARE(browser.urls, QList<QUrl>{QUrl(u"https://docs.vzaps.com"_s)});
        QTRY_COMPARE(QApplication::activeWindow(), about);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!about->isVisible());
    }

    void copyDiagnosticsTellsSupportWhatTheyNeedAndNoSecret()
    {
        // A failed call for the report to list: its status and its request id.
        ApiError failure;
        bool done = false;
        m_fixture.client->request("GET", u"instances/no-such-instance"_s, {}, {}, nullptr,
                                  [&](const Result<RawReply> &reply) {
                                      done = true;
                                      if (!reply.ok())
                                          failure = reply.error();
                                  });
        QTRY_VERIFY(done);
        QVERIFY(failure.httpStatus >= 400);

        actionNamed(&window(), u"copyDiagnosticsAction"_s)->trigger();
        const QString report = QApplication::clipboard()->text();
        QVERIFY(report.startsWith(u"VZaps Desk "_s + QString::fromLatin1(VZAPS_VERSION)));
        QVERIFY(report.contains(u"Qt: "_s + QString::fromLatin1(qVersion())));
        QVERIFY(report.contains(u"Platform plugin: offscreen"_s));
        QVERIFY(report.contains(
            u"Server: "_s +
            m_fixture.client->baseUrl().toString(QUrl::RemovePath | QUrl::StripTrailingSlash) +
            u" (sandbox)"_s));
        QVERIFY(report.contains(u"Auto-refresh: "_s));
        QVERIFY(report.contains(u"Request timeout: "_s));
        QVERIFY(report.contains(u"Proxy: "_s));
        QVERIFY2(report.contains(u"GET /instances/no-such-instance · HTTP error · HTTP "_s),
                 qPrintable(report));
        QVERIFY(report.contains(u"HTTP %1"_s.arg(failure.httpStatus)));
        QVERIFY(!failure.requestId.isEmpty()); // the sandbox gives every reply one
        QVERIFY(report.contains(u"request id "_s + failure.requestId));
        QVERIFY(window().statusBar()->currentMessage().startsWith(u"Diagnostics copied"_s));

        // No secret of the session: the client token and secret, the access token, the
        // instances' tokens.
        QStringList secrets{m_fixture.sandbox.server().clientToken(),
                            m_fixture.sandbox.server().clientSecret(),
                            m_fixture.client->cachedToken().token};
        for (int row = 0; row < m_fixture.model()->rowCount(); ++row)
            secrets.append(m_fixture.model()->instanceAt(row).token);
        int checked = 0;
        for (const QString &secret : std::as_const(secrets)) {
            if (secret.size() < 8)
                continue;
            ++checked;
            QVERIFY2(!report.contains(secret), "a secret is in the diagnostics");
        }
        QVERIFY(checked >= 3);
    }
};

} // namespace vzaps::ui

QTEST_MAIN(vzaps::ui::TestMenuBar)
#include "tst_menubar.moc"
