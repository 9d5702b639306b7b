// What the action log keeps of an edit: every changed field with its old and new value,
// readable, and never a secret hidden in a webhook address.
#include "core/actions/ChangeDescription.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace vzaps {

class TestChangeDescription : public QObject
{
    Q_OBJECT

    static NewInstance before()
    {
        NewInstance instance;
        instance.name = u"Loja"_s;
        instance.webhook = u"https://hooks.loja.com.br/in"_s;
        instance.eventsSubscribe = {u"Message"_s};
        return instance;
    }

private Q_SLOTS:
    void eachChangedFieldSaysOldAndNew()
    {
        InstanceChanges changes;
        changes.name = u"Loja Centro"_s;
        changes.eventsSubscribe = QStringList{u"Message"_s, u"ReadReceipt"_s};
        changes.rejectCalls = true;
        QCOMPARE(describeChanges(before(), changes),
                 u"name: “Loja” → “Loja Centro”; events: Message → Message, ReadReceipt; "
                 "reject calls: no → yes"_s);
    }

    void unchangedFieldsAreLeftOut()
    {
        InstanceChanges changes;
        changes.autoReadMessages = true;
        QCOMPARE(describeChanges(before(), changes), u"auto-read messages: no → yes"_s);
        QCOMPARE(describeChanges(before(), {}), QString());
    }

    void aClearedValueSaysNone()
    {
        InstanceChanges changes;
        changes.webhook = QString();
        changes.eventsSubscribe = QStringList();
        QCOMPARE(describeChanges(before(), changes),
                 u"webhook: “https://hooks.loja.com.br/in” → (none); events: Message → (none)"_s);
    }

    void aWebhookKeepsNoCredentialsOrQuery()
    {
        InstanceChanges changes;
        changes.webhook = u"https://bot:s3cr3t@hooks.example.com:8443/in?token=abc123#x"_s;
        const QString text = describeChanges(before(), changes);
        QVERIFY2(!text.contains(u"s3cr3t"_s) && !text.contains(u"abc123"_s) &&
                     !text.contains(u"bot"_s),
                 qPrintable(text));
        QVERIFY2(text.endsWith(u"→ “https://hooks.example.com:8443/in?…”"_s), qPrintable(text));
        QCOMPARE(webhookForLog(u"not a url"_s), u"(an address that is not a URL)"_s);
    }

    void longValuesAreCut()
    {
        InstanceChanges changes;
        changes.name = QString(5000, u'x');
        const QString text = describeChanges(before(), changes);
        QVERIFY2(text.size() < 300, qPrintable(QString::number(text.size())));
        QVERIFY(text.startsWith(u"name: “Loja” → “xxx"_s));
    }
};

} // namespace vzaps

QTEST_APPLESS_MAIN(vzaps::TestChangeDescription)
#include "tst_changedescription.moc"
