// InstanceStore: the merge rules that keep the newest fact about each instance, whatever
// order the replies arrive in.
#include "core/presentation/InstanceStore.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace vzaps;
using namespace Qt::StringLiterals;

namespace {

QJsonObject row(const QString &name, bool connected, const QString &updatedAt = {})
{
    QJsonObject object{{u"id"_s, u"VZ1"_s},
                       {u"name"_s, name},
                       {u"connected"_s, connected},
                       {u"token"_s, u"inst_secret"_s}};
    if (!updatedAt.isEmpty())
        object.insert(u"updated_at"_s, updatedAt);
    return object;
}

} // namespace

class TestInstanceStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anOlderReplyArrivingLateLosesToANewerFact()
    {
        InstanceStore store;
        const auto listSent = store.nextTicket();             // a list request goes out…
        QVERIFY(store.learn(u"VZ1"_s, row(u"Shop"_s, true))); // …then pairing says connected
        QVERIFY(!store.merge(u"VZ1"_s, row(u"Shop"_s, false), listSent)); // the list was older
        QCOMPARE(store.find(u"VZ1"_s)->connected, std::optional<bool>(true));

        // A reply to a request sent after that fact is the truth again.
        QVERIFY(store.merge(u"VZ1"_s, row(u"Shop"_s, false), store.nextTicket()));
        QCOMPARE(store.find(u"VZ1"_s)->connected, std::optional<bool>(false));
    }

    void updatedAtDecidesWhenBothSidesHaveOne()
    {
        InstanceStore store;
        const auto early = store.nextTicket();
        const auto late = store.nextTicket();
        QVERIFY(store.merge(u"VZ1"_s, row(u"New name"_s, true, u"2026-12-04T10:00:05Z"_s), late));
        // Sent later, but the server said it about an older state: it loses.
        QVERIFY(!store.merge(u"VZ1"_s, row(u"Old name"_s, true, u"2026-12-04T10:00:00Z"_s),
                             store.nextTicket()));
        QCOMPARE(store.find(u"VZ1"_s)->name, u"New name"_s);
        // Sent earlier, but about a newer state: it wins.
        QVERIFY(store.merge(u"VZ1"_s, row(u"Newest"_s, true, u"2026-12-04T10:00:09Z"_s), early));
        QCOMPARE(store.find(u"VZ1"_s)->name, u"Newest"_s);
        // The same updated_at: request order decides.
        QVERIFY(
            !store.merge(u"VZ1"_s, row(u"Same, older"_s, false, u"2026-12-04T10:00:09Z"_s), early));
        QCOMPARE(store.find(u"VZ1"_s)->name, u"Newest"_s);
    }

    void membersAReplyDoesNotCarryAreKept()
    {
        InstanceStore store;
        store.learn(u"VZ1"_s, row(u"Shop"_s, true));
        QVERIFY(store.learn(u"VZ1"_s, QJsonObject{{u"connected"_s, false}}));
        const Instance *instance = store.find(u"VZ1"_s);
        QCOMPARE(instance->name, u"Shop"_s);
        QCOMPARE(instance->token, u"inst_secret"_s);
        QCOMPARE(instance->connected, std::optional<bool>(false));
        // A member the server set to null is said, not kept.
        store.learn(u"VZ1"_s, QJsonObject{{u"cancel_at"_s, u"2026-12-20T00:00:00Z"_s}});
        QVERIFY(store.find(u"VZ1"_s)->cancelAt.isValid());
        store.learn(u"VZ1"_s, QJsonObject{{u"cancel_at"_s, QJsonValue::Null}});
        QVERIFY(!store.find(u"VZ1"_s)->cancelAt.isValid());
    }

    void changesAreSignalledWithWhatWasBefore()
    {
        InstanceStore store;
        QSignalSpy changed(&store, &InstanceStore::changed);
        store.learn(u"VZ1"_s, row(u"Shop"_s, true));
        QCOMPARE(changed.size(), 1);
        QVERIFY(changed.last().at(1).value<Instance>().id.isEmpty()); // new to the store
        // The same again changes nothing, and says nothing.
        QVERIFY(!store.learn(u"VZ1"_s, row(u"Shop"_s, true)));
        QCOMPARE(changed.size(), 1);
        store.learn(u"VZ1"_s, QJsonObject{{u"connected"_s, false}});
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.last().at(1).value<Instance>().connected, std::optional<bool>(true));
    }

    void aRemovedInstanceIsNotBroughtBackByAnOlderReply()
    {
        InstanceStore store;
        store.learn(u"VZ1"_s, row(u"Shop"_s, true));
        const auto listSent = store.nextTicket();
        QSignalSpy removed(&store, &InstanceStore::removed);
        store.remove(u"VZ1"_s);
        QCOMPARE(removed.size(), 1);
        QVERIFY(!store.contains(u"VZ1"_s));
        QVERIFY(!store.merge(u"VZ1"_s, row(u"Shop"_s, true), listSent));
        QVERIFY(!store.contains(u"VZ1"_s));
        // The server listing it after the removal: it exists after all.
        QVERIFY(store.merge(u"VZ1"_s, row(u"Shop"_s, true), store.nextTicket()));
        QVERIFY(store.contains(u"VZ1"_s));
    }

    void keepsWhatTheAppReadsAndTheUnknownMembers()
    {
        // Only the unknown members stay as JSON; the whole object comes back from the fields.
        const QJsonObject full{
            {u"id"_s, u"VZ1"_s},
            {u"name"_s, u"Ótica Central"_s},
            {u"token"_s, u"inst_secret"_s},
            {u"url"_s, u"https://app.vzaps.com/i/VZ1"_s},
            {u"webhook"_s, u"https://hooks.example.com/a"_s},
            {u"events_subscribe"_s, u"Message,Connected"_s},
            {u"reject_calls"_s, true},
            {u"auto_read_messages"_s, false},
            {u"connected"_s, true},
            {u"connected_at"_s, u"2026-12-01T10:00:00Z"_s},
            {u"whatsapp_push_name"_s, u"Ótica"_s},
            {u"whatsapp_jid"_s, u"5511912345678@s.whatsapp.net"_s},
            {u"status"_s, u"RUNNING"_s},
            {u"billing_status"_s, u"ACTIVE"_s},
            {u"created_at"_s, u"2026-11-01T08:30:00.250Z"_s},
            {u"updated_at"_s, u"2026-12-01T10:00:00Z"_s},
            {u"labels"_s, QJsonObject{{u"plano"_s, u"ouro"_s}}},
            {u"plan"_s, u"pro"_s},
            {u"limits"_s, QJsonObject{{u"messages"_s, 1000}}},
        };
        InstanceStore store;
        QVERIFY(store.merge(Instance::fromJson(full), store.nextTicket()));
        const Instance *kept = store.find(u"VZ1"_s);
        QCOMPARE(kept->raw, (QJsonObject{{u"plan"_s, u"pro"_s},
                                         {u"limits"_s, QJsonObject{{u"messages"_s, 1000}}}}));
        QCOMPARE(kept->name, u"Ótica Central"_s);
        QCOMPARE(kept->toJson(), full);
        QCOMPARE(kept->unknownFieldNames(), (QStringList{u"limits"_s, u"plan"_s}));

        // A reply with a null where nothing was known changes nothing the app reads.
        QSignalSpy changed(&store, &InstanceStore::changed);
        QVERIFY(!store.learn(u"VZ1"_s, QJsonObject{{u"cancel_at"_s, QJsonValue::Null}}));
        QCOMPARE(changed.count(), 0);
        // A change of an unknown member is kept.
        QVERIFY(store.learn(u"VZ1"_s, QJsonObject{{u"plan"_s, u"max"_s}}));
        QCOMPARE(store.find(u"VZ1"_s)->toJson().value(u"plan"_s).toString(), u"max"_s);
        QCOMPARE(store.find(u"VZ1"_s)->toJson().value(u"name"_s).toString(), u"Ótica Central"_s);
    }

    void clearForgetsEverything()
    {
        InstanceStore store;
        store.learn(u"VZ1"_s, row(u"Shop"_s, true));
        QSignalSpy cleared(&store, &InstanceStore::cleared);
        store.clear();
        QCOMPARE(cleared.size(), 1);
        QCOMPARE(store.size(), 0);
        QCOMPARE(store.find(u"VZ1"_s), nullptr);
    }
};

QTEST_GUILESS_MAIN(TestInstanceStore)
#include "tst_instancestore.moc"
