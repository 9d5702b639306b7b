// SessionWatcher against a real in-process sandbox: connected instances show their
// session; disconnected ones are only looked at until startPairing(), which shows a QR
// polled until pairing completes or runs out; the pairing code; what the session says
// reaching the instance store; no polling while hidden or after switching instances.
#include "core/api/InstancesApi.h"
#include "core/presentation/SessionWatcher.h"
#include "tests/support/SandboxFixture.h"

#include <QImage>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace vzaps;
using namespace vzaps::test;
using namespace Qt::StringLiterals;

class TestSessionWatcher : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<SessionWatcher> m_watcher;
    QList<Instance> m_instances;

    Instance firstWhere(bool connected) const
    {
        for (const Instance &instance : m_instances) {
            if (instance.connected.value_or(false) == connected)
                return instance;
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY(m_sandbox->started);
        // Pair only through the control surface, so the test decides when.
        QVERIFY(
            m_sandbox->control("POST", u"/_sandbox/config"_s, {{u"pair_after_polls"_s, 0}}).ok());
        m_watcher = std::make_unique<SessionWatcher>(*m_sandbox->client);
        m_watcher->setQrPollInterval(std::chrono::milliseconds(100));
        m_instances = m_sandbox->instances();
        QVERIFY(!m_instances.isEmpty());
    }

    void cleanup()
    {
        m_watcher.reset();
        m_sandbox.reset();
    }

    void connectedInstanceShowsItsSession()
    {
        const Instance instance = firstWhere(true);
        QVERIFY(!instance.id.isEmpty());
        m_watcher->watch(instance.id);
        QCOMPARE(m_watcher->view(), SessionWatcher::View::Loading);
        QTRY_COMPARE(m_watcher->view(), SessionWatcher::View::Connected);
        QVERIFY(m_watcher->status().connected);
        QVERIFY(!m_watcher->status().phone.isEmpty());
        QVERIFY(!m_watcher->isPolling());
    }

    void disconnectedInstancePairsThroughTheQrViewOnlyWhenAsked()
    {
        const Instance instance = firstWhere(false);
        QVERIFY(!instance.id.isEmpty());
        InstanceStore store;
        store.mergeAll(m_instances, store.nextTicket());
        m_watcher->setStore(&store);
        QSignalSpy qrChanged(m_watcher.get(), &SessionWatcher::qrChanged);
        m_watcher->watch(instance.id);
        QTRY_COMPARE(m_watcher->view(), SessionWatcher::View::Disconnected);
        QVERIFY(!qrChanged.wait(300)); // looking asks for no QR
        QVERIFY(!m_watcher->isPolling());

        m_watcher->startPairing();
        QCOMPARE(m_watcher->view(), SessionWatcher::View::Pairing);
        QTRY_VERIFY(qrChanged.count() >= 2); // polled again while visible
        const QImage qr = QImage::fromData(m_watcher->qr().imageBytes(), "PNG");
        QVERIFY(!qr.isNull());
        QVERIFY(qr.width() >= 21);

        QVERIFY(m_sandbox
                    ->control("POST", u"/_sandbox/instances/%1/pair"_s.arg(instance.id),
                              {{u"phone"_s, u"5511988887777"_s}, {u"push_name"_s, u"Loja Teste"_s}})
                    .ok());
        QTRY_COMPARE_WITH_TIMEOUT(m_watcher->view(), SessionWatcher::View::Connected, 5000);
        QCOMPARE(m_watcher->status().phone, u"5511988887777"_s);
        QCOMPARE(m_watcher->status().pushName, u"Loja Teste"_s);
        QVERIFY(!m_watcher->isPolling());
        // The store learned it: the row and the summary follow.
        QCOMPARE(store.find(instance.id)->connected, std::optional<bool>(true));
        QCOMPARE(store.find(instance.id)->whatsappPushName, u"Loja Teste"_s);
    }

    void pairingRunsOutAndCanStartAgain()
    {
        m_watcher->setPairingTimeout(std::chrono::milliseconds(300));
        m_watcher->watch(firstWhere(false).id);
        QTRY_COMPARE(m_watcher->view(), SessionWatcher::View::Disconnected);
        m_watcher->startPairing();
        QTRY_COMPARE(m_watcher->view(), SessionWatcher::View::Expired);
        QVERIFY(!m_watcher->isPolling());
        QVERIFY(m_watcher->qr().qrCodeDataUrl.isEmpty());
        m_watcher->setPairingTimeout(std::chrono::seconds(30));
        m_watcher->startPairing();
        QTRY_VERIFY(!m_watcher->qr().qrCodeDataUrl.isEmpty());
        QCOMPARE(m_watcher->view(), SessionWatcher::View::Pairing);
        m_watcher->stopPairing();
        QCOMPARE(m_watcher->view(), SessionWatcher::View::Disconnected);
        QVERIFY(!m_watcher->isPolling());
    }

    void hidingEndsPairing()
    {
        m_watcher->watch(firstWhere(false).id);
        QTRY_COMPARE(m_watcher->view(), SessionWatcher::View::Disconnected);
        m_watcher->startPairing();
        QTRY_VERIFY(m_watcher->isPolling());
        m_watcher->setActive(false);
        QVERIFY(!m_watcher->isPolling());
        QCOMPARE(m_watcher->view(), SessionWatcher::View::Disconnected);
        QSignalSpy qrChanged(m_watcher.get(), &SessionWatcher::qrChanged);
        QVERIFY(!qrChanged.wait(500));
        m_watcher->setActive(true);
        QVERIFY(!qrChanged.wait(500)); // pairing again waits for the user
    }

    void switchingInstancesStopsTheOldPolling()
    {
        m_watcher->watch(firstWhere(false).id);
        QTRY_COMPARE(m_watcher->view(), SessionWatcher::View::Disconnected);
        m_watcher->startPairing();
        QTRY_VERIFY(m_watcher->isPolling());
        const Instance connected = firstWhere(true);
        m_watcher->watch(connected.id);
        QVERIFY(!m_watcher->isPolling());
        QTRY_COMPARE(m_watcher->view(), SessionWatcher::View::Connected);
        QCOMPARE(m_watcher->instanceId(), connected.id);
        m_watcher->stop();
        QCOMPARE(m_watcher->view(), SessionWatcher::View::None);
    }

    void pairingCodeAlternative()
    {
        m_watcher->watch(firstWhere(false).id);
        QTRY_COMPARE(m_watcher->view(), SessionWatcher::View::Disconnected);
        m_watcher->startPairing();
        QSignalSpy ready(m_watcher.get(), &SessionWatcher::pairingCodeReady);
        QSignalSpy failed(m_watcher.get(), &SessionWatcher::pairingCodeFailed);
        m_watcher->requestPairingCode(u"+55 11 91234-5678"_s);
        QVERIFY(ready.wait(5000));
        QVERIFY(QRegularExpression(u"^[A-Z0-9]{4}-[A-Z0-9]{4}$"_s)
                    .match(ready.first().first().toString())
                    .hasMatch());
        m_watcher->requestPairingCode(u"12"_s);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().first().value<ApiError>().kind, ErrorKind::InvalidInput);
    }

    void unknownInstanceIsAnError()
    {
        m_watcher->watch(u"VZDOESNOTEXIST0000000000000000"_s);
        QTRY_COMPARE(m_watcher->view(), SessionWatcher::View::Error);
        QCOMPARE(m_watcher->error().httpStatus, 404);
    }
};

QTEST_GUILESS_MAIN(TestSessionWatcher)
#include "tst_sessionwatcher.moc"
