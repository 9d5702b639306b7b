// The edit instance dialog against a real in-process sandbox: prefilled from the
// instance, "no changes" keeps OK disabled, only the changed fields are sent, failures
// keep what was typed, and no double submit.
#include "core/types/Validation.h"
#include "tests/support/SandboxFixture.h"
#include "tests/ui/FormTestSupport.h"
#include "ui/forms/EditInstanceDialog.h"

#include <QJsonObject>
#include <QLineEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vzaps::test;

namespace vzaps::ui {

class TestEditInstanceDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    Instance m_instance; // has a webhook and three events

    EditInstanceDialog *openDialog()
    {
        return openNew<EditInstanceDialog>(*m_sandbox->client, m_instance);
    }

    // Sets the instance's fields on the server behind the dialog's back.
    bool changeOnServer(const InstanceChanges &changes)
    {
        std::optional<Result<Instance>> reply;
        QObject context;
        InstancesApi(*m_sandbox->client)
            .update(m_instance.id, changes, {}, &context,
                    [&reply](const Result<Instance> &result) { reply = result; });
        return QTest::qWaitFor([&reply] { return reply.has_value(); }, 10000) && reply->ok();
    }

    static QLineEdit *nameEdit(QWidget *dialog) { return child<QLineEdit>(dialog, u"nameEdit"_s); }
    static QLineEdit *webhookEdit(QWidget *dialog)
    {
        return child<QLineEdit>(dialog, u"webhookEdit"_s);
    }
    static QPushButton *okButton(QWidget *dialog) { return button(dialog, u"okButton"_s); }

    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY(m_sandbox->started);
        const std::optional<Instance> bakery = m_sandbox->firstWith([](const Instance &instance) {
            return instance.name == u"Padaria Pão Quente — Pedidos"_s;
        });
        QVERIFY(bakery);
        m_instance = *bakery;
        QVERIFY(!m_instance.webhook.isEmpty());
    }

    void cleanup() { m_sandbox.reset(); }

    void isPrefilledAndHasNothingToSave()
    {
        QPointer<EditInstanceDialog> dialog = openDialog();
        QCOMPARE(dialog->objectName(), u"editInstanceDialog"_s);
        QCOMPARE(nameEdit(dialog)->text(), m_instance.name);
        QCOMPARE(webhookEdit(dialog)->text(), m_instance.webhook);
        for (const QString &event : validation::eventNames())
            QCOMPARE(eventCheck(dialog, event)->isChecked(),
                     m_instance.eventsSubscribe.contains(event));
        QCOMPARE(child<QCheckBox>(dialog, u"rejectCallsCheck"_s)->isChecked(),
                 m_instance.rejectCalls);
        QCOMPARE(child<QCheckBox>(dialog, u"autoReadCheck"_s)->isChecked(),
                 m_instance.autoReadMessages);
        QVERIFY(label(dialog, u"instanceLabel"_s)->text().contains(m_instance.id));

        QVERIFY(!okButton(dialog)->isEnabled());
        QCOMPARE(label(dialog, u"problemLabel"_s)->text(), u"No changes to save."_s);
        QVERIFY(dialog->changes().isEmpty());
        QVERIFY(saveShot(dialog, u"shot-edit-prefilled.png"_s));
        delete dialog;
    }

    void changingBackMeansNoChanges()
    {
        QPointer<EditInstanceDialog> dialog = openDialog();
        QTest::keyClicks(nameEdit(dialog), u" 2"_s);
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(!label(dialog, u"problemLabel"_s)->isVisible());
        QTest::keyClick(nameEdit(dialog), Qt::Key_Backspace);
        QTest::keyClick(nameEdit(dialog), Qt::Key_Backspace);
        QVERIFY(!okButton(dialog)->isEnabled());
        QCOMPARE(label(dialog, u"problemLabel"_s)->text(), u"No changes to save."_s);

        toggle(eventCheck(dialog, u"Presence"_s));
        QVERIFY(okButton(dialog)->isEnabled());
        toggle(eventCheck(dialog, u"Presence"_s));
        QVERIFY(!okButton(dialog)->isEnabled());
        delete dialog;
    }

    void invalidChangeDisablesOkWithTheReason()
    {
        QPointer<EditInstanceDialog> dialog = openDialog();
        retype(nameEdit(dialog), u"ab"_s);
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(label(dialog, u"problemLabel"_s)->text().contains(u"at least 3"_s));
        retype(nameEdit(dialog), u"Padaria"_s);
        QVERIFY(okButton(dialog)->isEnabled());
        retype(webhookEdit(dialog), u"javascript:alert(1)"_s);
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(label(dialog, u"problemLabel"_s)->text().contains(u"http:// or https://"_s));
        QVERIFY(saveShot(dialog, u"shot-edit-invalid.png"_s));
        delete dialog;
    }

    void labelsAreEditedAsTypedAndSaved()
    {
        QPointer<EditInstanceDialog> dialog = openDialog();
        auto *labels = dialog->findChild<QLineEdit *>(u"labelsEdit"_s);
        QVERIFY(labels);
        retype(labels, u"team"_s);
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(label(dialog, u"problemLabel"_s)->text().startsWith(u"Write each label"_s));
        retype(labels, u"team=suporte, cidade=Recife"_s);
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(dialog->changes().labels);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull());
        const Result<Instance> fetched = m_sandbox->fetch(m_instance.id);
        QVERIFY(fetched.ok());
        QCOMPARE(fetched.value().labels,
                 (QJsonObject{{u"team"_s, u"suporte"_s}, {u"cidade"_s, u"Recife"_s}}));

        // Opened again, the labels are there to edit, and emptying the line removes them.
        dialog = openNew<EditInstanceDialog>(*m_sandbox->client, fetched.value());
        labels = dialog->findChild<QLineEdit *>(u"labelsEdit"_s);
        QCOMPARE(labels->text(), u"cidade=Recife, team=suporte"_s);
        labels->clear();
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull());
        QVERIFY(m_sandbox->fetch(m_instance.id).value().labels.isEmpty());
    }

    void sendsOnlyTheChangedFields()
    {
        QPointer<EditInstanceDialog> dialog = openDialog();
        QSignalSpy changed(dialog.data(), &ActionDialog::instanceChanged);
        QSignalSpy recorded(dialog.data(), &ActionDialog::actionRecorded);
        retype(nameEdit(dialog), u"Padaria Pao Quente"_s);
        const InstanceChanges changes = dialog->changes();
        QVERIFY(changes.name);
        QVERIFY(!changes.webhook && !changes.eventsSubscribe && !changes.rejectCalls &&
                !changes.autoReadMessages && !changes.labels);

        // Someone else changes other fields meanwhile: the edit must not undo that.
        InstanceChanges elsewhere;
        elsewhere.rejectCalls = !m_instance.rejectCalls;
        elsewhere.webhook = u"https://elsewhere.example.com/hook"_s;
        QVERIFY(changeOnServer(elsewhere));

        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull()); // closed on success
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toString(), m_instance.id);
        QCOMPARE(recorded.size(), 1);
        const auto record = recorded.first().first().value<ActionRecord>();
        QCOMPARE(record.action, u"Edit"_s);
        QCOMPARE(record.outcome, ActionOutcome::Succeeded);
        QCOMPARE(record.instanceName, u"Padaria Pao Quente"_s);
        // The log keeps what the name was and what it became, and nothing else.
        QCOMPARE(record.message,
                 u"Changed name: “%1” → “Padaria Pao Quente”."_s.arg(m_instance.name));

        const Result<Instance> fetched = m_sandbox->fetch(m_instance.id);
        QVERIFY(fetched.ok());
        const Instance &stored = fetched.value();
        QCOMPARE(stored.name, u"Padaria Pao Quente"_s);
        QCOMPARE(stored.rejectCalls, !m_instance.rejectCalls);
        QCOMPARE(stored.webhook, u"https://elsewhere.example.com/hook"_s);
        QCOMPARE(stored.eventsSubscribe, m_instance.eventsSubscribe);
        QCOMPARE(stored.autoReadMessages, m_instance.autoReadMessages);
    }

    void clearsTheWebhookAndSwitchesToAllEvents()
    {
        QPointer<EditInstanceDialog> dialog = openDialog();
        webhookEdit(dialog)->selectAll();
        QTest::keyClick(webhookEdit(dialog), Qt::Key_Backspace);
        toggle(eventCheck(dialog, u"All"_s));
        toggle(child<QCheckBox>(dialog, u"autoReadCheck"_s));
        QVERIFY(saveShot(dialog, u"shot-edit-all.png"_s));
        const InstanceChanges changes = dialog->changes();
        QVERIFY(!changes.name && !changes.rejectCalls);
        QVERIFY(changes.webhook && changes.webhook->isEmpty());

        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull());
        const Result<Instance> fetched = m_sandbox->fetch(m_instance.id);
        QVERIFY(fetched.ok());
        const Instance &stored = fetched.value();
        QCOMPARE(stored.name, m_instance.name);
        QVERIFY(stored.webhook.isEmpty());
        QCOMPARE(stored.eventsSubscribe, QStringList{u"All"_s});
        QCOMPARE(stored.autoReadMessages, !m_instance.autoReadMessages);
        QCOMPARE(stored.rejectCalls, m_instance.rejectCalls);
    }

    void failureKeepsTheInput_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("500") << 500 << u"Instance store unavailable"_s;
        QTest::newRow("409") << 409 << u"The instance is being restarted"_s;
        QTest::newRow("429") << 429 << u"Slow down please"_s;
    }

    void failureKeepsTheInput()
    {
        QFETCH(int, status);
        QFETCH(QString, message);
        QVERIFY(
            m_sandbox->failNext(status, message, u"/instances/"_s + m_instance.id, 3, u"PATCH"_s));
        QPointer<EditInstanceDialog> dialog = openDialog();
        QSignalSpy changed(dialog.data(), &ActionDialog::instanceChanged);
        QSignalSpy recorded(dialog.data(), &ActionDialog::actionRecorded);
        retype(nameEdit(dialog), u"Padaria Nova"_s);
        retype(webhookEdit(dialog), u"https://hooks.example.com/nova"_s);
        toggle(eventCheck(dialog, u"Presence"_s));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);

        QLabel *failure = label(dialog, u"failureLabel"_s);
        QTRY_VERIFY(failure->isVisible());
        QVERIFY2(failure->text().contains(message), qPrintable(failure->text()));
        QVERIFY2(failure->text().contains(QString::number(status)), qPrintable(failure->text()));
        QCOMPARE(recorded.size(), 1);
        const auto record = recorded.first().first().value<ActionRecord>();
        QCOMPARE(record.outcome, ActionOutcome::Failed);
        QCOMPARE(record.httpStatus, status);
        QCOMPARE(record.instanceId, m_instance.id);
        QVERIFY(failure->text().contains(record.requestId));
        QCOMPARE(changed.size(), 0);

        QVERIFY(dialog->isVisible());
        QCOMPARE(nameEdit(dialog)->text(), u"Padaria Nova"_s);
        QCOMPARE(webhookEdit(dialog)->text(), u"https://hooks.example.com/nova"_s);
        QVERIFY(eventCheck(dialog, u"Presence"_s)->isChecked());
        QVERIFY(eventCheck(dialog, u"Message"_s)->isChecked());
        QVERIFY(nameEdit(dialog)->isEnabled());
        QVERIFY(okButton(dialog)->isEnabled());
        const Result<Instance> unchanged = m_sandbox->fetch(m_instance.id);
        QVERIFY(unchanged.ok());
        QCOMPARE(unchanged.value().name, m_instance.name);
        if (status == 409)
            QVERIFY(saveShot(dialog, u"shot-edit-failure.png"_s));

        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull());
        QCOMPARE(changed.size(), 1);
        const Result<Instance> fetched = m_sandbox->fetch(m_instance.id);
        QVERIFY(fetched.ok());
        const Instance &stored = fetched.value();
        QCOMPARE(stored.name, u"Padaria Nova"_s);
        QVERIFY(stored.eventsSubscribe.contains(u"Presence"_s));
    }

    void doubleClickSavesOnce()
    {
        QPointer<EditInstanceDialog> dialog = openDialog();
        QSignalSpy recorded(dialog.data(), &ActionDialog::actionRecorded);
        toggle(child<QCheckBox>(dialog, u"rejectCallsCheck"_s));
        // The reply takes a while, so the extra clicks land while the dialog is busy.
        QVERIFY(m_sandbox->setLatency(300));
        // Enter too: with the fields and OK disabled the focus sits on Cancel, and Enter
        // must not cancel the save.
        hammerOk(dialog);
        QTRY_VERIFY(dialog.isNull());
        QTRY_COMPARE(m_sandbox->client->callsInFlight(), 0);
        QCOMPARE(recorded.size(), 1);
    }
};

} // namespace vzaps::ui

QTEST_MAIN(vzaps::ui::TestEditInstanceDialog)
#include "tst_editinstancedialog.moc"
