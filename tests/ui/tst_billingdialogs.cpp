// The cancel-subscription and resume-subscription dialogs against a real in-process
// sandbox: immediate vs scheduled cancel, the server's 409s, injected failures that
// keep the typed name, no double submit, closing during the read-back.
#include "core/presentation/InstanceFormat.h"
#include "tests/ui/ConfirmTestSupport.h"
#include "ui/confirm/CancelSubscriptionDialog.h"
#include "ui/confirm/ResumeSubscriptionDialog.h"
#include "ui/confirm/TypeToConfirm.h"

#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vzaps::test;

namespace vzaps::ui {

class TestBillingDialogs : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;

    template<typename Dialog>
    Dialog *openDialog(const Instance &instance)
    {
        return openNew<Dialog>(*m_sandbox->client, instance);
    }

    Instance demo(const QString &billingStatus, bool withCancelAt)
    {
        const std::optional<Instance> found = instanceWith(*m_sandbox, billingStatus, withCancelAt);
        if (!found)
            qFatal("no demo instance with billing status %s", qPrintable(billingStatus));
        return *found;
    }

    static void typeAndSubmit(QWidget *dialog, const QString &text)
    {
        typeText(confirmEdit(dialog), text);
        QTest::mouseClick(button(dialog, u"okButton"_s), Qt::LeftButton);
    }

    static ActionRecord onlyRecord(const QSignalSpy &recorded)
    {
        return recorded.size() == 1 ? recorded.first().first().value<ActionRecord>()
                                    : ActionRecord();
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY(m_sandbox->started);
    }

    void cleanup() { m_sandbox.reset(); }

    void cancelNeedsTheNameUnlessTurnedOff()
    {
        const Instance instance = demo(u"TRIALING"_s, false);
        QPointer<CancelSubscriptionDialog> dialog = openDialog<CancelSubscriptionDialog>(instance);
        QCOMPARE(button(dialog, u"okButton"_s)->text(), u"Cancel &subscription"_s);
        // The button that leaves does not also say "Cancel".
        QCOMPARE(button(dialog, u"cancelButton"_s)->text(), u"Close"_s);
        QVERIFY(label(dialog, u"questionLabel"_s)->text().contains(instance.name));
        QVERIFY(!button(dialog, u"okButton"_s)->isEnabled());
        QCOMPARE(dialog->problem(), u"Type the instance name to confirm"_s);
        typeText(confirmEdit(dialog), instance.name.left(4));
        QVERIFY(!button(dialog, u"okButton"_s)->isEnabled());

        dialog->setTypeToConfirm(false);
        QVERIFY(button(dialog, u"okButton"_s)->isEnabled());
        dialog->setTypeToConfirm(true);
        QVERIFY(!button(dialog, u"okButton"_s)->isEnabled());
        delete dialog;
    }

    void cancelOfATrialIsImmediate()
    {
        const Instance instance = demo(u"TRIALING"_s, false);
        QPointer<CancelSubscriptionDialog> dialog = openDialog<CancelSubscriptionDialog>(instance);
        QSignalSpy changed(dialog.data(), &ActionDialog::instanceChanged);
        QSignalSpy recorded(dialog.data(), &ActionDialog::actionRecorded);
        typeAndSubmit(dialog, instance.name);
        QVERIFY(dialog->isBusy());

        QLabel *result = label(dialog, u"resultLabel"_s);
        QTRY_VERIFY(result->isVisible());
        QVERIFY2(result->text().startsWith(u"Cancellation accepted."_s),
                 qPrintable(result->text()));
        QVERIFY2(result->text().contains(u"Immediate"_s), qPrintable(result->text()));
        QVERIFY(!result->text().contains(u"Scheduled"_s));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toString(), instance.id);
        const ActionRecord record = onlyRecord(recorded);
        QCOMPARE(record.outcome, ActionOutcome::Succeeded);
        QCOMPARE(record.action, u"Cancel subscription"_s);
        QCOMPARE(record.httpStatus, 200);
        QCOMPARE(record.message, u"Subscription canceled."_s);
        QTRY_COMPARE(m_sandbox->client->callsInFlight(), 0);

        const Result<Instance> after = m_sandbox->fetch(instance.id);
        QVERIFY(after.ok());
        QCOMPARE(after.value().billingStatus, u"CANCELED"_s);
        delete dialog;
    }

    void cancelOfAPaidSubscriptionIsScheduled()
    {
        const Instance instance = demo(u"ACTIVE"_s, false);
        QPointer<CancelSubscriptionDialog> dialog = openDialog<CancelSubscriptionDialog>(instance);
        QSignalSpy changed(dialog.data(), &ActionDialog::instanceChanged);
        typeAndSubmit(dialog, instance.name);

        QLabel *result = label(dialog, u"resultLabel"_s);
        QTRY_VERIFY(result->isVisible());
        const Result<Instance> after = m_sandbox->fetch(instance.id);
        QVERIFY(after.ok());
        QCOMPARE(after.value().billingStatus, u"ACTIVE"_s);
        QVERIFY(after.value().cancelAt.isValid());
        const QString text = result->text();
        QVERIFY2(text.contains(u"Scheduled"_s), qPrintable(text));
        QVERIFY2(text.contains(format::exactTime(after.value().cancelAt)), qPrintable(text));
        // One date, local: the server's sentence with its UTC date is not repeated.
        QVERIFY2(!text.contains(u"will be canceled"_s), qPrintable(text));
        QVERIFY2(!text.contains(QRegularExpression(u"\\d{4}-\\d\\d-\\d\\dT"_s)), qPrintable(text));
        QCOMPARE(changed.size(), 1);
        delete dialog;
    }

    void cancelOfACanceledSubscriptionShowsTheConflict()
    {
        const Instance instance = demo(u"CANCELED"_s, false);
        QPointer<CancelSubscriptionDialog> dialog = openDialog<CancelSubscriptionDialog>(instance);
        QSignalSpy changed(dialog.data(), &ActionDialog::instanceChanged);
        QSignalSpy recorded(dialog.data(), &ActionDialog::actionRecorded);
        typeAndSubmit(dialog, instance.name);

        QLabel *failure = label(dialog, u"failureLabel"_s);
        QTRY_VERIFY(failure->isVisible());
        const ActionRecord record = onlyRecord(recorded);
        QCOMPARE(record.outcome, ActionOutcome::Failed);
        QCOMPARE(record.httpStatus, 409);
        QVERIFY2(failure->text().contains(u"There is no subscription to cancel"_s),
                 qPrintable(failure->text()));
        QVERIFY(failure->text().contains(u"409"_s));
        QVERIFY(failure->text().contains(record.requestId));
        QCOMPARE(confirmEdit(dialog)->text(), instance.name);
        QVERIFY(button(dialog, u"okButton"_s)->isEnabled());
        QVERIFY(dialog->isVisible());
        QCOMPARE(changed.size(), 0);
        delete dialog;
    }

    void cancelFailureKeepsTheTypedName_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("500") << 500;
        QTest::newRow("429") << 429;
    }

    void cancelFailureKeepsTheTypedName()
    {
        QFETCH(int, status);
        const Instance instance = demo(u"TRIALING"_s, false);
        QVERIFY(m_sandbox->failNext(status, u"Billing provider unavailable"_s));
        QPointer<CancelSubscriptionDialog> dialog = openDialog<CancelSubscriptionDialog>(instance);
        QSignalSpy recorded(dialog.data(), &ActionDialog::actionRecorded);
        typeAndSubmit(dialog, instance.name);

        QLabel *failure = label(dialog, u"failureLabel"_s);
        QTRY_VERIFY(failure->isVisible());
        const ActionRecord record = onlyRecord(recorded);
        QCOMPARE(record.httpStatus, status);
        QVERIFY2(failure->text().contains(u"Billing provider unavailable"_s),
                 qPrintable(failure->text()));
        QVERIFY(failure->text().contains(QString::number(status)));
        QVERIFY(failure->text().contains(record.requestId));
        QCOMPARE(confirmEdit(dialog)->text(), instance.name);
        QVERIFY(button(dialog, u"okButton"_s)->isEnabled());
        QCOMPARE(m_sandbox->fetch(instance.id).value().billingStatus, u"TRIALING"_s);
        delete dialog;
    }

    void cancelDoubleClickSendsOnce()
    {
        const Instance instance = demo(u"TRIALING"_s, false);
        QPointer<CancelSubscriptionDialog> dialog = openDialog<CancelSubscriptionDialog>(instance);
        QSignalSpy recorded(dialog.data(), &ActionDialog::actionRecorded);
        typeText(confirmEdit(dialog), instance.name);
        hammerOk(dialog);
        QTRY_VERIFY(label(dialog, u"resultLabel"_s)->isVisible());
        QTRY_COMPARE(m_sandbox->client->callsInFlight(), 0);
        QCOMPARE(recorded.size(), 1);
        delete dialog;
    }

    void closingDuringTheReadBackCancelsIt()
    {
        QVERIFY(m_sandbox->setLatency(1000));
        const Instance instance = demo(u"TRIALING"_s, false);
        QPointer<CancelSubscriptionDialog> dialog = openDialog<CancelSubscriptionDialog>(instance);
        QSignalSpy recorded(dialog.data(), &ActionDialog::actionRecorded);
        typeAndSubmit(dialog, instance.name);
        // The cancel is answered and recorded; the read-back of the instance is running.
        QTRY_COMPARE(recorded.size(), 1);
        QVERIFY(dialog->isBusy());
        QCOMPARE(m_sandbox->client->callsInFlight(), 1);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(dialog.isNull());
        QTRY_COMPARE(m_sandbox->client->callsInFlight(), 0);
        QCOMPARE(recorded.size(), 1);
    }

    void resumeUndoesAScheduledCancel()
    {
        const Instance instance = demo(u"ACTIVE"_s, true);
        QPointer<ResumeSubscriptionDialog> dialog = openDialog<ResumeSubscriptionDialog>(instance);
        QSignalSpy changed(dialog.data(), &ActionDialog::instanceChanged);
        QSignalSpy recorded(dialog.data(), &ActionDialog::actionRecorded);
        QLabel *question = label(dialog, u"questionLabel"_s);
        QVERIFY(question->text().contains(instance.name));
        QVERIFY2(question->text().contains(format::exactTime(instance.cancelAt)),
                 qPrintable(question->text()));
        QPushButton *ok = button(dialog, u"okButton"_s);
        QVERIFY(ok->isEnabled()); // one confirmation: nothing to type
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog->isBusy());

        QLabel *result = label(dialog, u"resultLabel"_s);
        QTRY_VERIFY(result->isVisible());
        QVERIFY2(result->text().contains(u"resumed"_s), qPrintable(result->text()));
        QVERIFY2(!result->text().contains(u"Status: ok"_s), qPrintable(result->text()));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(onlyRecord(recorded).outcome, ActionOutcome::Succeeded);
        QCOMPARE(onlyRecord(recorded).action, u"Resume subscription"_s);

        const Result<Instance> after = m_sandbox->fetch(instance.id);
        QVERIFY(after.ok());
        QVERIFY(!after.value().cancelAt.isValid());
        QCOMPARE(after.value().billingStatus, u"ACTIVE"_s);
        delete dialog;
    }

    void resumeAfterACancelSetThroughTheControlSurface()
    {
        const Instance instance = demo(u"ACTIVE"_s, false);
        const QString path = u"/_sandbox/instances/%1/billing"_s.arg(instance.id);
        const QString cancelAt =
            QDateTime::currentDateTimeUtc().addDays(10).toString(Qt::ISODateWithMs);
        QVERIFY(m_sandbox->control("POST", path, {{u"cancel_at"_s, cancelAt}}).ok());
        const Result<Instance> scheduled = m_sandbox->fetch(instance.id);
        QVERIFY(scheduled.ok() && scheduled.value().cancelAt.isValid());

        QPointer<ResumeSubscriptionDialog> dialog =
            openDialog<ResumeSubscriptionDialog>(scheduled.value());
        QTest::mouseClick(button(dialog, u"okButton"_s), Qt::LeftButton);
        QTRY_VERIFY(label(dialog, u"resultLabel"_s)->isVisible());
        QVERIFY(!m_sandbox->fetch(instance.id).value().cancelAt.isValid());
        delete dialog;
    }

    void resumeWithNothingToResumeShowsTheConflict()
    {
        const Instance instance = demo(u"ACTIVE"_s, false);
        QPointer<ResumeSubscriptionDialog> dialog = openDialog<ResumeSubscriptionDialog>(instance);
        QSignalSpy changed(dialog.data(), &ActionDialog::instanceChanged);
        QSignalSpy recorded(dialog.data(), &ActionDialog::actionRecorded);
        QTest::mouseClick(button(dialog, u"okButton"_s), Qt::LeftButton);

        QLabel *failure = label(dialog, u"failureLabel"_s);
        QTRY_VERIFY(failure->isVisible());
        QVERIFY2(failure->text().contains(u"There is no scheduled cancellation to undo"_s),
                 qPrintable(failure->text()));
        QVERIFY(failure->text().contains(u"409"_s));
        const ActionRecord record = onlyRecord(recorded);
        QCOMPARE(record.outcome, ActionOutcome::Failed);
        QVERIFY(failure->text().contains(record.requestId));
        QVERIFY(dialog->isVisible());
        QVERIFY(button(dialog, u"okButton"_s)->isEnabled());
        QCOMPARE(changed.size(), 0);
        delete dialog;
    }

    void resumeDoubleClickSendsOnce()
    {
        const Instance instance = demo(u"ACTIVE"_s, true);
        QPointer<ResumeSubscriptionDialog> dialog = openDialog<ResumeSubscriptionDialog>(instance);
        QSignalSpy recorded(dialog.data(), &ActionDialog::actionRecorded);
        hammerOk(dialog);
        QTRY_VERIFY(label(dialog, u"resultLabel"_s)->isVisible());
        QTRY_COMPARE(m_sandbox->client->callsInFlight(), 0);
        QCOMPARE(recorded.size(), 1);
        delete dialog;
    }

    // Grabs for people to look at (saved only when VZAPS_SHOT_DIR is set).
    void shots()
    {
        const Instance active = demo(u"ACTIVE"_s, false);
        QPointer<CancelSubscriptionDialog> cancel = openDialog<CancelSubscriptionDialog>(active);
        QVERIFY(saveShot(cancel, u"shot-confirm-cancel-empty.png"_s));
        typeAndSubmit(cancel, active.name);
        QTRY_VERIFY(label(cancel, u"resultLabel"_s)->isVisible());
        QVERIFY(saveShot(cancel, u"shot-confirm-cancel-scheduled.png"_s));
        delete cancel;

        const Instance trial = demo(u"TRIALING"_s, false);
        cancel = openDialog<CancelSubscriptionDialog>(trial);
        typeAndSubmit(cancel, trial.name);
        QTRY_VERIFY(label(cancel, u"resultLabel"_s)->isVisible());
        QVERIFY(saveShot(cancel, u"shot-confirm-cancel-immediate.png"_s));
        delete cancel;

        const Instance pending = demo(u"ACTIVE"_s, true);
        QPointer<ResumeSubscriptionDialog> resume = openDialog<ResumeSubscriptionDialog>(pending);
        QVERIFY(saveShot(resume, u"shot-confirm-resume-ask.png"_s));
        QTest::mouseClick(button(resume, u"okButton"_s), Qt::LeftButton);
        QTRY_VERIFY(label(resume, u"resultLabel"_s)->isVisible());
        QVERIFY(saveShot(resume, u"shot-confirm-resume-done.png"_s));
        delete resume;

        resume = openDialog<ResumeSubscriptionDialog>(trial); // now CANCELED: nothing to resume
        QTest::mouseClick(button(resume, u"okButton"_s), Qt::LeftButton);
        QTRY_VERIFY(label(resume, u"failureLabel"_s)->isVisible());
        QVERIFY(saveShot(resume, u"shot-confirm-resume-conflict.png"_s));
        delete resume;
    }
};

} // namespace vzaps::ui

QTEST_MAIN(vzaps::ui::TestBillingDialogs)
#include "tst_billingdialogs.moc"
