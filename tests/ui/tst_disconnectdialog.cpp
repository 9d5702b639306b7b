// The disconnect-session dialog against a real in-process sandbox: one confirmation,
// the server's answer shown, the session gone afterwards, failures keep the dialog,
// no double submit.
#include "tests/ui/ConfirmTestSupport.h"
#include "ui/confirm/DisconnectSessionDialog.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vzaps::test;

namespace vzaps::ui {

class TestDisconnectDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    Instance m_instance; // paired in init()

    DisconnectSessionDialog *openDialog()
    {
        return openNew<DisconnectSessionDialog>(*m_sandbox->client, m_instance);
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY(m_sandbox->started);
        const std::optional<Instance> idle = m_sandbox->firstWith(
            [](const Instance &instance) { return instance.connected == false; });
        QVERIFY(idle);
        const QString path = u"/_sandbox/instances/%1/pair"_s.arg(idle->id);
        QVERIFY(m_sandbox
                    ->control("POST", path,
                              {{u"phone"_s, u"5511999990000"_s}, {u"push_name"_s, u"Balcão"_s}})
                    .ok());
        const Result<Instance> paired = m_sandbox->fetch(idle->id);
        QVERIFY(paired.ok());
        QCOMPARE(paired.value().connected, std::optional<bool>(true));
        m_instance = paired.value();
    }

    void cleanup() { m_sandbox.reset(); }

    void disconnectEndsTheSessionAndShowsTheAnswer()
    {
        QPointer<DisconnectSessionDialog> dialog = openDialog();
        QSignalSpy changed(dialog.data(), &ActionDialog::instanceChanged);
        QSignalSpy recorded(dialog.data(), &ActionDialog::actionRecorded);
        QLabel *question = label(dialog, u"questionLabel"_s);
        QVERIFY(question->text().contains(m_instance.name));
        QVERIFY2(question->text().contains(u"Balcão"_s), qPrintable(question->text()));
        QPushButton *ok = button(dialog, u"okButton"_s);
        QCOMPARE(ok->text(), u"&Disconnect"_s);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog->isBusy());

        QLabel *result = label(dialog, u"resultLabel"_s);
        QTRY_VERIFY(result->isVisible());
        QVERIFY2(result->text().contains(u"disconnected"_s), qPrintable(result->text()));
        QVERIFY(result->text().contains(u"Session disconnected."_s));
        // Said once: the server's status repeats what its details already say.
        QCOMPARE(result->text().count(u"disconnected"_s, Qt::CaseInsensitive), 1);
        QCOMPARE(button(dialog, u"cancelButton"_s)->text(), u"Close"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toString(), m_instance.id);
        QCOMPARE(recorded.size(), 1);
        const auto record = recorded.first().first().value<ActionRecord>();
        QCOMPARE(record.outcome, ActionOutcome::Succeeded);
        QCOMPARE(record.action, u"Disconnect session"_s);
        QCOMPARE(record.httpStatus, 200);

        const Result<Instance> after = m_sandbox->fetch(m_instance.id);
        QVERIFY(after.ok());
        QCOMPARE(after.value().connected, std::optional<bool>(false));
        delete dialog;
    }

    void failureIsShownAndTheDialogStays()
    {
        QVERIFY(m_sandbox->failNext(500, u"Session store unavailable"_s));
        QPointer<DisconnectSessionDialog> dialog = openDialog();
        QSignalSpy changed(dialog.data(), &ActionDialog::instanceChanged);
        QSignalSpy recorded(dialog.data(), &ActionDialog::actionRecorded);
        QTest::mouseClick(button(dialog, u"okButton"_s), Qt::LeftButton);

        QLabel *failure = label(dialog, u"failureLabel"_s);
        QTRY_VERIFY(failure->isVisible());
        QCOMPARE(recorded.size(), 1);
        const auto record = recorded.first().first().value<ActionRecord>();
        QCOMPARE(record.outcome, ActionOutcome::Failed);
        QVERIFY2(failure->text().contains(u"Session store unavailable"_s),
                 qPrintable(failure->text()));
        QVERIFY(failure->text().contains(u"500"_s));
        QVERIFY(failure->text().contains(record.requestId));
        QVERIFY(dialog->isVisible());
        QVERIFY(button(dialog, u"okButton"_s)->isEnabled());
        QCOMPARE(changed.size(), 0);
        QCOMPARE(m_sandbox->fetch(m_instance.id).value().connected, std::optional<bool>(true));
        delete dialog;
    }

    void doubleClickSendsOnce()
    {
        QPointer<DisconnectSessionDialog> dialog = openDialog();
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
        QPointer<DisconnectSessionDialog> dialog = openDialog();
        QVERIFY(saveShot(dialog, u"shot-confirm-disconnect-ask.png"_s));
        QTest::mouseClick(button(dialog, u"okButton"_s), Qt::LeftButton);
        QTRY_VERIFY(label(dialog, u"resultLabel"_s)->isVisible());
        QVERIFY(saveShot(dialog, u"shot-confirm-disconnect-done.png"_s));
        delete dialog;
    }
};

} // namespace vzaps::ui

QTEST_MAIN(vzaps::ui::TestDisconnectDialog)
#include "tst_disconnectdialog.moc"
