// Whole actions through the main window against a real sandbox: Ctrl+N creates
// an instance and selects it, Del asks for the name and takes the row away, Subscribe
// hands the checkout page to the (caught) browser and paying there flips the billing
// badge to Active, and the Log panel shows what was done.
#include "tests/ui/ActionTestSupport.h"
#include "tests/ui/BillingTestSupport.h"
#include "tests/ui/WindowActionsFixture.h"

#include "core/actionlog/ActionLog.h"
#include "core/actionlog/ActionLogModel.h"
#include "ui/actions/ActionLauncher.h"
#include "ui/actions/InstanceCommands.h"
#include "ui/billing/CheckoutFlow.h"
#include "ui/log/ActionLogHost.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vzaps::test;

namespace vzaps::ui {

class TestWindowFlows : public QObject
{
    Q_OBJECT

    testing::WindowActionsFixture m_fixture;
    QTemporaryDir m_logDir;

    QAction *action(InstanceAction which) const
    {
        return m_fixture.window->commands().action(which);
    }
    QString cell(int row, int column) const
    {
        return m_fixture.model()->index(row, column).data().toString();
    }

private Q_SLOTS:
    void initTestCase() { testing::isolateSettings(u"tst_windowflows"_s); }

    void init()
    {
        QVERIFY(m_fixture.start());
        m_fixture.window->actionLog().setPath(
            m_logDir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s));
        m_fixture.window->launcher().checkout().setPollInterval(std::chrono::milliseconds(100));
    }
    void cleanup() { m_fixture.stop(); }

    void ctrlNCreatesAndSelectsTheNewInstance()
    {
        m_fixture.table()->setFocus();
        QTest::keyClick(m_fixture.window.get(), Qt::Key_N, Qt::ControlModifier);
        QWidget *dialog = testing::WindowActionsFixture::openDialog(u"createInstanceDialog"_s);
        QVERIFY(dialog);
        QTest::keyClicks(child<QLineEdit>(dialog, u"nameEdit"_s), u"Loja Nova Teste"_s);
        QTest::mouseClick(button(dialog, u"okButton"_s), Qt::LeftButton);

        QTRY_VERIFY(m_fixture.window->currentInstance() &&
                    m_fixture.window->currentInstance()->name == u"Loja Nova Teste"_s);
        QCOMPARE(m_fixture.model()->rowCount(), 25);
    }

    void deleteKeyAsksForTheNameAndTakesTheRowAway()
    {
        const int row = m_fixture.rowWhere([](const Instance &) { return true; });
        const Instance doomed = m_fixture.model()->instanceAt(row);
        m_fixture.selectRows({row});
        m_fixture.table()->setFocus();
        QTest::keyClick(m_fixture.table(), Qt::Key_Delete);
        QWidget *dialog = testing::WindowActionsFixture::openDialog(u"deleteInstanceDialog"_s);
        QVERIFY(dialog);
        QVERIFY(!button(dialog, u"okButton"_s)->isEnabled()); // nothing typed yet
        typeText(child<QLineEdit>(dialog, u"confirmEdit"_s), doomed.name);
        QTest::mouseClick(button(dialog, u"okButton"_s), Qt::LeftButton);

        QTRY_COMPARE(m_fixture.model()->rowOf(doomed.id), -1);
        QTRY_COMPARE(m_fixture.model()->rowCount(), 23);
    }

    void payingTheCheckoutFlipsTheBadgeToActive()
    {
        UrlCatcher browser;
        const int row = m_fixture.rowWhere(
            [](const Instance &instance) { return instance.billingStatus == "TRIALING"_L1; });
        QVERIFY(row >= 0);
        const QString id = m_fixture.model()->instanceAt(row).id;
        m_fixture.selectRows({row});
        action(InstanceAction::Subscribe)->trigger();
        QWidget *dialog = testing::WindowActionsFixture::openDialog(u"subscribeDialog"_s);
        QVERIFY(dialog);
        QTest::mouseClick(button(dialog, u"okButton"_s), Qt::LeftButton);

        QTRY_COMPARE(browser.urls.size(), 1);
        QCOMPARE(browser.urls.first().host(), u"127.0.0.1"_s);
        QCOMPARE(payOnCheckoutPage(browser.urls.first()), 200); // no success_url: a page
        // The waiting panel notices and the table reloads with the new status.
        QTRY_COMPARE(cell(m_fixture.model()->rowOf(id), InstanceTableModel::BillingColumn),
                     u"Active"_s);
    }

    void theLogPanelShowsWhatWasDone()
    {
        m_fixture.selectRows({0});
        action(InstanceAction::Restart)->trigger();
        QWidget *dialog = testing::WindowActionsFixture::openDialog(u"restartDialog"_s);
        QVERIFY(dialog);
        QTest::mouseClick(button(dialog, u"okButton"_s), Qt::LeftButton);
        QTRY_COMPARE(m_fixture.window->actionLog().log().records().size(), 1);

        m_fixture.window->actionLog().toggleAction()->trigger();
        QDockWidget *dock = m_fixture.window->actionLog().dock();
        QVERIFY(dock && dock->isVisible());
        auto *table = dock->findChild<QTableView *>(u"logTable"_s);
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 1);
        const QString shown =
            table->model()->index(0, ActionLogModel::ActionColumn).data().toString();
        QCOMPARE(shown, u"Restart"_s);
    }
};

} // namespace vzaps::ui

QTEST_MAIN(vzaps::ui::TestWindowFlows)
#include "tst_windowflows.moc"
