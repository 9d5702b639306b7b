// vzaps-desk with saved accounts: the last used profile opens on start,
// switching accounts drops the old access token, cancels what is in flight and clears
// the table before the other account loads, and without a keychain the app signs in
// for this run, says once that the secret will not be remembered, and writes no secret
// to any file.
#include "tests/support/ApiTestFixture.h"
#include "tests/support/FakeSecretStore.h"
#include "tests/support/IsolatedSettings.h"
#include "tests/support/SecretScan.h"

#include "app/vzaps-desk/AccountController.h"
#include "app/vzaps-desk/DeskLauncher.h"
#include "core/accounts/FallbackSecretStore.h"
#include "core/accounts/ProfileStore.h"
#include "core/presentation/InstanceListController.h"
#include "core/presentation/InstanceTableModel.h"
#include "sandbox/SandboxServer.h"
#include "ui/mainwindow/MainWindow.h"

#include "ui/accounts/SignInDialog.h"

#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace vzaps::desk {

namespace {

QJsonObject onePage(const QString &name)
{
    const QJsonObject instance{{u"id"_s, u"VZOTHERACCOUNT01"_s},
                               {u"name"_s, name},
                               {u"token"_s, u"inst_other"_s},
                               {u"connected"_s, false},
                               {u"billing_status"_s, u"TRIALING"_s}};
    return {{u"page"_s, 1},
            {u"size"_s, 50},
            {u"total"_s, 1},
            {u"total_pages"_s, 1},
            {u"content"_s, QJsonArray{instance}}};
}

} // namespace

class TestDeskAccounts : public QObject
{
    Q_OBJECT

    std::unique_ptr<vzsandbox::SandboxServer> m_sandbox;
    std::unique_ptr<test::TestHttpServer> m_other;
    std::unique_ptr<test::FakeVZaps> m_otherApi;

    // Saves a profile and its secret the way the desk would find them.
    Profile saveProfile(ProfileStore &profiles, SecretStore &secrets, const QString &name,
                        const QUrl &url, const QString &token, const QString &secret)
    {
        const ProfileEdit edit = profiles.add(name, url, token);
        bool written = false;
        secrets.write(edit.profile.secretKey(), secret, nullptr,
                      [&written](const SecretResult &result) { written = result.ok(); });
        // The tests check `written` through what the desk then does with the profile.
        (void)QTest::qWaitFor([&written] { return written; }, 5000);
        return edit.profile;
    }

    static int rows(DeskSession &session)
    {
        return session.window()->controller().model()->rowCount();
    }
    static bool loaded(DeskSession &session)
    {
        const auto &controller = session.window()->controller();
        return controller.state() == InstanceListController::State::Ready && !controller.isBusy();
    }

private Q_SLOTS:
    void initTestCase()
    {
        vzaps::testing::isolateSettings(u"tst_desk_accounts"_s);
        // "Use the sandbox" loads the sandbox plugin; where it was built, unless told otherwise.
        if (qEnvironmentVariableIsEmpty("VZAPS_DESK_PLUGIN_DIR"))
            qputenv("VZAPS_DESK_PLUGIN_DIR", VZAPS_DESK_PLUGIN_BUILD_DIR);
    }

    void init()
    {
        QSettings().clear();
        vzsandbox::SandboxOptions options;
        options.statePath = u":memory:"_s;
        options.reset = true;
        m_sandbox = std::make_unique<vzsandbox::SandboxServer>(options);
        QVERIFY(m_sandbox->start());
        m_other = std::make_unique<test::TestHttpServer>();
        QVERIFY(m_other->listen());
        m_otherApi = std::make_unique<test::FakeVZaps>(*m_other);
        m_otherApi->routes = [](const test::RecordedRequest &) {
            return test::CannedResponse::json(200, onePage(u"Other account's instance"_s));
        };
    }

    void cleanup()
    {
        m_otherApi.reset();
        m_other.reset();
        m_sandbox.reset();
        QSettings().clear();
    }

    void lastUsedOpensAndSwitchingStartsClean()
    {
        auto keychain =
            std::make_unique<test::FakeSecretStore>(test::FakeSecretStore::Mode::Working);
        test::FakeSecretStore &secrets = *keychain;
        Profile sandbox, other;
        {
            ProfileStore profiles(secrets);
            sandbox = saveProfile(profiles, secrets, u"Sandbox"_s, m_sandbox->baseUrl(),
                                  m_sandbox->clientToken(), m_sandbox->clientSecret());
            other = saveProfile(profiles, secrets, u"Other"_s, m_other->baseUrl(),
                                test::kClientToken, test::kClientSecret);
            profiles.setLastUsedId(sandbox.id);
        }

        DeskSession session({}, std::move(keychain));
        session.start();
        QTRY_VERIFY(loaded(session) && rows(session) == 24); // the last used: the sandbox
        QCOMPARE(session.accounts().currentProfileId(), sandbox.id);
        QCOMPARE(m_other->requestCount(), 0);

        // A slow refresh is on its way when the user switches.
        const auto latency = QJsonDocument(QJsonObject{{u"latency_ms"_s, 1500}});
        bool configured = false;
        session.client().request("POST", u"/_sandbox/config"_s, latency, {}, this,
                                 [&configured](const Result<RawReply> &r) { configured = r.ok(); });
        QTRY_VERIFY(configured);
        session.window()->controller().refresh();
        QTRY_COMPARE(session.client().callsInFlight(), 1);

        QMenu *menu = session.accounts().menu();
        QAction *switchAction = menu->findChild<QAction *>(u"account_"_s + other.id);
        QVERIFY(switchAction);
        switchAction->trigger();

        // The table empties at once, then shows only the other account's instance.
        QTRY_COMPARE(session.accounts().currentProfileId(), other.id);
        QTRY_VERIFY(loaded(session) && rows(session) == 1);
        QCOMPARE(session.window()->controller().model()->instanceAt(0).name,
                 u"Other account's instance"_s);
        // The new server was asked for a token first: the old one was dropped, not sent.
        const QList<test::RecordedRequest> requests = m_other->requests();
        QVERIFY(requests.size() >= 2);
        QCOMPARE(requests.first().path, "/token");
        QVERIFY(requests.at(1).header("Authorization") ==
                "Bearer " + m_otherApi->lastToken.toUtf8());
        // The slow reply of the old account never lands in the new one's table.
        QVERIFY(!QTest::qWaitFor([&session] { return rows(session) != 1; }, 2000));
        QVERIFY(session.window()->windowTitle().contains(u"VZaps Desk"_s));

        // On the next start the account used last opens.
        ProfileStore profiles(secrets);
        QCOMPARE(profiles.lastUsedId(), other.id);
    }

    void theAccountButtonNamesTheSandboxOnceItIsInUse()
    {
        auto keychain =
            std::make_unique<test::FakeSecretStore>(test::FakeSecretStore::Mode::Working);
        test::FakeSecretStore &secrets = *keychain;
        {
            ProfileStore profiles(secrets);
            const Profile other =
                saveProfile(profiles, secrets, u"Loja Other"_s, m_other->baseUrl(),
                            test::kClientToken, test::kClientSecret);
            profiles.setLastUsedId(other.id);
        }
        DeskSession session({}, std::move(keychain));
        session.window()->show();
        session.start();
        QTRY_VERIFY(loaded(session) && rows(session) == 1);
        auto *button = session.window()->findChild<QToolButton *>(u"accountButton"_s);
        QVERIFY(button);
        QCOMPARE(button->text(), u"Loja Other"_s);

        QMenu *menu = session.accounts().menu();
        menu->findChild<QAction *>(u"useSandboxAction"_s)->trigger();
        QTRY_VERIFY(loaded(session) && rows(session) == 24);
        // The button says what the window shows, and nothing offers to edit the old account.
        QCOMPARE(button->text(), u"Sandbox"_s);
        QVERIFY(session.accounts().currentProfileId().isEmpty());
        for (const QString &name : {u"editAccountAction"_s, u"removeAccountAction"_s}) {
            QAction *action = session.accounts().menu()->findChild<QAction *>(name);
            QVERIFY2(action && !action->isEnabled(), qPrintable(name));
            QCOMPARE(action->toolTip(), u"The sandbox is not a saved account."_s);
        }
        QVERIFY(
            session.accounts().menu()->findChild<QAction *>(u"useSandboxAction"_s)->isChecked());
    }

    void withoutKeychainSignsInForThisRunAndWarnsOnce()
    {
        auto *fallback = new FallbackSecretStore(
            new test::FakeSecretStore(test::FakeSecretStore::Mode::Unavailable));
        QSignalSpy warned(fallback, &FallbackSecretStore::keychainUnavailable);
        DeskSession session({}, std::unique_ptr<SecretStore>(fallback));
        session.start();
        // No account yet: the window says what to do and the sign-in dialog is open.
        QVERIFY(session.window()->isShowingSetupPage());
        QTRY_VERIFY(session.accounts().signInDialog());
        QWidget *dialog = session.accounts().signInDialog();
        // On top of the window, which is shown first, and the one that takes the keys.
        QCOMPARE(dialog->parentWidget(), session.window());
        QVERIFY(session.window()->isVisible());
        QTRY_COMPARE(QApplication::activeWindow(), dialog);
        dialog->findChild<QLineEdit *>(u"profileNameEdit"_s)->setText(u"Demo"_s);
        dialog->findChild<QLineEdit *>(u"baseUrlEdit"_s)->setText(m_sandbox->baseUrl().toString());
        dialog->findChild<QLineEdit *>(u"clientTokenEdit"_s)->setText(m_sandbox->clientToken());
        dialog->findChild<QLineEdit *>(u"clientSecretEdit"_s)->setText(m_sandbox->clientSecret());
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);

        // Checked, saved (the secret in memory only), signed in.
        QTRY_VERIFY(loaded(session) && rows(session) == 24);
        QCOMPARE(warned.size(), 1);
        auto *notice = session.window()->findChild<QLabel *>(u"noticeLabel"_s);
        QVERIFY(notice && !notice->isHidden());
        QVERIFY(notice->toolTip().contains(u"keychain"_s));
        QVERIFY(!fallback->persists());

        // Another profile: still working, still only one warning.
        session.accounts().switchTo(session.accounts().currentProfileId());
        QTRY_VERIFY(loaded(session) && rows(session) == 24);
        QCOMPARE(warned.size(), 1);

        // No secret in the settings file or anywhere under the test's config and data dirs.
        QSettings().sync();
        const QString config =
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        QVERIFY(test::fileCount(config) > 0); // the settings file is there to be scanned
        QVERIFY(test::filesContaining(config, m_sandbox->clientSecret()).isEmpty());
        QVERIFY(test::filesContaining(data, m_sandbox->clientSecret()).isEmpty());
    }
};

} // namespace vzaps::desk

QTEST_MAIN(vzaps::desk::TestDeskAccounts)
#include "tst_desk_accounts.moc"
