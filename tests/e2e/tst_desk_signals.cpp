// vzaps-desk told to stop by a signal (kill, logout, Ctrl+C) ends like a closed window: exit
// code 0, the window layout saved, the --sandbox data kept for the next run, nothing left in
// the temporary folder.
#include <QDir>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

class TestDeskSignals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signalQuitsLikeAClosedWindow_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
        QTest::newRow("SIGHUP") << int(SIGHUP);
    }

    void signalQuitsLikeAClosedWindow()
    {
        QFETCH(int, signalNumber);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString temp = home.filePath(u"tmp"_s);
        QVERIFY(QDir().mkpath(temp));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        environment.insert(u"TMPDIR"_s, temp);
        environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        QVERIFY(QDir().mkpath(home.filePath(u"runtime"_s)));
        QVERIFY(QFile::setPermissions(home.filePath(u"runtime"_s), QFileDevice::ReadOwner |
                                                                       QFileDevice::WriteOwner |
                                                                       QFileDevice::ExeOwner));
        environment.insert(u"XDG_RUNTIME_DIR"_s, home.filePath(u"runtime"_s));
        environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s); // no keychain: memory only

        QProcess desk;
        // However the test ends, no app is left running.
        const auto stopDesk = qScopeGuard([&desk] {
            if (desk.state() != QProcess::NotRunning) {
                desk.kill();
                desk.waitForFinished(5000);
            }
        });
        desk.setProcessEnvironment(environment);
        desk.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QSignalSpy finished(&desk, &QProcess::finished);
        desk.start(QStringLiteral(VZAPS_DESK_EXE), {u"--sandbox"_s});
        QVERIFY(desk.waitForStarted(10000));
        // The in-process sandbox's state file in the app's data folder shows the app is up and
        // running its event loop.
        const QString state = home.filePath(u"data/VZaps Desk/vzaps-desk/sandbox-state.sqlite"_s);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(state), 20000);
        const auto leftovers = [&temp] {
            return QDir(temp).entryList({u"vzaps-desk-*"_s}, QDir::Dirs | QDir::NoDotAndDotDot);
        };

        QCOMPARE(::kill(pid_t(desk.processId()), signalNumber), 0);
        QVERIFY(finished.wait(20000));
        QCOMPARE(desk.exitStatus(), QProcess::NormalExit);
        QCOMPARE(desk.exitCode(), 0);
        QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(u", "_s)));
        QVERIFY(QFile::exists(state)); // kept for the next run

        const QString settingsFile = home.filePath(u"config/VZaps Desk/vzaps-desk.conf"_s);
        QVERIFY2(QFile::exists(settingsFile),
                 qPrintable(QDir(home.filePath(u"config"_s))
                                .entryList(QDir::AllEntries | QDir::NoDotAndDotDot)
                                .join(u", "_s)));
        const QSettings saved(settingsFile, QSettings::IniFormat);
        QVERIFY(!saved.value(u"MainWindow/geometry"_s).toByteArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDeskSignals)
#include "tst_desk_signals.moc"
