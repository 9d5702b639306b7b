// The action log's CSV export is valid RFC 4180 (read back here by a strict parser), or the
// same with ";" and a byte order mark for Excel in a decimal-comma locale; UTF-8, ISO 8601 UTC
// times, every field intact, and guarded against formula injection.
#include "core/actionlog/ActionLogCsv.h"
#include "tests/support/ActionLogTestSupport.h"

#include <QLocale>
#include <QStringDecoder>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace vzaps::test {

namespace {

const QStringList kHeader{u"time"_s,          u"account"_s,    u"instance_id"_s,
                          u"instance_name"_s, u"action"_s,     u"outcome"_s,
                          u"http_status"_s,   u"request_id"_s, u"message"_s};

// A strict RFC 4180 reader (with `separator` between fields): records end in CRLF, quoted fields
// may hold anything with quotes doubled, unquoted fields hold no quote, CR or LF. Nothing else is
// accepted.
std::optional<QList<QStringList>> parseCsv(const QByteArray &bytes, QChar separator = u',')
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError())
        return std::nullopt;
    QList<QStringList> rows;
    QStringList row;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        QString field;
        if (text.at(i) == u'"') {
            for (++i;; ++i) {
                if (i >= n)
                    return std::nullopt; // unterminated quote
                if (text.at(i) == u'"') {
                    if (i + 1 < n && text.at(i + 1) == u'"') {
                        field += u'"';
                        ++i;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i);
            }
        } else {
            while (i < n && text.at(i) != separator && text.at(i) != u'\r') {
                if (text.at(i) == u'"' || text.at(i) == u'\n')
                    return std::nullopt;
                field += text.at(i++);
            }
        }
        row.append(field);
        if (i < n && text.at(i) == separator) {
            ++i;
            if (i == n)
                return std::nullopt; // a record must end in CRLF
        } else if (i + 1 < n && text.at(i) == u'\r' && text.at(i + 1) == u'\n') {
            i += 2;
            rows.append(row);
            row.clear();
        } else {
            return std::nullopt; // garbage after a quoted field, or no CRLF at the end
        }
    }
    if (!row.isEmpty())
        return std::nullopt;
    return rows;
}

QStringList fieldsOf(const ActionRecord &record)
{
    return {record.time.toUTC().toString(Qt::ISODateWithMs),
            record.account,
            record.instanceId,
            record.instanceName,
            record.action,
            outcomeName(record.outcome),
            record.httpStatus ? QString::number(record.httpStatus) : QString(),
            record.requestId,
            record.message};
}

} // namespace

class TestActionLogCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parserRejectsInvalidCsv()
    {
        // The parser is the judge below, so make sure it judges.
        QVERIFY(parseCsv("a,b\r\n"));
        QVERIFY(!parseCsv("a,b\n"));
        QVERIFY(!parseCsv("a,\"b\r\n"));
        QVERIFY(!parseCsv("a,b\"c\r\n"));
        QVERIFY(!parseCsv("a,\"b\"c\r\n"));
        QVERIFY(!parseCsv("a,b"));
        QVERIFY(!parseCsv("\xff\r\n"));
    }

    void emptyLogIsTheHeaderRow()
    {
        QCOMPARE(actionLogCsv({}), QByteArray("time,account,instance_id,instance_name,action,"
                                              "outcome,http_status,request_id,message\r\n"));
    }

    void everyFieldReadsBack()
    {
        const QList<ActionRecord> records = sampleRecords();
        const QByteArray csv = actionLogCsv(records);
        const auto rows = parseCsv(csv);
        QVERIFY2(rows, csv.constData());
        QCOMPARE(rows->size(), records.size() + 1);
        QCOMPARE(rows->at(0), kHeader);
        for (int i = 0; i < records.size(); ++i)
            QCOMPARE(rows->at(i + 1), fieldsOf(records.at(i)));
        // The awkward fields, spelled out.
        QCOMPARE(rows->at(2).at(3), u"Atendimento São Paulo ✓"_s);
        QCOMPARE(rows->at(2).at(8),
                 u"Not found, said the server: \"no such instance\"\r\nTry a refresh."_s);
        QCOMPARE(rows->at(1).at(0), u"2026-11-26T12:01:05.123Z"_s);
        QCOMPARE(rows->at(3).at(6), QString());    // no HTTP reply
        QVERIFY(csv.contains("S\xc3\xa3o Paulo")); // UTF-8 on disk
    }

    void timeIsWrittenInUtc()
    {
        ActionRecord record = sampleRecords().at(0);
        record.time = QDateTime(QDate(2026, 11, 26), QTime(9, 30), Qt::OffsetFromUTC, -3 * 3600);
        const auto rows = parseCsv(actionLogCsv({record}));
        QVERIFY(rows);
        QCOMPARE(rows->at(1).at(0), u"2026-11-26T12:30:00.000Z"_s);
    }

    void formulasAreDefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("written");
        QTest::newRow("=") << u"=HYPERLINK(\"http://evil\",\"x\")"_s
                           << u"'=HYPERLINK(\"http://evil\",\"x\")"_s;
        QTest::newRow("+") << u"+1+2"_s << u"'+1+2"_s;
        QTest::newRow("-") << u"-2+3"_s << u"'-2+3"_s;
        QTest::newRow("@") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("tab") << u"\t=1"_s << u"'\t'=1"_s; // the tab separates too
        QTest::newRow("inside") << u"a=b+c-d@e"_s << u"a=b+c-d@e"_s;
        // Read with ';' (or tab, or '|') as the separator, these would start a formula cell.
        QTest::newRow("after ;") << u"x;=cmd|' /C calc'!A0"_s << u"x;'=cmd|' /C calc'!A0"_s;
        QTest::newRow("after ,") << u"a,+1"_s << u"a,'+1"_s;
        QTest::newRow("after tab") << u"a\t@SUM(1)"_s << u"a\t'@SUM(1)"_s;
        QTest::newRow("after |") << u"a|-1"_s << u"a|'-1"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void formulasAreDefused()
    {
        QFETCH(QString, text);
        QFETCH(QString, written);
        ActionRecord record = sampleRecords().at(0);
        record.instanceName = text;
        record.message = text;
        record.account = text;
        const auto rows = parseCsv(actionLogCsv({record}));
        QVERIFY(rows);
        QCOMPARE(rows->at(1).at(1), written);
        QCOMPARE(rows->at(1).at(3), written);
        QCOMPARE(rows->at(1).at(8), written);
    }

    void excelDialectHasSemicolonsAndAByteOrderMarkAndTheSameFields()
    {
        const QList<ActionRecord> records = sampleRecords();
        const QByteArray excel = actionLogCsv(records, CsvDialect::ExcelSemicolon);
        QVERIFY(excel.startsWith("\xEF\xBB\xBF"
                                 "time;account;instance_id;"));
        const auto rows = parseCsv(excel.mid(3), u';');
        QVERIFY2(rows, excel.constData());
        QCOMPARE(*rows, *parseCsv(actionLogCsv(records))); // field for field the same
        QVERIFY(excel.mid(3).contains("S\xc3\xa3o Paulo"));

        ActionRecord risky = records.at(0);
        risky.message = u"=HYPERLINK(\"http://x\")"_s;
        risky.instanceName = u"a,b;c"_s;
        const auto riskyRows =
            parseCsv(actionLogCsv({risky}, CsvDialect::ExcelSemicolon).mid(3), u';');
        QVERIFY(riskyRows);
        QCOMPARE(riskyRows->at(1).at(8), u"'=HYPERLINK(\"http://x\")"_s); // still defused
        QCOMPARE(riskyRows->at(1).at(3), u"a,b;c"_s);
    }

    void theDialectFollowsTheLocalesDecimalMark()
    {
        QCOMPARE(csvDialectFor(QLocale(QLocale::Portuguese, QLocale::Brazil)),
                 CsvDialect::ExcelSemicolon);
        QCOMPARE(csvDialectFor(QLocale(QLocale::German, QLocale::Germany)),
                 CsvDialect::ExcelSemicolon);
        QCOMPARE(csvDialectFor(QLocale(QLocale::English, QLocale::UnitedStates)),
                 CsvDialect::Rfc4180);
        QCOMPARE(csvDialectFor(QLocale::c()), CsvDialect::Rfc4180);
    }

    void fieldsWithAnySeparatorAreQuoted()
    {
        // A spreadsheet in a ';' locale splits an unquoted "a;b" into two cells.
        ActionRecord record = sampleRecords().at(0);
        record.message = u"nothing to resume; try later"_s;
        record.instanceName = u"Loja|Centro\tNorte"_s;
        const QByteArray csv = actionLogCsv({record});
        QVERIFY2(csv.contains("\"nothing to resume; try later\""), csv.constData());
        QVERIFY2(csv.contains("\"Loja|Centro\tNorte\""), csv.constData());
        const auto rows = parseCsv(csv);
        QVERIFY(rows);
        QCOMPARE(rows->at(1).at(8), record.message);
        QCOMPARE(rows->at(1).at(3), record.instanceName);
    }
};

} // namespace vzaps::test

QTEST_GUILESS_MAIN(vzaps::test::TestActionLogCsv)
#include "tst_actionlog_csv.moc"
