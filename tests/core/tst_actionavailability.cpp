// Which instance actions the window offers for a selection, and the reason it gives
// when it offers none: the rules on plain values.
#include "core/actions/ActionAvailability.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace vzaps {

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);

Instance instance(const QString &name, const QString &billing, bool connected = false,
                  const QDateTime &cancelAt = {})
{
    Instance result;
    result.id = name.toLower();
    result.name = name;
    result.billingStatus = billing;
    result.connected = connected;
    result.cancelAt = cancelAt;
    return result;
}

} // namespace

class TestActionAvailability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<QList<Instance>>("selection");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<QString>("reasonContains");

        const Instance trial = instance(u"Trial"_s, u"TRIALING"_s, true);
        const Instance active = instance(u"Paid"_s, u"ACTIVE"_s);
        const Instance leaving = instance(u"Leaving"_s, u"ACTIVE"_s, false, kNow.addDays(3));
        const Instance lapsed = instance(u"Lapsed"_s, u"ACTIVE"_s, false, kNow.addDays(-1));
        const Instance canceled = instance(u"Gone"_s, u"CANCELED"_s);
        const Instance expired = instance(u"Expired"_s, u"INCOMPLETE_EXPIRED"_s);
        const Instance odd = instance(u"Odd"_s, u"SOMETHING_NEW"_s);
        using A = InstanceAction;
        auto row = [](const char *name, A action, const QList<Instance> &selection, bool enabled,
                      const QString &reason = {}) {
            QTest::newRow(name) << int(action) << selection << enabled << reason;
        };

        row("create needs no selection", A::Create, {}, true);
        row("edit needs one", A::Edit, {}, false, u"Select an instance"_s);
        row("edit one", A::Edit, {trial}, true);
        row("edit refuses two", A::Edit, {trial, active}, false, u"2 are selected"_s);
        row("restart several", A::Restart, {trial, active, canceled}, true);
        row("delete several", A::Delete, {trial, canceled}, true);
        row("delete none", A::Delete, {}, false, u"Select an instance"_s);

        row("subscribe trial", A::Subscribe, {trial}, true);
        row("subscribe canceled", A::Subscribe, {canceled}, true);
        row("subscribe unknown status", A::Subscribe, {odd}, true);
        row("subscribe active", A::Subscribe, {active}, false, u"already has an active"_s);
        row("subscribe active leaving", A::Subscribe, {leaving}, false, u"resume it instead"_s);
        row("checkout link active", A::CopyCheckoutLink, {active}, false, u"already has"_s);
        row("open checkout trial", A::OpenCheckout, {trial}, true);
        row("subscribe two", A::Subscribe, {trial, odd}, false, u"one instance at a time"_s);

        row("resume pending cancel", A::ResumeSubscription, {leaving}, true);
        row("resume nothing pending", A::ResumeSubscription, {active}, false,
            u"no scheduled cancellation"_s);
        row("resume past cancel_at", A::ResumeSubscription, {lapsed}, false,
            u"no scheduled cancellation"_s);

        row("cancel trial", A::CancelSubscription, {trial}, true);
        row("cancel active", A::CancelSubscription, {active}, true);
        row("cancel canceled", A::CancelSubscription, {canceled}, false, u"already canceled"_s);
        row("cancel expired", A::CancelSubscription, {expired}, false, u"already canceled"_s);
        row("cancel scheduled", A::CancelSubscription, {leaving}, false,
            u"already set to cancel"_s);
        row("cancel several", A::CancelSubscription, {trial, active}, true);
        // A mixed batch runs where it applies (planBatch below); only a batch with nothing
        // left to do is refused, with the reason of one that was left out.
        row("cancel several, some canceled", A::CancelSubscription, {trial, canceled, leaving},
            true);
        row("cancel several, all canceled", A::CancelSubscription, {canceled, leaving}, false,
            u"None of the 2 selected instances can take this action. “Gone” is already"_s);

        row("disconnect connected", A::DisconnectSession, {trial}, true);
        row("disconnect disconnected", A::DisconnectSession, {active}, false, u"not connected"_s);

        row("pair disconnected", A::PairSession, {active}, true);
        row("pair connected", A::PairSession, {trial}, false, u"connected to WhatsApp already"_s);
        row("pair canceled", A::PairSession, {canceled}, false, u"cannot be paired"_s);
        row("pair several", A::PairSession, {active, active}, false);
    }

    void aMixedBatchSkipsWhatItCannotDoAndSaysWhy()
    {
        const Instance trial = instance(u"Trial"_s, u"TRIALING"_s);
        const Instance canceled = instance(u"Gone"_s, u"CANCELED"_s);
        const Instance active = instance(u"Paid"_s, u"ACTIVE"_s);
        const Instance leaving = instance(u"Leaving"_s, u"ACTIVE"_s, false, kNow.addDays(3));
        const BatchPlan plan =
            planBatch(InstanceAction::CancelSubscription, {trial, canceled, active, leaving}, kNow);
        QCOMPARE(plan.included.size(), 2);
        QCOMPARE(plan.included.at(0).name, trial.name); // in the selection's order
        QCOMPARE(plan.included.at(1).name, active.name);
        QCOMPARE(plan.skipped.size(), 2);
        QCOMPARE(plan.skipped.at(0).instance.name, canceled.name);
        QCOMPARE(plan.skipped.at(0).reason, u"“Gone” is already canceled."_s);
        QCOMPARE(plan.skipped.at(1).instance.name, leaving.name);
        QVERIFY(plan.skipped.at(1).reason.startsWith(u"“Leaving” is already set to cancel on"_s));

        // Restart and delete apply to every instance: nothing is left out.
        for (InstanceAction action : {InstanceAction::Restart, InstanceAction::Delete}) {
            const BatchPlan all = planBatch(action, {trial, canceled, leaving}, kNow);
            QCOMPARE(all.included.size(), 3);
            QVERIFY(all.skipped.isEmpty());
        }
    }

    void rules()
    {
        QFETCH(int, action);
        QFETCH(QList<Instance>, selection);
        QFETCH(bool, enabled);
        QFETCH(QString, reasonContains);

        const Availability result = availability(InstanceAction(action), selection, kNow);
        QCOMPARE(result.enabled, enabled);
        if (enabled) {
            QVERIFY(result.reason.isEmpty());
        } else {
            QVERIFY2(result.reason.contains(reasonContains), qPrintable(result.reason));
            // The reason names the instance when there is exactly one.
            if (selection.size() == 1)
                QVERIFY(result.reason.contains(selection.first().name));
        }
    }
};

} // namespace vzaps

QTEST_APPLESS_MAIN(vzaps::TestActionAvailability)
#include "tst_actionavailability.moc"
