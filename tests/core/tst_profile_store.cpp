// Profiles: create, find, update, switch (last used) and remove with the
// in-memory secret store; names unique ignoring case; removing deletes the secret; and
// the settings file, like every file under the test's config and data dirs, never holds
// the client secret.
#include "tests/support/FakeSecretStore.h"
#include "tests/support/IsolatedSettings.h"
#include "tests/support/SecretScan.h"

#include "core/accounts/FallbackSecretStore.h"
#include "core/accounts/MemorySecretStore.h"
#include "core/accounts/ProfileStore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vzaps;
using namespace vzaps::test;

namespace {

const QUrl kProduction(u"https://api.vzaps.com"_s);
const QUrl kSandbox(u"http://127.0.0.1:8080"_s);
const QString kSecret = u"cs_PROFILE_TEST_secret_51be0f"_s;

// Waits for the one answer of a secret store call.
SecretResult waitFor(const std::function<void(SecretCallback)> &call)
{
    std::optional<SecretResult> answer;
    call([&answer](const SecretResult &result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000))
        return SecretResult{SecretResult::Status::Failed, {}, u"no answer"_s};
    return *answer;
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void addFindAndSort();
    void refusesBadProfiles_data();
    void refusesBadProfiles();
    void addGivesIdsAndRefusesReusedOnes();
    void updateRenamesAndKeepsNamesUnique();
    void lastUsedSwitchesAndForgetsRemoved();
    void removeDeletesTheSecret();
    void removeUnknownIdDoesNothing();
    void profilesSurviveANewStore();
    void keepsARealtimeAddressAndRefusesOneThatIsNoSocket();
    void settingsFileHoldsNoSecret();

private:
    QTemporaryDir m_home;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_store;
};

void TestProfileStore::initTestCase()
{
    // QSettings and QStandardPaths resolve their folders under this HOME.
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    vzaps::testing::isolateSettings(u"tst_profile_store"_s);
}

void TestProfileStore::init()
{
    m_store.reset();
    m_settings = std::make_unique<QSettings>();
    m_settings->clear();
    m_secrets = std::make_unique<MemorySecretStore>();
    m_store = std::make_unique<ProfileStore>(*m_settings, *m_secrets);
}

void TestProfileStore::addFindAndSort()
{
    QSignalSpy changed(m_store.get(), &ProfileStore::profilesChanged);
    const ProfileEdit beta = m_store->add(u"beta"_s, kProduction, u"ct_beta"_s);
    const ProfileEdit alpha = m_store->add(u"  Alpha  "_s, kSandbox, u" ct_alpha "_s);
    const ProfileEdit gamma = m_store->add(u"Gamma"_s, kProduction, u"ct_gamma"_s);
    QVERIFY2(beta.ok(), qPrintable(beta.problem));
    QVERIFY2(alpha.ok(), qPrintable(alpha.problem));
    QVERIFY(gamma.ok());
    QCOMPARE(changed.count(), 3);

    const QList<Profile> all = m_store->profiles();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).name, u"Alpha"_s); // trimmed, sorted ignoring case
    QCOMPARE(all.at(1).name, u"beta"_s);
    QCOMPARE(all.at(2).name, u"Gamma"_s);
    QCOMPARE(all.at(0).clientToken, u"ct_alpha"_s);
    QCOMPARE(all.at(0).baseUrl, kSandbox);

    // Ids are UUIDs without braces, distinct, and find() and findById() agree.
    QCOMPARE(alpha.profile.id.size(), 36);
    QVERIFY(!alpha.profile.id.startsWith(u'{'));
    QVERIFY(alpha.profile.id != beta.profile.id);
    const std::optional<Profile> found = m_store->find(u"ALPHA"_s);
    QVERIFY(found);
    QCOMPARE(found->id, alpha.profile.id);
    QCOMPARE(m_store->findById(alpha.profile.id)->name, u"Alpha"_s);
    QVERIFY(!m_store->find(u"delta"_s));
    QVERIFY(!m_store->findById(u"no-such-id"_s));
    QVERIFY(!m_store->findById(QString()));
}

void TestProfileStore::refusesBadProfiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QUrl>("baseUrl");
    QTest::addColumn<QString>("clientToken");
    QTest::addColumn<QString>("expected"); // part of the sentence

    QTest::newRow("empty name") << u"  "_s << kProduction << u"ct"_s << u"name"_s;
    QTest::newRow("duplicate name")
        << u"ACME"_s << kProduction << u"ct"_s << u"already a profile named \"Acme\""_s;
    QTest::newRow("control character")
        << u"two\nlines"_s << kProduction << u"ct"_s << u"control characters"_s;
    QTest::newRow("long name") << QString(101, u'x') << kProduction << u"ct"_s << u"too long"_s;
    QTest::newRow("no URL") << u"New"_s << QUrl() << u"ct"_s << u"base URL"_s;
    QTest::newRow("ftp URL") << u"New"_s << QUrl(u"ftp://example.com"_s) << u"ct"_s
                             << u"base URL"_s;
    QTest::newRow("no host") << u"New"_s << QUrl(u"https://"_s) << u"ct"_s << u"base URL"_s;
    QTest::newRow("no token") << u"New"_s << kProduction << u" "_s << u"client token"_s;
    QTest::newRow("token with space") << u"New"_s << kProduction << u"ct a"_s << u"client token"_s;
}

void TestProfileStore::refusesBadProfiles()
{
    QFETCH(QString, name);
    QFETCH(QUrl, baseUrl);
    QFETCH(QString, clientToken);
    QFETCH(QString, expected);

    QVERIFY(m_store->add(u"Acme"_s, kProduction, u"ct_acme"_s).ok());
    QSignalSpy changed(m_store.get(), &ProfileStore::profilesChanged);
    const ProfileEdit edit = m_store->add(name, baseUrl, clientToken);
    QVERIFY(!edit.ok());
    QVERIFY2(edit.problem.contains(expected), qPrintable(edit.problem));
    QVERIFY(edit.problem.endsWith(u'.')); // a sentence
    QCOMPARE(m_store->profiles().size(), 1);
    QCOMPARE(changed.count(), 0);
}

void TestProfileStore::addGivesIdsAndRefusesReusedOnes()
{
    const ProfileEdit first = m_store->add(u"First"_s, kProduction, u"ct_1"_s);
    Profile copy = first.profile;
    copy.name = u"Second"_s;
    QVERIFY(!m_store->add(copy).ok()); // add() wants a new id; changes go through update()
    QCOMPARE(m_store->profiles().size(), 1);

    Profile withoutId = copy; // as a dialog hands over a new profile
    withoutId.id.clear();
    const ProfileEdit added = m_store->add(withoutId);
    QVERIFY2(added.ok(), qPrintable(added.problem));
    QCOMPARE(added.profile.id.size(), 36);
    QCOMPARE(m_store->findById(added.profile.id)->name, u"Second"_s);
}

void TestProfileStore::updateRenamesAndKeepsNamesUnique()
{
    const Profile acme = m_store->add(u"Acme"_s, kProduction, u"ct_acme"_s).profile;
    const Profile other = m_store->add(u"Other"_s, kProduction, u"ct_other"_s).profile;

    Profile renamed = acme;
    renamed.name = u"ACME Corp"_s;
    renamed.baseUrl = kSandbox;
    QVERIFY(m_store->update(renamed).ok());
    QCOMPARE(m_store->findById(acme.id)->name, u"ACME Corp"_s);
    QCOMPARE(m_store->findById(acme.id)->baseUrl, kSandbox);

    Profile sameNameOtherCase = acme;
    sameNameOtherCase.name = u"acme corp"_s; // its own name in other case: fine
    QVERIFY(m_store->update(sameNameOtherCase).ok());

    Profile clash = other;
    clash.name = u"ACME CORP"_s;
    const ProfileEdit refused = m_store->update(clash);
    QVERIFY(!refused.ok());
    QVERIFY(refused.problem.contains("already a profile"_L1));
    QCOMPARE(m_store->findById(other.id)->name, u"Other"_s);

    Profile gone = other;
    gone.id = u"0b6c8a3e-0000-4000-8000-000000000000"_s;
    QVERIFY(!m_store->update(gone).ok());
}

void TestProfileStore::lastUsedSwitchesAndForgetsRemoved()
{
    const Profile a = m_store->add(u"A"_s, kProduction, u"ct_a"_s).profile;
    const Profile b = m_store->add(u"B"_s, kSandbox, u"ct_b"_s).profile;
    QVERIFY(m_store->lastUsedId().isEmpty());
    m_store->setLastUsedId(a.id);
    QCOMPARE(m_store->lastUsedId(), a.id);
    m_store->setLastUsedId(b.id); // switch
    QCOMPARE(m_store->lastUsedId(), b.id);
    QCOMPARE(ProfileStore(*m_settings, *m_secrets).lastUsedId(), b.id);

    QVERIFY(m_store->remove(b.id));
    QVERIFY(m_store->lastUsedId().isEmpty());
    QVERIFY(!m_settings->contains(u"Profiles/lastUsed"_s)); // no stale id left behind
    m_store->setLastUsedId(u"not-a-profile"_s);
    QVERIFY(m_store->lastUsedId().isEmpty()); // only ever an existing profile
}

void TestProfileStore::removeDeletesTheSecret()
{
    const Profile acme = m_store->add(u"Acme"_s, kProduction, u"ct_acme"_s).profile;
    const Profile keep = m_store->add(u"Keep"_s, kProduction, u"ct_keep"_s).profile;
    QVERIFY(waitFor([&](SecretCallback done) {
                m_secrets->write(acme.secretKey(), kSecret, nullptr, std::move(done));
            }).ok());
    QVERIFY(waitFor([&](SecretCallback done) {
                m_secrets->write(keep.secretKey(), u"cs_keep"_s, nullptr, std::move(done));
            }).ok());
    QCOMPARE(m_secrets->count(), 2);

    QSignalSpy changed(m_store.get(), &ProfileStore::profilesChanged);
    std::optional<SecretResult> removed;
    QVERIFY(m_store->remove(acme.id, nullptr,
                            [&removed](const SecretResult &result) { removed = result; }));
    QCOMPARE(changed.count(), 1);
    QVERIFY(!m_store->findById(acme.id)); // the profile at once, the secret on the event loop
    QTRY_VERIFY(removed.has_value());
    QVERIFY(removed->ok());
    QCOMPARE(m_secrets->count(), 1);
    const SecretResult read = waitFor(
        [&](SecretCallback done) { m_secrets->read(acme.secretKey(), nullptr, std::move(done)); });
    QCOMPARE(read.status, SecretResult::Status::NotFound);
    QVERIFY(m_store->findById(keep.id));
}

void TestProfileStore::removeUnknownIdDoesNothing()
{
    m_store->add(u"Acme"_s, kProduction, u"ct_acme"_s);
    bool called = false;
    QVERIFY(!m_store->remove(u"unknown"_s, nullptr,
                             [&called](const SecretResult &) { called = true; }));
    QCOMPARE(m_store->profiles().size(), 1);
    QVERIFY(!called);
}

void TestProfileStore::profilesSurviveANewStore()
{
    // Default QSettings(): what the desk uses, with the app's names.
    const ProfileEdit added = m_store->add(u"Acme"_s, kSandbox, u"ct_acme"_s);
    m_store.reset();
    m_settings.reset();
    MemorySecretStore secrets;
    ProfileStore reopened(secrets);
    const std::optional<Profile> acme = reopened.find(u"acme"_s);
    QVERIFY(acme);
    QCOMPARE(acme->id, added.profile.id);
    QCOMPARE(acme->baseUrl, kSandbox);
    QCOMPARE(acme->clientToken, u"ct_acme"_s);
}

void TestProfileStore::keepsARealtimeAddressAndRefusesOneThatIsNoSocket()
{
    Profile acme = m_store->add(u"Acme"_s, kProduction, u"ct_acme"_s).profile;
    QVERIFY(m_store->findById(acme.id)->realtimeUrl.isEmpty()); // the usual host

    acme.realtimeUrl = QUrl(u"wss://events.acme.example/vz"_s);
    QVERIFY(m_store->update(acme).ok());
    m_store.reset();
    ProfileStore reopened(*m_settings, *m_secrets); // what is saved, read again
    QCOMPARE(reopened.findById(acme.id)->realtimeUrl, QUrl(u"wss://events.acme.example/vz"_s));

    for (const QString &wrong :
         {u"https://events.acme.example"_s, u"wss://"_s, u"wss://user:pw@events.acme.example"_s,
          u"wss://events.acme.example/?token=1"_s}) {
        Profile refused = acme;
        refused.realtimeUrl = QUrl(wrong);
        const ProfileEdit edit = reopened.update(refused);
        QVERIFY2(!edit.ok(), qPrintable(wrong));
        QVERIFY2(edit.problem.contains(u"wss:// or ws://"_s), qPrintable(edit.problem));
    }
    QCOMPARE(reopened.findById(acme.id)->realtimeUrl, QUrl(u"wss://events.acme.example/vz"_s));

    acme.realtimeUrl.clear(); // back to the usual host
    QVERIFY(reopened.update(acme).ok());
    QVERIFY(reopened.findById(acme.id)->realtimeUrl.isEmpty());
}

void TestProfileStore::settingsFileHoldsNoSecret()
{
    // As the app does it: the secret through FallbackSecretStore (here its keychain is
    // unavailable, so it is kept in memory), the rest in the settings file.
    FallbackSecretStore secrets(new FakeSecretStore(FakeSecretStore::Mode::Unavailable));
    ProfileStore store(*m_settings, secrets);
    const ProfileEdit added = store.add(u"Acme"_s, kSandbox, u"ct_public_acme"_s);
    QVERIFY(added.ok());
    QVERIFY(waitFor([&](SecretCallback done) {
                secrets.write(added.profile.secretKey(), kSecret, nullptr, std::move(done));
            }).ok());
    QVERIFY(waitFor([&](SecretCallback done) {
                m_secrets->write(added.profile.secretKey(), kSecret, nullptr, std::move(done));
            }).ok());
    store.setLastUsedId(added.profile.id);
    m_settings->sync();

    QFile file(m_settings->fileName());
    QVERIFY2(file.fileName().startsWith(m_home.path()), qPrintable(file.fileName()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("ct_public_acme")); // the file was written; the token is public
    QVERIFY(bytes.contains(added.profile.id.toUtf8()));
    QVERIFY2(!bytes.contains(kSecret.toUtf8()), "the client secret is in the settings file");
    QVERIFY(!bytes.toLower().contains("secret"));   // not even a key that looks like one
    QVERIFY(!bytes.toLower().contains("password")); // nor an insecure keychain fallback

    const QStringList roots{
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
        QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
        m_home.path(),
    };
    for (const QString &root : roots)
        QVERIFY2(root.startsWith(m_home.path()), qPrintable(root));
    QVERIFY(fileCount(m_home.path()) >= 1); // the scan below looks at the settings file too
    const QStringList leaks = filesContaining(m_home.path(), kSecret);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profile_store.moc"
