// Many parallel clients must not corrupt state: 50 concurrent list/create calls.
#include "tests/sandbox/SandboxTestClient.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class TestSandboxConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fiftyConcurrentListAndCreateCalls()
    {
        SandboxTestClient client;
        QVERIFY2(client.started(), qPrintable(client.startError()));
        const Headers headers = client.authHeaders();

        // Several managers, so more than QNAM's 6 connections per host are really open at once.
        std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
        for (int i = 0; i < 5; ++i)
            managers.push_back(std::make_unique<QNetworkAccessManager>());
        QList<QNetworkReply *> creates;
        QList<QNetworkReply *> lists;
        for (int i = 0; i < 50; ++i) {
            QNetworkRequest request(
                client.url(i % 2 ? u"/instances/list"_s : u"/instances/create"_s));
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
            for (const auto &header : headers)
                request.setRawHeader(header.first, header.second);
            QNetworkAccessManager &manager = *managers[size_t(i % 5)];
            if (i % 2) {
                lists.append(manager.post(request, "{\"page\":1,\"size\":100}"));
            } else {
                const QByteArray body = "{\"name\":\"Parallel " + QByteArray::number(i) + "\"}";
                creates.append(manager.sendCustomRequest(request, "PUT", body));
            }
        }

        QSet<QString> createdIds;
        for (QNetworkReply *reply : creates) {
            const HttpResult result = SandboxTestClient::collect(reply);
            QCOMPARE(result.status, 201);
            createdIds.insert(result.json.value(u"id"_s).toString());
        }
        QCOMPARE(createdIds.size(), 25);
        for (QNetworkReply *reply : lists) {
            const HttpResult result = SandboxTestClient::collect(reply);
            QCOMPARE(result.status, 200);
            const int total = result.json.value(u"total"_s).toInt();
            QVERIFY(total >= 24 && total <= 49);
            // Each page is internally consistent: rows match the count it claims.
            QCOMPARE(result.json.value(u"content"_s).toArray().size(), std::min(total, 100));
        }

        const HttpResult after =
            client.call("POST", u"/instances/list"_s, {{u"page"_s, 1}, {u"size"_s, 100}});
        QCOMPARE(after.json.value(u"total"_s).toInt(), 49);
        QSet<QString> listed;
        for (const QJsonValue row : after.json.value(u"content"_s).toArray())
            listed.insert(row.toObject().value(u"id"_s).toString());
        QCOMPARE(listed.size(), 49);
        QVERIFY(listed.contains(createdIds));
    }
};

QTEST_GUILESS_MAIN(TestSandboxConcurrency)
#include "tst_sandbox_concurrency.moc"
