// The restart dialog against a real in-process sandbox, and through it the frame every
// action dialog shares: progress while the request runs, no double submit, a failure
// that keeps the dialog open with the server's words, cancel on close.
#include "tests/support/SandboxFixture.h"
#include "tests/ui/ActionTestSupport.h"
#include "ui/confirm/RestartDialog.h"

#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vzaps::test;

namespace vzaps::ui {

class TestRestartDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    Instance m_instance;

    RestartDialog *openDialog() { return openNew<RestartDialog>(*m_sandbox->client, m_instance); }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY(m_sandbox->started);
        const QList<Instance> instances = m_sandbox->instances();
        QVERIFY(!instances.isEmpty());
        m_instance = instances.first();
    }

    void cleanup() { m_sandbox.reset(); }

    void restartShowsTheReturnedStatusAndIsRecorded()
    {
        QPointer<RestartDialog> dialog = openDialog();
        QSignalSpy recorded(dialog.data(), &ActionDialog::actionRecorded);
        QSignalSpy changed(dialog.data(), &ActionDialog::instanceChanged);
        QVERIFY(label(dialog, u"questionLabel"_s)->text().contains(m_instance.name));

        QTest::mouseClick(button(dialog, u"okButton"_s), Qt::LeftButton);
        QVERIFY(dialog->isBusy());
        QVERIFY(!button(dialog, u"okButton"_s)->isEnabled());
        QVERIFY(dialog->findChild<QProgressBar *>(u"busyProgress"_s)->isVisible());

        QTRY_VERIFY(label(dialog, u"resultLabel"_s)->isVisible());
        // The server's details already say it is restarting, so the status is not repeated.
        const QString result = label(dialog, u"resultLabel"_s)->text();
        QVERIFY2(result.contains(u"restarting"_s, Qt::CaseInsensitive), qPrintable(result));
        QCOMPARE(result.count(u"restarting"_s, Qt::CaseInsensitive), 1);
        QVERIFY(!button(dialog, u"okButton"_s)->isVisible());
        QCOMPARE(button(dialog, u"cancelButton"_s)->text(), u"Close"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toString(), m_instance.id);

        QCOMPARE(recorded.size(), 1);
        const auto record = recorded.first().first().value<ActionRecord>();
        QCOMPARE(record.outcome, ActionOutcome::Succeeded);
        QCOMPARE(record.instanceId, m_instance.id);
        QCOMPARE(record.instanceName, m_instance.name);
        QCOMPARE(record.action, u"Restart"_s);
        QCOMPARE(record.httpStatus, 200);
        QVERIFY(!record.requestId.isEmpty());
        delete dialog;
    }

    void theQuestionPromisesAReconnectOnlyToAConnectedInstance()
    {
        const QList<Instance> instances = m_sandbox->instances();
        const auto connected =
            std::find_if(instances.cbegin(), instances.cend(),
                         [](const auto &i) { return i.connected.value_or(false); });
        const auto disconnected =
            std::find_if(instances.cbegin(), instances.cend(),
                         [](const auto &i) { return !i.connected.value_or(false); });
        QVERIFY(connected != instances.cend() && disconnected != instances.cend());
        RestartDialog toConnected(*m_sandbox->client, *connected);
        QVERIFY(
            label(&toConnected, u"questionLabel"_s)->text().contains(u"comes back by itself"_s));
        RestartDialog toDisconnected(*m_sandbox->client, *disconnected);
        const QString question = label(&toDisconnected, u"questionLabel"_s)->text();
        QVERIFY2(!question.contains(u"comes back"_s), qPrintable(question));
        QVERIFY(question.contains(u"not connected"_s));
    }

    void doubleClickSendsOnce()
    {
        QPointer<RestartDialog> dialog = openDialog();
        QSignalSpy recorded(dialog.data(), &ActionDialog::actionRecorded);
        hammerOk(dialog);
        QTRY_VERIFY(label(dialog, u"resultLabel"_s)->isVisible());
        QTRY_COMPARE(m_sandbox->client->callsInFlight(), 0);
        QCOMPARE(recorded.size(), 1);
        delete dialog;
    }

    void serverErrorIsShownAndTheDialogStaysForAnotherTry()
    {
        QVERIFY(m_sandbox->failNext(500, u"Restart queue unavailable"_s));
        QPointer<RestartDialog> dialog = openDialog();
        QSignalSpy recorded(dialog.data(), &ActionDialog::actionRecorded);
        QTest::mouseClick(button(dialog, u"okButton"_s), Qt::LeftButton);

        QLabel *failure = label(dialog, u"failureLabel"_s);
        QTRY_VERIFY(failure->isVisible());
        QVERIFY2(failure->text().contains(u"Restart queue unavailable"_s),
                 qPrintable(failure->text()));
        QVERIFY(failure->text().contains(u"500"_s));
        QVERIFY(dialog->isVisible());
        QVERIFY(button(dialog, u"okButton"_s)->isEnabled());
        QCOMPARE(recorded.size(), 1);
        const auto failed = recorded.first().first().value<ActionRecord>();
        QCOMPARE(failed.outcome, ActionOutcome::Failed);
        QCOMPARE(failed.httpStatus, 500);
        QVERIFY(!failed.requestId.isEmpty());
        QVERIFY(failure->text().contains(failed.requestId));

        // The fault was for one request: trying again works and clears the failure.
        QTest::mouseClick(button(dialog, u"okButton"_s), Qt::LeftButton);
        QTRY_VERIFY(label(dialog, u"resultLabel"_s)->isVisible());
        QVERIFY(!failure->isVisible());
        QCOMPARE(recorded.size(), 2);
        delete dialog;
    }

    void closingWhileBusyCancelsTheRequest()
    {
        QVERIFY(m_sandbox->setLatency(2000));
        QPointer<RestartDialog> dialog = openDialog();
        QSignalSpy recorded(dialog.data(), &ActionDialog::actionRecorded);
        QTest::mouseClick(button(dialog, u"okButton"_s), Qt::LeftButton);
        QTRY_COMPARE(m_sandbox->client->callsInFlight(), 1);

        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(dialog.isNull()); // closed and deleted
        QTRY_COMPARE(m_sandbox->client->callsInFlight(), 0);
        QCOMPARE(recorded.size(), 0);
    }
};

} // namespace vzaps::ui

QTEST_MAIN(vzaps::ui::TestRestartDialog)
#include "tst_restartdialog.moc"
