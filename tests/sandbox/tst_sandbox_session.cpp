// docs/api-contract.md §3: session status, QR (real PNG), pairing code, disconnect, pairing
// transitions.
#include "tests/sandbox/SandboxTestClient.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class TestSandboxSession : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxTestClient> client;
    QString id;

    QString path(const QString &suffix) { return u"/instances/"_s + id + u"/session"_s + suffix; }
    HttpResult get(const QString &suffix) { return client->call("GET", path(suffix), {}, false); }
    void expectEnvelope(const HttpResult &result)
    {
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json.value(u"success"_s).toBool(), true);
        QCOMPARE(result.json.value(u"code"_s).toInt(), 200);
        QVERIFY(result.json.value(u"data"_s).isObject());
    }

private Q_SLOTS:
    void init()
    {
        client = std::make_unique<SandboxTestClient>();
        QVERIFY2(client->started(), qPrintable(client->startError()));
        id = client->createInstance(u"Session test"_s).value(u"id"_s).toString();
    }

    void statusOfANewInstanceIsDisconnected()
    {
        const HttpResult result = get(u"/status"_s);
        expectEnvelope(result);
        QCOMPARE(result.data(), (QJsonObject{{u"connected"_s, false}}));
    }

    void qrIsARealPngDataUrl()
    {
        const HttpResult result = get(u"/qr"_s);
        expectEnvelope(result);
        const QString qr = result.data().value(u"qr_code"_s).toString();
        QVERIFY(qr.startsWith(u"data:image/png;base64,"_s));
        const QByteArray png = QByteArray::fromBase64(qr.mid(22).toLatin1());
        QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
        // IHDR: a square image, at least 21 modules (version 1) plus the quiet zone.
        const auto be32 = [&png](int at) {
            return (quint32(quint8(png[at])) << 24) | (quint32(quint8(png[at + 1])) << 16) |
                   (quint32(quint8(png[at + 2])) << 8) | quint32(quint8(png[at + 3]));
        };
        QCOMPARE(png.mid(12, 4), "IHDR"_ba);
        QCOMPARE(be32(16), be32(20));
        QVERIFY(be32(16) >= 29 * 6);
        // Each poll shows a fresh code, as WhatsApp's rotate.
        QVERIFY(get(u"/qr"_s).data().value(u"qr_code"_s).toString() != qr);
    }

    void pairsByItselfAfterAFewQrPolls()
    {
        QCOMPARE(client->call("POST", u"/_sandbox/config"_s, {{u"pair_after_polls"_s, 2}}).status,
                 200);
        QVERIFY(get(u"/qr"_s).data().contains(u"qr_code"_s));
        QVERIFY(get(u"/qr"_s).data().contains(u"qr_code"_s));
        QCOMPARE(get(u"/status"_s).data().value(u"connected"_s).toBool(), false);
        const QJsonObject paired = get(u"/qr"_s).data();
        QCOMPARE(paired.value(u"status"_s).toString(), u"connected"_s);
        const QString phone = paired.value(u"phone"_s).toString();
        QVERIFY(phone.size() >= 8);

        const QJsonObject status = get(u"/status"_s).data();
        QCOMPARE(status.value(u"connected"_s).toBool(), true);
        QCOMPARE(status.value(u"phone"_s).toString(), phone);
        QCOMPARE(status.value(u"whatsapp_jid"_s).toString(), phone + u"@s.whatsapp.net"_s);
        QVERIFY(!status.value(u"push_name"_s).toString().isEmpty());
        for (auto it = status.begin(); it != status.end(); ++it)
            QVERIFY2(!it.value().isNull() && it.value() != QJsonValue(u""_s), qPrintable(it.key()));

        const QJsonObject record = client->call("POST", u"/instances/get"_s, {{u"id"_s, id}}).json;
        QCOMPARE(record.value(u"connected"_s).toBool(), true);
        QVERIFY(!record.value(u"connected_at"_s).isNull());
        QCOMPARE(record.value(u"whatsapp_push_name"_s), status.value(u"push_name"_s));
    }

    void neverPairsByItselfWhenDisabled()
    {
        QCOMPARE(client->call("POST", u"/_sandbox/config"_s, {{u"pair_after_polls"_s, 0}}).status,
                 200);
        for (int i = 0; i < 6; ++i)
            QVERIFY(get(u"/qr"_s).data().contains(u"qr_code"_s));
    }

    void controlSurfacePairsWithPhoneAndName()
    {
        const HttpResult paired = client->call(
            "POST", u"/_sandbox/instances/"_s + id + u"/pair"_s,
            {{u"phone"_s, u"+55 11 98888-7777"_s}, {u"push_name"_s, u"Loja Centro"_s}});
        QCOMPARE(paired.status, 200);
        QCOMPARE(paired.json.value(u"connected"_s).toBool(), true);
        const QJsonObject status = get(u"/status"_s).data();
        QCOMPARE(status.value(u"phone"_s).toString(), u"5511988887777"_s);
        QCOMPARE(status.value(u"push_name"_s).toString(), u"Loja Centro"_s);
        QCOMPARE(get(u"/qr"_s).data().value(u"status"_s).toString(), u"connected"_s);

        const HttpResult bad = client->call("POST", u"/_sandbox/instances/"_s + id + u"/pair"_s,
                                            {{u"phone"_s, u"12ab"_s}});
        QCOMPARE(bad.status, 422);
    }

    void pairingCodeFormatAndValidation()
    {
        const HttpResult result = get(u"/paircode/5511999990000"_s);
        expectEnvelope(result);
        const QString code = result.data().value(u"linking_code"_s).toString();
        QVERIFY2(QRegularExpression(u"^[A-Z0-9]{4}-[A-Z0-9]{4}$"_s).match(code).hasMatch(),
                 qPrintable(code));

        const HttpResult bad = get(u"/paircode/12"_s);
        QCOMPARE(bad.status, 422);
        QVERIFY(bad.json.value(u"message"_s).toString().contains(u"digits"_s));

        // Pairing through the control surface then uses the phone the code was asked for.
        QCOMPARE(client->call("POST", u"/_sandbox/instances/"_s + id + u"/pair"_s, {}).status, 200);
        QCOMPARE(get(u"/status"_s).data().value(u"phone"_s).toString(), u"5511999990000"_s);
        QCOMPARE(get(u"/paircode/5511999990000"_s).status, 409);
    }

    void disconnectEndsTheSession()
    {
        QCOMPARE(client->call("POST", u"/_sandbox/instances/"_s + id + u"/pair"_s, {}).status, 200);
        const HttpResult result = client->call("POST", path(u"/disconnect"_s), {}, false);
        expectEnvelope(result);
        QCOMPARE(result.data().value(u"instance_id"_s).toString(), id);
        QCOMPARE(result.data().value(u"status"_s).toString(), u"disconnected"_s);
        QVERIFY(result.data().contains(u"details"_s));
        QCOMPARE(get(u"/status"_s).data(), (QJsonObject{{u"connected"_s, false}}));
        QVERIFY(get(u"/qr"_s).data().contains(u"qr_code"_s));
    }

    void unknownInstanceIs404()
    {
        id = u"VZDOESNOTEXIST"_s;
        for (const QString &suffix : {u"/status"_s, u"/qr"_s, u"/paircode/5511999990000"_s})
            QCOMPARE(get(suffix).status, 404);
        QCOMPARE(client->call("POST", path(u"/disconnect"_s), {}, false).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestSandboxSession)
#include "tst_sandbox_session.moc"
