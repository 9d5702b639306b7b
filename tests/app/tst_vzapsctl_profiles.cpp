// vzapsctl's profiles, through the real executable with its own HOME and
// XDG_CONFIG_HOME and no D-Bus session bus, so the user's settings and keychain are never
// touched: `profile add` with a secret says the keychain is unavailable and adds nothing;
// add --no-secret, list and remove round-trip in the file vzaps-desk reads; --profile
// supplies the base URL and client token, the environment still overrides them.
#include "tests/support/FakeVzaps.h"
#include "tests/support/FileModes.h"
#include "tests/support/SecretScan.h"

#include "core/accounts/AppIdentity.h"
#include "core/accounts/MemorySecretStore.h"
#include "core/accounts/ProfileStore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using vzaps::testing::isPrivate;
using namespace vzaps;
using namespace vzaps::test;

namespace {

const QString kToken = u"ct_profile_cli_public_token"_s;
const QString kSecret = u"cs_PROFILE_CLI_secret_0c7e21"_s;

struct Run {
    int exitCode = -1; // -1: did not finish
    QString out;
    QString err;
};

} // namespace

class TestVzapsctlProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void helpListsProfileCommands();
    void addWithSecretNeedsKeychain();
    void addNeedsSecretOnStdin();
    void addListRemoveRoundTrip();
    void refusesBadInput();
    void seesProfilesTheDeskWrote();
    void profileSuppliesCredentials();
    void environmentOverridesProfile();
    void profileSecretFromKeychainUnavailable();
    void unknownProfile();

private:
    QProcessEnvironment environment() const;
    Run run(const QStringList &arguments, const QByteArray &input = {},
            const QProcessEnvironment &environment = {}) const;
    QString settingsPath() const;

    std::unique_ptr<QTemporaryDir> m_home;
    TestHttpServer m_server;
};

void TestVzapsctlProfiles::initTestCase()
{
    QVERIFY(m_server.listen());
}

void TestVzapsctlProfiles::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_server.setHandler(fake::respond);
    m_server.clearRequests();
}

QProcessEnvironment TestVzapsctlProfiles::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QStringList keys = environment.keys();
    for (const QString &key : keys) {
        if (key.startsWith("VZAPS_"_L1) || key.startsWith("XDG_"_L1) ||
            key.endsWith("_proxy"_L1, Qt::CaseInsensitive))
            environment.remove(key);
    }
    environment.insert(u"HOME"_s, m_home->path());
    environment.insert(u"XDG_CONFIG_HOME"_s, m_home->filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, m_home->filePath(u"data"_s));
    // No session bus: never the user's keychain, and the same answer on every machine.
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s,
                       u"unix:path="_s + m_home->filePath(u"no-bus"_s));
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    return environment;
}

Run TestVzapsctlProfiles::run(const QStringList &arguments, const QByteArray &input,
                              const QProcessEnvironment &environment) const
{
    QProcess process;
    process.setProcessEnvironment(environment.isEmpty() ? this->environment() : environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(VZAPSCTL_PATH), arguments);
    if (!process.waitForStarted(10000))
        return {};
    process.write(input);
    process.closeWriteChannel(); // end of input: a command reading stdin never waits
    // Never waitForFinished(): the in-process server must keep answering.
    Run result;
    if (finished.wait(20000) || finished.count() > 0)
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    else
        process.kill();
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 5000))
        qWarning("vzapsctl did not stop");
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString TestVzapsctlProfiles::settingsPath() const
{
    // Where vzaps-desk keeps its settings with the same XDG_CONFIG_HOME.
    return m_home->filePath(
        u"config/%1/%2.conf"_s.arg(identity::kOrganizationName, identity::kDeskApplicationName));
}

void TestVzapsctlProfiles::helpListsProfileCommands()
{
    const Run help = run({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("vzapsctl profile list"_L1));
    QVERIFY(help.out.contains("vzapsctl profile add NAME"_L1));
    QVERIFY(help.out.contains("vzapsctl profile remove NAME"_L1));
    QVERIFY(help.out.contains("--profile NAME"_L1));
    const Run add = run({u"profile"_s, u"add"_s, u"--help"_s});
    QCOMPARE(add.exitCode, 0);
    QVERIFY(add.out.contains("--client-token T"_L1));
    QVERIFY(add.out.contains("--no-secret"_L1));
}

void TestVzapsctlProfiles::addWithSecretNeedsKeychain()
{
    // A CLI cannot keep a secret in memory past its exit: no keychain, no profile.
    const Run add = run({u"profile"_s, u"add"_s, u"Acme"_s, u"--client-token"_s, kToken},
                        kSecret.toUtf8() + "\n");
    QCOMPARE(add.exitCode, 1);
    QVERIFY(add.out.isEmpty());
    QVERIFY2(add.err.startsWith("vzapsctl: the system keychain is not available ("_L1),
             qPrintable(add.err));
    QVERIFY(add.err.contains("was not added"_L1));
    QVERIFY(add.err.contains("--no-secret"_L1));
    QVERIFY(!add.err.contains(kSecret));

    const Run list = run({u"profile"_s, u"list"_s});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.startsWith("No profiles yet."_L1), qPrintable(list.out));
    const QStringList leaks = filesContaining(m_home->path(), kSecret);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u", "_s)));
}

void TestVzapsctlProfiles::addNeedsSecretOnStdin()
{
    const Run add = run({u"profile"_s, u"add"_s, u"Acme"_s, u"--client-token"_s, kToken}, "  \n");
    QCOMPARE(add.exitCode, 2);
    QVERIFY2(add.err.contains("no client secret on standard input"_L1), qPrintable(add.err));
    QVERIFY(!QFile::exists(settingsPath()));
}

void TestVzapsctlProfiles::addListRemoveRoundTrip()
{
    const Run added =
        run({u"profile"_s, u"add"_s, u"Acme"_s, u"--base-url"_s, u"http://127.0.0.1:8080"_s,
             u"--client-token"_s, kToken, u"--no-secret"_s});
    QCOMPARE(added.exitCode, 0);
    QVERIFY2(added.out.startsWith("Added profile \"Acme\" (http://127.0.0.1:8080)"_L1),
             qPrintable(added.out));
    // The settings hold client tokens: the user's alone, as is the folder vzapsctl made.
    QVERIFY(isPrivate(settingsPath()));
    QVERIFY(isPrivate(QFileInfo(settingsPath()).absolutePath()));
    // A settings file from before, readable by others, is made private when next opened.
    QVERIFY(QFile::setPermissions(settingsPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                      QFileDevice::ReadOther));
    QCOMPARE(run({u"profile"_s, u"list"_s}).exitCode, 0);
    QVERIFY(isPrivate(settingsPath()));
    QVERIFY(added.err.isEmpty());
    QCOMPARE(run({u"profile"_s, u"add"_s, u"beta"_s, u"--client-token"_s, u"ct_beta_token"_s,
                  u"--no-secret"_s})
                 .exitCode,
             0);

    const Run list = run({u"profile"_s, u"list"_s});
    QCOMPARE(list.exitCode, 0);
    const QStringList lines = list.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith("NAME"_L1));
    QVERIFY(lines.at(0).contains("BASE URL"_L1) && lines.at(0).contains("CLIENT TOKEN"_L1));
    QVERIFY(lines.at(1).startsWith("Acme"_L1));
    QVERIFY(lines.at(1).contains("http://127.0.0.1:8080"_L1));
    QVERIFY(lines.at(1).contains(u"ct_p•••"_s));
    QVERIFY(lines.at(2).startsWith("beta"_L1));
    QVERIFY(lines.at(2).contains("https://api.vzaps.com"_L1)); // the default
    QVERIFY(!list.out.contains(kToken));                       // masked

    const Run json = run({u"--json"_s, u"profile"_s, u"list"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray profiles = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(profiles.size(), 2);
    QCOMPARE(profiles.at(0)[u"name"_s].toString(), u"Acme"_s);
    QCOMPARE(profiles.at(0)[u"base_url"_s].toString(), u"http://127.0.0.1:8080"_s);
    QCOMPARE(profiles.at(0)[u"client_token_masked"_s].toString(), u"ct_p•••"_s);
    QCOMPARE(profiles.at(0)[u"id"_s].toString().size(), 36);
    QVERIFY(!json.out.contains(kToken));

    // The file vzaps-desk reads (AppIdentity.h names) holds them.
    QVERIFY2(QFile::exists(settingsPath()), qPrintable(settingsPath()));

    const Run duplicate =
        run({u"profile"_s, u"add"_s, u"ACME"_s, u"--client-token"_s, kToken, u"--no-secret"_s});
    QCOMPARE(duplicate.exitCode, 2);
    QVERIFY(duplicate.err.contains("already a profile named \"Acme\""_L1));

    const Run removed = run({u"profile"_s, u"remove"_s, u"acme"_s});
    QCOMPARE(removed.exitCode, 0);
    QCOMPARE(removed.out, u"Removed profile \"Acme\".\n"_s);
    // No keychain here: it says the secret, if any, could not be deleted there.
    QVERIFY(removed.err.contains("keychain is not available"_L1));
    const Run after = run({u"profile"_s, u"list"_s});
    QVERIFY(!after.out.contains("Acme"_L1));
    QVERIFY(after.out.contains("beta"_L1));

    const Run again = run({u"profile"_s, u"remove"_s, u"acme"_s});
    QCOMPARE(again.exitCode, 4);
    QVERIFY(again.err.contains("there is no profile named \"acme\""_L1));
}

void TestVzapsctlProfiles::refusesBadInput()
{
    const QStringList add{u"profile"_s, u"add"_s, u"Acme"_s};
    const Run noToken = run(add + QStringList{u"--no-secret"_s});
    QCOMPARE(noToken.exitCode, 2);
    QVERIFY(noToken.err.contains("--client-token"_L1));
    const Run badUrl = run(add + QStringList{u"--base-url"_s, u"ftp://example.com"_s,
                                             u"--client-token"_s, kToken, u"--no-secret"_s});
    QCOMPARE(badUrl.exitCode, 2);
    QVERIFY2(badUrl.err.contains("base URL"_L1), qPrintable(badUrl.err));
    const Run noName = run({u"profile"_s, u"add"_s});
    QCOMPARE(noName.exitCode, 2);
    QVERIFY(!QFile::exists(settingsPath()));
}

void TestVzapsctlProfiles::seesProfilesTheDeskWrote()
{
    // vzaps-desk writes through ProfileStore on QSettings() with the AppIdentity names.
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        MemorySecretStore secrets;
        ProfileStore store(settings, secrets);
        QVERIFY(store.add(u"From the desk"_s, m_server.baseUrl(), kToken).ok());
    }
    const Run list = run({u"profile"_s, u"list"_s});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains("From the desk"_L1), qPrintable(list.out));
    QVERIFY(list.out.contains(m_server.baseUrl().toString()));
}

void TestVzapsctlProfiles::profileSuppliesCredentials()
{
    QCOMPARE(run({u"profile"_s, u"add"_s, u"Local"_s, u"--base-url"_s,
                  m_server.baseUrl().toString(), u"--client-token"_s, kToken, u"--no-secret"_s})
                 .exitCode,
             0);
    QProcessEnvironment withSecret = environment();
    withSecret.insert(u"VZAPS_CLIENT_SECRET"_s, kSecret);
    const Run listed = run({u"--profile"_s, u"local"_s, u"instances"_s, u"list"_s}, {}, withSecret);
    QCOMPARE(listed.exitCode, 0);
    QVERIFY(!listed.err.contains(kSecret));
    const QList<RecordedRequest> tokens = m_server.requests("POST", "/token");
    QCOMPARE(tokens.size(), 1);
    const QJsonObject body = tokens.first().json().object();
    QCOMPARE(body[u"client_token"_s].toString(), kToken); // from the profile
    QVERIFY(body[u"client_secret"_s].toString() == kSecret);
    QCOMPARE(m_server.requests("POST", "/instances/list").size(), 1);
}

void TestVzapsctlProfiles::environmentOverridesProfile()
{
    // The profile points where nothing answers; the environment wins for scripts.
    QCOMPARE(run({u"profile"_s, u"add"_s, u"Elsewhere"_s, u"--base-url"_s, u"http://127.0.0.1:9"_s,
                  u"--client-token"_s, u"ct_from_profile"_s, u"--no-secret"_s})
                 .exitCode,
             0);
    QProcessEnvironment overriding = environment();
    overriding.insert(u"VZAPS_BASE_URL"_s, m_server.baseUrl().toString());
    overriding.insert(u"VZAPS_CLIENT_TOKEN"_s, kToken);
    overriding.insert(u"VZAPS_CLIENT_SECRET"_s, kSecret);
    const Run got = run({u"--profile"_s, u"Elsewhere"_s, u"token"_s}, {}, overriding);
    QCOMPARE(got.exitCode, 0);
    const QList<RecordedRequest> tokens = m_server.requests("POST", "/token");
    QCOMPARE(tokens.size(), 1);
    QCOMPARE(tokens.first().json().object()[u"client_token"_s].toString(), kToken);
}

void TestVzapsctlProfiles::profileSecretFromKeychainUnavailable()
{
    QCOMPARE(run({u"profile"_s, u"add"_s, u"Local"_s, u"--base-url"_s,
                  m_server.baseUrl().toString(), u"--client-token"_s, kToken, u"--no-secret"_s})
                 .exitCode,
             0);
    const Run listed = run({u"--profile"_s, u"Local"_s, u"instances"_s, u"list"_s});
    QCOMPARE(listed.exitCode, 2); // missing credentials: nothing was sent
    QVERIFY2(listed.err.startsWith("vzapsctl: the system keychain is not available ("_L1),
             qPrintable(listed.err));
    QVERIFY(listed.err.contains("VZAPS_CLIENT_SECRET"_L1));
    QCOMPARE(m_server.requestCount(), 0);
}

void TestVzapsctlProfiles::unknownProfile()
{
    const Run listed = run({u"--profile"_s, u"nobody"_s, u"instances"_s, u"list"_s});
    QCOMPARE(listed.exitCode, 2);
    QVERIFY(listed.err.contains("there is no profile named \"nobody\""_L1));
    QCOMPARE(m_server.requestCount(), 0);
}

QTEST_GUILESS_MAIN(TestVzapsctlProfiles)
#include "tst_vzapsctl_profiles.moc"
