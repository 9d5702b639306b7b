// Lenient decoding of every shape (docs/api-contract.md §1.2, §4): variants are accepted,
// missing/null/wrong-typed fields never crash, unknown fields are kept.
#include "core/types/AccessToken.h"
#include "core/types/Billing.h"
#include "core/types/InstancePage.h"
#include "core/types/JsonFields.h"
#include "core/types/Session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace vzaps;
using namespace Qt::StringLiterals;

namespace {
// Samples spell "://" as ":\/\/" (valid JSON): moc mistakes "//" in a multi-line raw
// string for a comment.
QJsonObject parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}
} // namespace

class TestJsonMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void instanceReadsEveryDocumentedField()
    {
        const Instance instance = Instance::fromJson(parse(R"({
            "id": "VZ8K2M4N6P8R0T2V4X6Z8B0D2F4H", "name": "Support", "token": "inst_abc",
            "url": "https:\/\/app.vzaps.com/instances/VZ8K", "webhook": "https:\/\/example.com/h",
            "events_subscribe": "Message,Connected,Disconnected", "reject_calls": true,
            "auto_read_messages": false, "connected": true,
            "connected_at": "2026-11-20T10:15:30Z", "whatsapp_push_name": "Acme",
            "whatsapp_jid": "5511@s.whatsapp.net", "status": "RUNNING",
            "billing_status": "ACTIVE", "created_at": "2026-01-02T03:04:05.678Z",
            "updated_at": "2026-11-25T12:00:00+02:00", "cancel_at": null,
            "expired_at": "2027-01-02T03:04:05Z", "labels": {"team": "care"}
        })"));
        QCOMPARE(instance.id, u"VZ8K2M4N6P8R0T2V4X6Z8B0D2F4H"_s);
        QCOMPARE(instance.name, u"Support"_s);
        QCOMPARE(instance.token, u"inst_abc"_s);
        QCOMPARE(instance.url, u"https://app.vzaps.com/instances/VZ8K"_s);
        QCOMPARE(instance.webhook, u"https://example.com/h"_s);
        QCOMPARE(instance.eventsSubscribe,
                 (QStringList{u"Message"_s, u"Connected"_s, u"Disconnected"_s}));
        QVERIFY(instance.rejectCalls);
        QVERIFY(!instance.autoReadMessages);
        QCOMPARE(instance.connected, std::optional<bool>(true));
        QCOMPARE(instance.connectedAt, QDateTime(QDate(2026, 11, 20), QTime(10, 15, 30), Qt::UTC));
        QCOMPARE(instance.whatsappPushName, u"Acme"_s);
        QCOMPARE(instance.whatsappJid, u"5511@s.whatsapp.net"_s);
        QCOMPARE(instance.status, u"RUNNING"_s);
        QCOMPARE(instance.billingStatus, u"ACTIVE"_s);
        QCOMPARE(instance.createdAt, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC));
        QCOMPARE(instance.updatedAt, QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC));
        QVERIFY(instance.cancelAt.isNull());
        QCOMPARE(instance.expiredAt, QDateTime(QDate(2027, 1, 2), QTime(3, 4, 5), Qt::UTC));
        QCOMPARE(instance.labels.value("team"_L1).toString(), u"care"_s);
        QVERIFY(instance.unknownFieldNames().isEmpty());
    }

    void eventsAcceptArrayOrCommaString_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("expected");
        const QStringList two{u"Message"_s, u"Connected"_s};
        QTest::newRow("array") << QByteArray(R"({"events_subscribe":["Message","Connected"]})")
                               << two;
        QTest::newRow("comma string")
            << QByteArray(R"({"events_subscribe":"Message,Connected"})") << two;
        QTest::newRow("spaces and empties")
            << QByteArray(R"({"events_subscribe":" Message, ,Connected,"})") << two;
        QTest::newRow("empty string") << QByteArray(R"({"events_subscribe":""})") << QStringList();
        QTest::newRow("null") << QByteArray(R"({"events_subscribe":null})") << QStringList();
        QTest::newRow("number") << QByteArray(R"({"events_subscribe":7})") << QStringList();
        QTest::newRow("mixed array") << QByteArray(R"({"events_subscribe":["Message",3,null]})")
                                     << QStringList{u"Message"_s};
    }

    void eventsAcceptArrayOrCommaString()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, expected);
        QCOMPARE(Instance::fromJson(parse(json.constData())).eventsSubscribe, expected);
    }

    void instanceSurvivesMissingNullAndWrongTypes()
    {
        const Instance empty = Instance::fromJson({});
        QVERIFY(empty.id.isEmpty());
        QVERIFY(!empty.connected.has_value());
        QVERIFY(empty.createdAt.isNull());

        const Instance odd = Instance::fromJson(parse(R"({
            "id": 12345, "name": null, "token": {"x": 1}, "connected": "true",
            "reject_calls": "yes please", "auto_read_messages": 1, "created_at": 17,
            "updated_at": "not a date", "cancel_at": "2026-13-45T99:00:00Z", "labels": "x"
        })"));
        QCOMPARE(odd.id, u"12345"_s);
        QVERIFY(odd.name.isEmpty());
        QVERIFY(odd.token.isEmpty());
        QCOMPARE(odd.connected, std::optional<bool>(true));
        QVERIFY(!odd.rejectCalls);
        QVERIFY(odd.autoReadMessages);
        QVERIFY(odd.createdAt.isNull());
        QVERIFY(odd.updatedAt.isNull());
        QVERIFY(odd.cancelAt.isNull());
        QVERIFY(odd.labels.isEmpty());
        QCOMPARE(Instance::fromJson(parse("{\"connected\": null}")).connected, std::nullopt);
    }

    void unknownFieldsAreKept()
    {
        const Instance instance =
            Instance::fromJson(parse(R"({"id":"VZ1","plan":"pro","region":{"dc":"gru"}})"));
        QCOMPARE(instance.unknownFieldNames(), (QStringList{u"plan"_s, u"region"_s}));
        QCOMPARE(instance.raw.value("plan"_L1).toString(), u"pro"_s);
    }

    void timestampsInOtherShapes()
    {
        QCOMPARE(json::parseIsoDateTime(u"2026-03-04 05:06:07"_s),
                 QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC));
        QCOMPARE(json::parseIsoDateTime(u"2026-03-04T05:06:07.123456789-03:00"_s),
                 QDateTime(QDate(2026, 3, 4), QTime(8, 6, 7, 123), Qt::UTC));
        QVERIFY(json::parseIsoDateTime(u"2026-03-04"_s).isValid()); // date only: Qt's reader
        QVERIFY(json::parseIsoDateTime(u"2026-02-30T00:00:00Z"_s).isNull());
        QVERIFY(json::parseIsoDateTime(u"garbage"_s).isNull());
        QVERIFY(json::parseIsoDateTime(u""_s).isNull());
    }

    void pageDerivesMissingTotalPagesAndReadsSummary()
    {
        const InstancePage page = InstancePage::fromJson(parse(R"({
            "page": 2, "size": 20, "total": 41,
            "content": [{"id": "VZ1"}, "not an object", {"id": "VZ2"}],
            "summary": {"ACTIVE": 30, "PAST_DUE": 2, "connected": 28, "by": {"plan": 3},
                        "note": "beta", "list": [1, 2], "nothing": null}
        })"));
        QCOMPARE(page.page, 2);
        QCOMPARE(page.size, 20);
        QCOMPARE(page.total, 41);
        QCOMPARE(page.totalPages, 3);
        QCOMPARE(page.content.size(), 2);
        QCOMPARE(page.content.at(1).id, u"VZ2"_s);
        QStringList counters;
        for (const SummaryCounter &counter : page.summary)
            counters.append(counter.key + u'=' + counter.value);
        counters.sort();
        QCOMPARE(counters, (QStringList{u"ACTIVE=30"_s, u"PAST_DUE=2"_s, u"by.plan=3"_s,
                                        u"connected=28"_s, u"note=beta"_s}));
    }

    void pageSurvivesEmptyAndHostileShapes()
    {
        const InstancePage empty = InstancePage::fromJson({});
        QCOMPARE(empty.content.size(), 0);
        QCOMPARE(empty.total, 0);
        QCOMPARE(empty.page, 1);
        const InstancePage hostile = InstancePage::fromJson(
            parse(R"({"page": -4, "size": "x", "total": 1e300, "total_pages": "7",
                      "content": {"id": "VZ1"}, "summary": [1]})"));
        QCOMPARE(hostile.page, 1);
        QCOMPARE(hostile.totalPages, 7);
        QVERIFY(hostile.content.isEmpty());
        QVERIFY(hostile.summary.isEmpty());
    }

    void envelopeIsUnwrappedOnlyWhenItIsOne()
    {
        const QJsonObject wrapped =
            parse(R"({"code":200,"success":true,"data":{"connected":true}})");
        QVERIFY(json::isEnvelope(wrapped));
        QCOMPARE(json::unwrapEnvelope(wrapped).toObject().value("connected"_L1).toBool(), true);
        const QJsonObject bare = parse(R"({"success":"yes","data":{"x":1},"id":"VZ1"})");
        QVERIFY(!json::isEnvelope(bare));
        QCOMPARE(json::unwrapEnvelope(bare).toObject().value("id"_L1).toString(), u"VZ1"_s);
        QVERIFY(!json::isEnvelope(parse("{\"success\":true}")));
    }

    void tokenAcceptsBothSpellingsAndRejectsUnusable()
    {
        auto snake =
            AccessToken::fromJson(parse(R"({"access_token":"jwt.a.b","expires_in":3600})"));
        QVERIFY(snake.ok());
        QCOMPARE(snake.value().token, u"jwt.a.b"_s);
        QCOMPARE(snake.value().expiresInSeconds, 3600);
        auto camel = AccessToken::fromJson(parse(R"({"accessToken":"jwt.c.d","expiresIn":"60"})"));
        QVERIFY(camel.ok());
        QCOMPARE(camel.value().expiresInSeconds, 60);

        auto missing = AccessToken::fromJson(parse(R"({"expires_in":3600})"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, ErrorKind::Auth);
        auto expired = AccessToken::fromJson(parse(R"({"access_token":"jwt","expires_in":0})"));
        QVERIFY(!expired.ok());
        QCOMPARE(expired.error().kind, ErrorKind::Auth);
        QVERIFY(!expired.error().describe().contains("jwt"_L1));
    }

    void sessionStatusConnected()
    {
        const SessionStatus status = SessionStatus::fromJson(parse(R"({
            "connected": true, "phone": "5511912345678", "whatsapp_jid": "5511@s.whatsapp.net",
            "push_name": "Acme", "business_name": "Acme Ltd",
            "business_profile": {"business_hours_timezone": "America/Sao_Paulo",
                "categories": [{"id": "1", "name": "Retail"}],
                "profile_options": {"commerce_experience": "catalog"},
                "address": "Rua A, 1", "email": "hi@acme.test"},
            "profile_picture_url": "https:\/\/pps.example/p.jpg", "verified_name": "Acme"
        })"));
        QVERIFY(status.connected);
        QCOMPARE(status.phone, u"5511912345678"_s);
        QCOMPARE(status.pushName, u"Acme"_s);
        QCOMPARE(status.businessName, u"Acme Ltd"_s);
        QCOMPARE(status.businessProfile.businessHoursTimezone, u"America/Sao_Paulo"_s);
        QCOMPARE(status.businessProfile.categories.size(), 1);
        QCOMPARE(status.businessProfile.categories.first().name, u"Retail"_s);
        QCOMPARE(status.businessProfile.profileOptions.value(u"commerce_experience"_s),
                 u"catalog"_s);
        QCOMPARE(status.profilePictureUrl, u"https://pps.example/p.jpg"_s);
        QCOMPARE(status.verifiedName, u"Acme"_s);
        QVERIFY(!SessionStatus::fromJson(parse("{\"connected\": false}")).connected);
    }

    void qrAcceptsAllSpellingsAndDecodesTheImage_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("qr_code") << u"qr_code"_s;
        QTest::newRow("QRCode") << u"QRCode"_s;
        QTest::newRow("qrcode") << u"qrcode"_s;
    }

    void qrAcceptsAllSpellingsAndDecodesTheImage()
    {
        QFETCH(QString, key);
        const QByteArray png("\x89PNG\r\n\x1a\nfake", 12);
        const SessionQr qr = SessionQr::fromJson(
            {{key, u"data:image/png;base64,"_s + QString::fromLatin1(png.toBase64())}});
        QVERIFY(!qr.isPaired());
        QCOMPARE(qr.imageBytes(), png);
    }

    void qrPairedAndBrokenDataUrls()
    {
        const SessionQr paired = SessionQr::fromJson(parse(R"({"status":"paired","phone":"55"})"));
        QVERIFY(paired.isPaired());
        QCOMPARE(paired.phone, u"55"_s);
        QVERIFY(SessionQr::fromJson(parse("{\"qr_code\":\"data:image/png;base64,@@@\"}"))
                    .imageBytes()
                    .isEmpty());
        QVERIFY(SessionQr::fromJson(parse("{\"qr_code\":\"https://x/qr.png\"}"))
                    .imageBytes()
                    .isEmpty());
        // Up to the cap an image is decoded; one byte more and it is not.
        const QString prefix = u"data:image/png;base64,"_s;
        const QByteArray atCap(SessionQr::kMaxImageBytes, 'q');
        const QByteArray overCap(SessionQr::kMaxImageBytes + 1, 'q');
        QCOMPARE(
            SessionQr::fromJson({{u"qr_code"_s, prefix + QString::fromLatin1(atCap.toBase64())}})
                .imageBytes(),
            atCap);
        QVERIFY(
            SessionQr::fromJson({{u"qr_code"_s, prefix + QString::fromLatin1(overCap.toBase64())}})
                .imageBytes()
                .isEmpty());
    }

    void pairingCodeBillingAndActionShapes()
    {
        QCOMPARE(PairingCode::fromJson(parse("{\"LinkingCode\":\"ABCD-EFGH\"}")).linkingCode,
                 u"ABCD-EFGH"_s);
        const BillingSession checkout = BillingSession::fromJson(
            parse(R"({"url":"https:\/\/pay.example/s/1","session_id":"cs_1","mode":"checkout"})"));
        QVERIFY(checkout.isCheckout());
        QCOMPARE(checkout.sessionId, u"cs_1"_s);
        const BillingSession direct =
            BillingSession::fromJson(parse(R"({"mode":"direct","subscription_id":"sub_1"})"));
        QVERIFY(!direct.isCheckout());
        QCOMPARE(direct.subscriptionId, u"sub_1"_s);
        QVERIFY(!BillingSession::fromJson({}).isCheckout());

        const ActionResult action = ActionResult::fromJson(
            parse(R"({"instance_id":"VZ1","status":"RESTARTING","details":{"eta":2}})"));
        QCOMPARE(action.instanceId, u"VZ1"_s);
        QCOMPARE(action.status, u"RESTARTING"_s);
        QCOMPARE(action.details, u"{\"eta\":2}"_s);
        QCOMPARE(ActionResult::fromJson(parse("{\"details\":\"queued\"}")).details, u"queued"_s);
        QCOMPARE(CancelResult::fromJson(parse("{\"message\":\"Scheduled\"}")).message,
                 u"Scheduled"_s);
    }

    // Random JSON of every type in every documented field must never crash a decoder.
    void hostileValuesNeverCrash()
    {
        const QStringList keys = {u"id"_s,
                                  u"name"_s,
                                  u"token"_s,
                                  u"events_subscribe"_s,
                                  u"connected"_s,
                                  u"created_at"_s,
                                  u"labels"_s,
                                  u"content"_s,
                                  u"summary"_s,
                                  u"page"_s,
                                  u"size"_s,
                                  u"total"_s,
                                  u"total_pages"_s,
                                  u"qr_code"_s,
                                  u"business_profile"_s,
                                  u"details"_s,
                                  u"access_token"_s,
                                  u"expires_in"_s,
                                  u"categories"_s,
                                  u"profile_options"_s};
        QRandomGenerator random(20261126);
        auto randomValue = [&](int depth, auto &self) -> QJsonValue {
            switch (random.bounded(depth > 2 ? 5 : 7)) {
            case 0:
                return QJsonValue();
            case 1:
                return random.bounded(2) == 1;
            case 2:
                return random.generateDouble() * 1e18 - 5e17;
            case 3:
                return QString::number(random.generate(), 36);
            case 4:
                return u"2026-01-01T00:00:00Z"_s;
            case 5: {
                QJsonArray array;
                for (int i = 0; i < 3; ++i)
                    array.append(self(depth + 1, self));
                return array;
            }
            default: {
                QJsonObject object;
                for (int i = 0; i < 4; ++i)
                    object.insert(keys.at(random.bounded(keys.size())), self(depth + 1, self));
                return object;
            }
            }
        };
        int decoded = 0;
        for (int round = 0; round < 2000; ++round) {
            QJsonObject object;
            for (const QString &key : keys)
                object.insert(key, randomValue(0, randomValue));
            decoded += Instance::fromJson(object).raw.size() > 0;
            decoded += InstancePage::fromJson(object).raw.size() > 0;
            decoded += SessionStatus::fromJson(object).raw.size() > 0;
            decoded += SessionQr::fromJson(object).raw.size() > 0;
            SessionQr::fromJson(object).imageBytes();
            AccessToken::fromJson(object);
            ActionResult::fromJson(object);
            BillingSession::fromJson(object);
        }
        QCOMPARE(decoded, 4 * 2000);
    }
};

QTEST_GUILESS_MAIN(TestJsonMapping)
#include "tst_jsonmapping.moc"
