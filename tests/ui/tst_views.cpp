// Views as a person uses them: "Needs attention" from the view selector shows exactly the
// instances of the whole account that are disconnected, past due or unpaid; a view saved by
// name (search, filter, sort, columns) comes back after another view and after a restart;
// File ▸ Export view writes every instance of the view, row for row as the table has them,
// as CSV or JSON; Search all fields finds a customer by a piece of the phone number; the
// status filter's counts say where they come from.
#include "tests/ui/WindowActionsFixture.h"

#include "tests/support/Keyboard.h"

#include "core/presentation/AllFieldsSearch.h"
#include "core/presentation/SavedViews.h"
#include "core/presentation/StatusScan.h"
#include "core/presentation/WatchList.h"
#include "ui/mainwindow/InstanceTableView.h"
#include "ui/mainwindow/SearchField.h"
#include "ui/mainwindow/StatusFilterButton.h"
#include "ui/views/ViewExportFlow.h"
#include "ui/views/ViewsHost.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

class TestViews : public QObject
{
    Q_OBJECT

    testing::WindowActionsFixture m_fixture;
    QList<Instance> m_all;

    ViewsHost &views() const { return m_fixture.window->views(); }
    QComboBox *selector() const { return views().selector(); }
    StatusFilterButton *statusButton() const
    {
        return m_fixture.window->findChild<StatusFilterButton *>(u"statusFilterButton"_s);
    }
    SearchField *searchField() const
    {
        return m_fixture.window->findChild<SearchField *>(u"searchField"_s);
    }
    StatusScan &scan() const { return m_fixture.window->controller().statusScan(); }

    QStringList idsOf(const std::function<bool(const Instance &)> &keep) const
    {
        QStringList ids;
        for (const Instance &instance : std::as_const(m_all)) {
            if (keep(instance))
                ids.append(instance.id);
        }
        return ids;
    }

    // Picks the view titled `title` in the selector with the keyboard, from the search field.
    bool chooseView(const QString &title)
    {
        // As a person clicks back into the window after a dialog.
        m_fixture.window->activateWindow();
        if (!QTest::qWaitFor(
                [&] { return QApplication::activeWindow() == m_fixture.window.get(); }))
            return false;
        searchField()->setFocus(Qt::ShortcutFocusReason);
        if (!testing::press(Qt::Key_Tab, Qt::ShiftModifier) ||
            QApplication::focusWidget() != selector()) {
            qWarning() << "focus is on" << QApplication::focusWidget();
            return false;
        }
        testing::press(Qt::Key_Home);
        for (int step = 0; step < selector()->count() + 1; ++step) {
            if (selector()->currentText().startsWith(title))
                return true;
            testing::press(Qt::Key_Down);
        }
        return selector()->currentText().startsWith(title);
    }

    static QStringList csvIds(const QByteArray &csv, char separator)
    {
        QStringList ids;
        const QList<QByteArray> lines = csv.split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (!lines.at(i).trimmed().isEmpty())
                ids.append(QString::fromUtf8(lines.at(i).left(lines.at(i).indexOf(separator))));
        }
        return ids;
    }

    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase() { testing::isolateSettings(u"tst_views"_s); }
    void init()
    {
        QVERIFY(m_fixture.start());
        m_all = m_fixture.seed(300);
        QCOMPARE(m_all.size(), 324);
    }
    void cleanup() { m_fixture.stop(); }

    void needsAttentionIsEveryInstanceThatNeedsHelp()
    {
        QVERIFY(selector()->currentText().startsWith(u"All instances"_s));
        QVERIFY(chooseView(u"Needs attention"_s));
        QTRY_VERIFY_WITH_TIMEOUT(scan().isComplete(), 30000);
        const QStringList expected = idsOf([](const Instance &instance) {
            const QString billing = instance.billingStatus.toUpper();
            return instance.connected == false || billing == "PAST_DUE"_L1 ||
                   billing == "UNPAID"_L1;
        });
        QVERIFY(expected.size() > 50);
        QCOMPARE(m_fixture.model()->ids(), expected);
        QVERIFY2(statusButton()->text().contains(u"any of"_s), qPrintable(statusButton()->text()));

        // Another built-in view on the same reading: nothing is read again.
        const QDateTime readAt = scan().completedAt();
        QVERIFY(chooseView(u"Cancels soon"_s));
        QCOMPARE(scan().completedAt(), readAt);
        QVERIFY(!scan().isScanning());
        StatusFilter soon;
        soon.cancelsSoon = true;
        for (const QString &id : m_fixture.model()->ids())
            QVERIFY(soon.matches(*m_fixture.window->controller().store().find(id)));

        // The list opens with the counts of the reading.
        selector()->showPopup();
        QVERIFY2(selector()
                     ->itemText(selector()->findText(u"Needs attention"_s, Qt::MatchStartsWith))
                     .contains(u"(%1)"_s.arg(expected.size())),
                 qPrintable(selector()->itemText(2)));
        selector()->hidePopup();

        QVERIFY(chooseView(u"All instances"_s));
        QTRY_COMPARE(m_fixture.model()->rowCount(), 50); // pages again
    }

    void watchedShowsTheWatchList()
    {
        WatchList &watched = m_fixture.window->watchList();
        QVERIFY(watched.pin(m_all.at(7).id));
        QVERIFY(watched.pin(m_all.at(200).id)); // not on the first page
        QVERIFY(chooseView(u"Watched"_s));
        QTRY_VERIFY_WITH_TIMEOUT(scan().isComplete(), 30000);
        QCOMPARE(m_fixture.model()->ids(), (QStringList{m_all.at(7).id, m_all.at(200).id}));
        // The view follows the list.
        watched.unpin(m_all.at(7).id);
        QTRY_COMPARE(m_fixture.model()->ids(), QStringList{m_all.at(200).id});
        QVERIFY(selector()->currentText().startsWith(u"Watched"_s));

        // A state checked on top narrows the watched ones; it does not drop the watch list.
        const bool connected = m_all.at(200).connected == true;
        statusButton()
            ->actionFor(connected ? u"filterDisconnected"_s : u"filterConnected"_s)
            ->trigger();
        QTRY_VERIFY(m_fixture.model()->ids().isEmpty());
        QVERIFY(m_fixture.window->controller().statusFilter().ids.has_value());
        statusButton()->actionFor(u"filterShowAll"_s)->trigger();
        QVERIFY(!m_fixture.window->controller().statusFilter().ids.has_value());
    }

    void anInstanceCreatedSinceIsInTheViewsItFits()
    {
        QVERIFY(chooseView(u"Needs attention"_s));
        QTRY_VERIFY_WITH_TIMEOUT(scan().isComplete(), 30000);
        const qsizetype before = m_fixture.model()->rowCount();
        // A new instance starts disconnected: it needs attention, without reading again.
        QJsonObject created{{u"id"_s, u"VZNEW0000000000000000000000001"_s},
                            {u"name"_s, u"Nova Loja"_s},
                            {u"connected"_s, false},
                            {u"billing_status"_s, u"TRIALING"_s}};
        m_fixture.window->controller().store().learn(created.value(u"id"_s).toString(), created);
        QTRY_COMPARE(m_fixture.model()->rowCount(), before + 1);
        QVERIFY(m_fixture.model()->ids().contains(u"VZNEW0000000000000000000000001"_s));
    }

    void aSavedViewComesBackAsItWasSaved()
    {
        // A search, a filter and a column hidden, by hand.
        searchField()->setFocus(Qt::ShortcutFocusReason);
        QVERIFY(testing::type(u"Clinica"_s)); // the sandbox finds "Clínica" too
        statusButton()->actionFor(u"filterDisconnected"_s)->trigger();
        auto *table = m_fixture.window->findChild<InstanceTableView *>(u"instanceTable"_s);
        table->horizontalHeader()->setSectionHidden(InstanceTableModel::WebhookColumn, true);
        QTRY_VERIFY_WITH_TIMEOUT(scan().isComplete(), 30000);
        const QStringList matches = m_fixture.model()->ids();
        QVERIFY(!matches.isEmpty());
        const QStringList hidden = table->hiddenColumnNames();
        QVERIFY(hidden.contains(u"WebhookColumn"_s));
        QVERIFY(selector()->currentText().startsWith(u"Unsaved view"_s));

        views().saveAction()->trigger();
        QVERIFY(testing::waitForActiveWindow(u"saveViewDialog"_s));
        QVERIFY(testing::type(u"Clinicas fora do ar"_s));
        QVERIFY(testing::press(Qt::Key_Return));
        QTRY_VERIFY(!testing::WindowActionsFixture::openDialog<QDialog>(u"saveViewDialog"_s));
        QTRY_VERIFY(selector()->currentText().startsWith(u"Clinicas fora do ar"_s));
        QVERIFY(views().deleteAction()->isEnabled());

        // Away and back.
        QVERIFY(chooseView(u"All instances"_s));
        QTRY_COMPARE(m_fixture.model()->rowCount(), 50);
        QCOMPARE(searchField()->text(), QString());
        table->horizontalHeader()->setSectionHidden(InstanceTableModel::WebhookColumn, false);
        QVERIFY(chooseView(u"Clinicas fora do ar"_s));
        QCOMPARE(searchField()->text(), u"Clinica"_s);
        QVERIFY(table->horizontalHeader()->isSectionHidden(InstanceTableModel::WebhookColumn));
        QVERIFY(statusButton()->text().contains(u"Disconnected"_s));
        QTRY_VERIFY_WITH_TIMEOUT(scan().isComplete(), 30000);
        QCOMPARE(m_fixture.model()->ids(), matches);

        // Kept for the account, as another start of the app reads it.
        SavedViews again;
        again.setAccount(m_fixture.client->baseUrl(), m_fixture.client->clientToken());
        QCOMPARE(again.ownViews().size(), 1);
        QCOMPARE(again.ownViews().first().name, u"Clinicas fora do ar"_s);
        QCOMPARE(again.ownViews().first().view.filter.connected, std::optional<bool>(false));
        QCOMPARE(again.ownViews().first().hiddenColumns, hidden);

        // A built-in name is refused, with the reason on the disabled Save button.
        views().saveAction()->trigger();
        QVERIFY(testing::waitForActiveWindow(u"saveViewDialog"_s));
        QVERIFY(testing::press(Qt::Key_A, Qt::ControlModifier));
        QVERIFY(testing::type(u"watched"_s));
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeWindow());
        QPushButton *save = nullptr;
        for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
            if (button->text().remove(u'&') == "Save"_L1)
                save = button;
        }
        QVERIFY(save && !save->isEnabled());
        QVERIFY(save->accessibleDescription().contains(u"built-in"_s));
        QVERIFY(testing::press(Qt::Key_Escape));
        QTRY_VERIFY(!testing::WindowActionsFixture::openDialog<QDialog>(u"saveViewDialog"_s));
        QCOMPARE(again.ownViews().size(), 1);

        // Deleted, after a question.
        views().deleteAction()->trigger();
        QVERIFY(testing::waitForActiveWindow(u"deleteViewQuestion"_s));
        auto *question = QApplication::activeWindow();
        for (QPushButton *button : question->findChildren<QPushButton *>()) {
            if (button->text() == "Delete view"_L1)
                button->click();
        }
        QTRY_VERIFY(views().views().ownViews().isEmpty());
        QVERIFY(selector()->currentText().startsWith(u"Unsaved view"_s));
    }

    void theExportIsTheViewRowForRow()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        statusButton()->actionFor(u"filterDisconnected"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(scan().isComplete(), 30000);
        const QStringList shown = m_fixture.model()->ids();
        QVERIFY(shown.size() > 50);

        ViewExportFlow &flow = views().exportFlow();
        QSignalSpy exported(&flow, &ViewExportFlow::exported);
        flow.exportTo(dir.filePath(u"off.csv"_s), ViewExportFlow::Format::ExcelCsv);
        QVERIFY(exported.wait(20000));
        QVERIFY(exported.last().first().toString().contains(QString::number(shown.size())));
        const QByteArray excel = readFile(dir.filePath(u"off.csv"_s));
        QVERIFY(excel.startsWith("\xEF\xBB\xBFid;name;connected;status;billing_status;"
                                 "whatsapp_jid;created_at;cancel_at;phone;"));
        QCOMPARE(csvIds(excel.mid(3), ';'), shown);

        // Without a filter the view is every page of the search, not the page on screen.
        statusButton()->actionFor(u"filterShowAll"_s)->trigger();
        QTRY_COMPARE(m_fixture.model()->rowCount(), 50);
        flow.exportTo(dir.filePath(u"all.json"_s), ViewExportFlow::Format::Json);
        QVERIFY(exported.wait(20000));
        const QJsonArray objects =
            QJsonDocument::fromJson(readFile(dir.filePath(u"all.json"_s))).array();
        QCOMPARE(objects.size(), m_all.size());
        for (qsizetype i = 0; i < objects.size(); ++i) {
            const QJsonObject object = objects.at(i).toObject();
            QCOMPARE(object.value(u"id"_s).toString(), m_all.at(i).id);
            QVERIFY(!object.contains(u"token"_s)); // the instance's secret stays in the app
            QCOMPARE(object.value(u"name"_s), m_all.at(i).raw.value(u"name"_s));
        }
        const QByteArray bytes = readFile(dir.filePath(u"all.json"_s));
        for (const Instance &instance : std::as_const(m_all))
            QVERIFY(!instance.token.isEmpty() && !bytes.contains(instance.token.toUtf8()));

        // A file that cannot be written says so.
        QSignalSpy failed(&flow, &ViewExportFlow::failed);
        flow.exportTo(dir.filePath(u"missing/folder/x.csv"_s), ViewExportFlow::Format::Rfc4180Csv);
        QVERIFY(failed.wait(20000));
        QVERIFY(failed.last().first().toString().contains(u"Could not export"_s));
    }

    void searchAllFieldsFindsACustomerByPhone()
    {
        const auto withPhone = std::find_if(m_all.cbegin(), m_all.cend(), [](const Instance &i) {
            return i.whatsappJid.size() > 12 && i.whatsappJid.at(0).isDigit();
        });
        QVERIFY(withPhone != m_all.cend());
        const QString digits = withPhone->whatsappJid.mid(4, 6);
        m_fixture.window->activateWindow();
        searchField()->setFocus(Qt::ShortcutFocusReason);
        QVERIFY(testing::press(Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier));
        QVERIFY(views().searchAllFieldsAction()->isChecked());
        QVERIFY(searchField()->placeholderText().contains(u"phone"_s));
        QVERIFY(testing::type(digits));
        QTRY_VERIFY_WITH_TIMEOUT(
            scan().isComplete() && m_fixture.model()->ids().contains(withPhone->id), 30000);
        const AllFieldsSearch search(digits);
        QCOMPARE(m_fixture.model()->ids(),
                 idsOf([&](const Instance &i) { return search.matches(i); }));
        // The server was asked for everything, not for the digits.
        QCOMPARE(scan().readQuery().search, QString());

        // Off again: the server's search of the same text (no name or id has those digits).
        QVERIFY(testing::press(Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier));
        QVERIFY(!views().searchAllFieldsAction()->isChecked());
        QTRY_VERIFY(!m_fixture.window->controller().filtersByStatus());
        QTRY_VERIFY(!m_fixture.model()->ids().contains(withPhone->id));
    }

    void theStatusCountsSayWhereTheyComeFrom()
    {
        QMenu *menu = statusButton()->menu();
        const qint64 disconnected =
            idsOf([](const Instance &i) { return i.connected == false; }).size();
        Q_EMIT menu->aboutToShow();
        QVERIFY2(statusButton()->actionFor(u"filterCountsFrom"_s)->text().contains(u"summary"_s),
                 qPrintable(statusButton()->actionFor(u"filterCountsFrom"_s)->text()));
        QCOMPARE(statusButton()->actionFor(u"filterDisconnected"_s)->text(),
                 u"&Disconnected\t%1"_s.arg(disconnected));
        QVERIFY(!statusButton()->actionFor(u"filterCancelsSoon"_s)->text().contains(u'\t'));

        statusButton()->actionFor(u"filterConnected"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(scan().isComplete(), 30000);
        Q_EMIT menu->aboutToShow();
        QVERIFY(
            statusButton()->actionFor(u"filterCountsFrom"_s)->text().contains(u"whole account"_s));
        QCOMPARE(statusButton()->actionFor(u"filterDisconnected"_s)->text(),
                 u"&Disconnected\t%1"_s.arg(disconnected));
        StatusFilter soon;
        soon.cancelsSoon = true;
        const qint64 cancels = idsOf([&](const Instance &i) { return soon.matches(i); }).size();
        QCOMPARE(statusButton()->actionFor(u"filterCancelsSoon"_s)->text().section(u'\t', 1),
                 QString::number(cancels));
        // The button's own words carry no count.
        QCOMPARE(statusButton()->text(), u"Status: Connected"_s);
    }
};

} // namespace vzaps::ui

QTEST_MAIN(vzaps::ui::TestViews)
#include "tst_views.moc"
