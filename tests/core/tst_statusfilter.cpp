// Which instances a status view keeps: connection, billing status, a cancel within 7 days,
// each part that is set must hold (or one, for "Needs attention"), an instance whose
// connection is unknown is neither connected nor disconnected, and the watched ids and the
// text of "Search all fields" narrow in any case.
#include "core/presentation/InstanceFormat.h"
#include "core/presentation/StatusFilter.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace vzaps {

namespace {

const QDateTime kNow(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);

Instance instance(std::optional<bool> connected, const QString &billing,
                  const QDateTime &cancelAt = {})
{
    Instance result;
    result.id = u"VZ1"_s;
    result.connected = connected;
    result.billingStatus = billing;
    result.cancelAt = cancelAt;
    return result;
}

} // namespace

class TestStatusFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anEmptyFilterKeepsEverything()
    {
        const StatusFilter all;
        QVERIFY(all.isEmpty());
        QVERIFY(all.matches(instance(std::nullopt, {}), kNow));
        QVERIFY(all.matches(instance(true, u"CANCELED"_s), kNow));
    }

    void connection()
    {
        StatusFilter disconnected;
        disconnected.connected = false;
        QVERIFY(!disconnected.isEmpty());
        QVERIFY(disconnected.matches(instance(false, u"ACTIVE"_s), kNow));
        QVERIFY(!disconnected.matches(instance(true, u"ACTIVE"_s), kNow));
        QVERIFY(!disconnected.matches(instance(std::nullopt, u"ACTIVE"_s), kNow));
    }

    void billingStatusesInAnyCaseAndTogetherWithConnection()
    {
        StatusFilter late;
        late.billing = {u"PAST_DUE"_s, u"UNPAID"_s};
        QVERIFY(late.matches(instance(true, u"past_due"_s), kNow));
        QVERIFY(late.matches(instance(false, u"UNPAID"_s), kNow));
        QVERIFY(!late.matches(instance(false, u"ACTIVE"_s), kNow));
        late.connected = false;
        QVERIFY(!late.matches(instance(true, u"PAST_DUE"_s), kNow));
        QVERIFY(late.matches(instance(false, u"PAST_DUE"_s), kNow));
    }

    void everyBillingStatusOfferedHasItsWords()
    {
        // The statuses a filter offers are the ones the app has a label and a tone for.
        QCOMPARE(StatusFilter::billingStatuses().size(), 8);
        for (const QString &status : StatusFilter::billingStatuses()) {
            QVERIFY2(format::billingTone(status) != format::Tone::Neutral, qPrintable(status));
            QVERIFY(format::billingLabel(status) != status);
        }
    }

    void cancelsSoonIsACancelFromNowToSevenDaysAhead()
    {
        StatusFilter soon;
        soon.cancelsSoon = true;
        QVERIFY(soon.matches(instance(true, u"ACTIVE"_s, kNow.addDays(3)), kNow));
        QVERIFY(soon.matches(instance(true, u"ACTIVE"_s, kNow.addDays(7)), kNow));
        QVERIFY(!soon.matches(instance(true, u"ACTIVE"_s, kNow.addDays(7).addSecs(1)), kNow));
        QVERIFY(!soon.matches(instance(true, u"ACTIVE"_s, kNow.addSecs(-1)), kNow)); // passed
        QVERIFY(!soon.matches(instance(true, u"ACTIVE"_s), kNow));                   // none
    }

    void needsAttentionIsAnyOneOfItsStates()
    {
        StatusFilter attention;
        attention.connected = false;
        attention.billing = {u"PAST_DUE"_s, u"UNPAID"_s};
        attention.anyState = true;
        QVERIFY(attention.matches(instance(false, u"ACTIVE"_s), kNow));  // disconnected
        QVERIFY(attention.matches(instance(true, u"PAST_DUE"_s), kNow)); // late
        QVERIFY(attention.matches(instance(std::nullopt, u"unpaid"_s), kNow));
        QVERIFY(!attention.matches(instance(true, u"ACTIVE"_s), kNow));
        QVERIFY(!attention.matches(instance(std::nullopt, u"TRIALING"_s), kNow));
        attention.anyState = false; // now both must hold
        QVERIFY(!attention.matches(instance(false, u"ACTIVE"_s), kNow));
        QVERIFY(attention.matches(instance(false, u"UNPAID"_s), kNow));
    }

    void idsAndTextNarrowWhateverTheStates()
    {
        StatusFilter watched;
        watched.ids = QSet<QString>{u"VZ1"_s};
        QVERIFY(!watched.isEmpty());
        QVERIFY(watched.hasNoState());
        QVERIFY(watched.matches(instance(true, u"ACTIVE"_s), kNow));
        Instance other = instance(true, u"ACTIVE"_s);
        other.id = u"VZ2"_s;
        QVERIFY(!watched.matches(other, kNow));
        watched.ids = QSet<QString>{}; // an empty watch list keeps nothing
        QVERIFY(!watched.matches(instance(true, u"ACTIVE"_s), kNow));

        StatusFilter anyWithText;
        anyWithText.connected = false;
        anyWithText.cancelsSoon = true;
        anyWithText.anyState = true;
        anyWithText.text = AllFieldsSearch(u"aurora"_s);
        Instance aurora = instance(false, u"ACTIVE"_s);
        aurora.name = u"Clínica Aurora"_s;
        QVERIFY(anyWithText.matches(aurora, kNow));
        aurora.name = u"Padaria"_s;
        QVERIFY(!anyWithText.matches(aurora, kNow)); // a state holds, the text does not
    }

    void allFieldsFindsWhatTheServerDoesNotSearch()
    {
        Instance customer;
        customer.id = u"VZ7"_s;
        customer.name = u"Ótica Central"_s;
        customer.whatsappJid = u"5511912345678:12@s.whatsapp.net"_s;
        customer.whatsappPushName = u"João da Ótica"_s;
        customer.webhook = u"https://hooks.example.com/loja"_s;
        customer.eventsSubscribe = {u"MESSAGE_RECEIVED"_s};
        customer.labels = QJsonObject{{u"plano"_s, u"Ouro"_s}, {u"loja"_s, 42}};
        for (const QString &found :
             {u"otica"_s, u"ÓTICA cent"_s, u"9123"_s, u"91234-5678"_s, u"+55 11 91234"_s, u"joao"_s,
              u"hooks.example"_s, u"message_rec"_s, u"plano"_s, u"ouro"_s, u"42"_s, u"vz7"_s,
              u"  central  "_s})
            QVERIFY2(AllFieldsSearch(found).matches(customer), qPrintable(found));
        for (const QString &missed : {u"padaria"_s, u"9999"_s, u"prata"_s, u"11 9123 0"_s})
            QVERIFY2(!AllFieldsSearch(missed).matches(customer), qPrintable(missed));
        QVERIFY(AllFieldsSearch(u"  "_s).isEmpty());
        QCOMPARE(AllFieldsSearch::folded(u"  Ação   Çedilha "_s), u"acao cedilha"_s);
    }
};

} // namespace vzaps

QTEST_GUILESS_MAIN(vzaps::TestStatusFilter)
#include "tst_statusfilter.moc"
