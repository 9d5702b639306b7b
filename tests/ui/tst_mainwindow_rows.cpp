// Acting on the main window's rows and columns against a real in-process sandbox
//: copy id/URL/token, the browser hand-off and its guard, header and row
// menus, keyboard use, and a name on every control.
#include "tests/support/AccessibilityAudit.h"
#include "tests/support/UrlCatcher.h"
#include "tests/ui/MainWindowFixture.h"

#include "ui/common/BrowserHandOff.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStatusBar>

using namespace Qt::StringLiterals;
using vzaps::InstanceTableModel;
using vzaps::ui::MainWindow;

class TestMainWindowRows : public QObject, private vzaps::testing::MainWindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startSandbox(u"tst_mainwindow_rows"_s); }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    void copyIdPutsIdsOnTheClipboard();
    void copyWebUrlAndToken();
    void openInWebAppGoesToTheUrlHandler();
    void nonHttpsUrlIsRefused();
    void headerMenuHidesColumns();
    void rowMenuOffersTheInstanceActions();
    void withNoBrowserTheLinkIsCopiedAndThatIsSaid();
    void keyboardCtrlFFocusesSearchAndEnterOpensDetails();
    void revealedTokenAndIdAreShownWhole_data();
    void revealedTokenAndIdAreShownWhole();
    void everyControlIsNamed();
};

void TestMainWindowRows::copyIdPutsIdsOnTheClipboard()
{
    QVERIFY(waitForLoad(24));
    QGuiApplication::clipboard()->clear();
    table()->selectRow(0);
    const QString first = model()->instanceAt(0).id;
    find<QAction>(u"copyIdAction"_s)->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), first);

    // Ctrl+C on the table copies every selected id, one per line, in table order.
    table()->setFocus();
    table()->selectionModel()->select(
        QItemSelection(model()->index(0, 0),
                       model()->index(2, InstanceTableModel::ColumnCount - 1)),
        QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(table(), Qt::Key_C, Qt::ControlModifier);
    const QStringList expected{model()->instanceAt(0).id, model()->instanceAt(1).id,
                               model()->instanceAt(2).id};
    QCOMPARE(QGuiApplication::clipboard()->text(), expected.join(u'\n'));
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"3"_s));
}

void TestMainWindowRows::copyWebUrlAndToken()
{
    QVERIFY(waitForLoad(24));
    table()->selectRow(1);
    const vzaps::Instance instance = model()->instanceAt(1);
    find<QAction>(u"copyUrlAction"_s)->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), instance.url);
    QVERIFY(!instance.token.isEmpty());
    find<QAction>(u"copyTokenAction"_s)->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), instance.token);
    // The token is a secret: the message names the instance, never the token.
    QVERIFY(!m_window->statusBar()->currentMessage().contains(instance.token));
    QVERIFY(m_window->statusBar()->currentMessage().contains(instance.name));
}

void TestMainWindowRows::openInWebAppGoesToTheUrlHandler()
{
    QVERIFY(waitForLoad(24));
    vzaps::testing::UrlCatcher catcher;
    table()->selectRow(3);
    const vzaps::Instance instance = model()->instanceAt(3);
    QSignalSpy opened(&m_window->browserHandOff(), &vzaps::ui::BrowserHandOff::opened);
    find<QAction>(u"openWebAction"_s)->trigger();
    QCOMPARE(catcher.urls.size(), 1);
    QCOMPARE(catcher.urls.first(), QUrl(instance.url));
    QCOMPARE(catcher.urls.first().toString(), u"https://app.vzaps.com/instances/"_s + instance.id);
    QCOMPARE(opened.size(), 1);
}

void TestMainWindowRows::withNoBrowserTheLinkIsCopiedAndThatIsSaid()
{
    QVERIFY(waitForLoad(24));
    vzaps::testing::NoBrowser noBrowser;
    noBrowser.expectAttempt();
    table()->selectRow(3);
    const vzaps::Instance instance = model()->instanceAt(3);
    QGuiApplication::clipboard()->clear();
    QSignalSpy opened(&m_window->browserHandOff(), &vzaps::ui::BrowserHandOff::opened);
    find<QAction>(u"openWebAction"_s)->trigger();
    QCOMPARE(opened.size(), 0);
    QCOMPARE(QGuiApplication::clipboard()->text(), instance.url);
    const QString said = m_window->statusBar()->currentMessage();
    QVERIFY2(said.startsWith(u"No web browser could be opened"_s), qPrintable(said));
    QVERIFY2(said.contains(u"copied"_s), qPrintable(said));
    QVERIFY(!said.contains(u"Opened"_s));
}

void TestMainWindowRows::nonHttpsUrlIsRefused()
{
    vzaps::testing::UrlCatcher catcher;
    QSignalSpy refused(&m_window->browserHandOff(), &vzaps::ui::BrowserHandOff::refused);
    QVERIFY(!m_window->browserHandOff().open(QUrl(u"http://example.com/checkout"_s)));
    QCOMPARE(refused.size(), 1);
    // A user name that looks like the host: the real host is named.
    QVERIFY(!m_window->browserHandOff().open(QUrl(u"https://app.vzaps.com@evil.example/i/1"_s)));
    QCOMPARE(refused.size(), 2);
    QVERIFY2(refused.last().first().toString().contains(u"leads to evil.example"_s),
             qPrintable(refused.last().first().toString()));
    QVERIFY(catcher.urls.isEmpty());
    // The refusal reaches the status bar.
    QCOMPARE(m_window->statusBar()->currentMessage(), refused.last().first().toString());
}

void TestMainWindowRows::headerMenuHidesColumns()
{
    QVERIFY(waitForLoad(24));
    QHeaderView *header = table()->horizontalHeader();
    Q_EMIT header->customContextMenuRequested(QPoint(10, 5));
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = m_window->findChild<QMenu *>(u"columnsMenu"_s)) != nullptr);
    auto *idAction =
        menu->findChild<QAction *>(u"showColumn_%1"_s.arg(InstanceTableModel::IdColumn));
    QVERIFY(idAction && idAction->isChecked());
    idAction->trigger();
    QVERIFY(header->isSectionHidden(InstanceTableModel::IdColumn));

    // The WhatsApp name and phone start hidden and are one click away.
    QVERIFY(header->isSectionHidden(InstanceTableModel::PhoneColumn));
    auto *phoneAction =
        menu->findChild<QAction *>(u"showColumn_%1"_s.arg(InstanceTableModel::PhoneColumn));
    QVERIFY(phoneAction && !phoneAction->isChecked());
    QCOMPARE(phoneAction->text(), u"Phone"_s);
    phoneAction->trigger();
    QVERIFY(!header->isSectionHidden(InstanceTableModel::PhoneColumn));
    int connected = -1;
    for (int row = 0; row < model()->rowCount() && connected < 0; ++row) {
        if (model()->instanceAt(row).connected.value_or(false))
            connected = row;
    }
    QVERIFY(connected >= 0);
    QVERIFY(model()
                ->index(connected, InstanceTableModel::PhoneColumn)
                .data()
                .toString()
                .startsWith(u'+'));
    menu->close();
}

void TestMainWindowRows::rowMenuOffersTheInstanceActions()
{
    QVERIFY(waitForLoad(24));
    const QRect row = table()->visualRect(model()->index(4, InstanceTableModel::NameColumn));
    // What a right-click over the row sends.
    QContextMenuEvent rightClick(QContextMenuEvent::Mouse, row.center(),
                                 table()->viewport()->mapToGlobal(row.center()));
    QApplication::sendEvent(table()->viewport(), &rightClick);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = m_window->findChild<QMenu *>(u"rowMenu"_s)) != nullptr);
    // Right-clicking an unselected row selects it first.
    QCOMPARE(m_window->currentInstance()->id, model()->instanceAt(4).id);
    QStringList names;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator())
            names.append(action->objectName());
    }
    // The server actions first, then the ones that need no server.
    QCOMPARE(names, (QStringList{u"editInstanceAction"_s, u"restartInstanceAction"_s,
                                 u"pairSessionAction"_s, u"disconnectSessionAction"_s,
                                 u"billingMenuAction"_s, u"deleteInstanceAction"_s,
                                 u"copyIdAction"_s, u"copyTokenAction"_s, u"copyUrlAction"_s,
                                 u"watchLiveAction"_s, u"openWebAction"_s}));
    // What fits one selected row is enabled.
    for (const QString &name :
         {u"copyIdAction"_s, u"copyTokenAction"_s, u"openWebAction"_s, u"editInstanceAction"_s,
          u"restartInstanceAction"_s, u"deleteInstanceAction"_s}) {
        auto *action = m_window->findChild<QAction *>(name);
        QVERIFY2(action && action->isEnabled(), qPrintable(name));
    }
    menu->close();
}

void TestMainWindowRows::keyboardCtrlFFocusesSearchAndEnterOpensDetails()
{
    QVERIFY(waitForLoad(24));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), find<QLineEdit>(u"searchField"_s));

    // A control added to the window later (as the account switcher is) must not come between
    // the detail panel's scroll area and the fields built with the first selection.
    m_window->setAccountMenu(new QMenu(u"Account"_s, m_window.get()));
    table()->setFocus();
    table()->selectRow(2);
    QTest::keyClick(table(), Qt::Key_Return);
    QWidget *detail = find<QWidget>(u"detailPanel"_s);
    QVERIFY(detail);
    QTRY_VERIFY(QApplication::focusWidget() == detail ||
                detail->isAncestorOf(QApplication::focusWidget()));
    // Tab walks through the panel's own controls.
    auto *scroll = find<QWidget>(u"detailScrollArea"_s);
    scroll->setFocus();
    QTest::keyClick(scroll, Qt::Key_Tab);
    QTRY_VERIFY(find<QWidget>(u"detailContent"_s)->isAncestorOf(QApplication::focusWidget()));
}

void TestMainWindowRows::revealedTokenAndIdAreShownWhole_data()
{
    QTest::addColumn<QSize>("windowSize");
    QTest::newRow("1024x640") << QSize(1024, 640);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
    QTest::newRow("800x600") << QSize(800, 600);
}

void TestMainWindowRows::revealedTokenAndIdAreShownWhole()
{
    QFETCH(QSize, windowSize);
    m_window->resize(windowSize);
    QTRY_COMPARE(m_window->size(), windowSize);
    QVERIFY(waitForLoad(24));
    table()->selectRow(0);
    const vzaps::Instance instance = model()->instanceAt(0);
    QTest::mouseClick(find<QPushButton>(u"detailRevealTokenButton"_s), Qt::LeftButton);
    // Every character of both on screen: the field is wider than the text, and the panel
    // does not hide the field behind its edge.
    for (const auto &[name, text] : {std::pair{u"detailTokenValue"_s, instance.token},
                                     std::pair{u"detailIdValue"_s, instance.id}}) {
        auto *field = find<QLineEdit>(name);
        QCOMPARE(field->text(), text);
        QTRY_VERIFY(field->isVisible());
        const int needed = field->fontMetrics().horizontalAdvance(text);
        QVERIFY2(
            field->width() >= needed,
            qPrintable(u"%1: %2 px for %3 px of text"_s.arg(name).arg(field->width()).arg(needed)));
        const QRect onWindow(field->mapTo(m_window.get(), QPoint(0, 0)), field->size());
        QVERIFY2(m_window->rect().contains(onWindow), qPrintable(name));
    }
}

void TestMainWindowRows::everyControlIsNamed()
{
    QVERIFY(waitForLoad(24));
    // Every interactive control of the main window area has an objectName and an
    // accessible name (the detail panel checks its own).
    QWidget *detail = find<QWidget>(u"detailPanel"_s);
    const auto widgets = m_window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (detail->isAncestorOf(widget) || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        if (widget->parentWidget() && widget->parentWidget()->inherits("QAbstractScrollArea"))
            continue; // a scroll area's viewport and scroll bars
        if (widget->inherits("QScrollBar") || widget->inherits("QMenu"))
            continue;
        if (qobject_cast<QLineEdit *>(widget) && widget->parentWidget() &&
            widget->parentWidget()->inherits("QComboBox"))
            continue;
        QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
        QVERIFY2(!vzaps::testing::spokenName(widget).isEmpty(), qPrintable(widget->objectName()));
    }
}

QTEST_MAIN(TestMainWindowRows)
#include "tst_mainwindow_rows.moc"
