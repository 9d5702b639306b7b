// The type-to-confirm widget and the delete dialog against a real in-process sandbox:
// OK stays disabled until the whole name is typed (case and accents aside), 204 removes,
// 404 counts as already deleted, failures keep the dialog and the typed name, no double
// submit.
#include "tests/ui/ConfirmTestSupport.h"
#include "ui/confirm/DeleteInstanceDialog.h"
#include "ui/confirm/TypeToConfirm.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vzaps::test;

namespace vzaps::ui {

class TestDeleteDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    Instance m_instance;

    DeleteInstanceDialog *openDialog(const Instance &instance)
    {
        return openNew<DeleteInstanceDialog>(*m_sandbox->client, instance);
    }

    static void typeName(QWidget *dialog, const QString &text)
    {
        QLineEdit *edit = confirmEdit(dialog);
        edit->clear();
        typeText(edit, text);
    }

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

    void matchingRules_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("confirmed");
        QTest::newRow("exact") << u"Loja Maré Alta"_s << u"Loja Maré Alta"_s << true;
        QTest::newRow("surrounding space")
            << u"  Loja Maré Alta \n"_s << u"Loja Maré Alta"_s << true;
        QTest::newRow("decomposed accent")
            << u"Loja Mare\u0301 Alta"_s << u"Loja Maré Alta"_s << true;
        QTest::newRow("partial") << u"Loja Maré"_s << u"Loja Maré Alta"_s << false;
        QTest::newRow("other case") << u"loja maré alta"_s << u"Loja Maré Alta"_s << true;
        QTest::newRow("no accents, no capitals")
            << u"otica visao clara"_s << u"Ótica Visão Clara"_s << true;
        QTest::newRow("accents typed on a plain name")
            << u"Ótica Visão Clara"_s << u"Otica Visao Clara"_s << true;
        QTest::newRow("cedilla") << u"acougue sao joao"_s << u"Açougue São João"_s << true;
        QTest::newRow("keyboard dash for a long dash")
            << u"padaria pao quente - pedidos"_s << u"Padaria Pão Quente — Pedidos"_s << true;
        QTest::newRow("dash left out")
            << u"padaria pao quente pedidos"_s << u"Padaria Pão Quente — Pedidos"_s << false;
        QTest::newRow("unaccented but partial")
            << u"otica visao"_s << u"Ótica Visão Clara"_s << false;
        QTest::newRow("another letter")
            << u"otica visao clare"_s << u"Ótica Visão Clara"_s << false;
        QTest::newRow("inner space") << u"Loja  Maré Alta"_s << u"Loja Maré Alta"_s << false;
        QTest::newRow("empty typed") << QString() << u"Loja"_s << false;
        QTest::newRow("empty expected") << QString() << QString() << false;
        QTest::newRow("blank expected") << u" "_s << u" "_s << false;
    }

    void matchingRules()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        QFETCH(bool, confirmed);
        QCOMPARE(TypeToConfirm::matches(typed, expected), confirmed);
    }

    void promptShowsTheExpectedTextEscaped()
    {
        TypeToConfirm widget(u"Lima & <Souza>"_s, u"Type %1 now"_s);
        QSignalSpy changed(&widget, &TypeToConfirm::changed);
        QLabel *prompt = label(&widget, u"confirmPrompt"_s);
        QCOMPARE(prompt->text(), u"Type <b>Lima &amp; &lt;Souza&gt;</b> now"_s);
        QTest::keyClicks(confirmEdit(&widget), u"Lima & <Souza>"_s);
        QVERIFY(widget.isConfirmed());
        QCOMPARE(changed.size(), 14);
    }

    void okStaysDisabledUntilTheWholeNameIsTyped()
    {
        QPointer<DeleteInstanceDialog> dialog = openDialog(m_instance);
        QPushButton *ok = button(dialog, u"okButton"_s);
        QCOMPARE(ok->text(), u"&Delete"_s);
        QVERIFY(label(dialog, u"questionLabel"_s)->text().contains(m_instance.name));
        QVERIFY(
            label(dialog, u"confirmPrompt"_s)->text().contains(m_instance.name.toHtmlEscaped()));
        const QString reason = u"Type the instance name to confirm"_s;

        QVERIFY(!ok->isEnabled());
        QCOMPARE(dialog->problem(), reason);
        QVERIFY(label(dialog, u"problemLabel"_s)->isVisible());
        QCOMPARE(label(dialog, u"problemLabel"_s)->text(), reason);

        const QStringList wrong{m_instance.name.left(m_instance.name.size() - 1),
                                m_instance.name + u"x"_s, u"something else"_s};
        for (const QString &text : wrong) {
            typeName(dialog, text);
            QVERIFY2(!ok->isEnabled(), qPrintable(text));
            QCOMPARE(dialog->problem(), reason);
        }

        typeName(dialog, m_instance.name);
        QVERIFY(ok->isEnabled());
        QVERIFY(dialog->problem().isEmpty());
        QVERIFY(!label(dialog, u"problemLabel"_s)->isVisible());
        delete dialog;
    }

    void anInstanceWithoutANameAsksForItsId()
    {
        Instance unnamed = m_instance;
        unnamed.name.clear();
        QPointer<DeleteInstanceDialog> dialog = openDialog(unnamed);
        QCOMPARE(dialog->problem(), u"Type the instance ID to confirm"_s);
        QVERIFY(label(dialog, u"confirmPrompt"_s)->text().contains(unnamed.id));
        typeName(dialog, unnamed.id);
        QVERIFY(button(dialog, u"okButton"_s)->isEnabled());
        delete dialog;
    }

    void deleteRemovesTheInstanceAndCloses()
    {
        QPointer<DeleteInstanceDialog> dialog = openDialog(m_instance);
        QSignalSpy removed(dialog.data(), &ActionDialog::instanceRemoved);
        QSignalSpy recorded(dialog.data(), &ActionDialog::actionRecorded);
        typeName(dialog, m_instance.name);
        // Enter in the confirmation field presses the default button, Delete.
        QTest::keyClick(confirmEdit(dialog), Qt::Key_Return);
        QVERIFY(dialog->isBusy());
        QVERIFY(!button(dialog, u"okButton"_s)->isEnabled());

        QTRY_VERIFY(dialog.isNull()); // closed and deleted
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().first().toString(), m_instance.id);
        QCOMPARE(recorded.size(), 1);
        const auto record = recorded.first().first().value<ActionRecord>();
        QCOMPARE(record.outcome, ActionOutcome::Succeeded);
        QCOMPARE(record.action, u"Delete"_s);
        QCOMPARE(record.instanceId, m_instance.id);
        QCOMPARE(record.httpStatus, 204);
        QVERIFY(!record.requestId.isEmpty());

        const Result<Instance> after = m_sandbox->fetch(m_instance.id);
        QVERIFY(!after.ok());
        QVERIFY(after.error().isNotFound());
    }

    void alreadyDeletedIsReportedAndTheRowGoes()
    {
        QVERIFY(m_sandbox->deleteInstance(m_instance.id));
        QPointer<DeleteInstanceDialog> dialog = openDialog(m_instance);
        QSignalSpy removed(dialog.data(), &ActionDialog::instanceRemoved);
        QSignalSpy recorded(dialog.data(), &ActionDialog::actionRecorded);
        typeName(dialog, m_instance.name);
        QTest::mouseClick(button(dialog, u"okButton"_s), Qt::LeftButton);

        QLabel *result = label(dialog, u"resultLabel"_s);
        QTRY_VERIFY(result->isVisible());
        QVERIFY2(result->text().contains(u"already deleted"_s), qPrintable(result->text()));
        QVERIFY(!label(dialog, u"failureLabel"_s)->isVisible());
        QCOMPARE(button(dialog, u"cancelButton"_s)->text(), u"Close"_s);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().first().toString(), m_instance.id);
        QCOMPARE(recorded.size(), 1);
        const auto record = recorded.first().first().value<ActionRecord>();
        QCOMPARE(record.outcome, ActionOutcome::Succeeded);
        QCOMPARE(record.httpStatus, 404);
        QCOMPARE(record.message, u"Already deleted."_s);
        delete dialog;
    }

    void failureKeepsTheTypedNameAndTheDialog_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("extra");
        QTest::newRow("500") << 500 << u"Storage is on fire"_s << QString();
        QTest::newRow("409") << 409 << u"Instance is busy restarting"_s << QString();
        QTest::newRow("429") << 429 << u"Slow down"_s << u"Try again in 7 s"_s;
    }

    void failureKeepsTheTypedNameAndTheDialog()
    {
        QFETCH(int, status);
        QFETCH(QString, message);
        QFETCH(QString, extra);
        QVERIFY(m_sandbox->failNext(status, message, u"/instances"_s, extra.isEmpty() ? -1 : 7));
        QPointer<DeleteInstanceDialog> dialog = openDialog(m_instance);
        QSignalSpy removed(dialog.data(), &ActionDialog::instanceRemoved);
        QSignalSpy recorded(dialog.data(), &ActionDialog::actionRecorded);
        // Surrounding space is fine, and kept as typed.
        const QString typed = m_instance.name + u" "_s;
        typeName(dialog, typed);
        QTest::mouseClick(button(dialog, u"okButton"_s), Qt::LeftButton);

        QLabel *failure = label(dialog, u"failureLabel"_s);
        QTRY_VERIFY(failure->isVisible());
        QCOMPARE(recorded.size(), 1);
        const auto record = recorded.first().first().value<ActionRecord>();
        QCOMPARE(record.outcome, ActionOutcome::Failed);
        QCOMPARE(record.httpStatus, status);
        QVERIFY(!record.requestId.isEmpty());
        const QString text = failure->text();
        QVERIFY2(text.contains(message), qPrintable(text));
        QVERIFY2(text.contains(QString::number(status)), qPrintable(text));
        QVERIFY2(text.contains(record.requestId), qPrintable(text));
        QVERIFY2(text.contains(extra), qPrintable(text));

        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isBusy());
        QCOMPARE(confirmEdit(dialog)->text(), typed);
        QVERIFY(confirmEdit(dialog)->isEnabled());
        QVERIFY(button(dialog, u"okButton"_s)->isEnabled());
        QCOMPARE(removed.size(), 0);
        QVERIFY(m_sandbox->fetch(m_instance.id).ok());

        // The fault was for one request: the next try deletes.
        QTest::mouseClick(button(dialog, u"okButton"_s), Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull());
        QCOMPARE(removed.size(), 1);
        QCOMPARE(recorded.size(), 2);
    }

    void doubleClickDeletesOnce()
    {
        QPointer<DeleteInstanceDialog> dialog = openDialog(m_instance);
        QSignalSpy recorded(dialog.data(), &ActionDialog::actionRecorded);
        QSignalSpy removed(dialog.data(), &ActionDialog::instanceRemoved);
        typeName(dialog, m_instance.name);
        hammerOk(dialog);
        QTRY_VERIFY(dialog.isNull());
        QTRY_COMPARE(m_sandbox->client->callsInFlight(), 0);
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(removed.size(), 1);
    }

    void withoutTypeToConfirmOneClickDeletes()
    {
        QPointer<DeleteInstanceDialog> dialog = openDialog(m_instance);
        QVERIFY(dialog->typeToConfirm());
        dialog->setTypeToConfirm(false);
        QVERIFY(!dialog->findChild<TypeToConfirm *>()->isVisible());
        QVERIFY(dialog->problem().isEmpty());
        QVERIFY(button(dialog, u"okButton"_s)->isEnabled());
        QSignalSpy removed(dialog.data(), &ActionDialog::instanceRemoved);
        QTest::mouseClick(button(dialog, u"okButton"_s), Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull());
        QCOMPARE(removed.size(), 1);
    }

    void closingWhileBusyCancelsTheRequest()
    {
        QVERIFY(m_sandbox->setLatency(2000));
        QPointer<DeleteInstanceDialog> dialog = openDialog(m_instance);
        QSignalSpy recorded(dialog.data(), &ActionDialog::actionRecorded);
        QSignalSpy removed(dialog.data(), &ActionDialog::instanceRemoved);
        typeName(dialog, m_instance.name);
        QTest::mouseClick(button(dialog, u"okButton"_s), Qt::LeftButton);
        QTRY_COMPARE(m_sandbox->client->callsInFlight(), 1);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(dialog.isNull());
        QTRY_COMPARE(m_sandbox->client->callsInFlight(), 0);
        QCOMPARE(recorded.size(), 0);
        QCOMPARE(removed.size(), 0);
    }

    // Grabs for people to look at (saved only when VZAPS_SHOT_DIR is set).
    void shots()
    {
        QPointer<DeleteInstanceDialog> dialog = openDialog(m_instance);
        QVERIFY(saveShot(dialog, u"shot-confirm-delete-empty.png"_s));
        typeName(dialog, m_instance.name);
        QVERIFY(saveShot(dialog, u"shot-confirm-delete-typed.png"_s));
        QVERIFY(m_sandbox->failNext(409, u"Instance is busy restarting"_s));
        QTest::mouseClick(button(dialog, u"okButton"_s), Qt::LeftButton);
        QTRY_VERIFY(label(dialog, u"failureLabel"_s)->isVisible());
        QVERIFY(saveShot(dialog, u"shot-confirm-delete-failed.png"_s));
        delete dialog;

        QVERIFY(m_sandbox->deleteInstance(m_instance.id));
        dialog = openDialog(m_instance);
        dialog->setTypeToConfirm(false);
        QVERIFY(saveShot(dialog, u"shot-confirm-delete-oneclick.png"_s));
        QTest::mouseClick(button(dialog, u"okButton"_s), Qt::LeftButton);
        QTRY_VERIFY(label(dialog, u"resultLabel"_s)->isVisible());
        QVERIFY(saveShot(dialog, u"shot-confirm-delete-gone.png"_s));
        delete dialog;
    }
};

} // namespace vzaps::ui

QTEST_MAIN(vzaps::ui::TestDeleteDialog)
#include "tst_deletedialog.moc"
