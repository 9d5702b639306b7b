// The secret stores: memory answers later, never at once; FallbackSecretStore
// moves to memory on the first "unavailable" keychain, says so once and writes nothing to
// disk; the real KeychainSecretStore answers on a machine without a keychain instead of
// hanging, and round-trips where there is one.
#include "tests/support/FakeSecretStore.h"
#include "tests/support/IsolatedSettings.h"
#include "tests/support/SecretScan.h"

#include "core/accounts/FallbackSecretStore.h"
#include "core/accounts/KeychainSecretStore.h"
#include "core/accounts/MemorySecretStore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace Qt::StringLiterals;
using namespace vzaps;
using namespace vzaps::test;
using Status = SecretResult::Status;

namespace {

const QString kSecret = u"cs_STORE_TEST_secret_7d41c9"_s;
const QString kOtherSecret = u"cs_STORE_TEST_other_secret_e83a"_s;

// Runs one store call and waits for its single answer.
class Answer
{
public:
    SecretCallback callback()
    {
        return [this](const SecretResult &result) {
            ++m_calls;
            m_result = result;
        };
    }
    bool wait(int timeoutMs = 10000)
    {
        return QTest::qWaitFor([this] { return m_calls > 0; }, timeoutMs);
    }
    int calls() const { return m_calls; }
    const SecretResult &result() const { return *m_result; }

private:
    int m_calls = 0;
    std::optional<SecretResult> m_result;
};

} // namespace

class TestSecretStores : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void memoryAnswersLaterNeverAtOnce();
    void memoryRoundTrip();
    void memoryDropsAnswerForDestroyedContext();
    void fallbackPassesThroughWorkingKeychain();
    void fallbackPassesThroughKeychainFailure();
    void fallbackMovesToMemoryAndWarnsOnce();
    void fallbackConcurrentUnavailableWarnsOnce();
    void fallbackWritesNothingToDisk();
    void keychainAnswersWithoutHanging();
    void keychainDropsAnswerForDestroyedContext();

private:
    QTemporaryDir m_home;
};

void TestSecretStores::initTestCase()
{
    // Anything a store might write lands under this HOME, where the test can look for it.
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    vzaps::testing::isolateSettings(u"tst_secret_stores"_s);
}

void TestSecretStores::memoryAnswersLaterNeverAtOnce()
{
    MemorySecretStore store;
    Answer write;
    store.write(u"k"_s, kSecret, nullptr, write.callback());
    QCOMPARE(write.calls(), 0); // not from inside write()
    QVERIFY(write.wait());
    QCOMPARE(write.calls(), 1);
    QVERIFY(write.result().ok());
    QVERIFY(!store.persists());
}

void TestSecretStores::memoryRoundTrip()
{
    MemorySecretStore store;
    QObject context;
    Answer write, read, remove, readAgain, removeAgain;
    store.write(u"k"_s, kSecret, &context, write.callback());
    store.read(u"k"_s, &context, read.callback());
    store.remove(u"k"_s, &context, remove.callback());
    store.read(u"k"_s, &context, readAgain.callback());
    store.remove(u"k"_s, &context, removeAgain.callback());
    QVERIFY(removeAgain.wait());
    QVERIFY(write.result().ok());
    QVERIFY(read.result().ok());
    QVERIFY(read.result().secret == kSecret);
    QVERIFY(remove.result().ok());
    QCOMPARE(readAgain.result().status, Status::NotFound);
    QVERIFY(readAgain.result().secret.isEmpty());
    QCOMPARE(removeAgain.result().status, Status::NotFound);
    QCOMPARE(store.count(), 0);
}

void TestSecretStores::memoryDropsAnswerForDestroyedContext()
{
    MemorySecretStore store;
    Answer dropped, sentinel;
    auto *context = new QObject;
    store.write(u"k"_s, kSecret, context, dropped.callback());
    delete context;
    QObject alive;
    store.read(u"k"_s, &alive, sentinel.callback()); // queued after the first answer
    QVERIFY(sentinel.wait());
    QCOMPARE(dropped.calls(), 0);
    QVERIFY(sentinel.result().ok()); // the write itself happened
}

void TestSecretStores::fallbackPassesThroughWorkingKeychain()
{
    auto *keychain = new FakeSecretStore(FakeSecretStore::Mode::Working);
    FallbackSecretStore store(keychain);
    QSignalSpy warned(&store, &FallbackSecretStore::keychainUnavailable);
    Answer write, read;
    store.write(u"k"_s, kSecret, nullptr, write.callback());
    store.read(u"k"_s, nullptr, read.callback());
    QVERIFY(read.wait());
    QVERIFY(write.result().ok());
    QVERIFY(read.result().secret == kSecret);
    QCOMPARE(keychain->count(), 1); // in the keychain, not in memory
    QCOMPARE(warned.count(), 0);
    QVERIFY(store.persists());
    QVERIFY(!store.usingMemory());
}

void TestSecretStores::fallbackPassesThroughKeychainFailure()
{
    // A broken keychain is reported, not papered over with memory.
    FallbackSecretStore store(new FakeSecretStore(FakeSecretStore::Mode::Failing));
    QSignalSpy warned(&store, &FallbackSecretStore::keychainUnavailable);
    Answer write;
    store.write(u"k"_s, kSecret, nullptr, write.callback());
    QVERIFY(write.wait());
    QCOMPARE(write.result().status, Status::Failed);
    QVERIFY(!write.result().message.isEmpty());
    QCOMPARE(warned.count(), 0);
    QVERIFY(store.persists());
}

void TestSecretStores::fallbackMovesToMemoryAndWarnsOnce()
{
    auto *keychain = new FakeSecretStore(FakeSecretStore::Mode::Unavailable);
    FallbackSecretStore store(keychain);
    QSignalSpy warned(&store, &FallbackSecretStore::keychainUnavailable);
    QVERIFY(store.persists()); // nothing known yet

    Answer write;
    store.write(u"k"_s, kSecret, nullptr, write.callback());
    QVERIFY(write.wait());
    QVERIFY(write.result().ok()); // kept in memory: the app goes on working
    QCOMPARE(warned.count(), 1);
    const QString sentence = warned.first().first().toString();
    QVERIFY2(sentence.startsWith("Your system keychain is not available ("_L1),
             qPrintable(sentence));
    QVERIFY(sentence.contains("no keychain service in this test"_L1));
    QVERIFY(sentence.contains("kept only until VZaps Desk quits"_L1));
    QVERIFY(!sentence.contains(kSecret));
    QCOMPARE(store.unavailableSentence(), sentence);
    QVERIFY(!store.persists());
    QVERIFY(store.usingMemory());

    Answer read, overwrite, readAgain, remove, readRemoved;
    store.read(u"k"_s, nullptr, read.callback());
    store.write(u"k"_s, kOtherSecret, nullptr, overwrite.callback());
    store.read(u"k"_s, nullptr, readAgain.callback());
    store.remove(u"k"_s, nullptr, remove.callback());
    store.read(u"k"_s, nullptr, readRemoved.callback());
    QVERIFY(readRemoved.wait());
    QVERIFY(read.result().secret == kSecret);
    QVERIFY(readAgain.result().secret == kOtherSecret);
    QVERIFY(remove.result().ok());
    QCOMPARE(readRemoved.result().status, Status::NotFound);
    QCOMPARE(warned.count(), 1);    // said once
    QCOMPARE(keychain->calls(), 1); // and the keychain is not asked again this run
}

void TestSecretStores::fallbackConcurrentUnavailableWarnsOnce()
{
    FallbackSecretStore store(new FakeSecretStore(FakeSecretStore::Mode::Unavailable));
    QSignalSpy warned(&store, &FallbackSecretStore::keychainUnavailable);
    Answer first, second, readFirst, readSecond;
    store.write(u"a"_s, kSecret, nullptr, first.callback());
    store.write(u"b"_s, kOtherSecret, nullptr, second.callback());
    QVERIFY(first.wait());
    QVERIFY(second.wait());
    QVERIFY(first.result().ok());
    QVERIFY(second.result().ok());
    QCOMPARE(warned.count(), 1);
    store.read(u"a"_s, nullptr, readFirst.callback());
    store.read(u"b"_s, nullptr, readSecond.callback());
    QVERIFY(readSecond.wait());
    QVERIFY(readFirst.result().secret == kSecret);
    QVERIFY(readSecond.result().secret == kOtherSecret);
}

void TestSecretStores::fallbackWritesNothingToDisk()
{
    FallbackSecretStore store(new FakeSecretStore(FakeSecretStore::Mode::Unavailable));
    Answer write, read;
    store.write(u"profile/x/client-secret"_s, kSecret, nullptr, write.callback());
    QVERIFY(write.wait());
    store.read(u"profile/x/client-secret"_s, nullptr, read.callback());
    QVERIFY(read.wait());
    QVERIFY(read.result().secret == kSecret);

    const QStringList roots{
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
        QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation),
        m_home.path(),
    };
    for (const QString &root : roots) {
        QVERIFY2(root.startsWith(m_home.path()), qPrintable(root)); // the test's own dirs
        const QStringList leaks = filesContaining(root, kSecret);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u", "_s)));
    }
}

void TestSecretStores::keychainAnswersWithoutHanging()
{
    // On CI there is no D-Bus session bus: Unavailable, at once. Where a Secret Service
    // runs, the entry round-trips under a service of the test's own and is removed again.
    KeychainSecretStore store(u"VZaps Desk tests"_s);
    store.setTimeout(std::chrono::seconds(20)); // a locked keychain's prompt: Unavailable
    QVERIFY(store.persists());
    const QString key = u"tst_secret_stores/"_s + QUuid::createUuid().toString(QUuid::Id128);
    Answer write;
    store.write(key, kSecret, nullptr, write.callback());
    QVERIFY(write.wait(store.timeout().count() + 10000));
    QCOMPARE(write.calls(), 1);
    const SecretResult &written = write.result();
    QVERIFY2(written.status == Status::Ok || written.status == Status::Unavailable,
             qPrintable(written.message));
    QVERIFY(!written.message.contains(kSecret));
    if (written.status == Status::Unavailable) {
        QVERIFY(!written.message.isEmpty());
        qInfo("No keychain here: %s", qPrintable(written.message));
        Answer read;
        store.read(key, nullptr, read.callback());
        QVERIFY(read.wait());
        QCOMPARE(read.result().status, Status::Unavailable);
        return;
    }
    Answer read, remove, readRemoved;
    store.read(key, nullptr, read.callback());
    QVERIFY(read.wait(30000));
    QVERIFY(read.result().ok());
    QVERIFY(read.result().secret == kSecret);
    store.remove(key, nullptr, remove.callback());
    QVERIFY(remove.wait(30000));
    QVERIFY(remove.result().ok());
    store.read(key, nullptr, readRemoved.callback());
    QVERIFY(readRemoved.wait(30000));
    QCOMPARE(readRemoved.result().status, Status::NotFound);
}

void TestSecretStores::keychainDropsAnswerForDestroyedContext()
{
    KeychainSecretStore store(u"VZaps Desk tests"_s);
    store.setTimeout(std::chrono::seconds(20));
    const QString key = u"tst_secret_stores/"_s + QUuid::createUuid().toString(QUuid::Id128);
    Answer dropped, sentinel;
    auto *context = new QObject;
    store.read(key, context, dropped.callback());
    delete context;
    QObject alive;
    store.read(key, &alive, sentinel.callback()); // answered after the first one
    QVERIFY(sentinel.wait(store.timeout().count() + 10000));
    QCOMPARE(dropped.calls(), 0);
}

QTEST_GUILESS_MAIN(TestSecretStores)
#include "tst_secret_stores.moc"
