// Labels as a person types them in New and Edit: "team=sales, region=BR" and back, what is
// refused and why, and values that are not strings kept as they were.
#include "core/types/LabelsText.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace vzaps {

class TestLabelsText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typedLabelsBecomeAnObject()
    {
        const ParsedLabels parsed = labelsFromText(u" team = sales ,region=BR, , note="_s);
        QVERIFY2(parsed.problem.isEmpty(), qPrintable(parsed.problem));
        QCOMPARE(
            parsed.labels,
            (QJsonObject{{u"team"_s, u"sales"_s}, {u"region"_s, u"BR"_s}, {u"note"_s, u""_s}}));
        QCOMPARE(labelsFromText(QString()).labels, QJsonObject());
    }

    void writtenTheSameWayTheyAreRead()
    {
        const QJsonObject labels{{u"team"_s, u"sales"_s}, {u"region"_s, u"BR"_s}};
        QCOMPARE(labelsToText(labels), u"region=BR, team=sales"_s);
        QCOMPARE(labelsFromText(labelsToText(labels)).labels, labels);
    }

    void mistakesSayWhatIsWrong()
    {
        QCOMPARE(labelsFromText(u"team"_s).problem,
                 u"Write each label as key=value, like team=sales (“team” is not)."_s);
        QVERIFY(labelsFromText(u"=sales"_s).problem.startsWith(u"Write each label"_s));
        QCOMPARE(labelsFromText(u"team=a, team=b"_s).problem,
                 u"The label “team” is given twice."_s);
    }

    void valuesThatAreNotStringsAreKeptUntilChanged()
    {
        const QJsonObject original{{u"seats"_s, 12}, {u"tags"_s, QJsonArray{u"a"_s}}};
        const QString text = labelsToText(original);
        QCOMPARE(text, u"seats=12, tags=[\"a\"]"_s);
        QCOMPARE(labelsFromText(text, original).labels, original);
        // Edited, it is what was typed.
        const ParsedLabels edited = labelsFromText(u"seats=13, tags=[\"a\"]"_s, original);
        QCOMPARE(edited.labels.value(u"seats"_s), QJsonValue(u"13"_s));
        QCOMPARE(edited.labels.value(u"tags"_s), original.value(u"tags"_s));
    }
};

} // namespace vzaps

QTEST_APPLESS_MAIN(vzaps::TestLabelsText)
#include "tst_labelstext.moc"
