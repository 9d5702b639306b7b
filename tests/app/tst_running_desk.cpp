// The running vzaps-desk when another start asks for it (RunningDesk): the window comes to
// the front (un-minimized, on the account --profile names, or the sandbox); an unknown account
// or a dialog with typed input keeps the window as it is; a peer's nonsense or silence is
// ignored and holds no one up; and a socket left behind by a crash stops nothing.
#include "tests/app/LocalSocketProbe.h"
#include "tests/support/FakeSecretStore.h"
#include "tests/support/IsolatedSettings.h"
#include "tests/support/Keyboard.h"

#include "app/vzaps-desk/AccountController.h"
#include "app/vzaps-desk/DeskLauncher.h"
#include "app/vzaps-desk/startup/RunningDesk.h"
#include "core/accounts/AppIdentity.h"
#include "core/accounts/ProfileStore.h"
#include "core/actions/ActionAvailability.h"
#include "core/presentation/InstanceListController.h"
#include "core/presentation/InstanceTableModel.h"
#include "sandbox/EmbeddedSandbox.h"
#include "sandbox/SandboxServer.h"
#include "ui/actions/ActionLauncher.h"
#include "ui/mainwindow/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QLocalServer>
#include <QLocalSocket>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace vzaps::desk {

using test::listens;

namespace {

const QByteArray kAnswer = QByteArrayLiteral("{\"activated\":true}\n");

// Sends `bytes` as another start would: what came back before the listener hung up, or a
// word on what went wrong.
QByteArray exchange(const QString &path, const QByteArray &bytes)
{
    QLocalSocket socket;
    QByteArray answer;
    QObject::connect(&socket, &QLocalSocket::readyRead, &socket,
                     [&] { answer += socket.readAll(); });
    QSignalSpy gone(&socket, &QLocalSocket::disconnected);
    socket.connectToServer(path);
    if (!socket.waitForConnected(1000))
        return "(no connection)";
    socket.write(bytes);
    // Hung up after its answer, or on nonsense once read, or on silence after kTimeout.
    if (socket.state() != QLocalSocket::UnconnectedState && !gone.wait(10000))
        return "(still connected)";
    return answer + socket.readAll();
}

QByteArray ask(const QString &path, const QString &profile = {}, bool sandbox = false)
{
    RunningDesk::Request request;
    request.profile = profile;
    request.sandbox = sandbox;
    return exchange(path, RunningDesk::encode(request));
}

// A socket file that no one listens on, as a crashed run leaves it.
bool leaveStaleSocket(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (size_t(name.size()) >= sizeof(address.sun_path))
        return false;
    std::copy(name.cbegin(), name.cend(), address.sun_path);
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    const bool bound =
        fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0;
    if (fd >= 0)
        ::close(fd);
    return bound && QFile::exists(path);
}

} // namespace

class TestRunningDesk : public QObject
{
    Q_OBJECT

    std::unique_ptr<vzsandbox::SandboxServer> m_centro;
    std::unique_ptr<vzsandbox::SandboxServer> m_norte;
    std::unique_ptr<QTemporaryDir> m_dir;

    QString socketPath() const { return m_dir->filePath(u"vzaps-desk-test"_s); }

    // Two saved accounts, each on a sandbox of its own; "Loja Centro" was used last.
    std::unique_ptr<DeskSession> sessionWithTwoAccounts(Profile &centro, Profile &norte)
    {
        auto keychain =
            std::make_unique<test::FakeSecretStore>(test::FakeSecretStore::Mode::Working);
        {
            ProfileStore profiles(*keychain);
            centro = profiles.add(u"Loja Centro"_s, m_centro->baseUrl(), m_centro->clientToken())
                         .profile;
            norte =
                profiles.add(u"Loja Norte"_s, m_norte->baseUrl(), m_norte->clientToken()).profile;
            keychain->secrets.insert(centro.secretKey(), m_centro->clientSecret());
            keychain->secrets.insert(norte.secretKey(), m_norte->clientSecret());
            profiles.setLastUsedId(centro.id);
        }
        auto session = std::make_unique<DeskSession>(LaunchOptions{}, std::move(keychain));
        session->start();
        session->showWhenReady();
        return session;
    }

    static bool loaded(DeskSession &session)
    {
        const auto &controller = session.window()->controller();
        return controller.state() == InstanceListController::State::Ready && !controller.isBusy() &&
               controller.model()->rowCount() > 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        testing::isolateSettings(u"tst_running_desk"_s);
        // The sandbox plugin for "switch to the sandbox"; where it was built, unless told.
        if (qEnvironmentVariableIsEmpty("VZAPS_DESK_PLUGIN_DIR"))
            qputenv("VZAPS_DESK_PLUGIN_DIR", VZAPS_DESK_PLUGIN_BUILD_DIR);
    }

    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        vzsandbox::SandboxOptions options;
        options.statePath = u":memory:"_s;
        options.reset = true;
        m_centro = std::make_unique<vzsandbox::SandboxServer>(options);
        m_norte = std::make_unique<vzsandbox::SandboxServer>(options);
        QVERIFY(m_centro->start());
        QVERIFY(m_norte->start());
    }

    void cleanup()
    {
        m_centro.reset();
        m_norte.reset();
        m_dir.reset();
        QSettings().clear();
    }

    void theMinimizedWindowComesBackToTheFront()
    {
        Profile centro, norte;
        const auto session = sessionWithTwoAccounts(centro, norte);
        QVERIFY(!centro.id.isEmpty() && !norte.id.isEmpty());
        ui::MainWindow *window = session->window();
        QTRY_VERIFY(loaded(*session) && window->isVisible());
        window->showMaximized();
        window->showMinimized();
        QTRY_VERIFY(window->isMinimized());
        // Some other window has the keyboard meanwhile.
        QWidget elsewhere;
        elsewhere.show();
        elsewhere.activateWindow();
        QTRY_VERIFY(elsewhere.isActiveWindow());

        RunningDesk instance(socketPath());
        QCOMPARE(instance.claim({}), RunningDesk::Outcome::Primary);
        connect(&instance, &RunningDesk::activationRequested, session.get(),
                &DeskSession::activate);
        QCOMPARE(ask(socketPath()), kAnswer);
        QTRY_VERIFY(!window->isMinimized());
        QVERIFY(window->isMaximized()); // as it was left
        QTRY_VERIFY(window->isActiveWindow());
        QCOMPARE(session->accounts().currentProfileId(), centro.id); // nothing else changed
    }

    void profileSwitchesTheRunningWindow()
    {
        Profile centro, norte;
        const auto session = sessionWithTwoAccounts(centro, norte);
        QVERIFY(!centro.id.isEmpty() && !norte.id.isEmpty());
        ui::MainWindow *window = session->window();
        QTRY_VERIFY(loaded(*session) && window->isVisible());
        QCOMPARE(session->accounts().currentProfileId(), centro.id);
        RunningDesk instance(socketPath());
        QCOMPARE(instance.claim({}), RunningDesk::Outcome::Primary);
        connect(&instance, &RunningDesk::activationRequested, session.get(),
                &DeskSession::activate);

        // As typed, in any case; a dialog with nothing typed in it closes as for the menu.
        auto *table = window->findChild<QTableView *>(u"instanceTable"_s);
        QTRY_VERIFY(window->isActiveWindow());
        table->setFocus();
        QVERIFY(testing::press(Qt::Key_N, Qt::ControlModifier));
        QPointer<QDialog> untouched =
            testing::waitForActiveWindow<QDialog>(u"createInstanceDialog"_s);
        QVERIFY(untouched);
        QCOMPARE(ask(socketPath(), u"loja norte"_s), kAnswer);
        QTRY_COMPARE(session->accounts().currentProfileId(), norte.id);
        QTRY_VERIFY(loaded(*session));
        QTRY_VERIFY(!untouched || !untouched->isVisible());

        // An account that does not exist: the window says so and stays where it is.
        QCOMPARE(ask(socketPath(), u"Loja Sul"_s), kAnswer);
        QTRY_COMPARE(window->statusBar()->currentMessage(),
                     u"There is no saved account called “Loja Sul”."_s);
        QCOMPARE(session->accounts().currentProfileId(), norte.id);

        // Typed input in a dialog is not switched away: it asks, and the account stays.
        table->setFocus();
        QTRY_VERIFY(window->isActiveWindow());
        QVERIFY(testing::press(Qt::Key_N, Qt::ControlModifier));
        QDialog *dialog = testing::waitForActiveWindow<QDialog>(u"createInstanceDialog"_s);
        QVERIFY(dialog);
        QVERIFY(testing::type(u"Loja Leste"_s));
        QCOMPARE(ask(socketPath(), u"Loja Centro"_s), kAnswer);
        QTRY_COMPARE(window->statusBar()->currentMessage(),
                     u"Not switched to “Loja Centro”: a dialog has unsaved input. Close it, then "
                     "choose the account in the account menu."_s);
        auto *question = testing::waitForActiveWindow<QMessageBox>(u"discardQuestion"_s);
        QVERIFY(question);
        QTest::mouseClick(question->findChild<QPushButton *>(u"keepEditingButton"_s),
                          Qt::LeftButton);
        QTRY_VERIFY(dialog->isActiveWindow());
        QCOMPARE(dialog->findChild<QLineEdit *>(u"nameEdit"_s)->text(), u"Loja Leste"_s);
        QCOMPARE(session->accounts().currentProfileId(), norte.id);
        QVERIFY(!QTest::qWaitFor([&] { return session->accounts().currentProfileId() != norte.id; },
                                 500));

        // --sandbox: the sandbox, once that dialog is gone.
        QFile::remove(DeskSession::sandboxStatePath());
        testing::press(Qt::Key_Escape);
        question = testing::waitForActiveWindow<QMessageBox>(u"discardQuestion"_s);
        QVERIFY(question);
        QTest::mouseClick(question->findChild<QPushButton *>(u"discardButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!window->findChild<QDialog *>(u"createInstanceDialog"_s) ||
                    !window->findChild<QDialog *>(u"createInstanceDialog"_s)->isVisible());
        QCOMPARE(ask(socketPath(), {}, true), kAnswer);
        QTRY_VERIFY(session->accounts().usingSandbox());
        QVERIFY(session->sandbox() && session->sandbox()->isRunning());
        QTRY_VERIFY(loaded(*session));
        QVERIFY(session->accounts().currentProfileId().isEmpty());
    }

    void nonsenseIsIgnored_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("not JSON") << QByteArray("hello\n");
        QTest::newRow("empty line") << QByteArray("\n");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{\n", 5);
        QTest::newRow("an array") << QByteArray("[true]\n");
        QTest::newRow("activate false") << QByteArray("{\"activate\":false}\n");
        QTest::newRow("activate as text") << QByteArray("{\"activate\":\"true\"}\n");
        QTest::newRow("profile a number") << QByteArray("{\"activate\":true,\"profile\":7}\n");
        QTest::newRow("sandbox as text") << QByteArray("{\"activate\":true,\"sandbox\":\"yes\"}\n");
        QTest::newRow("too long a line")
            << "{\"activate\":true,\"profile\":\"" + QByteArray(5000, 'a') + "\"}\n";
        QTest::newRow("endless, no newline") << QByteArray(64 * 1024, '{');
        QTest::newRow("half a message") << QByteArray("{\"activate\":tr");
        QTest::newRow("nothing at all") << QByteArray();
    }

    void nonsenseIsIgnored()
    {
        QFETCH(QByteArray, bytes);
        RunningDesk instance(socketPath());
        QCOMPARE(instance.claim({}), RunningDesk::Outcome::Primary);
        QSignalSpy asked(&instance, &RunningDesk::activationRequested);
        QCOMPARE(exchange(socketPath(), bytes), QByteArray()); // hung up, unanswered
        QCOMPARE(asked.size(), 0);
        QVERIFY(!RunningDesk::decode(bytes));

        // Still there for the next one.
        QCOMPARE(ask(socketPath(), u"Loja Centro"_s, true), kAnswer);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().at(0).toString(), u"Loja Centro"_s);
        QCOMPARE(asked.first().at(1).toBool(), true);
    }

    void aSilentPeerHoldsNoOneUp()
    {
        RunningDesk instance(socketPath());
        QCOMPARE(instance.claim({}), RunningDesk::Outcome::Primary);
        QSignalSpy asked(&instance, &RunningDesk::activationRequested);
        QLocalSocket silent;
        silent.connectToServer(socketPath());
        QVERIFY(silent.waitForConnected(1000));
        // Answered at once while the silent one is still connected...
        QCOMPARE(ask(socketPath()), kAnswer);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(silent.state(), QLocalSocket::ConnectedState);
        // ...which is not waited for forever.
        QSignalSpy dropped(&silent, &QLocalSocket::disconnected);
        QVERIFY(dropped.wait(10000));
        QCOMPARE(asked.size(), 1);
    }

    void messagesRoundTrip()
    {
        RunningDesk::Request request;
        request.profile = u"Loja “Centro” \\ \n"_s;
        const QByteArray message = RunningDesk::encode(request);
        QVERIFY(message.endsWith('\n'));
        QCOMPARE(message.count('\n'), 1);
        const auto decoded = RunningDesk::decode(message);
        QVERIFY(decoded);
        QCOMPARE(decoded->profile, u"Loja “Centro” \\"_s);
        QVERIFY(!decoded->sandbox);
        // A name no account can have still fits in one message.
        request.profile = QString(10000, QChar(0x1F));
        QVERIFY(RunningDesk::encode(request).size() <= RunningDesk::kMaxMessageBytes);
        QVERIFY(RunningDesk::decode(RunningDesk::encode(request)));
        // What newer versions may add is no reason to refuse.
        QVERIFY(RunningDesk::decode("{\"activate\":true,\"workspace\":2}"));
        // Per settings file: another HOME, another name.
        QVERIFY(RunningDesk::serverNameFor(u"/home/a/.config/x.conf"_s) !=
                RunningDesk::serverNameFor(u"/home/b/.config/x.conf"_s));
        QCOMPARE(RunningDesk::serverNameFor(u"/x"_s).size(), 11 + 16);
    }

    void aStaleSocketDoesNotStopANewPrimary()
    {
        QVERIFY(leaveStaleSocket(socketPath()));
        QVERIFY(!listens(socketPath()));
        {
            RunningDesk instance(socketPath());
            QCOMPARE(instance.claim({}), RunningDesk::Outcome::Primary);
            QVERIFY(instance.isListening());
            QSignalSpy asked(&instance, &RunningDesk::activationRequested);
            QCOMPARE(ask(socketPath()), kAnswer);
            QCOMPARE(asked.size(), 1);
        }
        // Gone, it takes its socket file along: nothing is left for the next start to find.
        QVERIFY(!QFile::exists(socketPath()));
        QVERIFY(!QFile::exists(socketPath() + u".lock"_s));
    }
};

} // namespace vzaps::desk

QTEST_MAIN(vzaps::desk::TestRunningDesk)
#include "tst_running_desk.moc"
