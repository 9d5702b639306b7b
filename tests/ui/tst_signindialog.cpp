// The sign-in dialog, offscreen: validation, Test connection against servers
// failing each way, Save with and without a passed check, editing, the sandbox button.
// The dialog saves nothing itself: every test checks what it emits, never a store.
#include "tests/support/AccessibilityAudit.h"
#include "tests/support/Keyboard.h"
#include "tests/support/SandboxFixture.h"
#include "tests/support/Shots.h"
#include "tests/support/SignInTestSupport.h"
#include "ui/accounts/SignInDialog.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace vzaps;
using namespace vzaps::test;
using vzaps::ui::SignInDialog;

namespace {

// A shown dialog that is deleted at the end of the test unless it closed itself.
class OpenDialog
{
public:
    OpenDialog()
        : m_dialog(new SignInDialog)
    {
        m_dialog->setCheckTimeout(5s);
        m_dialog->show();
    }
    ~OpenDialog() { delete m_dialog; }
    SignInDialog *operator->() const { return m_dialog; }
    SignInDialog *get() const { return m_dialog; }
    bool isOpen() const { return m_dialog && m_dialog->isVisible(); }

    template<typename W = QWidget>
    W *child(const QString &name) const
    {
        W *widget = m_dialog->findChild<W *>(name);
        if (!widget)
            qWarning("no child named %s", qPrintable(name));
        return widget;
    }
    QLineEdit *edit(const QString &name) const { return child<QLineEdit>(name); }
    QPushButton *button(const QString &name) const { return child<QPushButton>(name); }
    QString resultText() const
    {
        QLabel *label = child<QLabel>(u"connectionResultLabel"_s);
        return label->isVisible() ? label->text() : QString();
    }
    QString problemText() const
    {
        QLabel *label = child<QLabel>(u"problemLabel"_s);
        return label->isVisible() ? label->text() : QString();
    }

    void fill(const QString &name, const QUrl &url, const QString &token, const QString &secret)
    {
        edit(u"profileNameEdit"_s)->setText(name);
        edit(u"baseUrlEdit"_s)->setText(url.toString());
        edit(u"clientTokenEdit"_s)->setText(token);
        edit(u"clientSecretEdit"_s)->setText(secret);
    }

    // With VZAPS_SHOT_DIR set, saves a grab there for people to look at.
    bool shot(const QString &file) const { return vzaps::testing::saveShot(m_dialog, file); }

private:
    QPointer<SignInDialog> m_dialog;
};

Profile acceptedProfile(const QSignalSpy &spy)
{
    return spy.first().at(0).value<Profile>();
}
QString acceptedSecret(const QSignalSpy &spy)
{
    return spy.first().at(1).toString();
}

} // namespace

class TestSignInDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyControlIsNamed()
    {
        OpenDialog dialog;
        QCOMPARE(dialog->objectName(), u"signInDialog"_s);
        QVERIFY(!dialog->isModal());
        for (const QString &name :
             {u"profileNameEdit"_s, u"baseUrlEdit"_s, u"realtimeUrlEdit"_s, u"clientTokenEdit"_s,
              u"clientSecretEdit"_s, u"testConnectionButton"_s, u"connectionResultLabel"_s,
              u"problemLabel"_s, u"trySandboxButton"_s, u"okButton"_s, u"cancelButton"_s,
              u"saveAnywayButton"_s}) {
            QWidget *widget = dialog.child(name);
            QVERIFY2(widget, qPrintable(name));
            QVERIFY2(!vzaps::testing::spokenName(widget).isEmpty(), qPrintable(name));
        }
        QCOMPARE(dialog.edit(u"clientSecretEdit"_s)->echoMode(), QLineEdit::Password);
        QCOMPARE(dialog.edit(u"baseUrlEdit"_s)->text(), u"https://api.vzaps.com"_s);
        QCOMPARE(dialog.button(u"okButton"_s)->text(), u"&Sign in"_s);
    }

    void typingStartsInTheFirstEmptyField()
    {
        OpenDialog dialog;
        QTRY_COMPARE(QApplication::activeWindow(), dialog.get());
        QCOMPARE(QApplication::focusWidget(), dialog.edit(u"profileNameEdit"_s));
        QVERIFY(testing::type(u"Loja Centro"_s)); // not the introduction, not a button
        QCOMPARE(dialog.edit(u"profileNameEdit"_s)->text(), u"Loja Centro"_s);
        QVERIFY(dialog.isOpen());
    }

    void validationSaysWhatIsMissing()
    {
        OpenDialog dialog;
        dialog->setTakenNames({u"Support"_s});
        QPushButton *save = dialog.button(u"okButton"_s);
        QPushButton *test = dialog.button(u"testConnectionButton"_s);
        QVERIFY(dialog.shot(u"shot-signin-empty.png"_s));
        QCOMPARE(dialog.problemText(), u"Enter a name for this account."_s);
        QVERIFY(!save->isEnabled());
        QVERIFY(!test->isEnabled());
        QCOMPARE(test->toolTip(), u"Enter the client token."_s);
        QCOMPARE(dialog.child<QLabel>(u"testHintLabel"_s)->text(), u"Enter the client token."_s);

        QTest::keyClicks(dialog.edit(u"profileNameEdit"_s), u"support"_s);
        QCOMPARE(dialog.problemText(),
                 u"Another account is already called “support”; choose another name."_s);
        dialog.edit(u"profileNameEdit"_s)->setText(u"Sales"_s);
        QCOMPARE(dialog.problemText(), u"Enter the client token."_s);
        QTest::keyClicks(dialog.edit(u"clientTokenEdit"_s), kTestToken);
        QCOMPARE(dialog.problemText(), u"Enter the client secret."_s);
        QVERIFY(!test->isEnabled());
        QTest::keyClicks(dialog.edit(u"clientSecretEdit"_s), kTestSecret);
        QCOMPARE(dialog.problemText(), QString());
        QVERIFY(save->isEnabled());
        QVERIFY(test->isEnabled());

        dialog.edit(u"baseUrlEdit"_s)->setText(u"http://api.example.com"_s);
        QVERIFY2(dialog.problemText().startsWith("Use https:// for api.example.com"_L1),
                 qPrintable(dialog.problemText()));
        QVERIFY(dialog.problemText().contains("unencrypted"_L1));
        QVERIFY(!save->isEnabled() && !test->isEnabled());
        QVERIFY(dialog.shot(u"shot-signin-http.png"_s));
        dialog.edit(u"baseUrlEdit"_s)->setText(u"http://127.0.0.1:8080"_s);
        QCOMPARE(dialog.problemText(), QString());
        dialog.edit(u"baseUrlEdit"_s)->setText(u"api.example.com"_s);
        QVERIFY(dialog.problemText().startsWith("Enter the complete server address"_L1));
    }

    void testConnectionTellsFailuresApart_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("expected"); // how the result starts
        QTest::addColumn<bool>("saveAnyway");
        QTest::newRow("401") << u"401"_s << u"The server refused the client token or secret"_s
                             << false;
        QTest::newRow("refused") << u"refused"_s << u"Could not reach 127.0.0.1:"_s << true;
        QTest::newRow("timeout") << u"timeout"_s << u"No answer from 127.0.0.1:"_s << true;
        QTest::newRow("500") << u"500"_s << u"The server at 127.0.0.1:"_s << false;
        QTest::newRow("tls") << u"tls"_s << u"A secure (TLS) connection to 127.0.0.1:"_s << false;
        QTest::newRow("redirect") << u"redirect"_s << u"127.0.0.1:"_s << false;
    }

    void testConnectionTellsFailuresApart()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, expected);
        QFETCH(bool, saveAnyway);
        std::unique_ptr<TestHttpServer> server;
        std::unique_ptr<QTcpServer> plain;
        TestHttpServer elsewhere;
        QVERIFY(elsewhere.listen());
        QUrl url;
        if (scenario == "redirect"_L1) {
            server = scriptedServer(
                CannedResponse::json(308, QJsonObject{})
                    .withHeader("Location", elsewhere.baseUrl().toEncoded() + "/token"));
            url = server->baseUrl();
        } else if (scenario == "refused"_L1) {
            url = refusedUrl();
        } else if (scenario == "tls"_L1) {
            plain = plainHttpResponder();
            url = QUrl(u"https://127.0.0.1:%1"_s.arg(plain->serverPort()));
        } else {
            server = scriptedServer(scenario == "401"_L1   ? unauthorized()
                                    : scenario == "500"_L1 ? serverFailure()
                                                           : CannedResponse::neverAnswer());
            url = server->baseUrl();
        }

        OpenDialog dialog;
        dialog->setCheckTimeout(scenario == "timeout"_L1 ? 1s : 5s);
        QSignalSpy accepted(dialog.get(), &SignInDialog::profileAccepted);
        dialog.fill(u"Support"_s, url, kTestToken, kTestSecret);
        QPushButton *test = dialog.button(u"testConnectionButton"_s);
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(dialog->isChecking());
        QVERIFY(!test->isEnabled());
        QVERIFY(!dialog.button(u"okButton"_s)->isEnabled());
        QVERIFY(dialog.resultText().startsWith("Testing the connection to 127.0.0.1:"_L1));

        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isChecking(), 10000);
        const QString result = dialog.resultText();
        QVERIFY2(result.startsWith(expected), qPrintable(result));
        QVERIFY(!result.contains(kTestSecret));
        if (scenario == "redirect"_L1) {
            QVERIFY2(result.contains("asked for the sign-in to go to "_L1 +
                                     elsewhere.baseUrl().toString()),
                     qPrintable(result));
            QCOMPARE(elsewhere.connectionCount(), 0);
        }
        QVERIFY(test->isEnabled());
        QCOMPARE(dialog.button(u"saveAnywayButton"_s)->isVisible(), saveAnyway);
        QVERIFY(dialog.isOpen());
        QCOMPARE(accepted.size(), 0);
        QVERIFY(dialog.shot(u"shot-signin-%1.png"_s.arg(scenario)));
    }

    void signInChecksFirstThenEmitsTheProfile()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.started);
        OpenDialog dialog;
        QSignalSpy accepted(dialog.get(), &SignInDialog::profileAccepted);
        dialog.fill(u" Demo "_s, sandbox.server->baseUrl(), sandbox.server->clientToken(),
                    sandbox.server->clientSecret());
        QTest::mouseClick(dialog.button(u"okButton"_s), Qt::LeftButton);
        QVERIFY(dialog.resultText().contains("before saving"_L1));
        QVERIFY(accepted.wait(10000));
        QCOMPARE(accepted.size(), 1);
        const Profile profile = acceptedProfile(accepted);
        QCOMPARE(profile.name, u"Demo"_s);
        QCOMPARE(profile.baseUrl, sandbox.server->baseUrl().adjusted(QUrl::StripTrailingSlash));
        QCOMPARE(profile.clientToken, sandbox.server->clientToken());
        QVERIFY(!profile.id.isEmpty());
        QVERIFY(profile.isValid());
        QVERIFY(acceptedSecret(accepted) == sandbox.server->clientSecret());
        QTRY_VERIFY(!dialog.get()); // closed and deleted
    }

    void aPassedTestIsNotRepeatedOnSave()
    {
        auto server = scriptedServer(tokenGranted(), onePage(1234));
        OpenDialog dialog;
        QSignalSpy accepted(dialog.get(), &SignInDialog::profileAccepted);
        dialog.fill(u"Support"_s, server->baseUrl(), kTestToken, kTestSecret);
        QTest::mouseClick(dialog.button(u"testConnectionButton"_s), Qt::LeftButton);
        QTRY_COMPARE(dialog.resultText(),
                     u"Signed in: %1 instances."_s.arg(QLocale().toString(1234)));
        QVERIFY(dialog.shot(u"shot-signin-ok.png"_s));
        QCOMPARE(server->requestCount(), 2);
        QTest::mouseClick(dialog.button(u"okButton"_s), Qt::LeftButton);
        QCOMPARE(accepted.size(), 1); // at once: the values shown already passed
        QCOMPARE(server->requestCount(), 2);
    }

    void refusedCredentialsAreNeverSaved()
    {
        auto server = scriptedServer(unauthorized());
        OpenDialog dialog;
        QSignalSpy accepted(dialog.get(), &SignInDialog::profileAccepted);
        dialog.fill(u"Support"_s, server->baseUrl(), kTestToken, kTestSecret);
        QTest::mouseClick(dialog.button(u"okButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isChecking());
        QVERIFY(dialog.resultText().startsWith("The server refused"_L1));
        QVERIFY(!dialog.button(u"saveAnywayButton"_s)->isVisible());
        QVERIFY(dialog.isOpen());
        QCOMPARE(accepted.size(), 0);
        // What was typed stays for another try.
        QVERIFY(dialog.edit(u"clientSecretEdit"_s)->text() == kTestSecret);
    }

    void anUnreachableServerMaySaveAnyway()
    {
        const QUrl url = refusedUrl();
        OpenDialog dialog;
        QSignalSpy accepted(dialog.get(), &SignInDialog::profileAccepted);
        dialog.fill(u"Offline"_s, url, kTestToken, kTestSecret);
        QTest::mouseClick(dialog.button(u"okButton"_s), Qt::LeftButton);
        QTRY_VERIFY(dialog.button(u"saveAnywayButton"_s)->isVisible());
        QCOMPARE(accepted.size(), 0);
        QTest::mouseClick(dialog.button(u"saveAnywayButton"_s), Qt::LeftButton);
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(acceptedProfile(accepted).baseUrl, url);
        QVERIFY(acceptedSecret(accepted) == kTestSecret);
    }

    void editingAFieldOrClosingStopsTheTest()
    {
        auto silent = scriptedServer(CannedResponse::neverAnswer());
        OpenDialog dialog;
        dialog.fill(u"Support"_s, silent->baseUrl(), kTestToken, kTestSecret);
        QTest::mouseClick(dialog.button(u"testConnectionButton"_s), Qt::LeftButton);
        QTRY_COMPARE(silent->requestCount(), 1);
        QTest::keyClicks(dialog.edit(u"clientTokenEdit"_s), u"x"_s);
        QVERIFY(!dialog->isChecking());
        QCOMPARE(dialog.resultText(), u"The test was stopped because the details changed."_s);
        QVERIFY(dialog.button(u"testConnectionButton"_s)->isEnabled());

        QTest::mouseClick(dialog.button(u"testConnectionButton"_s), Qt::LeftButton);
        QVERIFY(dialog->isChecking());
        QTest::mouseClick(dialog.button(u"cancelButton"_s), Qt::LeftButton);
        // What was typed is asked about first; discarding it closes and stops the test.
        auto *question = testing::waitForActiveWindow<QMessageBox>(u"discardQuestion"_s);
        QVERIFY(question);
        QTest::mouseClick(question->findChild<QPushButton *>(u"discardButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!dialog.get()); // closed (and deleted) with the check cancelled
    }

    void escapeAsksBeforeLosingWhatWasTyped()
    {
        OpenDialog dialog;
        QTRY_COMPARE(QApplication::activeWindow(), dialog.get());
        QVERIFY(testing::type(u"Loja Centro"_s));
        QVERIFY(testing::press(Qt::Key_Tab));
        QVERIFY(testing::press(Qt::Key_Tab));
        QVERIFY(testing::type(u"ct_typed"_s));
        QVERIFY(testing::press(Qt::Key_Escape));
        auto *question = testing::waitForActiveWindow<QMessageBox>(u"discardQuestion"_s);
        QVERIFY(question);
        QVERIFY(dialog.isOpen());

        // Escape on the question keeps editing: the text stays, typing goes on in the field.
        QVERIFY(testing::press(Qt::Key_Escape));
        QTRY_COMPARE(QApplication::activeWindow(), dialog.get());
        QCOMPARE(QApplication::focusWidget(), dialog.edit(u"clientTokenEdit"_s));
        QVERIFY(testing::type(u"2"_s));
        QCOMPARE(dialog.edit(u"profileNameEdit"_s)->text(), u"Loja Centro"_s);
        QCOMPARE(dialog.edit(u"clientTokenEdit"_s)->text(), u"ct_typed2"_s);

        QVERIFY(testing::press(Qt::Key_Escape));
        question = testing::waitForActiveWindow<QMessageBox>(u"discardQuestion"_s);
        QVERIFY(question);
        QTest::mouseClick(question->findChild<QPushButton *>(u"discardButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!dialog.get());
    }

    void escapeClosesAnUntouchedDialogAtOnce()
    {
        OpenDialog dialog;
        QTRY_COMPARE(QApplication::activeWindow(), dialog.get());
        QVERIFY(testing::press(Qt::Key_Escape)); // the default address is not typed input
        QTRY_VERIFY(!dialog.get());

        Profile existing;
        existing.id = u"4b0c-profile"_s;
        existing.name = u"Support"_s;
        existing.baseUrl = QUrl(u"https://api.vzaps.com"_s);
        existing.clientToken = kTestToken;
        OpenDialog editing;
        editing->setProfile(existing);
        QTRY_COMPARE(QApplication::activeWindow(), editing.get());
        QVERIFY(testing::press(Qt::Key_Escape)); // the stored values are not typed input
        QTRY_VERIFY(!editing.get());
    }

    void editingKeepsTheStoredSecretWhenEmpty()
    {
        auto server = scriptedServer(tokenGranted(), onePage(2));
        Profile existing;
        existing.id = u"4b0c-profile"_s;
        existing.name = u"Support"_s;
        existing.baseUrl = server->baseUrl();
        existing.clientToken = kTestToken;
        OpenDialog dialog;
        dialog->setProfile(existing);
        dialog->setTakenNames({u"Support"_s, u"Sales"_s});
        QSignalSpy accepted(dialog.get(), &SignInDialog::profileAccepted);
        QVERIFY(dialog->isEditing());
        QCOMPARE(dialog->windowTitle(), u"Edit account “Support”"_s);
        QCOMPARE(dialog.button(u"okButton"_s)->text(), u"&Save"_s);
        QVERIFY(dialog.edit(u"clientSecretEdit"_s)->placeholderText().contains("keep"_L1));
        QVERIFY(!dialog.button(u"trySandboxButton"_s)->isVisible());
        QCOMPARE(dialog.problemText(), QString()); // its own name is not "taken"
        QVERIFY(!dialog.button(u"testConnectionButton"_s)->isEnabled());
        QCOMPARE(dialog.child<QLabel>(u"testHintLabel"_s)->text(),
                 u"Enter the client secret to test the connection."_s);
        QVERIFY(dialog.shot(u"shot-signin-edit.png"_s));

        dialog.edit(u"profileNameEdit"_s)->setText(u"sales"_s);
        QVERIFY(dialog.problemText().startsWith("Another account is already called"_L1));
        // A rename needs no check: the stored credentials stay as they are.
        dialog.edit(u"profileNameEdit"_s)->setText(u"Support desk"_s);
        QTest::mouseClick(dialog.button(u"okButton"_s), Qt::LeftButton);
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(server->requestCount(), 0);
        const Profile saved = acceptedProfile(accepted);
        QCOMPARE(saved.id, existing.id);
        QCOMPARE(saved.name, u"Support desk"_s);
        QCOMPARE(saved.baseUrl, existing.baseUrl);
        QCOMPARE(acceptedSecret(accepted), QString());
    }

    void aRealtimeAddressIsOptionalCheckedAndSavedWithoutATest()
    {
        auto server = scriptedServer(tokenGranted(), onePage(2));
        Profile existing;
        existing.id = u"4b0c-profile"_s;
        existing.name = u"Support"_s;
        existing.baseUrl = server->baseUrl();
        existing.clientToken = kTestToken;
        OpenDialog dialog;
        dialog->setProfile(existing);
        QSignalSpy accepted(dialog.get(), &SignInDialog::profileAccepted);
        QLineEdit *realtime = dialog.edit(u"realtimeUrlEdit"_s);
        QVERIFY(realtime);
        // Empty, with the server's usual host shown greyed; it follows the server field.
        QCOMPARE(realtime->text(), QString());
        QUrl usual = server->baseUrl();
        usual.setScheme(u"ws"_s);
        QCOMPARE(realtime->placeholderText(), usual.toString());
        dialog.edit(u"baseUrlEdit"_s)->setText(u"https://api.vzaps.com"_s);
        QCOMPARE(realtime->placeholderText(), u"wss://realtime.vzaps.com"_s);
        dialog.edit(u"baseUrlEdit"_s)->setText(existing.baseUrl.toString());

        QTRY_COMPARE(QApplication::activeWindow(), dialog.get());
        QVERIFY(testing::press(Qt::Key_R, Qt::AltModifier)); // &Realtime:
        QCOMPARE(QApplication::focusWidget(), realtime);
        QVERIFY(testing::type(u"https://events.acme.example"_s));
        QCOMPARE(dialog.problemText(),
                 u"The realtime address must be a wss:// or ws:// address with a host, like "
                 "wss://realtime.vzaps.com."_s);
        QVERIFY(!dialog.button(u"okButton"_s)->isEnabled());

        realtime->selectAll();
        QVERIFY(testing::type(u"wss://events.acme.example/vz/"_s));
        QCOMPARE(dialog.problemText(), QString());
        QVERIFY(testing::press(Qt::Key_Return));
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(server->requestCount(), 0); // not a credential: saving needs no check
        QCOMPARE(acceptedProfile(accepted).realtimeUrl, QUrl(u"wss://events.acme.example/vz"_s));
    }

    void aChangedConnectionIsTestedWithTheStoredSecret()
    {
        auto server = scriptedServer(tokenGranted(), onePage(2));
        Profile existing;
        existing.id = u"4b0c-profile"_s;
        existing.name = u"Support"_s;
        existing.baseUrl = server->baseUrl();
        existing.clientToken = u"ct_old"_s;
        {
            // Without the stored secret, a changed token cannot be tested: it must be typed.
            OpenDialog dialog;
            dialog->setProfile(existing);
            dialog.edit(u"clientTokenEdit"_s)->setText(kTestToken);
            QVERIFY(dialog.problemText().startsWith("Enter the client secret: a changed"_L1));
            QVERIFY(!dialog.button(u"testConnectionButton"_s)->isEnabled());
        }
        OpenDialog dialog;
        dialog->setProfile(existing, kTestSecret);
        QSignalSpy accepted(dialog.get(), &SignInDialog::profileAccepted);
        dialog.edit(u"clientTokenEdit"_s)->setText(kTestToken);
        QCOMPARE(dialog.problemText(), QString());
        QTest::mouseClick(dialog.button(u"okButton"_s), Qt::LeftButton);
        QVERIFY(accepted.wait(5000));
        const RecordedRequest token = server->requests().at(0);
        QVERIFY(token.json().object().value("client_secret"_L1).toString() == kTestSecret);
        QCOMPARE(acceptedProfile(accepted).clientToken, kTestToken);
        QCOMPARE(acceptedSecret(accepted), QString()); // unchanged: the store keeps its own
    }

    void trySandboxAsksForTheSandbox()
    {
        OpenDialog dialog;
        QSignalSpy sandbox(dialog.get(), &SignInDialog::sandboxRequested);
        QSignalSpy accepted(dialog.get(), &SignInDialog::profileAccepted);
        QTest::mouseClick(dialog.button(u"trySandboxButton"_s), Qt::LeftButton);
        QCOMPARE(sandbox.size(), 1);
        QCOMPARE(accepted.size(), 0);
        QTRY_VERIFY(!dialog.get());
    }
};

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
