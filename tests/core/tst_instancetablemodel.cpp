// InstanceTableModel: a well-behaved model (QAbstractItemModelTester), the texts,
// badges and sort values a user sees, and refreshes that merge by id so that
// selection and the current row survive.
#include "core/presentation/InstanceFormat.h"
#include "core/presentation/InstanceStore.h"
#include "core/presentation/InstanceTableModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace vzaps;
using namespace Qt::StringLiterals;

namespace {
const QDateTime kNow(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);

Instance make(const QString &id, const QString &name, const QString &billing = u"ACTIVE"_s,
              std::optional<bool> connected = true,
              const QJsonValue &cancelAt = u"2026-11-29T12:00:00Z"_s)
{
    QJsonObject raw{{u"id"_s, id}, {u"name"_s, name}, {u"billing_status"_s, billing}};
    if (connected)
        raw.insert(u"connected"_s, *connected);
    raw.insert(u"created_at"_s, u"2026-11-23T12:00:00Z"_s);
    raw.insert(u"cancel_at"_s, cancelAt);
    return Instance::fromJson(raw);
}

QList<Instance> rows(std::initializer_list<const char *> ids)
{
    QList<Instance> result;
    for (const char *id : ids)
        result.append(make(QString::fromLatin1(id), u"Instance "_s + QString::fromLatin1(id)));
    return result;
}

QStringList idsOf(const InstanceTableModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, InstanceTableModel::IdColumn).data().toString());
    return ids;
}
} // namespace

class TestInstanceTableModel : public QObject
{
    Q_OBJECT

private:
    InstanceTableModel *m_model = nullptr;

    QVariant cell(int row, int column, int role = Qt::DisplayRole) const
    {
        return m_model->data(m_model->index(row, column), role);
    }

private Q_SLOTS:
    void init()
    {
        m_model = new InstanceTableModel(this);
        m_model->setClock([] { return kNow; });
        new QAbstractItemModelTester(
            m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_model);
    }

    void cleanup() { delete m_model; }

    void showsThirteenColumnsWithHeaders()
    {
        QCOMPARE(m_model->columnCount(), 13);
        QStringList headers;
        for (int column = 0; column < m_model->columnCount(); ++column)
            headers.append(m_model->headerData(column, Qt::Horizontal).toString());
        QCOMPARE(headers,
                 (QStringList{u"Name"_s, u"ID"_s, u"Connection"_s, u"Status"_s, u"Billing"_s,
                              u"Webhook"_s, u"Events"_s, u"Created"_s, u"Updated"_s,
                              u"Cancels at"_s, u"Expires"_s, u"WhatsApp name"_s, u"Phone"_s}));
    }

    void badgesCarryTextAndTone()
    {
        m_model->setInstances({make(u"VZ1"_s, u"One"_s, u"PAST_DUE"_s, false),
                               make(u"VZ2"_s, u"Two"_s, u"SOMETHING_NEW"_s, std::nullopt)});
        QCOMPARE(cell(0, InstanceTableModel::ConnectionColumn).toString(), u"Disconnected"_s);
        QCOMPARE(
            cell(0, InstanceTableModel::ConnectionColumn, InstanceTableModel::ToneRole).toInt(),
            int(format::Tone::Bad));
        // The cancel scheduled for 29 Nov (three days on) is in the badge itself.
        QCOMPARE(cell(0, InstanceTableModel::BillingColumn).toString(),
                 u"Past due · cancels 29 Nov"_s);
        QVERIFY(cell(0, InstanceTableModel::BillingColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(u"Cancels on "_s + format::exactTime(QDateTime(
                                                     QDate(2026, 11, 29), QTime(12, 0), Qt::UTC))));
        QCOMPARE(cell(0, InstanceTableModel::BillingColumn, InstanceTableModel::ToneRole).toInt(),
                 int(format::Tone::Warning));
        // Unknown values are shown verbatim with a neutral badge.
        QCOMPARE(cell(1, InstanceTableModel::BillingColumn).toString(),
                 u"SOMETHING_NEW · cancels 29 Nov"_s);
        QCOMPARE(cell(1, InstanceTableModel::BillingColumn, InstanceTableModel::ToneRole).toInt(),
                 int(format::Tone::Neutral));
        QCOMPARE(cell(1, InstanceTableModel::ConnectionColumn).toString(), u"Unknown"_s);
    }

    void pushNameAndPhoneComeFromTheListRow()
    {
        QJsonObject raw{{u"id"_s, u"VZ1"_s},
                        {u"name"_s, u"One"_s},
                        {u"whatsapp_push_name"_s, u"Maria Teste"_s},
                        {u"whatsapp_jid"_s, u"5511987654321:12@s.whatsapp.net"_s}};
        QJsonObject odd{{u"id"_s, u"VZ2"_s}, {u"whatsapp_jid"_s, u"status@broadcast"_s}};
        m_model->setInstances({Instance::fromJson(raw), Instance::fromJson(odd)});
        QCOMPARE(cell(0, InstanceTableModel::PushNameColumn).toString(), u"Maria Teste"_s);
        QCOMPARE(cell(0, InstanceTableModel::PhoneColumn).toString(), u"+55 11 98765-4321"_s);
        QCOMPARE(cell(1, InstanceTableModel::PhoneColumn).toString(), u"status@broadcast"_s);
        QCOMPARE(cell(1, InstanceTableModel::PushNameColumn).toString(), QString());
        QCOMPARE(InstanceTableModel::sortField(InstanceTableModel::PhoneColumn), u"whatsapp_jid"_s);
    }

    void phoneNumbersAreGroupedAsTheyAreRead_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("shown");
        QTest::newRow("mobile") << u"5511912345678"_s << u"+55 11 91234-5678"_s;
        QTest::newRow("with +") << u"+5521987654321"_s << u"+55 21 98765-4321"_s;
        QTest::newRow("landline") << u"551131234567"_s << u"+55 11 3123-4567"_s;
        QTest::newRow("mobile without its 9") << u"551191234567"_s << u"+55 11 9123-4567"_s;
        QTest::newRow("Portugal") << u"351912345678"_s << u"+351912345678"_s;
        QTest::newRow("too short for Brazil") << u"5511912345"_s << u"+5511912345"_s;
        QTest::newRow("no area code 0x") << u"5501912345678"_s << u"+5501912345678"_s;
        QTest::newRow("not a number") << u"status@broadcast"_s << u"status@broadcast"_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void phoneNumbersAreGroupedAsTheyAreRead()
    {
        QFETCH(QString, number);
        QFETCH(QString, shown);
        QCOMPARE(format::readablePhone(number), shown);
    }

    void aCancelThatIsOverOrInAnotherYearReadsRight()
    {
        const Instance past = make(u"VZ1"_s, u"One"_s, u"ACTIVE"_s, true,
                                   u"2026-11-20T12:00:00Z"_s); // before "now"
        const Instance nextYear =
            make(u"VZ2"_s, u"Two"_s, u"ACTIVE"_s, true, u"2027-01-12T12:00:00Z"_s);
        const Instance none = make(u"VZ3"_s, u"Three"_s, u"ACTIVE"_s, true, QJsonValue::Null);
        m_model->setInstances({past, nextYear, none});
        QCOMPARE(cell(0, InstanceTableModel::BillingColumn).toString(), u"Active"_s);
        QCOMPARE(cell(1, InstanceTableModel::BillingColumn).toString(),
                 u"Active · cancels 12 Jan 2027"_s);
        QCOMPARE(cell(2, InstanceTableModel::BillingColumn).toString(), u"Active"_s);
    }

    void datesAreRelativeWithExactToolTipAndRawSortValue()
    {
        m_model->setInstances({make(u"VZ1"_s, u"One"_s)});
        QCOMPARE(cell(0, InstanceTableModel::CreatedColumn).toString(), u"3 days ago"_s);
        QCOMPARE(cell(0, InstanceTableModel::CancelsAtColumn).toString(), u"in 3 days"_s);
        QVERIFY(cell(0, InstanceTableModel::CreatedColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC)
                                  .toLocalTime()
                                  .toString(u"yyyy-MM-dd HH:mm"_s)));
        QCOMPARE(
            cell(0, InstanceTableModel::CreatedColumn, InstanceTableModel::SortRole).toDateTime(),
            QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC));
        QVERIFY(cell(0, InstanceTableModel::ExpiresColumn).toString().isEmpty());
    }

    void everyColumnHasAServerSortField()
    {
        for (int column = 0; column < InstanceTableModel::ColumnCount; ++column)
            QVERIFY(!InstanceTableModel::sortField(column).isEmpty());
        QCOMPARE(InstanceTableModel::sortField(InstanceTableModel::BillingColumn),
                 u"billing_status"_s);
    }

    void refreshMergesByIdWithoutReset()
    {
        m_model->setInstances(rows({"A", "B", "C", "D"}));
        QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(m_model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removes(m_model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changes(m_model, &QAbstractItemModel::dataChanged);

        QList<Instance> next = rows({"A", "C", "D", "E"});
        next[1] = make(u"C"_s, u"C renamed"_s);
        m_model->setInstances(next);

        QCOMPARE(idsOf(*m_model), (QStringList{u"A"_s, u"C"_s, u"D"_s, u"E"_s}));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(removes.count(), 1);
        QCOMPARE(inserts.count(), 1);
        QCOMPARE(changes.count(), 1); // only C changed
        QCOMPARE(cell(1, InstanceTableModel::NameColumn).toString(), u"C renamed"_s);
    }

    void unchangedRefreshEmitsNothing()
    {
        m_model->setInstances(rows({"A", "B"}));
        QSignalSpy changes(m_model, &QAbstractItemModel::dataChanged);
        QSignalSpy layout(m_model, &QAbstractItemModel::rowsMoved);
        m_model->setInstances(rows({"A", "B"}));
        QCOMPARE(changes.count(), 0);
        QCOMPARE(layout.count(), 0);
    }

    void selectionAndCurrentRowSurviveRefresh()
    {
        m_model->setInstances(rows({"A", "B", "C", "D"}));
        QItemSelectionModel selection(m_model);
        selection.setCurrentIndex(m_model->index(2, 0),
                                  QItemSelectionModel::SelectCurrent | QItemSelectionModel::Rows);
        selection.select(m_model->index(3, 0),
                         QItemSelectionModel::Select | QItemSelectionModel::Rows);

        // A new row on top, B gone, order changed: C and D stay selected, C stays current.
        m_model->setInstances(rows({"Z", "D", "A", "C"}));
        QCOMPARE(idsOf(*m_model), (QStringList{u"Z"_s, u"D"_s, u"A"_s, u"C"_s}));
        QCOMPARE(selection.currentIndex().data(InstanceTableModel::InstanceIdRole).toString(),
                 u"C"_s);
        QStringList selected;
        for (const QModelIndex &index : selection.selectedRows())
            selected.append(index.data(InstanceTableModel::InstanceIdRole).toString());
        selected.sort();
        QCOMPARE(selected, (QStringList{u"C"_s, u"D"_s}));
    }

    void duplicateIdsFromAServerDoNotBreakTheModel()
    {
        m_model->setInstances(rows({"A", "A", "B"}));
        QCOMPARE(m_model->rowCount(), 3);
        m_model->setInstances(rows({"B", "A"}));
        QCOMPARE(idsOf(*m_model), (QStringList{u"B"_s, u"A"_s}));
        m_model->setInstances({});
        QCOMPARE(m_model->rowCount(), 0);
    }

    void rowsFollowWhatTheStoreLearns()
    {
        m_model->setInstances(rows({"A", "B"}));
        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        // A fact about B repaints B's row, and only it.
        QVERIFY(m_model->store().learn(u"B"_s, QJsonObject{{u"name"_s, u"Bee"_s}}));
        QCOMPARE(cell(1, InstanceTableModel::NameColumn).toString(), u"Bee"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        // One not on the page adds no row.
        QVERIFY(m_model->store().learn(u"X"_s, QJsonObject{{u"name"_s, u"Nope"_s}}));
        QCOMPARE(m_model->rowCount(), 2);
        // A removed instance leaves the table.
        m_model->store().remove(u"A"_s);
        QCOMPARE(idsOf(*m_model), (QStringList{u"B"_s}));
        m_model->store().clear();
        QCOMPARE(m_model->rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestInstanceTableModel)
#include "tst_instancetablemodel.moc"
