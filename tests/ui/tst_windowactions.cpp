// Instance actions as the main window offers them: enabled only when they fit
// the selection with the reason in the tooltip, reachable from toolbar, row menu and
// shortcuts, each opening its dialog once, and what the dialogs did reflected in the
// table and reported for the action log.
#include "tests/ui/WindowActionsFixture.h"

#include "ui/actions/InstanceCommands.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

class TestWindowActions : public QObject
{
    Q_OBJECT

    testing::WindowActionsFixture m_fixture;

    QAction *action(InstanceAction which) const
    {
        return m_fixture.window->commands().action(which);
    }
    int rowWithBilling(const QString &billing) const
    {
        return m_fixture.rowWhere([&](const Instance &instance) {
            return instance.billingStatus == billing && !instance.cancelAt.isValid();
        });
    }

private Q_SLOTS:
    void initTestCase() { testing::isolateSettings(u"tst_windowactions"_s); }

    void init() { QVERIFY(m_fixture.start()); }
    void cleanup() { m_fixture.stop(); }

    void actionsFollowTheSelectionAndSayWhyNot()
    {
        m_fixture.selectRows({});
        QVERIFY(action(InstanceAction::Create)->isEnabled());
        QVERIFY(!action(InstanceAction::Edit)->isEnabled());
        QCOMPARE(action(InstanceAction::Edit)->toolTip(), u"Select an instance first."_s);

        const int trial = rowWithBilling(u"TRIALING"_s);
        const int active = rowWithBilling(u"ACTIVE"_s);
        QVERIFY(trial >= 0 && active >= 0);
        m_fixture.selectRows({trial});
        QVERIFY(action(InstanceAction::Edit)->isEnabled());
        QVERIFY(action(InstanceAction::Subscribe)->isEnabled());
        QVERIFY(!action(InstanceAction::ResumeSubscription)->isEnabled());
        QVERIFY(action(InstanceAction::ResumeSubscription)
                    ->toolTip()
                    .contains(u"no scheduled cancellation"_s));

        m_fixture.selectRows({active});
        QVERIFY(!action(InstanceAction::Subscribe)->isEnabled());
        QVERIFY(action(InstanceAction::Subscribe)->toolTip().contains(u"active subscription"_s));

        m_fixture.selectRows({trial, active});
        QVERIFY(!action(InstanceAction::Edit)->isEnabled());
        QVERIFY(action(InstanceAction::Edit)->toolTip().contains(u"one instance at a time"_s));
        QVERIFY(action(InstanceAction::Restart)->isEnabled());
        QCOMPARE(action(InstanceAction::Restart)->text(), u"Re&start 2…"_s);

        // One already canceled among three: the cancel runs on the other two.
        const int canceled =
            m_fixture.rowWhere([](const Instance &i) { return i.billingStatus == "CANCELED"_L1; });
        QVERIFY(canceled >= 0);
        m_fixture.selectRows({trial, canceled, active});
        QVERIFY(action(InstanceAction::CancelSubscription)->isEnabled());
        QCOMPARE(action(InstanceAction::CancelSubscription)->text(), u"C&ancel 2 subscriptions…"_s);
        QCOMPARE(action(InstanceAction::Delete)->text(), u"&Delete 3…"_s);
        action(InstanceAction::CancelSubscription)->trigger();
        auto *dialog = m_fixture.openDialog<QDialog>(u"bulkActionDialog"_s);
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLabel *>(u"bulkSkippedLabel"_s)->isVisible());
        QCOMPARE(dialog->findChild<QListWidget *>(u"bulkInstanceList"_s)->count(), 2);
        // The window's store learns the trial was canceled: the open dialog follows.
        m_fixture.window->controller().store().learn(m_fixture.model()->instanceAt(trial).id,
                                                     {{u"billing_status"_s, u"CANCELED"_s}});
        QTRY_COMPARE(dialog->findChild<QListWidget *>(u"bulkInstanceList"_s)->count(), 1);
        delete dialog;

        // Only canceled ones: nothing to do, and the reason says so.
        const int expired = m_fixture.rowWhere([](const Instance &i) {
            return i.billingStatus == "CANCELED"_L1 || i.billingStatus == "INCOMPLETE_EXPIRED"_L1;
        });
        const int otherCanceled = m_fixture.rowWhere([&](const Instance &i) {
            return (i.billingStatus == "CANCELED"_L1 ||
                    i.billingStatus == "INCOMPLETE_EXPIRED"_L1) &&
                   m_fixture.model()->instanceAt(expired).id != i.id;
        });
        QVERIFY(expired >= 0 && otherCanceled >= 0);
        m_fixture.selectRows({expired, otherCanceled});
        QVERIFY(!action(InstanceAction::CancelSubscription)->isEnabled());
        QVERIFY(action(InstanceAction::CancelSubscription)
                    ->toolTip()
                    .startsWith(u"None of the 2 selected instances"_s));
    }

    void signedOutOffersNothing()
    {
        m_fixture.window->showSetupPage();
        QVERIFY(!action(InstanceAction::Create)->isEnabled());
        QVERIFY(!action(InstanceAction::Restart)->isEnabled());
    }

    void restartFromTheToolbarIsRecordedWithTheAccount()
    {
        QSignalSpy recorded(m_fixture.window.get(), &MainWindow::actionRecorded);
        const int row = rowWithBilling(u"TRIALING"_s);
        const Instance instance = m_fixture.model()->instanceAt(row);
        m_fixture.selectRows({row});
        const QDateTime loadedBefore = m_fixture.window->controller().lastUpdated();

        action(InstanceAction::Restart)->trigger();
        auto *dialog = testing::WindowActionsFixture::openDialog(u"restartDialog"_s);
        QVERIFY(dialog);
        QVERIFY(!dialog->isModal()); // the table stays usable beside it
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);

        QTRY_COMPARE(recorded.size(), 1);
        const auto record = recorded.first().first().value<ActionRecord>();
        QCOMPARE(record.account, u"Sandbox demo account"_s);
        QCOMPARE(record.instanceId, instance.id);
        QCOMPARE(record.outcome, ActionOutcome::Succeeded);
        // The list reloads to show the new status.
        QTRY_VERIFY(m_fixture.window->controller().lastUpdated() > loadedBefore);
    }

    void askingTwiceRaisesTheSameDialog()
    {
        m_fixture.selectRows({0});
        action(InstanceAction::Restart)->trigger();
        action(InstanceAction::Restart)->trigger();
        QCOMPARE(testing::WindowActionsFixture::countDialogs(u"restartDialog"_s), 1);
        // Another instance gets a dialog of its own.
        m_fixture.selectRows({1});
        action(InstanceAction::Restart)->trigger();
        QCOMPARE(testing::WindowActionsFixture::countDialogs(u"restartDialog"_s), 2);
    }
};

} // namespace vzaps::ui

QTEST_MAIN(vzaps::ui::TestWindowActions)
#include "tst_windowactions.moc"
