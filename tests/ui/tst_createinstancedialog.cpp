// The create instance dialog against a real in-process sandbox: inline validation,
// the All-excludes-others events picker, a create end to end with the token shown once
// and copied, failures that keep what was typed, and no double submit.
// The token is a secret: it is compared with QVERIFY so a failure never prints it.
#include "core/types/Validation.h"
#include "tests/support/AccessibilityAudit.h"
#include "tests/support/SandboxFixture.h"
#include "tests/ui/FormTestSupport.h"
#include "ui/forms/CreateInstanceDialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vzaps::test;

namespace vzaps::ui {

class TestCreateInstanceDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;

    CreateInstanceDialog *openDialog() { return openNew<CreateInstanceDialog>(*m_sandbox->client); }

    static void fill(QWidget *dialog, const QString &name, const QString &webhook)
    {
        auto *nameEdit = child<QLineEdit>(dialog, u"nameEdit"_s);
        auto *webhookEdit = child<QLineEdit>(dialog, u"webhookEdit"_s);
        nameEdit->clear();
        webhookEdit->clear();
        QTest::keyClicks(nameEdit, name);
        QTest::keyClicks(webhookEdit, webhook);
    }

    static QPushButton *okButton(QWidget *dialog) { return button(dialog, u"okButton"_s); }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY(m_sandbox->started);
    }

    void cleanup() { m_sandbox.reset(); }

    void opensWithOkDisabledAndTheReason()
    {
        QPointer<CreateInstanceDialog> dialog = openDialog();
        QCOMPARE(dialog->objectName(), u"createInstanceDialog"_s);
        QVERIFY(!okButton(dialog)->isEnabled());
        QCOMPARE(okButton(dialog)->text(), u"&Create"_s);
        QVERIFY(label(dialog, u"problemLabel"_s)->isVisible());
        QVERIFY(label(dialog, u"problemLabel"_s)->text().contains(u"at least 3 characters"_s));
        // Every control a test or a screen reader looks for has a name.
        for (const QString &name : {u"nameEdit"_s, u"webhookEdit"_s, u"eventsPicker"_s,
                                    u"rejectCallsCheck"_s, u"autoReadCheck"_s}) {
            QWidget *widget = child(dialog, name);
            QVERIFY2(widget, qPrintable(name));
            QVERIFY2(!vzaps::testing::spokenName(widget).isEmpty(), qPrintable(name));
        }
        delete dialog;
    }

    void invalidInputDisablesOkWithTheReason_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("webhook");
        QTest::addColumn<QString>("reason"); // empty: valid, OK enabled

        QTest::newRow("two characters") << u"ab"_s << QString() << u"at least 3"_s;
        QTest::newRow("blanks only count as nothing")
            << u"   ab   "_s << QString() << u"at least 3"_s;
        QTest::newRow("256 characters") << QString(256, u'n') << QString() << u"at most 255"_s;
        QTest::newRow("ftp webhook")
            << u"Support"_s << u"ftp://example.com/hook"_s << u"http:// or https://"_s;
        QTest::newRow("javascript webhook")
            << u"Support"_s << u"javascript:alert(1)"_s << u"http:// or https://"_s;
        QTest::newRow("webhook without a host")
            << u"Support"_s << u"https:///hook"_s << u"with a host"_s;
        QTest::newRow("webhook without a scheme")
            << u"Support"_s << u"example.com/hook"_s << u"http:// or https://"_s;
        QTest::newRow("three characters") << u"abc"_s << QString() << QString();
        QTest::newRow("255 characters") << QString(255, u'n') << QString() << QString();
        QTest::newRow("http webhook")
            << u"Support"_s << u"http://10.0.0.12:8080/vzaps"_s << QString();
        QTest::newRow("https webhook")
            << u"Support"_s << u"https://example.com/hook"_s << QString();
    }

    void invalidInputDisablesOkWithTheReason()
    {
        QFETCH(QString, name);
        QFETCH(QString, webhook);
        QFETCH(QString, reason);
        QPointer<CreateInstanceDialog> dialog = openDialog();
        fill(dialog, name, webhook);
        QLabel *problem = label(dialog, u"problemLabel"_s);
        if (reason.isEmpty()) {
            QVERIFY(okButton(dialog)->isEnabled());
            QVERIFY(!problem->isVisible());
        } else {
            QVERIFY(!okButton(dialog)->isEnabled());
            QVERIFY(problem->isVisible());
            QVERIFY2(problem->text().contains(reason), qPrintable(problem->text()));
        }
        delete dialog;
    }

    void allExcludesTheOtherEvents()
    {
        QPointer<CreateInstanceDialog> dialog = openDialog();
        toggle(eventCheck(dialog, u"Message"_s));
        toggle(eventCheck(dialog, u"Connected"_s));
        QVERIFY(eventCheck(dialog, u"Message"_s)->isChecked());

        toggle(eventCheck(dialog, u"All"_s));
        QVERIFY(eventCheck(dialog, u"All"_s)->isChecked());
        for (const QString &event : validation::eventNames()) {
            if (event == "All"_L1)
                continue;
            QVERIFY2(!eventCheck(dialog, event)->isChecked(), qPrintable(event));
            QVERIFY2(!eventCheck(dialog, event)->isEnabled(), qPrintable(event));
        }

        // Unchecking All brings back the choice it replaced.
        toggle(eventCheck(dialog, u"All"_s));
        QVERIFY(eventCheck(dialog, u"Message"_s)->isChecked());
        QVERIFY(eventCheck(dialog, u"Connected"_s)->isChecked());
        QVERIFY(!eventCheck(dialog, u"Presence"_s)->isChecked());
        QVERIFY(eventCheck(dialog, u"Presence"_s)->isEnabled());
        delete dialog;
    }

    void createsTheInstanceAndShowsItsTokenOnce()
    {
        const qint64 before = m_sandbox->instanceCount();
        QPointer<CreateInstanceDialog> dialog = openDialog();
        QSignalSpy created(dialog.data(), &CreateInstanceDialog::instanceCreated);
        QSignalSpy changed(dialog.data(), &ActionDialog::instanceChanged);
        QSignalSpy recorded(dialog.data(), &ActionDialog::actionRecorded);
        fill(dialog, u"Support desk"_s, u"https://example.com/hook"_s);
        toggle(eventCheck(dialog, u"Message"_s));
        toggle(eventCheck(dialog, u"Disconnected"_s));
        toggle(child<QCheckBox>(dialog, u"rejectCallsCheck"_s));

        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QVERIFY(dialog->isBusy());
        QTRY_VERIFY(label(dialog, u"resultLabel"_s)->isVisible());
        QVERIFY(label(dialog, u"resultLabel"_s)->text().contains(u"Support desk"_s));
        QVERIFY(!okButton(dialog)->isVisible());

        QCOMPARE(created.size(), 1);
        const auto instance = created.first().first().value<Instance>();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toString(), instance.id);
        QCOMPARE(m_sandbox->instanceCount(), before + 1);
        const Result<Instance> fetched = m_sandbox->fetch(instance.id);
        QVERIFY(fetched.ok());
        const Instance &stored = fetched.value();
        QCOMPARE(stored.name, u"Support desk"_s);
        QCOMPARE(stored.webhook, u"https://example.com/hook"_s);
        QCOMPARE(stored.eventsSubscribe, (QStringList{u"Disconnected"_s, u"Message"_s}));
        QVERIFY(stored.rejectCalls);
        QVERIFY(!stored.autoReadMessages);

        auto *tokenField = child<QLineEdit>(dialog, u"newTokenField"_s);
        QVERIFY(tokenField->isVisible());
        QVERIFY(tokenField->isReadOnly());
        QVERIFY(!stored.token.isEmpty());
        QVERIFY(tokenField->text() == stored.token);
        // The detail panel can show the token again: the note says where, and promises no
        // "now or never".
        const QString note = child<QLabel>(dialog, u"newTokenNote"_s)->text();
        QVERIFY2(note.contains(u"later in the instance's details"_s), qPrintable(note));
        QVERIFY(!note.contains(u"not show it again"_s));
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(child(dialog, u"copyTokenButton"_s), Qt::LeftButton);
        QVERIFY(QGuiApplication::clipboard()->text() == stored.token);
        QGuiApplication::clipboard()->clear();

        QCOMPARE(recorded.size(), 1);
        const auto record = recorded.first().first().value<ActionRecord>();
        QCOMPARE(record.action, u"Create"_s);
        QCOMPARE(record.outcome, ActionOutcome::Succeeded);
        QCOMPARE(record.instanceId, instance.id);
        QVERIFY(!record.message.contains(stored.token));
        QVERIFY(!record.requestId.isEmpty());
        QVERIFY(saveShot(dialog, u"shot-create-result.png"_s));
        delete dialog;
    }

    void failureKeepsTheInputAndShowsTheServersWords_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<QString>("message");
        QTest::newRow("500") << 500 << 0 << u"Instance store unavailable"_s;
        QTest::newRow("409") << 409 << 0 << u"An instance with this name is being created"_s;
        QTest::newRow("429") << 429 << 7 << u"Slow down please"_s;
    }

    void failureKeepsTheInputAndShowsTheServersWords()
    {
        QFETCH(int, status);
        QFETCH(int, retryAfter);
        QFETCH(QString, message);
        QVERIFY(m_sandbox->failNext(status, message, u"/instances/create"_s,
                                    retryAfter > 0 ? retryAfter : -1, u"PUT"_s));
        const qint64 before = m_sandbox->instanceCount();

        QPointer<CreateInstanceDialog> dialog = openDialog();
        QSignalSpy created(dialog.data(), &CreateInstanceDialog::instanceCreated);
        QSignalSpy recorded(dialog.data(), &ActionDialog::actionRecorded);
        fill(dialog, u"Vendas Sul"_s, u"https://hooks.example.com/sul"_s);
        toggle(eventCheck(dialog, u"All"_s));
        toggle(child<QCheckBox>(dialog, u"autoReadCheck"_s));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);

        QLabel *failure = label(dialog, u"failureLabel"_s);
        QTRY_VERIFY(failure->isVisible());
        QVERIFY2(failure->text().contains(message), qPrintable(failure->text()));
        QVERIFY2(failure->text().contains(QString::number(status)), qPrintable(failure->text()));
        if (retryAfter > 0)
            QVERIFY2(failure->text().contains(u"Try again in 7 s"_s), qPrintable(failure->text()));
        QCOMPARE(recorded.size(), 1);
        const auto record = recorded.first().first().value<ActionRecord>();
        QCOMPARE(record.outcome, ActionOutcome::Failed);
        QCOMPARE(record.httpStatus, status);
        QCOMPARE(record.instanceName, u"Vendas Sul"_s);
        QVERIFY(!record.requestId.isEmpty());
        QVERIFY(failure->text().contains(record.requestId));

        // Everything typed is still there and may be sent again.
        QCOMPARE(child<QLineEdit>(dialog, u"nameEdit"_s)->text(), u"Vendas Sul"_s);
        QCOMPARE(child<QLineEdit>(dialog, u"webhookEdit"_s)->text(),
                 u"https://hooks.example.com/sul"_s);
        QVERIFY(eventCheck(dialog, u"All"_s)->isChecked());
        QVERIFY(child<QCheckBox>(dialog, u"autoReadCheck"_s)->isChecked());
        QVERIFY(child(dialog, u"nameEdit"_s)->isEnabled());
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(dialog->isVisible());
        QCOMPARE(created.size(), 0);
        QCOMPARE(m_sandbox->instanceCount(), before);
        if (status == 429)
            QVERIFY(saveShot(dialog, u"shot-create-failure.png"_s));

        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_COMPARE(created.size(), 1);
        QVERIFY(!failure->isVisible());
        const auto instance = created.first().first().value<Instance>();
        QCOMPARE(instance.name, u"Vendas Sul"_s);
        QCOMPARE(instance.eventsSubscribe, QStringList{u"All"_s});
        QVERIFY(instance.autoReadMessages);
        delete dialog;
    }

    void doubleClickCreatesOneInstance()
    {
        const qint64 before = m_sandbox->instanceCount();
        QPointer<CreateInstanceDialog> dialog = openDialog();
        QSignalSpy recorded(dialog.data(), &ActionDialog::actionRecorded);
        fill(dialog, u"Only once"_s, QString());
        hammerOk(dialog);
        QTRY_VERIFY(label(dialog, u"resultLabel"_s)->isVisible());
        QTRY_COMPARE(m_sandbox->client->callsInFlight(), 0);
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(m_sandbox->instanceCount(), before + 1);
        delete dialog;
    }

    void closingWhileBusyCancelsTheRequest()
    {
        QVERIFY(m_sandbox->setLatency(2000));
        QPointer<CreateInstanceDialog> dialog = openDialog();
        QSignalSpy recorded(dialog.data(), &ActionDialog::actionRecorded);
        QSignalSpy created(dialog.data(), &CreateInstanceDialog::instanceCreated);
        fill(dialog, u"Closed early"_s, QString());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QVERIFY(child<QWidget>(dialog, u"busyProgress"_s)->isVisible());
        QVERIFY(!child(dialog, u"nameEdit"_s)->isEnabled());
        QTRY_COMPARE(m_sandbox->client->callsInFlight(), 1);
        QVERIFY(saveShot(dialog, u"shot-create-busy.png"_s));

        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(dialog.isNull());
        QTRY_COMPARE(m_sandbox->client->callsInFlight(), 0);
        QCOMPARE(recorded.size(), 0);
        QCOMPARE(created.size(), 0);
    }

    void shots()
    {
        QPointer<CreateInstanceDialog> dialog = openDialog();
        QVERIFY(saveShot(dialog, u"shot-create-empty.png"_s));
        fill(dialog, u"Support desk"_s, u"ftp://example.com"_s);
        toggle(eventCheck(dialog, u"Message"_s));
        QVERIFY(saveShot(dialog, u"shot-create-invalid.png"_s));
        toggle(eventCheck(dialog, u"All"_s));
        QVERIFY(saveShot(dialog, u"shot-create-all.png"_s));
        delete dialog;
    }
};

} // namespace vzaps::ui

QTEST_MAIN(vzaps::ui::TestCreateInstanceDialog)
#include "tst_createinstancedialog.moc"
