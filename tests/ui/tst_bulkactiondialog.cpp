// The bulk action dialog offscreen against an in-process sandbox: the count
// typed before a destructive batch, a results list that shows a failure and fixes it
// with "Retry failed", deletes that reach the server, one batch per OK, cancel on close.
// With VZAPS_SHOT_DIR set it also saves shot-bulk-*.png for people to look at.
#include "core/actions/BulkRun.h"
#include "core/presentation/InstanceStore.h"
#include "tests/support/AccessibilityAudit.h"
#include "tests/support/Keyboard.h"
#include "tests/support/SandboxFixture.h"
#include "tests/ui/ActionTestSupport.h"
#include "ui/bulk/BulkActionDialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <optional>

using namespace Qt::StringLiterals;
using namespace vzaps::test;

Q_DECLARE_METATYPE(vzaps::InstanceAction)

namespace vzaps::ui {

class TestBulkActionDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    QList<Instance> m_instances;

    BulkActionDialog *openDialog(InstanceAction action, const QList<Instance> &instances)
    {
        return openNew<BulkActionDialog>(*m_sandbox->client, action, instances);
    }

    static QTreeWidget *results(QWidget *dialog)
    {
        return dialog->findChild<QTreeWidget *>(u"bulkResults"_s);
    }
    static QString cell(QWidget *dialog, int row, int column)
    {
        QTreeWidgetItem *item = results(dialog)->topLevelItem(row);
        return item ? item->text(column) : QString();
    }

    bool failNextRestartOf(const Instance &instance)
    {
        return m_sandbox->failNext(500, u"Restart queue unavailable"_s,
                                   u"/instances/%1/restart"_s.arg(instance.id));
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY(m_sandbox->started);
        m_instances = m_sandbox->instances();
        QVERIFY(m_instances.size() >= 7);
    }

    void cleanup() { m_sandbox.reset(); }

    void destructiveActionsWantTheCountTyped_data()
    {
        QTest::addColumn<InstanceAction>("action");
        QTest::newRow("delete") << InstanceAction::Delete;
        QTest::newRow("cancel subscription") << InstanceAction::CancelSubscription;
    }

    void destructiveActionsWantTheCountTyped()
    {
        QFETCH(InstanceAction, action);
        // Three the action applies to (a canceled subscription cannot be canceled again).
        QList<Instance> three;
        for (const Instance &instance : std::as_const(m_instances)) {
            if (instance.billingStatus == "TRIALING"_L1 && three.size() < 3)
                three.append(instance);
        }
        QCOMPARE(three.size(), 3);
        m_instances = three;
        QPointer<BulkActionDialog> dialog = openDialog(action, three);
        QSignalSpy recorded(dialog.data(), &ActionDialog::actionRecorded);
        auto *list = dialog->findChild<QListWidget *>(u"bulkInstanceList"_s);
        QCOMPARE(list->count(), 3);
        QVERIFY(list->item(0)->text().contains(m_instances.at(0).name));

        QPushButton *ok = button(dialog, u"okButton"_s);
        QLabel *problem = label(dialog, u"problemLabel"_s);
        auto *count = dialog->findChild<QLineEdit *>(u"confirmCountEdit"_s);
        QVERIFY(count);
        QVERIFY(!vzaps::testing::spokenName(count).isEmpty());
        QVERIFY(!ok->isEnabled());
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(u"3"_s), qPrintable(problem->text()));

        QTest::keyClicks(count, u"2"_s);
        QVERIFY(!ok->isEnabled());
        QVERIFY(problem->isVisible());
        count->clear();
        QTest::keyClicks(count, u" 3 "_s);
        QVERIFY(ok->isEnabled());
        QVERIFY(!problem->isVisible());
        QVERIFY(dialog->problem().isEmpty());

        QTest::mouseClick(button(dialog, u"cancelButton"_s), Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull());
        QCOMPARE(recorded.size(), 0);
        QCOMPARE(m_sandbox->client->callsInFlight(), 0);
    }

    void theBatchFollowsTheStoreUntilOk()
    {
        QList<Instance> three;
        for (const Instance &instance : std::as_const(m_instances)) {
            if (instance.billingStatus == "TRIALING"_L1 && three.size() < 3)
                three.append(instance);
        }
        QCOMPARE(three.size(), 3);
        InstanceStore store;
        store.mergeAll(three, store.nextTicket());
        QPointer<BulkActionDialog> dialog = openDialog(InstanceAction::CancelSubscription, three);
        dialog->followStore(store);
        QTRY_COMPARE(QApplication::activeWindow(), dialog.data());
        auto *list = dialog->findChild<QListWidget *>(u"bulkInstanceList"_s);
        QCOMPARE(list->count(), 3);
        QVERIFY(testing::type(u"3"_s)); // into the count, where the focus starts
        QVERIFY(button(dialog, u"okButton"_s)->isEnabled());

        // Canceled elsewhere (a poll or an event said so): it leaves the batch at once.
        store.learn(three.at(1).id, {{u"billing_status"_s, u"CANCELED"_s}});
        QTRY_COMPARE(dialog->findChild<QListWidget *>(u"bulkInstanceList"_s)->count(), 2);
        auto *skipped = dialog->findChild<QListWidget *>(u"bulkSkippedList"_s);
        QVERIFY(skipped);
        QCOMPARE(skipped->count(), 1);
        QVERIFY2(skipped->item(0)->text().contains(three.at(1).id),
                 qPrintable(skipped->item(0)->text()));
        QCOMPARE(label(dialog, u"bulkChangedNote"_s)->text(),
                 u"The selected instances changed while this was open; the batch now has 2 "
                 "instances."_s);
        // What was typed stays, no longer enough; typing goes on where it was.
        auto *count = dialog->findChild<QLineEdit *>(u"confirmCountEdit"_s);
        QCOMPARE(count->text(), u"3"_s);
        QCOMPARE(QApplication::focusWidget(), count);
        QVERIFY(!button(dialog, u"okButton"_s)->isEnabled());
        QVERIFY2(dialog->problem().contains(u"2"_s), qPrintable(dialog->problem()));
        QVERIFY(testing::press(Qt::Key_Backspace));
        QVERIFY(testing::type(u"2"_s));
        QVERIFY(button(dialog, u"okButton"_s)->isEnabled());

        // Deleted elsewhere: gone from both lists.
        store.remove(three.at(0).id);
        QTRY_COMPARE(dialog->findChild<QListWidget *>(u"bulkInstanceList"_s)->count(), 1);
        QCOMPARE(label(dialog, u"bulkChangedNote"_s)->text(),
                 u"The selected instances changed while this was open; the batch now has 1 "
                 "instance."_s);
        QVERIFY(testing::press(Qt::Key_Backspace));
        QVERIFY(testing::type(u"1"_s));
        QVERIFY(testing::press(Qt::Key_Return));
        QTRY_COMPARE(results(dialog)->topLevelItemCount(), 1);
        QCOMPARE(cell(dialog, 0, 0), three.at(2).name);
        QTRY_COMPARE_WITH_TIMEOUT(cell(dialog, 0, 1), u"Succeeded"_s, 10000);

        // Started: what the store learns no longer changes the batch.
        store.learn(three.at(2).id, {{u"billing_status"_s, u"CANCELED"_s}});
        QCoreApplication::processEvents();
        QCOMPARE(results(dialog)->topLevelItemCount(), 1);
        delete dialog;
    }

    void restartAsksOnce()
    {
        QPointer<BulkActionDialog> dialog =
            openDialog(InstanceAction::Restart, m_instances.mid(0, 3));
        QVERIFY(!dialog->findChild<QLineEdit *>(u"confirmCountEdit"_s));
        QVERIFY(button(dialog, u"okButton"_s)->isEnabled());
        QVERIFY(label(dialog, u"questionLabel"_s)->text().contains(u"3"_s));
        delete dialog;
    }

    void restartWithOneFailureShowsItAndRetryFixesIt()
    {
        const QList<Instance> batch = m_instances.mid(0, 5);
        QVERIFY(failNextRestartOf(batch.at(3)));
        QPointer<BulkActionDialog> dialog = openDialog(InstanceAction::Restart, batch);
        QSignalSpy recorded(dialog.data(), &ActionDialog::actionRecorded);
        QSignalSpy changed(dialog.data(), &ActionDialog::instanceChanged);
        QTest::mouseClick(button(dialog, u"okButton"_s), Qt::LeftButton);

        QPushButton *retry = button(dialog, u"retryFailedButton"_s);
        QVERIFY(retry);
        QTRY_VERIFY_WITH_TIMEOUT(retry->isEnabled(), 10000);
        QCOMPARE(results(dialog)->topLevelItemCount(), 5);
        QCOMPARE(cell(dialog, 3, 0), batch.at(3).name);
        QCOMPARE(cell(dialog, 3, 1), u"Failed"_s);
        QCOMPARE(cell(dialog, 3, 2), u"500"_s);
        QVERIFY2(cell(dialog, 3, 3).contains(u"Restart queue unavailable"_s),
                 qPrintable(cell(dialog, 3, 3)));
        for (int row : {0, 1, 2, 4}) {
            QCOMPARE(cell(dialog, row, 1), u"Succeeded"_s);
            QCOMPARE(cell(dialog, row, 2), u"200"_s);
        }
        QCOMPARE(label(dialog, u"bulkProgressLabel"_s)->text(), u"5 of 5 done, 1 failed"_s);
        // The first failure becomes the current row; its whole message shows below the list.
        QCOMPARE(results(dialog)->currentItem(), results(dialog)->topLevelItem(3));
        const QString details = label(dialog, u"bulkDetailsLabel"_s)->text();
        QVERIFY2(details.contains(u"Could not restart instance"_s), qPrintable(details));
        QVERIFY(details.contains(u"Request id"_s));
        QCOMPARE(recorded.size(), 5);
        QCOMPARE(changed.size(), 4);

        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(cell(dialog, 3, 1), u"Succeeded"_s, 10000);
        QVERIFY(!retry->isEnabled());
        QCOMPARE(label(dialog, u"bulkProgressLabel"_s)->text(), u"5 of 5 done"_s);
        QCOMPARE(recorded.size(), 6);
        QCOMPARE(recorded.last().first().value<ActionRecord>().instanceId, batch.at(3).id);
        QCOMPARE(changed.size(), 5);
        QCOMPARE(changed.last().first().toString(), batch.at(3).id);
        delete dialog;
    }

    void deleteBatchRemovesTheInstances()
    {
        const QList<Instance> batch = m_instances.mid(0, 3);
        // One is gone already (deleted elsewhere): its 404 counts as "already deleted".
        QVERIFY(m_sandbox->deleteInstance(batch.at(1).id));
        QPointer<BulkActionDialog> dialog = openDialog(InstanceAction::Delete, batch);
        QSignalSpy removed(dialog.data(), &ActionDialog::instanceRemoved);
        QSignalSpy recorded(dialog.data(), &ActionDialog::actionRecorded);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"confirmCountEdit"_s), u"3"_s);
        QTest::mouseClick(button(dialog, u"okButton"_s), Qt::LeftButton);

        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 3, 10000);
        QStringList removedIds;
        for (const QList<QVariant> &signal : std::as_const(removed))
            removedIds << signal.first().toString();
        QStringList expected;
        for (const Instance &instance : batch)
            expected << instance.id;
        removedIds.sort();
        expected.sort();
        QCOMPARE(removedIds, expected);
        QCOMPARE(recorded.size(), 3);
        for (const QList<QVariant> &signal : std::as_const(recorded))
            QCOMPARE(signal.first().value<ActionRecord>().outcome, ActionOutcome::Succeeded);
        QCOMPARE(cell(dialog, 1, 1), u"Succeeded"_s);
        QCOMPARE(cell(dialog, 1, 2), u"404"_s);
        QCOMPARE(cell(dialog, 1, 3), u"Already deleted."_s);

        const QList<Instance> left = m_sandbox->instances();
        QCOMPARE(left.size(), m_instances.size() - 3);
        for (const Instance &instance : left)
            QVERIFY(!expected.contains(instance.id));
        delete dialog;
    }

    void aMixedCancelRunsWhereItAppliesAndListsTheRest()
    {
        QList<Instance> cancelable;
        std::optional<Instance> canceled;
        for (const Instance &instance : std::as_const(m_instances)) {
            if (instance.billingStatus == "CANCELED"_L1 && !canceled)
                canceled = instance;
            else if ((instance.billingStatus == "TRIALING"_L1 ||
                      instance.billingStatus == "ACTIVE"_L1) &&
                     !instance.cancelAt.isValid() && cancelable.size() < 2)
                cancelable.append(instance);
        }
        QVERIFY(canceled && cancelable.size() == 2);
        const QList<Instance> selection{cancelable.at(0), *canceled, cancelable.at(1)};
        QPointer<BulkActionDialog> dialog =
            openDialog(InstanceAction::CancelSubscription, selection);
        QSignalSpy recorded(dialog.data(), &ActionDialog::actionRecorded);

        // The question and the count to type are about the two it applies to.
        QVERIFY(label(dialog, u"questionLabel"_s)->text().contains("these 2 instances"_L1));
        auto *list = dialog->findChild<QListWidget *>(u"bulkInstanceList"_s);
        QCOMPARE(list->count(), 2);
        QVERIFY(list->item(0)->text().contains(cancelable.at(0).name));
        QVERIFY(list->item(1)->text().contains(cancelable.at(1).name));
        auto *skipped = dialog->findChild<QListWidget *>(u"bulkSkippedList"_s);
        QVERIFY(skipped && skipped->isVisible());
        QCOMPARE(skipped->count(), 1);
        QCOMPARE(skipped->item(0)->text(),
                 u"“%1” is already canceled. (%2)"_s.arg(canceled->name, canceled->id));

        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"confirmCountEdit"_s), u"2"_s);
        QTest::mouseClick(button(dialog, u"okButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 2, 10000);
        QTRY_COMPARE(m_sandbox->client->callsInFlight(), 0);
        QCOMPARE(recorded.size(), 2); // nothing was sent for the canceled one
        for (const QList<QVariant> &signal : std::as_const(recorded))
            QCOMPARE(signal.first().value<ActionRecord>().outcome, ActionOutcome::Succeeded);
        QCOMPARE(results(dialog)->topLevelItemCount(), 2);
        QVERIFY(label(dialog, u"resultLabel"_s)->text().contains("1 left out"_L1));
        delete dialog;
    }

    void aBatchOfOneLeftAfterSkippingSaysThisInstance()
    {
        const auto canceled = m_sandbox->firstWith(
            [](const Instance &instance) { return instance.billingStatus == "CANCELED"_L1; });
        const auto trial = m_sandbox->firstWith(
            [](const Instance &instance) { return instance.billingStatus == "TRIALING"_L1; });
        QVERIFY(canceled && trial);
        QPointer<BulkActionDialog> dialog =
            openDialog(InstanceAction::CancelSubscription, {*canceled, *trial});
        QVERIFY(label(dialog, u"questionLabel"_s)
                    ->text()
                    .startsWith("Cancel the subscription of this instance?"_L1));
        QVERIFY(label(dialog, u"bulkSkippedLabel"_s)->text().startsWith("Left out"_L1));
        delete dialog;
    }

    void doubleOkStartsOneBatch()
    {
        // Still running when the extra clicks and Enters arrive.
        QVERIFY(m_sandbox->setLatency(300));
        QPointer<BulkActionDialog> dialog =
            openDialog(InstanceAction::Restart, m_instances.mid(0, 3));
        QSignalSpy recorded(dialog.data(), &ActionDialog::actionRecorded);
        hammerOk(dialog);
        QTest::keyClick(dialog, Qt::Key_Return); // and Enter once more
        QVERIFY(dialog);
        QVERIFY(dialog->isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(label(dialog, u"bulkProgressLabel"_s)->text(), u"3 of 3 done"_s,
                                  10000);
        QTRY_COMPARE(m_sandbox->client->callsInFlight(), 0);
        QCOMPARE(recorded.size(), 3);
        QCOMPARE(dialog->run()->items().at(0).attempts, 1);
        QVERIFY(dialog->isVisible());
        delete dialog;
    }

    void closingWhileRunningCancels()
    {
        QVERIFY(m_sandbox->setLatency(2000));
        QPointer<BulkActionDialog> dialog =
            openDialog(InstanceAction::Restart, m_instances.mid(0, 6));
        QSignalSpy recorded(dialog.data(), &ActionDialog::actionRecorded);
        QTest::mouseClick(button(dialog, u"okButton"_s), Qt::LeftButton);
        QTRY_COMPARE(m_sandbox->client->callsInFlight(), 4);

        QTest::mouseClick(button(dialog, u"cancelButton"_s), Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull()); // closed and deleted
        QCOMPARE(m_sandbox->client->callsInFlight(), 0);
        QCOMPARE(recorded.size(), 0);
    }

    void shots()
    {
        QPointer<BulkActionDialog> confirm =
            openDialog(InstanceAction::Delete, m_instances.mid(0, 3));
        QTest::keyClicks(confirm->findChild<QLineEdit *>(u"confirmCountEdit"_s), u"2"_s);
        QVERIFY(saveShot(confirm, u"shot-bulk-confirm.png"_s));
        delete confirm;

        const QList<Instance> batch = m_instances.mid(0, 7);
        QVERIFY(failNextRestartOf(batch.at(2)));
        QPointer<BulkActionDialog> dialog = openDialog(InstanceAction::Restart, batch);
        QTest::mouseClick(button(dialog, u"okButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(button(dialog, u"retryFailedButton"_s)->isEnabled(), 10000);
        QVERIFY(saveShot(dialog, u"shot-bulk-results.png"_s));
        delete dialog;
    }
};

} // namespace vzaps::ui

QTEST_MAIN(vzaps::ui::TestBulkActionDialog)
#include "tst_bulkactiondialog.moc"
