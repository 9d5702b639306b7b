// Server text stays text: names, statuses, webhooks, labels, unknown fields, push names and
// error messages that look like HTML are never rendered as HTML (in labels or tooltips), and
// text of any length is cut to what a view can show, so nothing measures megabytes.
#include "core/actionlog/ActionLog.h"
#include "core/actionlog/ActionLogModel.h"
#include "core/actions/BulkRun.h"
#include "core/api/ApiCall.h"
#include "core/api/ApiClient.h"
#include "core/presentation/DisplayText.h"
#include "core/presentation/InstanceTableModel.h"
#include "ui/billing/CheckoutWaitPanel.h"
#include "ui/bulk/BulkResultsView.h"
#include "ui/confirm/RestartDialog.h"
#include "ui/detail/ConnectedView.h"
#include "ui/detail/DetailPanel.h"
#include "ui/mainwindow/StatePages.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace vzaps;
using namespace Qt::StringLiterals;

namespace {

const QString kImageBomb = u"<img width=30000 height=30000 src=x>"_s;
const QString kHeading = u"<h1>x</h1>"_s;

// Markup a view would render if it took the text as rich text.
bool holdsRawMarkup(const QString &text)
{
    return text.contains("<img"_L1) || text.contains("<h1"_L1) || text.contains("<i>"_L1);
}

QJsonObject hostileInstance()
{
    QJsonObject labels;
    QJsonArray events;
    for (int i = 0; i < 300; ++i) {
        labels.insert(kHeading + QString::number(i), kImageBomb);
        events.append(u"<i>Event%1</i>"_s.arg(i));
    }
    QJsonObject object{
        {u"id"_s, u"VZ"_s + QString(200, u'Q') + kHeading},
        {u"name"_s, kImageBomb + QString(5 * 1024 * 1024, u'x')},
        {u"token"_s, u"inst_"_s + QString(100'000, u'k')},
        {u"url"_s, u"https://app.vzaps.com/instances/<img src=x>"_s},
        {u"webhook"_s, u"https://hooks.example/"_s + kHeading + QString(1024 * 1024, u'w')},
        {u"events_subscribe"_s, events},
        {u"status"_s, kHeading + QString(100'000, u's')},
        {u"billing_status"_s, kImageBomb},
        {u"connected"_s, true},
        {u"whatsapp_push_name"_s, kImageBomb},
        {u"labels"_s, labels},
    };
    for (int i = 0; i < 500; ++i)
        object.insert(u"x_<i>%1</i>"_s.arg(i), kImageBomb + QString(10'000, u'v'));
    return object;
}

} // namespace

class TestHostileText : public QObject
{
    Q_OBJECT

    // Every label and tooltip under `root`: markup only escaped, lengths bounded.
    void verifyShownAsText(const QWidget &root, int atLeast = 10)
    {
        const QList<QWidget *> widgets = root.findChildren<QWidget *>();
        QVERIFY(widgets.size() >= atLeast);
        for (const QWidget *widget : widgets) {
            const QString tip = widget->toolTip();
            QVERIFY2(!holdsRawMarkup(tip),
                     qPrintable(widget->objectName() + u": "_s + tip.left(80)));
            QVERIFY2(tip.size() <= 6 * display::kMaxToolTipChars + 20,
                     qPrintable(widget->objectName()));
            if (const auto *label = qobject_cast<const QLabel *>(widget)) {
                if (label->textFormat() != Qt::PlainText)
                    QVERIFY2(!holdsRawMarkup(label->text()),
                             qPrintable(label->objectName() + u": "_s + label->text().left(80)));
                QVERIFY2(label->text().size() <= 3000,
                         qPrintable(label->objectName() + u" has "_s +
                                    QString::number(label->text().size()) + u" characters"_s));
            }
        }
    }

private Q_SLOTS:
    void cutAndToolTipRules()
    {
        QCOMPARE(display::cut(u"short"_s), u"short"_s);
        const QString cut = display::cut(QString(10'000, u'a'));
        QCOMPARE(cut.size(), display::kMaxShownChars + 1);
        QVERIFY(cut.endsWith(u'…'));
        // No half of a character pair at the cut.
        const QString emoji = QString(display::kMaxShownChars - 1, u'a') + u"😀😀"_s;
        QVERIFY(!display::cut(emoji).chopped(1).back().isHighSurrogate());
        QCOMPARE(display::cut(QString(40, u'\n')).count(u'\n'), display::kMaxShownLines - 1);

        QCOMPARE(display::toolTip(u"plain\nlines"_s), u"plain\nlines"_s);
        QCOMPARE(display::toolTip(kHeading), u"<qt>&lt;h1&gt;x&lt;/h1&gt;</qt>"_s);
        QCOMPARE(display::toolTip(u"a&b\nc"_s), u"<qt>a&amp;b<br>c</qt>"_s);
        QVERIFY(display::toolTip({}).isEmpty());
    }

    void tableCellsAreCutAndTooltipsEscaped()
    {
        InstanceTableModel model;
        model.setInstances({Instance::fromJson(hostileInstance())});
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(0, column);
            const QString shown = index.data(Qt::DisplayRole).toString();
            QVERIFY2(shown.size() <= display::kMaxShownChars + 1,
                     qPrintable(QString::number(column)));
            QVERIFY(index.data(Qt::AccessibleTextRole).toString().size() <=
                    display::kMaxShownChars + 1);
            QVERIFY2(!holdsRawMarkup(index.data(Qt::ToolTipRole).toString()),
                     qPrintable(QString::number(column)));
        }
        // The cell starts with the name as it is, as text.
        QVERIFY(model.index(0, InstanceTableModel::NameColumn)
                    .data()
                    .toString()
                    .startsWith(kImageBomb));
    }

    void detailPanelShowsEveryFieldAsText()
    {
        ApiClient client; // never signed in: the panel stays hidden and polls nothing
        ui::DetailPanel panel(client);
        const Instance hostile = Instance::fromJson(hostileInstance());
        panel.showInstance(hostile);
        verifyShownAsText(panel);
        auto *title = panel.findChild<QLabel *>(u"detailTitle"_s);
        QVERIFY(title);
        QVERIFY(title->text().startsWith(kImageBomb));
        // A few dozen chips and unknown fields at most, with a count of the rest.
        QVERIFY(panel.findChildren<QWidget *>(u"detailLabelChip"_s).size() <= 30);
        QVERIFY(panel.findChild<QLabel *>(u"detailLabelChipMore"_s));
        QVERIFY(panel.findChild<QLabel *>(u"detailOtherMore"_s));
    }

    void errorPagesShowTheServersMessageAsText()
    {
        ApiError error;
        error.kind = ErrorKind::Http;
        error.httpStatus = 500;
        error.operation = u"list instances"_s;
        error.message = kImageBomb + QString(100'000, u'e');
        ui::ErrorPage page;
        page.setError(error);
        verifyShownAsText(page, 2);
        ui::StaleBanner banner;
        banner.setError(error);
        verifyShownAsText(banner, 2);
        ui::EmptyPage empty;
        empty.setSearch(kHeading);
        verifyShownAsText(empty, 2);
    }

    void dialogsAndPanelsShowNamesAsText()
    {
        ApiClient client; // signed in to nothing: whatever is asked fails at once
        const Instance hostile = Instance::fromJson(hostileInstance());
        ui::RestartDialog restart(client, hostile);
        verifyShownAsText(restart, 3);
        auto *checkout = new ui::CheckoutWaitPanel(
            client, hostile, QUrl(u"https://checkout.example/c/"_s + kImageBomb));
        verifyShownAsText(*checkout, 3);
        delete checkout;

        // Results of a bulk action whose every answer is a hostile message.
        BulkRun run(
            [](const Instance &instance, QObject *, BulkRun::Done done) -> QPointer<ApiCall> {
                BulkItemOutcome outcome;
                outcome.record.instanceId = instance.id;
                outcome.record.instanceName = instance.name;
                outcome.record.outcome = ActionOutcome::Failed;
                outcome.record.message = kImageBomb + QString(100'000, u'm');
                outcome.record.requestId = kHeading;
                done(outcome);
                return nullptr;
            },
            {hostile, hostile});
        ui::BulkResultsView results(&run);
        run.start();
        QTRY_COMPARE(run.doneCount(), 2);
        verifyShownAsText(results, 3);
        auto *tree = results.findChild<QTreeWidget *>();
        QVERIFY(tree && tree->topLevelItemCount() == 2);
        for (int row = 0; row < tree->topLevelItemCount(); ++row) {
            for (int column = 0; column < tree->columnCount(); ++column) {
                const QTreeWidgetItem *item = tree->topLevelItem(row);
                QVERIFY(!holdsRawMarkup(item->toolTip(column)));
                QVERIFY(item->text(column).size() <= display::kMaxShownChars + 1);
            }
        }
    }

    void connectedAccountIsShownAsText()
    {
        ApiClient client;
        ui::ConnectedView view(client.network());
        SessionStatus status;
        status.connected = true;
        status.pushName = kImageBomb + QString(1'000'000, u'p');
        status.phone = u"5511"_s + kHeading;
        status.whatsappJid = kImageBomb;
        status.businessName = kHeading;
        status.about = kImageBomb + QString(1'000'000, u'a');
        status.website = u"https://shop.example/"_s + kImageBomb;
        view.setSession(status, kHeading, {});
        verifyShownAsText(view);
    }

    void actionLogRowsAreCutAndEscaped()
    {
        QTemporaryDir dir;
        ActionLog log(dir.filePath(u"log.sqlite"_s));
        ActionLogModel model(log);
        ActionRecord record;
        record.time = QDateTime::currentDateTimeUtc();
        record.instanceName = kImageBomb + QString(1'000'000, u'n');
        record.instanceId = u"VZ1"_s;
        record.action = u"Restart"_s;
        record.outcome = ActionOutcome::Failed;
        record.requestId = kHeading;
        record.message = kImageBomb + QString(1'000'000, u'm');
        log.append(record);
        QTRY_COMPARE(model.rowCount(), 1);
        // Kept at a length a log can use, not megabytes.
        QVERIFY(log.records().first().message.size() <= 4097);
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(0, column);
            QVERIFY(index.data(Qt::DisplayRole).toString().size() <= display::kMaxShownChars + 1);
            QVERIFY2(!holdsRawMarkup(index.data(Qt::ToolTipRole).toString()),
                     qPrintable(QString::number(column)));
        }
    }
};

QTEST_MAIN(TestHostileText)
#include "tst_hostiletext.moc"
