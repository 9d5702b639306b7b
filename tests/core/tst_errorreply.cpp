// Error replies become ApiErrors exactly as docs/api-contract.md §1.6 says, and their texts
// are readable, complete and free of secrets.
#include "core/api/ErrorReply.h"

#include <QTest>

using namespace vzaps;
using namespace Qt::StringLiterals;

namespace {
errors::HttpReply reply(int status, const QByteArray &body, const QString &reason = {})
{
    errors::HttpReply http;
    http.status = status;
    http.reason = reason;
    http.body = body;
    return http;
}
} // namespace

class TestErrorReply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindFollowsStatus()
    {
        QCOMPARE(errors::kindForStatus(401), ErrorKind::Auth);
        QCOMPARE(errors::kindForStatus(403), ErrorKind::Auth);
        QCOMPARE(errors::kindForStatus(429), ErrorKind::RateLimited);
        QCOMPARE(errors::kindForStatus(404), ErrorKind::Http);
        QCOMPARE(errors::kindForStatus(409), ErrorKind::Http);
        QCOMPARE(errors::kindForStatus(500), ErrorKind::Http);
    }

    void messageIsFirstNonEmptyOfMessageErrorDetail_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("details");
        QTest::newRow("message") << QByteArray(R"({"message":"bad credentials"})")
                                 << u"bad credentials"_s << QString() << QString();
        QTest::newRow("string code") << QByteArray(R"({"message":"slow down","code":"rate_limit"})")
                                     << u"slow down"_s << u"rate_limit"_s << QString();
        QTest::newRow("details")
            << QByteArray(R"({"message":"Nope","code":"bad_request","details":"name too short"})")
            << u"Nope"_s << u"bad_request"_s << u"name too short"_s;
        QTest::newRow("error") << QByteArray(R"({"error":"instance not found"})")
                               << u"instance not found"_s << QString() << QString();
        QTest::newRow("detail") << QByteArray(R"({"message":"","detail":"gone"})") << u"gone"_s
                                << QString() << QString();
        QTest::newRow("int code") << QByteArray(R"({"message":"x","code":409})") << u"x"_s
                                  << u"409"_s << QString();
        QTest::newRow("object details")
            << QByteArray(R"({"message":"invalid","details":{"name":"too short"}})") << u"invalid"_s
            << QString() << u"{\"name\":\"too short\"}"_s;
        QTest::newRow("nested error")
            << QByteArray(R"({"error":{"message":"deep"}})") << u"deep"_s << QString() << QString();
        QTest::newRow("no text: reason")
            << QByteArray(R"({"code":1})") << u"Conflict"_s << u"1"_s << QString();
    }

    void messageIsFirstNonEmptyOfMessageErrorDetail()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QFETCH(QString, code);
        QFETCH(QString, details);
        const ApiError error = errors::fromHttpReply(u"do it"_s, reply(409, body, u"Conflict"_s));
        QCOMPARE(error.message, message);
        QCOMPARE(error.code, code);
        QCOMPARE(error.details, details);
        QCOMPARE(error.httpStatus, 409);
    }

    void emptyBodyWithoutReasonStillSaysSomething()
    {
        const ApiError error = errors::fromHttpReply(u"do it"_s, reply(500, {}));
        QVERIFY(!error.message.isEmpty());
        QVERIFY(error.describe().contains("500"_L1));
    }

    void htmlPageBecomesReadableText()
    {
        const QByteArray page = "<!DOCTYPE html><html><head><title>502</title><style>b{}</style>"
                                "</head><body><h1>502 Bad Gateway</h1><script>alert(1)</script>"
                                "<p>nginx &amp; friends</p></body></html>";
        const ApiError error =
            errors::fromHttpReply(u"list instances"_s, reply(502, page, u"Bad Gateway"_s));
        QCOMPARE(error.message, u"Bad Gateway"_s);
        QCOMPARE(error.details, u"502 Bad Gateway nginx & friends"_s);
        QVERIFY(!error.describe().contains(u'<'));
        QVERIFY(!error.details.contains("alert"_L1));
    }

    void excerptIsCutToFourKiB()
    {
        const QString excerpt = errors::readableExcerpt(QByteArray(100 * 1024, 'a'));
        QVERIFY(excerpt.size() <= 4096);
        QVERIFY(excerpt.endsWith(u'…'));
    }

    void requestIdAndRetryAfterAreKept()
    {
        errors::HttpReply http = reply(429, R"({"message":"slow down"})");
        http.requestId = "req-42";
        http.retryAfter = "7";
        const ApiError error = errors::fromHttpReply(u"list instances"_s, http);
        QCOMPARE(error.kind, ErrorKind::RateLimited);
        QCOMPARE(error.requestId, u"req-42"_s);
        QCOMPARE(error.retryAfterSeconds, 7);
        const QString text = error.describe();
        QVERIFY2(text.contains("list instances"_L1) && text.contains("429"_L1) &&
                     text.contains("slow down"_L1) && text.contains("req-42"_L1) &&
                     text.contains("7 s"_L1),
                 qPrintable(text));
    }

    void retryAfterAcceptsSecondsAndHttpDates()
    {
        const QDateTime now(QDate(2026, 11, 26), QTime(12, 0, 0), Qt::UTC);
        QCOMPARE(errors::parseRetryAfter("120", now), 120);
        QCOMPARE(errors::parseRetryAfter(" 0 ", now), 0);
        QCOMPARE(errors::parseRetryAfter("Thu, 26 Nov 2026 12:00:30 GMT", now), 30);
        QCOMPARE(errors::parseRetryAfter("Thu, 26 Nov 2026 11:00:00 GMT", now), 0);
        QCOMPARE(errors::parseRetryAfter("", now), -1);
        QCOMPARE(errors::parseRetryAfter("soon", now), -1);
        QCOMPARE(errors::parseRetryAfter("-5", now), -1);
    }

    void describeSaysWhatFailedForEveryKind()
    {
        const QList<ErrorKind> kinds = {
            ErrorKind::InvalidInput, ErrorKind::Network, ErrorKind::Timeout, ErrorKind::Auth,
            ErrorKind::RateLimited,  ErrorKind::Http,    ErrorKind::Decode,  ErrorKind::TooLarge};
        QSet<QString> texts;
        for (ErrorKind kind : kinds) {
            ApiError error;
            error.kind = kind;
            error.operation = u"restart instance VZ1"_s;
            error.message = u"something specific"_s;
            const QString text = error.describe();
            QVERIFY2(text.startsWith("Could not restart instance VZ1"_L1), qPrintable(text));
            QVERIFY2(text.contains("something specific"_L1), qPrintable(text));
            texts.insert(text);
        }
        QCOMPARE(texts.size(), kinds.size());
    }

    void secretsAreRedacted()
    {
        ApiError error = errors::fromHttpReply(
            u"get instance VZ1"_s,
            reply(401, R"({"message":"token eyJhbGciOi.payload.sig is expired",)"
                       R"("details":"client secret s3cr3t-value rejected","code":"inst_tok123"})"));
        // A server may echo a credential anywhere, the X-Request-Id header included.
        error.requestId = u"req-inst_tok123"_s;
        errors::redact(
            error, {u"eyJhbGciOi.payload.sig"_s, u"s3cr3t-value"_s, u"inst_tok123"_s, QString()});
        const QString text = error.describe() + error.details + error.code + error.requestId;
        QVERIFY(!text.contains("eyJhbGciOi"_L1));
        QVERIFY(!text.contains("s3cr3t"_L1));
        QVERIFY(!text.contains("inst_tok123"_L1));
        QVERIFY(text.contains("[redacted]"_L1));
    }
};

QTEST_GUILESS_MAIN(TestErrorReply)
#include "tst_errorreply.moc"
