// Request building for every operation (docs/api-contract.md §2, §3): method, path, auth,
// instance token and the exact JSON body, checked without a network.
#include "core/api/AuthApi.h"
#include "core/api/ErrorReply.h"
#include "core/api/InstancesApi.h"
#include "core/api/SessionApi.h"
#include "core/types/Validation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <type_traits>

using namespace vzaps;
using namespace Qt::StringLiterals;

// Each request names what its reply decodes into, so ApiClient::call() hands the caller
// that type and no other: a wrong pairing does not compile.
template<typename Request, typename Reply>
constexpr bool replies = std::is_same_v<typename Request::Reply, Reply>;
static_assert(replies<decltype(InstancesApi::createRequest({})), Instance>);
static_assert(replies<decltype(InstancesApi::listRequest({})), InstancePage>);
static_assert(replies<decltype(InstancesApi::getRequest({})), Instance>);
static_assert(replies<decltype(InstancesApi::updateRequest({}, {})), Instance>);
static_assert(replies<decltype(InstancesApi::restartRequest({})), ActionResult>);
static_assert(replies<decltype(InstancesApi::deleteRequest({})), Done>);
static_assert(replies<decltype(InstancesApi::subscribeRequest({})), BillingSession>);
static_assert(replies<decltype(InstancesApi::resumeSubscriptionRequest({})), ActionResult>);
static_assert(replies<decltype(InstancesApi::cancelRequest({})), CancelResult>);
static_assert(replies<decltype(SessionApi::statusRequest({})), SessionStatus>);
static_assert(replies<decltype(SessionApi::qrRequest({})), SessionQr>);
static_assert(replies<decltype(SessionApi::pairingCodeRequest({}, {})), PairingCode>);
static_assert(replies<decltype(SessionApi::disconnectRequest({})), ActionResult>);

namespace {
QJsonObject bodyOf(const ApiRequest &request)
{
    return request.body.object();
}
} // namespace

class TestRequestBuilders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenRequestIsUnauthenticatedPostWithCredentials()
    {
        const ApiRequest request = AuthApi::tokenRequest(u"ct_1"_s, u"s3cret"_s);
        QCOMPARE(request.method, "POST");
        QCOMPARE(request.path, u"/token"_s);
        QVERIFY(!request.authenticated);
        QCOMPARE(bodyOf(request),
                 (QJsonObject{{u"client_token"_s, u"ct_1"_s}, {u"client_secret"_s, u"s3cret"_s}}));
        QVERIFY(request.validationProblem.isEmpty());
        QVERIFY(!AuthApi::tokenRequest({}, u"x"_s).validationProblem.isEmpty());
    }

    void createSendsOnlyWhatIsSet()
    {
        NewInstance minimal;
        minimal.name = u"Support"_s;
        const ApiRequest request = InstancesApi::createRequest(minimal);
        QCOMPARE(request.method, "PUT");
        QCOMPARE(request.path, u"/instances/create"_s);
        QVERIFY(request.authenticated);
        QVERIFY(!request.retriable);
        QCOMPARE(bodyOf(request), (QJsonObject{{u"name"_s, u"Support"_s}}));

        NewInstance full = minimal;
        full.webhook = u"https://example.com/hook"_s;
        full.eventsSubscribe = {u"Message"_s, u"Connected"_s};
        full.rejectCalls = true;
        full.autoReadMessages = true;
        full.labels = QJsonObject{{u"team"_s, u"care"_s}};
        QCOMPARE(bodyOf(InstancesApi::createRequest(full)),
                 (QJsonObject{{u"name"_s, u"Support"_s},
                              {u"webhook"_s, u"https://example.com/hook"_s},
                              {u"events_subscribe"_s, QJsonArray{u"Message"_s, u"Connected"_s}},
                              {u"reject_calls"_s, true},
                              {u"auto_read_messages"_s, true},
                              {u"labels"_s, QJsonObject{{u"team"_s, u"care"_s}}}}));
    }

    void createValidatesBeforeSending_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("webhook");
        QTest::addColumn<QStringList>("events");
        QTest::addColumn<QString>("problemMentions");
        QTest::newRow("short name") << u"ab"_s << QString() << QStringList() << u"3"_s;
        QTest::newRow("blank name") << u"   "_s << QString() << QStringList() << u"3"_s;
        QTest::newRow("long name") << QString(256, u'x') << QString() << QStringList() << u"255"_s;
        QTest::newRow("ftp webhook")
            << u"Support"_s << u"ftp://example.com"_s << QStringList() << u"http"_s;
        QTest::newRow("hostless webhook")
            << u"Support"_s << u"https://"_s << QStringList() << u"host"_s;
        QTest::newRow("unknown event")
            << u"Support"_s << QString() << QStringList{u"Mesage"_s} << u"Mesage"_s;
        QTest::newRow("All with others")
            << u"Support"_s << QString() << QStringList{u"All"_s, u"Message"_s} << u"All"_s;
    }

    void createValidatesBeforeSending()
    {
        QFETCH(QString, name);
        QFETCH(QString, webhook);
        QFETCH(QStringList, events);
        QFETCH(QString, problemMentions);
        NewInstance instance{name, webhook, events, false, false, {}};
        const QString problem = InstancesApi::createRequest(instance).validationProblem;
        QVERIFY2(problem.contains(problemMentions), qPrintable(problem));
    }

    void createAcceptsBoundaryNames()
    {
        QVERIFY(InstancesApi::createRequest({u"abc"_s, {}, {}, false, false, {}})
                    .validationProblem.isEmpty());
        QVERIFY(InstancesApi::createRequest({QString(255, u'x'), {}, {}, false, false, {}})
                    .validationProblem.isEmpty());
    }

    void listAlwaysSendsPageAndSize()
    {
        const ApiRequest request = InstancesApi::listRequest({});
        QCOMPARE(request.method, "POST");
        QCOMPARE(request.path, u"/instances/list"_s);
        QVERIFY(request.retriable);
        QCOMPARE(bodyOf(request), (QJsonObject{{u"page"_s, 1}, {u"size"_s, 20}}));
    }

    void listSendsTrimmedSearchSortAndDirection()
    {
        ListQuery query;
        query.page = 3;
        query.size = 50;
        query.search = u"  support team \n"_s;
        query.sort = u"created_at"_s;
        query.sortDescending = true;
        QCOMPARE(bodyOf(InstancesApi::listRequest(query)),
                 (QJsonObject{{u"page"_s, 3},
                              {u"size"_s, 50},
                              {u"filter"_s, QJsonObject{{u"query"_s, u"support team"_s}}},
                              {u"sort"_s, u"created_at"_s},
                              {u"sort_desc"_s, true}}));
        query.search = u"   "_s;
        QVERIFY(!bodyOf(InstancesApi::listRequest(query)).contains("filter"_L1));

        // The status keys, only when a query carries them (a server that takes them).
        query.connected = false;
        query.billingStatuses = {u"PAST_DUE"_s, u"UNPAID"_s};
        QCOMPARE(bodyOf(InstancesApi::listRequest(query)).value(u"filter"_s).toObject(),
                 (QJsonObject{{u"connected"_s, false},
                              {u"billing_status"_s, QJsonArray{u"PAST_DUE"_s, u"UNPAID"_s}}}));
    }

    void listValidatesPageAndSize()
    {
        QVERIFY(
            !InstancesApi::listRequest({0, 20, {}, {}, false, {}, {}}).validationProblem.isEmpty());
        QVERIFY(
            !InstancesApi::listRequest({1, 0, {}, {}, false, {}, {}}).validationProblem.isEmpty());
        QVERIFY(!InstancesApi::listRequest({1, 101, {}, {}, false, {}, {}})
                     .validationProblem.isEmpty());
        QVERIFY(
            InstancesApi::listRequest({1, 100, {}, {}, false, {}, {}}).validationProblem.isEmpty());
    }

    void getPostsTheIdInTheBody()
    {
        const ApiRequest request = InstancesApi::getRequest(u"VZ123"_s);
        QCOMPARE(request.method, "POST");
        QCOMPARE(request.path, u"/instances/get"_s);
        QCOMPARE(bodyOf(request), (QJsonObject{{u"id"_s, u"VZ123"_s}}));
        QVERIFY(request.retriable);
        QVERIFY(!InstancesApi::getRequest(u" "_s).validationProblem.isEmpty());
    }

    void idsThatTheApiNeverGivesOutAreNotSent()
    {
        const QString longest(validation::kMaxInstanceIdLength, u'Q');
        QVERIFY(InstancesApi::getRequest(longest).validationProblem.isEmpty());
        const QString tooLong = longest + u'Q';
        const QList<ApiRequest> requests{
            InstancesApi::getRequest(tooLong), InstancesApi::restartRequest(tooLong),
            SessionApi::statusRequest(tooLong), InstancesApi::getRequest(u"VZ\x1b[2J"_s)};
        for (const ApiRequest &request : requests) {
            QVERIFY(!request.validationProblem.isEmpty());
            QVERIFY(request.operation.size() <= errors::kMaxOperationChars);
            QVERIFY(!request.path.contains(tooLong));
        }
    }

    void updateSendsOnlyChangedFieldsIncludingExplicitFalse()
    {
        InstanceChanges changes;
        changes.name = u"Commercial Support"_s;
        changes.rejectCalls = false;
        const ApiRequest request = InstancesApi::updateRequest(u"VZ1"_s, changes, u"inst_abc"_s);
        QCOMPARE(request.method, "PATCH");
        QCOMPARE(request.path, u"/instances/VZ1"_s);
        QCOMPARE(request.instanceToken, u"inst_abc"_s);
        QVERIFY(!request.retriable);
        QCOMPARE(bodyOf(request),
                 (QJsonObject{{u"name"_s, u"Commercial Support"_s}, {u"reject_calls"_s, false}}));
    }

    void updateRefusesNothingToChange()
    {
        QVERIFY(!InstancesApi::updateRequest(u"VZ1"_s, {}).validationProblem.isEmpty());
        InstanceChanges clearWebhook;
        clearWebhook.webhook = QString();
        const ApiRequest request = InstancesApi::updateRequest(u"VZ1"_s, clearWebhook);
        QVERIFY(request.validationProblem.isEmpty());
        QCOMPARE(bodyOf(request), (QJsonObject{{u"webhook"_s, u""_s}}));
    }

    void bodilessInstanceActions_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("builtMethod");
        const QString id = u"VZ 1/x"_s; // ids are percent-encoded in paths
        auto add = [&](const char *tag, const ApiRequest &request, const char *method,
                       const char *path) {
            QTest::newRow(tag) << QByteArray(method) << QString::fromLatin1(path)
                               << QString::fromLatin1(request.method) + u' ' + request.path;
            QVERIFY(!request.hasBody());
            QCOMPARE(request.instanceToken, u"inst_t"_s);
        };
        add("restart", InstancesApi::restartRequest(id, u"inst_t"_s), "POST",
            "/instances/VZ%201%2Fx/restart");
        add("delete", InstancesApi::deleteRequest(id, u"inst_t"_s), "DELETE",
            "/instances/VZ%201%2Fx");
        add("resume", InstancesApi::resumeSubscriptionRequest(id, u"inst_t"_s), "POST",
            "/instances/VZ%201%2Fx/resume-subscription");
        add("cancel", InstancesApi::cancelRequest(id, u"inst_t"_s), "PUT",
            "/instances/VZ%201%2Fx/cancel");
        add("session status", SessionApi::statusRequest(id, u"inst_t"_s), "GET",
            "/instances/VZ%201%2Fx/session/status");
        add("session qr", SessionApi::qrRequest(id, u"inst_t"_s), "GET",
            "/instances/VZ%201%2Fx/session/qr");
        add("pairing code", SessionApi::pairingCodeRequest(id, u"+55 11 91234-5678"_s, u"inst_t"_s),
            "GET", "/instances/VZ%201%2Fx/session/paircode/5511912345678");
        add("disconnect", SessionApi::disconnectRequest(id, u"inst_t"_s), "POST",
            "/instances/VZ%201%2Fx/session/disconnect");
    }

    void bodilessInstanceActions()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QString, builtMethod);
        QCOMPARE(builtMethod, QString::fromLatin1(method) + u' ' + path);
    }

    void onlyIdempotentReadsAreRetriable()
    {
        QVERIFY(AuthApi::tokenRequest(u"a"_s, u"b"_s).retriable);
        QVERIFY(InstancesApi::listRequest({}).retriable);
        QVERIFY(InstancesApi::getRequest(u"VZ1"_s).retriable);
        QVERIFY(SessionApi::statusRequest(u"VZ1"_s).retriable);
        QVERIFY(!InstancesApi::createRequest({u"abc"_s, {}, {}, false, false, {}}).retriable);
        QVERIFY(!InstancesApi::restartRequest(u"VZ1"_s).retriable);
        QVERIFY(!InstancesApi::deleteRequest(u"VZ1"_s).retriable);
        QVERIFY(!InstancesApi::subscribeRequest(u"VZ1"_s).retriable);
        QVERIFY(!InstancesApi::resumeSubscriptionRequest(u"VZ1"_s).retriable);
        QVERIFY(!InstancesApi::cancelRequest(u"VZ1"_s).retriable);
        QVERIFY(!SessionApi::qrRequest(u"VZ1"_s).retriable); // it starts pairing
        QVERIFY(!SessionApi::disconnectRequest(u"VZ1"_s).retriable);
    }

    void subscribeAlwaysSendsABody()
    {
        const ApiRequest direct = InstancesApi::subscribeRequest(u"VZ1"_s);
        QCOMPARE(direct.method, "POST");
        QCOMPARE(direct.path, u"/instances/VZ1/subscribe"_s);
        QVERIFY(direct.hasBody());
        QCOMPARE(bodyOf(direct), QJsonObject());

        const ApiRequest checkout = InstancesApi::subscribeRequest(
            u"VZ1"_s, {u"https://example.com/ok"_s, u"https://example.com/no"_s});
        QCOMPARE(bodyOf(checkout), (QJsonObject{{u"success_url"_s, u"https://example.com/ok"_s},
                                                {u"cancel_url"_s, u"https://example.com/no"_s}}));
        QVERIFY(!InstancesApi::subscribeRequest(u"VZ1"_s, {u"javascript:alert(1)"_s, {}})
                     .validationProblem.isEmpty());
    }

    void pairingCodeNeedsAPlausiblePhone()
    {
        QVERIFY(!SessionApi::pairingCodeRequest(u"VZ1"_s, u"12ab"_s).validationProblem.isEmpty());
        QVERIFY(!SessionApi::pairingCodeRequest(u"VZ1"_s, u"123"_s).validationProblem.isEmpty());
        QVERIFY(SessionApi::pairingCodeRequest(u"VZ1"_s, u"5511912345678"_s)
                    .validationProblem.isEmpty());
    }

    void everyRequestNamesItsOperation()
    {
        const QList<ApiRequest> requests = {
            AuthApi::tokenRequest(u"a"_s, u"b"_s),
            InstancesApi::createRequest({u"abc"_s, {}, {}, false, false, {}}),
            InstancesApi::listRequest({}),
            InstancesApi::getRequest(u"VZ1"_s),
            InstancesApi::restartRequest(u"VZ1"_s),
            SessionApi::statusRequest(u"VZ1"_s),
        };
        for (const ApiRequest &request : requests)
            QVERIFY2(!request.operation.isEmpty(), request.path.toUtf8());
        QVERIFY(InstancesApi::restartRequest(u"VZ1"_s).operation.contains("VZ1"_L1));
    }
};

QTEST_GUILESS_MAIN(TestRequestBuilders)
#include "tst_requestbuilders.moc"
