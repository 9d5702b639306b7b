// vzaps-desk started again while it runs: the second start hands over and exits, the running
// window comes to the front (un-minimized, on the account --profile names, or the sandbox),
// an unknown account or a dialog with typed input keeps the window as it is, a peer's
// nonsense is ignored, and a socket left behind by a crash stops nothing.
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
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace vzaps::desk {

namespace {

const QString kBroughtToFront =
    u"vzaps-desk is already running; its window was brought to the front.\n"_s;
const QByteArray kAnswer = QByteArrayLiteral("{\"activated\":true}\n");

// A home of its own for vzaps-desk processes: settings, data, runtime folder (where the
// socket is) and temporary files, and no session bus (so no keychain: secrets in memory).
class Home
{
public:
    Home()
    {
        for (const char *folder : {"config", "data", "runtime", "tmp"})
            QDir().mkpath(m_dir.filePath(QString::fromLatin1(folder)));
        QFile::setPermissions(m_dir.filePath(u"runtime"_s), QFileDevice::ReadOwner |
                                                                QFileDevice::WriteOwner |
                                                                QFileDevice::ExeOwner);
    }
    bool isValid() const { return m_dir.isValid(); }
    QString path(const QString &inside) const { return m_dir.filePath(inside); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        environment.insert(u"HOME"_s, m_dir.path());
        environment.insert(u"XDG_CONFIG_HOME"_s, path(u"config"_s));
        environment.insert(u"XDG_DATA_HOME"_s, path(u"data"_s));
        environment.insert(u"XDG_RUNTIME_DIR"_s, path(u"runtime"_s));
        environment.insert(u"TMPDIR"_s, path(u"tmp"_s));
        environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        for (const QString &name : {u"VZAPS_CLIENT_TOKEN"_s, u"VZAPS_CLIENT_SECRET"_s,
                                    u"VZAPS_BASE_URL"_s, u"LANGUAGE"_s})
            environment.remove(name);
        return environment;
    }

    // Where vzaps-desk's socket for this home is: named after its settings file.
    QString socketPath() const
    {
        const QString settings = path(u"config/%1/%2.conf"_s.arg(
            QString(identity::kOrganizationName), QString(identity::kDeskApplicationName)));
        return path(u"runtime/"_s + RunningDesk::serverNameFor(settings));
    }
    QString sandboxStatePath() const
    {
        return path(u"data/%1/%2/sandbox-state.sqlite"_s.arg(
            QString(identity::kOrganizationName), QString(identity::kDeskApplicationName)));
    }

private:
    QTemporaryDir m_dir;
};

// A vzaps-desk process in `home`; killed when the test ends, however it ends.
class Desk
{
public:
    explicit Desk(const Home &home) { m_process.setProcessEnvironment(home.environment()); }
    ~Desk()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    Q_DISABLE_COPY_MOVE(Desk)

    QProcess &process() { return m_process; }
    bool start(const QStringList &arguments)
    {
        m_process.start(QStringLiteral(VZAPS_DESK_EXECUTABLE), arguments);
        return m_process.waitForStarted(10000);
    }
    // Waits for the end of a start that should hand over; false if it never ends.
    bool finishes()
    {
        QSignalSpy finished(&m_process, &QProcess::finished);
        return m_process.state() == QProcess::NotRunning || finished.wait(20000);
    }
    QString out() { return QString::fromLocal8Bit(m_process.readAllStandardOutput()); }
    QString err() { return QString::fromLocal8Bit(m_process.readAllStandardError()); }

private:
    QProcess m_process;
};

bool listens(const QString &path)
{
    QLocalSocket socket;
    socket.connectToServer(path);
    return socket.waitForConnected(200);
}

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

class TestDeskSecondStart : public QObject
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
        testing::isolateSettings(u"tst_desk_second_start"_s);
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

    void aSecondStartHandsOverToTheRunningOne()
    {
        Home home;
        QVERIFY(home.isValid());
        Desk first(home);
        first.process().setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QVERIFY(first.start({u"--sandbox"_s}));
        // Up, listening, and its window built (the sandbox's state file is written then).
        QTRY_VERIFY_WITH_TIMEOUT(
            QFile::exists(home.sandboxStatePath()) && listens(home.socketPath()), 20000);

        Desk second(home);
        QVERIFY(second.start({}));
        QVERIFY(second.finishes());
        const QString err = second.err();
        QCOMPARE(second.process().exitStatus(), QProcess::NormalExit);
        QVERIFY2(second.process().exitCode() == 0, qPrintable(err));
        QCOMPARE(second.out(), kBroughtToFront);
        QCOMPARE(first.process().state(), QProcess::Running);

        // With an account named, the same (the running window says whether it has one).
        Desk third(home);
        QVERIFY(third.start({u"--profile"_s, u"Loja Nenhuma"_s}));
        QVERIFY(third.finishes());
        QCOMPARE(third.process().exitCode(), 0);
        QCOMPARE(third.out(), kBroughtToFront);
        QCOMPARE(first.process().state(), QProcess::Running);

        // --help still answers by itself, without asking the running one.
        Desk help(home);
        QVERIFY(help.start({u"--help"_s}));
        QVERIFY(help.finishes());
        QVERIFY(help.out().contains(u"--profile"_s));

        // Closed, the running one takes its socket along.
        QSignalSpy finished(&first.process(), &QProcess::finished);
        QCOMPARE(::kill(pid_t(first.process().processId()), SIGTERM), 0);
        QVERIFY(finished.wait(20000));
        QCOMPARE(first.process().exitCode(), 0);
        QVERIFY(!QFile::exists(home.socketPath()));
    }

    void aStartAfterACrashOpensItsOwnWindow()
    {
        Home home;
        QVERIFY(home.isValid());
        {
            Desk crashed(home);
            QVERIFY(crashed.start({u"--sandbox"_s}));
            QTRY_VERIFY_WITH_TIMEOUT(listens(home.socketPath()), 20000);
            QSignalSpy finished(&crashed.process(), &QProcess::finished);
            QCOMPARE(::kill(pid_t(crashed.process().processId()), SIGKILL), 0);
            QVERIFY(finished.wait(20000));
        }
        QVERIFY(QFile::exists(home.socketPath())); // left behind
        QVERIFY(!listens(home.socketPath()));

        Desk next(home);
        next.process().setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QVERIFY(next.start({u"--sandbox"_s}));
        // It listens in its turn instead of handing over to no one.
        QTRY_VERIFY_WITH_TIMEOUT(listens(home.socketPath()), 20000);
        QCOMPARE(next.process().state(), QProcess::Running);
        Desk another(home);
        QVERIFY(another.start({}));
        QVERIFY(another.finishes());
        // What went wrong, should it (a sanitizer's report comes on standard error).
        QVERIFY2(another.process().exitStatus() == QProcess::NormalExit &&
                     another.process().exitCode() == 0,
                 qPrintable(another.err()));
        QCOMPARE(another.out(), kBroughtToFront);
    }

    void aRunningOneThatDoesNotAnswerIsReported()
    {
        Home home;
        QVERIFY(home.isValid());
        // Something listens where vzaps-desk would, and never answers.
        QLocalServer silent;
        QVERIFY2(silent.listen(home.socketPath()), qPrintable(silent.errorString()));
        Desk desk(home);
        QVERIFY(desk.start({}));
        QVERIFY(desk.finishes());
        QCOMPARE(desk.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(desk.process().exitCode(), 1);
        QCOMPARE(desk.out(), QString());
        const QString err = desk.err();
        QVERIFY2(err.contains(u"vzaps-desk is already running but did not answer; bring its "
                              "window up yourself, or quit it and start vzaps-desk again."_s),
                 qPrintable(err));
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

QTEST_MAIN(vzaps::desk::TestDeskSecondStart)
#include "tst_desk_second_start.moc"
