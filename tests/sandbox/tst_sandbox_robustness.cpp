// Bad peers never crash the sandbox: clients that give up during injected latency, a server
// stopped with replies pending, malformed HTTP on a raw socket, hostile JSON.
#include "tests/sandbox/SandboxTestClient.h"
#include "tests/support/FileModes.h"

#include <QTcpSocket>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestSandboxRobustness : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxTestClient> client;

    QByteArray rawExchange(const QByteArray &bytes)
    {
        QTcpSocket socket;
        socket.connectToHost(client->server().baseUrl().host(), client->server().port());
        if (!socket.waitForConnected(5000))
            return {};
        socket.write(bytes);
        QByteArray answer;
        // Read until the server answers or closes; either is fine, a hang or crash is not.
        QSignalSpy closed(&socket, &QTcpSocket::disconnected);
        for (int i = 0; i < 5 && !answer.contains("\r\n\r\n") && closed.isEmpty(); ++i) {
            socket.waitForReadyRead(100);
            answer += socket.readAll();
        }
        return answer;
    }

private Q_SLOTS:
    void init()
    {
        client = std::make_unique<SandboxTestClient>();
        QVERIFY2(client->started(), qPrintable(client->startError()));
        QVERIFY(!client->token().isEmpty());
    }

    void clientGivingUpDuringLatencyIsHarmless()
    {
        QSignalSpy logged(&client->server(), &vzsandbox::SandboxServer::requestLogged);
        QCOMPARE(client->call("POST", u"/_sandbox/config"_s, {{u"latency_ms"_s, 300}}).status, 200);
        // A raw socket, so the request surely reaches the server before the client hangs up.
        QTcpSocket socket;
        socket.connectToHost(client->server().baseUrl().host(), client->server().port());
        QVERIFY(socket.waitForConnected(5000));
        QByteArray request = "POST /instances/list HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n";
        for (const auto &header : client->authHeaders())
            request += header.first + ": " + header.second + "\r\n";
        socket.write(request + "\r\n{}");
        QVERIFY(socket.waitForBytesWritten(5000));
        socket.abort();
        QTRY_VERIFY_WITH_TIMEOUT(
            !logged.isEmpty() && logged.last().first().toString().contains(u"client gone"_s), 3000);
        QVERIFY(logged.last().first().toString().startsWith(u"POST /instances/list 200"_s));
        QCOMPARE(client->call("POST", u"/_sandbox/config"_s, {{u"latency_ms"_s, 0}}).status, 200);
        QCOMPARE(client->call("POST", u"/instances/list"_s).status, 200);
    }

    void stoppingWithRepliesPendingIsHarmless()
    {
        QCOMPARE(client->call("POST", u"/_sandbox/config"_s, {{u"latency_ms"_s, 500}}).status, 200);
        QNetworkReply *reply =
            client->start("POST", u"/instances/list"_s, "{}", client->authHeaders());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QTRY_VERIFY(reply->isRunning());
        client->server().stop();
        QVERIFY(!client->server().isRunning());
        QVERIFY(finished.wait(5000));
        QVERIFY(reply->error() != QNetworkReply::NoError);
        reply->deleteLater();
    }

    void malformedHttpGetsNoCrash_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("garbage") << "\x16\x03\x01 not http at all\r\n\r\n"_ba;
        QTest::newRow("bad request line") << "GET\r\n\r\n"_ba;
        QTest::newRow("bad header") << "GET /token HTTP/1.1\r\nNo colon here\r\n\r\n"_ba;
        QTest::newRow("lying length") << "POST /token HTTP/1.1\r\nContent-Length: 10\r\n\r\n{}"_ba;
        QTest::newRow("http 1.0") << "GET /nowhere HTTP/1.0\r\n\r\n"_ba;
    }
    void malformedHttpGetsNoCrash()
    {
        QFETCH(QByteArray, bytes);
        rawExchange(bytes);
        QCOMPARE(client->call("POST", u"/instances/list"_s).status, 200);
    }

    void hostileJsonIsRejectedCleanly_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("deep nesting") << QByteArray(5000, '[') + QByteArray(5000, ']');
        QTest::newRow("nul bytes") << "{\"name\":\"ab\0c\"}"_ba;
        QTest::newRow("invalid utf8") << "{\"name\":\"\xff\xfe\xfd\"}"_ba;
        QTest::newRow("huge number") << "{\"page\":1e400}"_ba;
        QTest::newRow("name object") << "{\"name\":{\"a\":1}}"_ba;
    }
    void hostileJsonIsRejectedCleanly()
    {
        QFETCH(QByteArray, body);
        for (const QString &path : {u"/instances/create"_s, u"/instances/list"_s}) {
            const HttpResult result = client->send(path.endsWith(u"create"_s) ? "PUT" : "POST",
                                                   path, body, client->authHeaders());
            // list ignores unknown members, so a well-formed object may well be a 200 there.
            QVERIFY2(result.status == 400 || result.status == 422 || result.status == 201 ||
                         (result.status == 200 && path.endsWith(u"list"_s)),
                     qPrintable(QString::number(result.status)));
            QVERIFY(!result.header("X-Request-Id").isEmpty());
        }
        QCOMPARE(client->call("POST", u"/instances/list"_s).status, 200);
    }

    void stateFileAndItsFolderArePrivate()
    {
        // The state holds the JWT signing key and the client secret.
        QTemporaryDir dir;
        vzsandbox::SandboxOptions options;
        options.statePath = dir.filePath(u"new/folder/state.sqlite"_s);
        {
            SandboxTestClient fresh(options);
            QVERIFY2(fresh.started(), qPrintable(fresh.startError()));
            QCOMPARE(fresh.call("POST", u"/instances/list"_s).status, 200);
            QVERIFY(vzaps::testing::isPrivate(options.statePath));
            QVERIFY(vzaps::testing::isPrivate(dir.filePath(u"new/folder"_s)));
            for (const QString &journal : {u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
                if (QFile::exists(options.statePath + journal))
                    QVERIFY(vzaps::testing::isPrivate(options.statePath + journal));
            }
        }
        // A state file that others could read is made private when it is opened.
        QVERIFY(QFile::setPermissions(options.statePath, QFileDevice::ReadOwner |
                                                             QFileDevice::WriteOwner |
                                                             QFileDevice::ReadOther));
        SandboxTestClient again(options);
        QVERIFY2(again.started(), qPrintable(again.startError()));
        QVERIFY(vzaps::testing::isPrivate(options.statePath));
    }

    void restartsOnTheSameStateFile()
    {
        const QString id = client->createInstance(u"Kept"_s).value(u"id"_s).toString();
        const QString state = client->server().statePath();
        client->server().stop();
        vzsandbox::SandboxOptions options;
        options.statePath = state;
        SandboxTestClient again(options);
        QVERIFY2(again.started(), qPrintable(again.startError()));
        QCOMPARE(again.call("POST", u"/instances/get"_s, {{u"id"_s, id}}).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxRobustness)
#include "tst_sandbox_robustness.moc"
