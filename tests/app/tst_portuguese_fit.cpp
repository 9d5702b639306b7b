// Every screen of vzaps-desk, as a person (and a screen reader) meets it, on a 1024×640 window:
// the main window loaded and with a selection, the detail panel connected and pairing, every
// dialog. Portuguese is longer than English: in pt_BR each label, button and column header
// shows whole. A text that needs more room than its widget has (a label that does not wrap, a
// button narrower than its own size hint, a header section narrower than its title) fails,
// named with the dialog and the text; so does an Alt+letter that two shown controls of a window
// share; so does anything a screen reader cannot get (tests/support/AccessibilityAudit.h).
// Built twice: tst_portuguese_fit in pt_BR, tst_accessibility (VZAPS_SCREENS_IN_ENGLISH) in
// English. With VZAPS_SHOT_DIR set it also saves shot-pt-*.png for people to look at.
#include "app/vzaps-desk/AccountController.h"
#include "app/vzaps-desk/DeskLauncher.h"
#include "app/vzaps-desk/startup/DeskTranslations.h"
#include "core/actions/ActionAvailability.h"
#include "core/api/InstancesApi.h"
#include "core/presentation/InstanceListController.h"
#include "core/presentation/InstanceTableModel.h"
#include "core/presentation/StatusScan.h"
#include "tests/support/AccessibilityAudit.h"
#include "tests/support/IsolatedSettings.h"
#include "tests/support/MainWindowTestSupport.h"
#include "tests/support/Shots.h"
#include "ui/actions/ActionLauncher.h"
#include "ui/help/HelpActions.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/StatusFilterButton.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>
#include <QTreeView>

#include <functional>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using vzaps::InstanceAction;
using vzaps::desk::DeskSession;

namespace {

QString plainText(const QLabel *label)
{
    if (label->textFormat() == Qt::PlainText ||
        (label->textFormat() == Qt::AutoText && !Qt::mightBeRichText(label->text())))
        return label->text();
    QTextDocument document;
    document.setHtml(label->text());
    return document.toPlainText();
}

int widestLine(const QFontMetrics &metrics, const QString &text)
{
    int widest = 0;
    for (const QString &line : text.split(u'\n'))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest;
}

// What does not fit under `root`, shown and with text, as "<object name>: “text”".
QStringList clippedTexts(QWidget *root)
{
    QStringList clipped;
    const auto describe = [](const QWidget *widget, const QString &text) {
        return u"%1 (%2): “%3”"_s.arg(widget->objectName(),
                                      QString::fromLatin1(widget->metaObject()->className()), text);
    };
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(root) || label->wordWrap() || !label->pixmap().isNull())
            continue;
        QString text = plainText(label);
        if (label->buddy())
            text.remove(u'&');
        if (text.trimmed().isEmpty())
            continue;
        const int room =
            label->contentsRect().width() - 2 * label->margin() - std::max(0, label->indent());
        if (widestLine(label->fontMetrics(), text) > room + 1)
            clipped << describe(label, text);
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(root) || button->text().isEmpty() ||
            button->objectName().startsWith(u"qt_"_s))
            continue;
        if (button->sizeHint().width() > button->width() + 1)
            clipped << describe(button, button->text());
    }
    for (QHeaderView *header : root->findChildren<QHeaderView *>()) {
        if (!header->isVisibleTo(root) || header->orientation() != Qt::Horizontal)
            continue;
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section) || header->sectionSize(section) == 0)
                continue;
            const QString title =
                header->model()->headerData(section, Qt::Horizontal, Qt::DisplayRole).toString();
            const int margin =
                header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
            const bool sorted =
                header->isSortIndicatorShown() && header->sortIndicatorSection() == section;
            const int needed =
                header->fontMetrics().horizontalAdvance(title) + 2 * margin +
                (sorted ? header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) +
                              margin
                        : 0);
            if (!title.isEmpty() && needed > header->sectionSize(section) + 1)
                clipped << describe(header, title);
        }
    }
    return clipped;
}

// The letter after a single "&" of `text`, lower case; null when there is none.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Alt+letter must reach one control: letters that two shown controls of `root` share.
QStringList sharedMnemonics(QWidget *root)
{
    QHash<QChar, QStringList> owners;
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(root) && !mnemonicOf(button->text()).isNull())
            owners[mnemonicOf(button->text())] << button->text();
    }
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->isVisibleTo(root) && label->buddy() && !mnemonicOf(label->text()).isNull())
            owners[mnemonicOf(label->text())] << label->text();
    }
    // The menu bar's titles answer Alt+letter in the whole window too.
    if (auto *mainWindow = qobject_cast<QMainWindow *>(root)) {
        for (const QAction *menu : mainWindow->menuBar()->actions()) {
            if (!mnemonicOf(menu->text()).isNull())
                owners[mnemonicOf(menu->text())] << menu->text();
        }
    }
    QStringList shared;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            shared << u"Alt+%1: %2"_s.arg(it.key().toUpper(), it.value().join(u", "_s));
    }
    return shared;
}

// Letters two items of one open menu (or of its submenus, each on its own) share.
QStringList sharedMenuMnemonics(const QMenu *menu)
{
    QHash<QChar, QStringList> owners;
    QStringList shared;
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (!mnemonicOf(action->text()).isNull())
            owners[mnemonicOf(action->text())] << action->text();
        if (action->menu())
            shared << sharedMenuMnemonics(action->menu());
    }
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            shared << u"%1 ▸ Alt+%2: %3"_s.arg(menu->title(), it.key().toUpper(),
                                               it.value().join(u", "_s));
    }
    return shared;
}

// Menu items that have no Alt letter: a keyboard user has to arrow to them.
QStringList itemsWithoutMnemonic(const QMenu *menu)
{
    QStringList missing;
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        if (mnemonicOf(action->text()).isNull())
            missing << menu->title() + u" ▸ "_s + action->text();
        if (action->menu())
            missing << itemsWithoutMnemonic(action->menu());
    }
    return missing;
}

} // namespace

class TestPortugueseFit : public QObject
{
    Q_OBJECT

    std::unique_ptr<DeskSession> m_session;

    vzaps::ui::MainWindow *window() const { return m_session->window(); }
    vzaps::InstanceTableModel *model() const { return window()->controller().model(); }

    // The first instance on the page that `matches`.
    std::optional<vzaps::Instance>
    instanceWhere(const std::function<bool(const vzaps::Instance &)> &matches) const
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (matches(model()->instanceAt(row)))
                return model()->instanceAt(row);
        }
        return std::nullopt;
    }

    // Opens the dialog `action` asks for on `selection`, checks it and closes it.
    void checkDialog(const QString &name, InstanceAction action,
                     const QList<vzaps::Instance> &selection)
    {
        window()->launcher().launch(action, selection);
        QDialog *dialog = nullptr;
        QTRY_VERIFY2((dialog = qobject_cast<QDialog *>(QApplication::activeWindow())),
                     qPrintable(name));
        checkWindow(name, dialog);
        const QPointer<QDialog> shown(dialog);
        dialog->close();
        QTRY_VERIFY(!shown || !shown->isVisible());
        window()->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), window());
    }
    void checkWindow(const QString &name, QWidget *shown)
    {
        QCoreApplication::processEvents(); // laid out
        vzaps::testing::saveShot(shown, u"shot-pt-%1.png"_s.arg(name));
        const QStringList clipped = clippedTexts(shown);
        QVERIFY2(clipped.isEmpty(),
                 qPrintable(u"%1: %2 text(s) do not fit:\n"_s.arg(name).arg(clipped.size()) +
                            clipped.join(u'\n')));
        const QStringList shared = sharedMnemonics(shown);
        QVERIFY2(shared.isEmpty(), qPrintable(name + u": one Alt+letter for several controls:\n"_s +
                                              shared.join(u'\n')));
        const QStringList unheard = vzaps::testing::accessibilityProblems(shown);
        QVERIFY2(unheard.isEmpty(),
                 qPrintable(u"%1: %2 thing(s) a screen reader cannot get:\n"_s.arg(name).arg(
                                unheard.size()) +
                            unheard.join(u'\n')));
    }

private Q_SLOTS:
    void initTestCase()
    {
#ifdef VZAPS_SCREENS_IN_ENGLISH
        vzaps::testing::isolateSettings(u"tst_accessibility"_s); // its own sandbox and settings
#else
        vzaps::testing::isolateSettings(u"tst_portuguese_fit"_s);
#endif
        if (qEnvironmentVariableIsEmpty("VZAPS_DESK_PLUGIN_DIR"))
            qputenv("VZAPS_DESK_PLUGIN_DIR", VZAPS_DESK_PLUGIN_BUILD_DIR);
        QFile::remove(DeskSession::sandboxStatePath());
#ifndef VZAPS_SCREENS_IN_ENGLISH
        const QLocale brazil(QLocale::Portuguese, QLocale::Brazil);
        QLocale::setDefault(brazil);
        const auto installed = vzaps::desk::translations::install(*qApp, brazil);
        QVERIFY(installed.app);
        QVERIFY(installed.qt);
#endif

        const auto command = vzaps::desk::parseCommandLine({u"vzaps-desk"_s, u"--sandbox"_s}, {});
        m_session = std::make_unique<DeskSession>(command.options);
        window()->resize(1024, 640);
        window()->show();
        m_session->start();
        QTRY_VERIFY(window()->controller().state() == vzaps::InstanceListController::State::Ready &&
                    model()->rowCount() > 0);
        QVERIFY(QTest::qWaitForWindowActive(window()));
    }
    void cleanupTestCase()
    {
        m_session.reset();
    }

    void theCheckSeesWhatDoesNotFit()
    {
        QWidget box;
        auto *label = new QLabel(u"Configurações avançadas"_s, &box);
        label->setObjectName(u"narrowLabel"_s);
        label->setFixedWidth(40);
        auto *wrapped = new QLabel(u"Configurações avançadas"_s, &box);
        wrapped->setWordWrap(true); // may take more lines: fine
        wrapped->setFixedWidth(40);
        auto *button = new QPushButton(u"Cancelar assinatura"_s, &box);
        button->setObjectName(u"narrowButton"_s);
        button->setFixedWidth(30);
        box.show();
        const QStringList clipped = clippedTexts(&box);
        QCOMPARE(clipped.size(), 2);
        QVERIFY(clipped.at(0).startsWith(u"narrowLabel"_s));
        QVERIFY(clipped.at(1).startsWith(u"narrowButton"_s));
        button->setFixedWidth(button->sizeHint().width());
        label->setFixedWidth(label->sizeHint().width());
        QVERIFY(clippedTexts(&box).isEmpty());
    }

    void mainWindow()
    {
        auto *table = window()->findChild<QTableView *>(u"instanceTable"_s);
        QVERIFY(table);
        table->selectRow(0); // the detail panel shows
        QTRY_VERIFY(window()->currentInstance().has_value());
        checkWindow(u"main-window"_s, window());
    }

    void menusInPortuguese()
    {
#ifdef VZAPS_SCREENS_IN_ENGLISH
        QSKIP("the English menus are tst_menubar's");
#endif
        QStringList titles;
        for (const QAction *menu : window()->menuBar()->actions()) {
            titles << menu->text();
            QVERIFY2(menu->menu(), qPrintable(menu->text()));
            // Filled as a person opens them (Columns and Watched instances fill on show).
            for (QMenu *sub : menu->menu()->findChildren<QMenu *>())
                Q_EMIT sub->aboutToShow();
            const QStringList shared = sharedMenuMnemonics(menu->menu());
            QVERIFY2(shared.isEmpty(), qPrintable(shared.join(u'\n')));
            if (menu->menu()->objectName() != u"viewMenu"_s) { // its lists name instances
                const QStringList missing = itemsWithoutMnemonic(menu->menu());
                QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
            }
        }
        QCOMPARE(titles, (QStringList{u"&Arquivo"_s, u"&Editar"_s, u"E&xibir"_s, u"&Instância"_s,
                                      u"Co&brança"_s, u"Aj&uda"_s}));
    }

    void menusCanBeRead()
    {
        // Each menu of the menu bar, open as a person opens it: every item has a name and can
        // be pressed.
        for (QAction *top : window()->menuBar()->actions()) {
            QMenu *menu = top->menu();
            QVERIFY(menu);
            window()->menuBar()->setActiveAction(top);
            QTRY_VERIFY(menu->isVisible());
            const QStringList unheard = vzaps::testing::accessibilityProblems(menu);
            QVERIFY2(unheard.isEmpty(), qPrintable(menu->title() + u":\n"_s + unheard.join(u'\n')));
            menu->close();
            QTRY_VERIFY(!menu->isVisible());
        }
        window()->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), window());
    }

    void detailPanelPairing()
    {
        // A disconnected instance's pairing view: the QR code, the pairing code field.
        const auto offline = instanceWhere([](const vzaps::Instance &candidate) {
            return vzaps::availability(InstanceAction::PairSession, {candidate}).enabled;
        });
        QVERIFY(offline);
        auto *table = window()->findChild<QTableView *>(u"instanceTable"_s);
        table->selectRow(model()->rowOf(offline->id));
        QTRY_COMPARE(window()->currentInstance()->id, offline->id);
        window()->launcher().launch(InstanceAction::PairSession, {*offline});
        QWidget *qr = nullptr;
        QTRY_VERIFY((qr = window()->findChild<QWidget *>(u"pairingQrImage"_s)) && qr->isVisible());
        checkWindow(u"pairing"_s, window());
        table->selectRow(0);
    }

    void saveViewDialog()
    {
        window()->findChild<QAction *>(u"saveViewAction"_s)->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<QDialog *>(QApplication::activeWindow())) &&
                    dialog->objectName() == u"saveViewDialog"_s);
        checkWindow(u"save-view"_s, dialog); // empty name: Save disabled, saying why
        const QPointer<QDialog> shown(dialog);
        dialog->close();
        QTRY_VERIFY(!shown || !shown->isVisible());
        window()->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), window());
    }

    void statusFilterAndItsBar()
    {
        auto *filter = window()->findChild<vzaps::ui::StatusFilterButton *>();
        QVERIFY(filter);
        filter->actionFor(u"filterDisconnected"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window()->controller().statusScan().isComplete(), 20000);
        checkWindow(u"status-filter"_s, window());
        filter->actionFor(u"filterShowAll"_s)->trigger();
        QTRY_VERIFY(!window()->controller().filtersByStatus());
    }

    void helpDialogs()
    {
        for (QAction *open : {window()->help().keyboardShortcuts(), window()->help().about()}) {
            open->trigger();
            QDialog *dialog = nullptr;
            QTRY_VERIFY((dialog = qobject_cast<QDialog *>(QApplication::activeWindow())));
            checkWindow(dialog->objectName(), dialog);
            const QPointer<QDialog> shown(dialog);
            dialog->close();
            QTRY_VERIFY(!shown || !shown->isVisible());
            window()->activateWindow();
            QTRY_COMPARE(QApplication::activeWindow(), window());
        }
    }

    void mainWindowAtItsDefaultSize()
    {
        window()->resize(1280, 780); // what a first start opens with (MainWindow)
        checkWindow(u"main-window-default"_s, window());
        window()->resize(1024, 640);
    }

    void resumeSubscriptionDialog()
    {
        // An active subscription canceled elsewhere stays active until its period ends: it
        // can be resumed.
        const auto active = instanceWhere([](const vzaps::Instance &candidate) {
            return candidate.billingStatus == "ACTIVE"_L1;
        });
        QVERIFY(active);
        vzaps::InstancesApi api(m_session->client());
        auto canceled = std::make_shared<bool>(false); // the reply may outlive a failed wait
        api.cancel(active->id, active->token, this,
                   [canceled](const vzaps::Result<vzaps::CancelResult> &result) {
                       *canceled = result.ok();
                   });
        QTRY_VERIFY(*canceled);
        // The next list says it (a reply already under way may still say the old state).
        std::optional<vzaps::Instance> scheduled;
        const auto findScheduled = [&] {
            scheduled = instanceWhere([](const vzaps::Instance &candidate) {
                return vzaps::availability(InstanceAction::ResumeSubscription, {candidate}).enabled;
            });
            if (!scheduled)
                window()->controller().refresh();
            return scheduled.has_value();
        };
        QTRY_VERIFY(findScheduled());
        QVERIFY(scheduled);
        checkDialog(u"resume-subscription"_s, InstanceAction::ResumeSubscription, {*scheduled});
    }

    void dialogsOnOneInstance_data()
    {
        QTest::addColumn<int>("action");
        QTest::newRow("new") << int(InstanceAction::Create);
        QTest::newRow("edit") << int(InstanceAction::Edit);
        QTest::newRow("restart") << int(InstanceAction::Restart);
        QTest::newRow("delete") << int(InstanceAction::Delete);
        QTest::newRow("subscribe") << int(InstanceAction::Subscribe);
        QTest::newRow("cancel-subscription") << int(InstanceAction::CancelSubscription);
        QTest::newRow("disconnect") << int(InstanceAction::DisconnectSession);
    }
    void dialogsOnOneInstance()
    {
        QFETCH(int, action);
        const auto which = InstanceAction(action);
        QList<vzaps::Instance> selection;
        if (which != InstanceAction::Create) {
            const auto instance = instanceWhere([which](const vzaps::Instance &candidate) {
                return vzaps::availability(which, {candidate}).enabled;
            });
            QVERIFY2(instance, "no instance of the demo data takes this action");
            selection = {*instance};
        }
        checkDialog(QString::fromLatin1(QTest::currentDataTag()), which, selection);
    }

    void bulkDialog()
    {
        QList<vzaps::Instance> three;
        for (int row = 0; row < 3; ++row)
            three << model()->instanceAt(row);
        checkDialog(u"bulk-restart"_s, InstanceAction::Restart, three);
    }

    void settingsDialog()
    {
        Q_EMIT window()->settingsRequested();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<QDialog *>(QApplication::activeWindow())) &&
                    dialog->objectName() == u"settingsDialog"_s);
        checkWindow(u"settings"_s, dialog);
        dialog->close();
        window()->activateWindow();
    }

    void signInDialog()
    {
        m_session->accounts().showSignIn();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<QDialog *>(QApplication::activeWindow())) &&
                    dialog->objectName() == u"signInDialog"_s);
        checkWindow(u"sign-in"_s, dialog);
        dialog->close();
    }
    void bulkResults()
    {
        QList<vzaps::Instance> three;
        for (int row = 0; row < 3; ++row)
            three << model()->instanceAt(row);
        window()->launcher().launch(InstanceAction::Restart, three);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<QDialog *>(QApplication::activeWindow())));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);
        QTRY_VERIFY(dialog->findChild<QLabel *>(u"bulkProgressLabel"_s) &&
                    dialog->findChild<QLabel *>(u"bulkProgressLabel"_s)->text() ==
                        QCoreApplication::translate("vzaps::ui::BulkResultsView", "%1 of %2 done")
                            .arg(3)
                            .arg(3));
        checkWindow(u"bulk-results"_s, dialog);
        const QPointer<QDialog> shown(dialog);
        dialog->close();
        QTRY_VERIFY(!shown || !shown->isVisible());
        window()->activateWindow();
    }

    void checkoutWaitPanel()
    {
        const auto instance = instanceWhere([](const vzaps::Instance &candidate) {
            return vzaps::availability(InstanceAction::CopyCheckoutLink, {candidate}).enabled;
        });
        QVERIFY(instance);
        window()->launcher().launch(InstanceAction::CopyCheckoutLink, {*instance});
        QWidget *panel = nullptr;
        QTRY_VERIFY((panel = [] {
            for (QWidget *top : QApplication::topLevelWidgets())
                if (top->objectName() == u"checkoutWaitPanel"_s && top->isVisible())
                    return top;
            return static_cast<QWidget *>(nullptr);
        }()));
        checkWindow(u"checkout-wait"_s, panel);
        panel->close();
        window()->activateWindow();
    }

    void errorBanner()
    {
        QVERIFY(
            vzaps::testing::Sandbox::control(m_session->client(), u"/_sandbox/fail-next"_s,
                                             {{u"status"_s, 500},
                                              {u"path_prefix"_s, u"/instances/list"_s},
                                              {u"message"_s, u"Banco de dados indisponível"_s}}));
        window()->controller().refresh();
        auto *banner = window()->findChild<QWidget *>(u"errorBanner"_s);
        QVERIFY(banner);
        QTRY_VERIFY(banner->isVisible());
        checkWindow(u"error-banner"_s, window());
        window()->controller().refresh(); // the next list answers again
        QTRY_VERIFY(!banner->isVisible());
    }
};

QTEST_MAIN(TestPortugueseFit)
#include "tst_portuguese_fit.moc"
