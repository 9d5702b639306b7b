// The keyboard reaches everything in the main window: from the search field into the
// results and back, into and out of the table, the row menu without a mouse, a menu that
// says why an item is disabled, and Ctrl+Q. Keys go to whatever has the focus
// (tests/support/Keyboard.h), as a person's keys do.
#include "tests/support/Keyboard.h"
#include "tests/ui/WindowActionsFixture.h"

#include "ui/actions/InstanceCommands.h"
#include "ui/detail/DetailPanel.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolTip>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

using testing::keyTarget;
using testing::press;
using testing::type;
using testing::waitForActiveWindow;

class TestKeyboard : public QObject
{
    Q_OBJECT

    testing::WindowActionsFixture m_fixture;

    QLineEdit *searchField() const
    {
        return m_fixture.window->findChild<QLineEdit *>(u"searchField"_s);
    }

    // Ctrl+F from wherever the focus is, as a person starts a search.
    bool focusSearch()
    {
        m_fixture.window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_fixture.window.get()))
            return false;
        return press(Qt::Key_F, Qt::ControlModifier) &&
               QApplication::focusWidget() == searchField();
    }

    static QMenu *openPopup(const QString &objectName) { return testing::waitForMenu(objectName); }

    // The letter after a single '&' in a menu text, lower-cased; null if there is none.
    static QChar mnemonic(const QString &text)
    {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != u'&')
                continue;
            if (text.at(i + 1) == u'&') {
                ++i; // "&&" is a literal ampersand
                continue;
            }
            return text.at(i + 1).toLower();
        }
        return {};
    }

    static void verifyMnemonicsAreUnique(const QMenu *menu)
    {
        QHash<QChar, QString> taken;
        const auto actions = menu->actions();
        for (const QAction *action : actions) {
            if (action->isSeparator())
                continue;
            const QChar key = mnemonic(action->text());
            QVERIFY2(!key.isNull(), qPrintable(u"no mnemonic: "_s + action->text()));
            QVERIFY2(!taken.contains(key), qPrintable(u"“%1” and “%2” share &%3"_s.arg(
                                               taken.value(key), action->text(), key)));
            taken.insert(key, action->text());
        }
    }

private Q_SLOTS:
    void initTestCase() { testing::isolateSettings(u"tst_keyboard"_s); }
    void init()
    {
        QVERIFY(m_fixture.start());
        m_fixture.table()->selectionModel()->clear();
    }
    void cleanup() { m_fixture.stop(); }

    void downMovesFromTheSearchIntoTheResults()
    {
        QVERIFY(focusSearch());
        QVERIFY(type(u"Oficina"_s));
        QTRY_COMPARE(m_fixture.model()->rowCount(), 1);
        QVERIFY(press(Qt::Key_Down));
        QCOMPARE(QApplication::focusWidget(), m_fixture.table());
        QVERIFY(m_fixture.window->currentInstance());
        QCOMPARE(m_fixture.window->currentInstance()->name, u"Oficina Roda Viva"_s);
        QCOMPARE(m_fixture.window->selectedInstances().size(), 1);
    }

    void enterOpensTheFirstMatchEvenBeforeItIsShown()
    {
        QVERIFY(focusSearch());
        // Enter at once, before the search has been sent: the match is opened when it comes.
        QVERIFY(type(u"Oficina Roda"_s));
        QVERIFY(press(Qt::Key_Return));
        QTRY_VERIFY(m_fixture.window->currentInstance() &&
                    m_fixture.window->currentInstance()->name == u"Oficina Roda Viva"_s);
        auto *detail = m_fixture.window->findChild<DetailPanel *>();
        QVERIFY(detail);
        QTRY_VERIFY(detail->isAncestorOf(QApplication::focusWidget()) ||
                    QApplication::focusWidget() == detail);
    }

    void enterWithNoMatchSaysSo()
    {
        QVERIFY(focusSearch());
        QVERIFY(type(u"no-such-shop"_s));
        QVERIFY(press(Qt::Key_Return));
        QTRY_VERIFY(m_fixture.window->statusBar()->currentMessage().contains(u"no-such-shop"_s));
        QVERIFY(m_fixture.window->statusBar()->currentMessage().startsWith(u"No instance"_s));
        QCOMPARE(QApplication::focusWidget(), searchField()); // still there, to type again
    }

    void theSearchPromisesOnlyWhatTheServerSearches()
    {
        // A webhook fragment finds nothing (docs/api-contract.md: name and id are searched),
        // so neither the field nor the empty page may promise webhooks.
        const Instance withHook = m_fixture.model()->instanceAt(
            m_fixture.rowWhere([](const Instance &i) { return !i.webhook.isEmpty(); }));
        const QString fragment = QUrl(withHook.webhook).host();
        QVERIFY(!fragment.isEmpty());
        QVERIFY(!searchField()->placeholderText().contains(u"webhook"_s, Qt::CaseInsensitive));
        QVERIFY(searchField()->placeholderText().contains(u"name or id"_s));
        QVERIFY(focusSearch());
        QVERIFY(type(fragment));
        QTRY_VERIFY(m_fixture.window->controller().showsCurrentSearch());
        QCOMPARE(m_fixture.model()->rowCount(), 0);
    }

    void escapeClearsTheSearchThenReturnsToTheTable()
    {
        QVERIFY(focusSearch());
        QVERIFY(type(u"Pet"_s));
        QTRY_VERIFY(m_fixture.model()->rowCount() < 24);
        QVERIFY(press(Qt::Key_Escape));
        QCOMPARE(searchField()->text(), QString());
        QCOMPARE(QApplication::focusWidget(), searchField());
        QTRY_COMPARE(m_fixture.model()->rowCount(), 24);
        QVERIFY(press(Qt::Key_Escape));
        QCOMPARE(QApplication::focusWidget(), m_fixture.table());
    }

    void tabIntoTheTableSelectsARowAndTabLeavesIt()
    {
        QVERIFY(focusSearch());
        QVERIFY(m_fixture.window->selectedInstances().isEmpty());
        // Past the status filter beside the search field, into the table.
        QVERIFY(press(Qt::Key_Tab));
        QCOMPARE(QApplication::focusWidget()->objectName(), u"statusFilterButton"_s);
        QVERIFY(press(Qt::Key_Tab));
        QCOMPARE(QApplication::focusWidget(), m_fixture.table());
        // The row the keyboard is on is selected: the detail panel and actions follow it.
        QCOMPARE(m_fixture.window->selectedInstances().size(), 1);
        QVERIFY(m_fixture.window->commands().action(InstanceAction::Edit)->isEnabled());
        // Arrows move inside the table; Tab goes on to the next control.
        const QString first = m_fixture.window->currentInstance()->id;
        QVERIFY(press(Qt::Key_Down));
        QVERIFY(m_fixture.window->currentInstance()->id != first);
        QVERIFY(press(Qt::Key_Tab));
        QVERIFY(QApplication::focusWidget() != m_fixture.table());
        QVERIFY(press(Qt::Key_Tab, Qt::ShiftModifier));
        QCOMPARE(QApplication::focusWidget(), m_fixture.table());
    }

    void shiftF10OpensTheRowMenuOfTheCurrentRow()
    {
        QVERIFY(focusSearch());
        QVERIFY(press(Qt::Key_Down));
        QVERIFY(press(Qt::Key_Down));
        const QString current = m_fixture.window->currentInstance()->id;
        QVERIFY(press(Qt::Key_F10, Qt::ShiftModifier));
        QMenu *menu = openPopup(u"rowMenu"_s);
        QVERIFY(menu);
        // Over the row it acts on, not somewhere else on the screen.
        const QRect row = m_fixture.table()->visualRect(m_fixture.table()->currentIndex());
        const QPoint rowOnScreen = m_fixture.table()->viewport()->mapToGlobal(row.center());
        QVERIFY(qAbs(menu->geometry().top() - rowOnScreen.y()) < row.height() * 2);
        QCOMPARE(m_fixture.window->currentInstance()->id, current);
        QVERIFY(press(Qt::Key_Escape));
        QTRY_VERIFY(!menu->isVisible());
    }

    void theMenuKeyOpensTheRowMenu()
    {
        QVERIFY(focusSearch());
        QVERIFY(press(Qt::Key_Down));
        // What the window system sends for the Menu key: a keyboard context-menu request
        // to the widget with the focus.
        QWidget *target = keyTarget();
        QContextMenuEvent request(QContextMenuEvent::Keyboard, QPoint(0, 0),
                                  target->mapToGlobal(QPoint(0, 0)));
        QApplication::sendEvent(target, &request);
        QMenu *menu = openPopup(u"rowMenu"_s);
        QVERIFY(menu);
        // Keys go on in the menu: E is Edit.
        QVERIFY(press(Qt::Key_E));
        QVERIFY(waitForActiveWindow(u"editInstanceDialog"_s));
    }

    void menusGiveEveryItemItsOwnMnemonic()
    {
        QVERIFY(focusSearch());
        QVERIFY(press(Qt::Key_Down));
        QVERIFY(press(Qt::Key_F10, Qt::ShiftModifier));
        QMenu *rowMenu = openPopup(u"rowMenu"_s);
        QVERIFY(rowMenu);
        verifyMnemonicsAreUnique(rowMenu);
        QVERIFY(press(Qt::Key_B)); // Billing
        QMenu *billing = openPopup(u"billingMenu"_s);
        QVERIFY(billing);
        verifyMnemonicsAreUnique(billing);
    }

    void aDisabledMenuItemSaysWhy()
    {
        // An active subscription with no cancel scheduled: there is nothing to resume.
        const int row = m_fixture.rowWhere([](const Instance &i) {
            return i.billingStatus == "ACTIVE"_L1 && !i.cancelAt.isValid();
        });
        QVERIFY(row >= 0);
        m_fixture.selectRows({row});
        m_fixture.table()->setFocus();
        QVERIFY(press(Qt::Key_F10, Qt::ShiftModifier));
        QVERIFY(openPopup(u"rowMenu"_s));
        QVERIFY(press(Qt::Key_B));
        QMenu *billing = openPopup(u"billingMenu"_s);
        QVERIFY(billing);
        QAction *resume = m_fixture.window->commands().action(InstanceAction::ResumeSubscription);
        QVERIFY(!resume->isEnabled());
        QVERIFY(!resume->toolTip().isEmpty());
        // Hovering it shows the reason, as the toolbar's buttons do.
        const QPoint at = billing->actionGeometry(resume).center();
        QHelpEvent hover(QEvent::ToolTip, at, billing->mapToGlobal(at));
        QApplication::sendEvent(billing, &hover);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), resume->toolTip());
        QVERIFY(QToolTip::text().contains(u"resume"_s, Qt::CaseInsensitive) ||
                QToolTip::text().contains(u"cancel"_s, Qt::CaseInsensitive));
        QToolTip::hideText();
    }

    void ctrlQQuits()
    {
        QVERIFY(focusSearch());
        QVERIFY(press(Qt::Key_Q, Qt::ControlModifier));
        QTRY_VERIFY(!m_fixture.window->isVisible());
    }

    void ctrlQAsksBeforeLosingWhatWasTyped()
    {
        QVERIFY(focusSearch());
        QVERIFY(press(Qt::Key_N, Qt::ControlModifier));
        QDialog *dialog = waitForActiveWindow<QDialog>(u"createInstanceDialog"_s);
        QVERIFY(dialog);
        QVERIFY(type(u"Loja Norte"_s));
        QVERIFY(press(Qt::Key_Q, Qt::ControlModifier));
        QVERIFY(waitForActiveWindow<QMessageBox>(u"discardQuestion"_s));
        QVERIFY(dialog->isVisible());
        QVERIFY(m_fixture.window->isVisible()); // nothing closed before the answer
    }
};

} // namespace vzaps::ui

QTEST_MAIN(vzaps::ui::TestKeyboard)
#include "tst_keyboard.moc"
