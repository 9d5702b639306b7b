// vzaps-desk started again while it runs, as processes: the second start hands over and
// exits with its line, the running one takes its socket along when it closes, a start after a
// crash opens its own window (the socket left behind stops nothing), and a running one that
// does not answer is reported. (tst_running_desk has what the running window then does.)
#include "tests/app/LocalSocketProbe.h"
#include "tests/support/IsolatedSettings.h"

#include "app/vzaps-desk/startup/RunningDesk.h"
#include "core/accounts/AppIdentity.h"

#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace vzaps::desk {

using test::listens;

namespace {

const QString kBroughtToFront =
    u"vzaps-desk is already running; its window was brought to the front.\n"_s;

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

} // namespace

class TestDeskSecondStart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        testing::isolateSettings(u"tst_desk_second_start"_s);
        // The sandbox plugin the --sandbox starts load; where it was built, unless told.
        if (qEnvironmentVariableIsEmpty("VZAPS_DESK_PLUGIN_DIR"))
            qputenv("VZAPS_DESK_PLUGIN_DIR", VZAPS_DESK_PLUGIN_BUILD_DIR);
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
};

} // namespace vzaps::desk

QTEST_MAIN(vzaps::desk::TestDeskSecondStart)
#include "tst_desk_second_start.moc"
