// vzaps-desk's start (command line, --sandbox, no credentials) and the settings that
// persist across restarts.
#include "tests/support/MainWindowTestSupport.h"

#include "app/vzaps-desk/AccountController.h"
#include "app/vzaps-desk/DeskLauncher.h"
#include "core/api/InstancesApi.h"
#include "core/presentation/InstanceListController.h"
#include "core/presentation/InstanceTableModel.h"
#include "sandbox/EmbeddedSandbox.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/WindowSettings.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using vzaps::InstanceTableModel;
using vzaps::desk::CommandLine;
using vzaps::ui::MainWindow;

class TestMainWindowApp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void commandLine_data();
    void commandLine();
    void credentialsComeFromTheEnvironment();
    void environmentCredentialsFetchTheFirstPageEarly();
    void aFailedEarlyFirstPageShowsTheServersError();
    void noCredentialsShowsWhatToDo();
    void sandboxOptionStartsAndSignsIn();
    void theWindowAlwaysFitsASmallScreen();
    void sandboxDataIsKeptAndCanBeReset();
    void setupPageCanStartTheSandbox();
    void sandboxWithoutItsPluginSaysWhy();
    void sandboxPluginThatDoesNotLoadSaysWhy();
    void appLinksNoneOfTheSandboxLibraries();
    void settingsPersistAcrossRestarts();
    void settingsHoldNoSecrets();

private:
    // Points VZAPS_DESK_PLUGIN_DIR elsewhere for one test.
    class PluginDirectory
    {
    public:
        explicit PluginDirectory(const QString &path)
            : m_saved(qgetenv("VZAPS_DESK_PLUGIN_DIR"))
        {
            qputenv("VZAPS_DESK_PLUGIN_DIR", path.toUtf8());
        }
        ~PluginDirectory()
        {
            if (m_saved.isNull())
                qunsetenv("VZAPS_DESK_PLUGIN_DIR");
            else
                qputenv("VZAPS_DESK_PLUGIN_DIR", m_saved);
        }
        Q_DISABLE_COPY_MOVE(PluginDirectory)

    private:
        QByteArray m_saved;
    };

    static QString visibleSetupText(MainWindow &window)
    {
        QString text;
        const auto *page = window.findChild<QWidget *>(u"setupPage"_s);
        if (!page)
            return text;
        for (const QLabel *label : page->findChildren<QLabel *>()) {
            if (label->isVisible())
                text += label->text() + u'\n';
        }
        return text;
    }

    // vzaps-desk --sandbox where the sandbox cannot start: the setup page's text.
    static QString setupTextAfterStartingTheSandbox()
    {
        const CommandLine command =
            vzaps::desk::parseCommandLine({u"vzaps-desk"_s, u"--sandbox"_s}, {});
        vzaps::desk::DeskSession session(command.options);
        session.window()->show();
        session.start();
        if (!session.window()->isShowingSetupPage() || session.sandbox() ||
            session.window()->windowTitle().contains(u"Sandbox"_s) ||
            session.client().callsInFlight() != 0)
            return u"(the sandbox started, or the window shows no setup page)"_s;
        return visibleSetupText(*session.window());
    }

    static bool waitForRows(MainWindow &window, int rows)
    {
        return QTest::qWaitFor([&] {
            return window.controller().state() == vzaps::InstanceListController::State::Ready &&
                   !window.controller().isBusy() && window.controller().model()->rowCount() == rows;
        });
    }

    vzaps::testing::Sandbox m_sandbox;
};

void TestMainWindowApp::initTestCase()
{
    vzaps::testing::isolateSettings(u"tst_mainwindow_app"_s);
    QCoreApplication::setApplicationVersion(u"9.8.7"_s);
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    // --sandbox loads the sandbox plugin; where it was built, unless told otherwise.
    if (qEnvironmentVariableIsEmpty("VZAPS_DESK_PLUGIN_DIR"))
        qputenv("VZAPS_DESK_PLUGIN_DIR", VZAPS_DESK_PLUGIN_BUILD_DIR);
}

void TestMainWindowApp::init()
{
    QSettings().clear();
    // Each test's --sandbox starts from the demo data.
    QFile::remove(vzaps::desk::DeskSession::sandboxStatePath());
}

void TestMainWindowApp::commandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("textContains");

    QTest::newRow("plain") << QStringList{} << int(CommandLine::Action::Run) << QString();
    QTest::newRow("help") << QStringList{u"--help"_s} << int(CommandLine::Action::ShowHelp)
                          << u"--sandbox"_s;
    QTest::newRow("help-all") << QStringList{u"--help-all"_s} << int(CommandLine::Action::ShowHelp)
                              << u"--profile"_s;
    QTest::newRow("help mentions env")
        << QStringList{u"--help"_s} << int(CommandLine::Action::ShowHelp)
        << u"VZAPS_CLIENT_SECRET"_s;
    QTest::newRow("version") << QStringList{u"--version"_s} << int(CommandLine::Action::ShowVersion)
                             << u"9.8.7"_s;
    QTest::newRow("sandbox") << QStringList{u"--sandbox"_s} << int(CommandLine::Action::Run)
                             << QString();
    QTest::newRow("base url") << QStringList{u"--base-url"_s, u"https://api.example.com"_s}
                              << int(CommandLine::Action::Run) << QString();
    QTest::newRow("bad base url") << QStringList{u"--base-url"_s, u"ftp://x"_s}
                                  << int(CommandLine::Action::Fail) << u"ftp://x"_s;
    QTest::newRow("unknown option")
        << QStringList{u"--nope"_s} << int(CommandLine::Action::Fail) << u"nope"_s;
    QTest::newRow("stray argument")
        << QStringList{u"extra"_s} << int(CommandLine::Action::Fail) << u"extra"_s;
}

void TestMainWindowApp::commandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, action);
    QFETCH(QString, textContains);
    const CommandLine command =
        vzaps::desk::parseCommandLine(QStringList{u"vzaps-desk"_s} + arguments, {});
    QCOMPARE(int(command.action), action);
    QVERIFY2(command.text.contains(textContains), qPrintable(command.text));
    if (arguments.contains(u"--sandbox"_s))
        QVERIFY(command.options.sandbox);
    if (arguments.contains(u"--base-url"_s) && command.action == CommandLine::Action::Run)
        QCOMPARE(command.options.baseUrl, QUrl(u"https://api.example.com"_s));
}

void TestMainWindowApp::credentialsComeFromTheEnvironment()
{
    QProcessEnvironment environment;
    environment.insert(u"VZAPS_CLIENT_TOKEN"_s, u"ct_test"_s);
    environment.insert(u"VZAPS_CLIENT_SECRET"_s, u"cs_test"_s);
    environment.insert(u"VZAPS_BASE_URL"_s, u"https://staging.example.com"_s);
    const CommandLine command = vzaps::desk::parseCommandLine({u"vzaps-desk"_s}, environment);
    QCOMPARE(command.options.clientToken, u"ct_test"_s);
    QCOMPARE(command.options.clientSecret, u"cs_test"_s);
    QCOMPARE(command.options.baseUrl, QUrl(u"https://staging.example.com"_s));
    // --base-url wins over the environment.
    const CommandLine explicitUrl = vzaps::desk::parseCommandLine(
        {u"vzaps-desk"_s, u"--base-url"_s, u"https://other.example.com"_s}, environment);
    QCOMPARE(explicitUrl.options.baseUrl, QUrl(u"https://other.example.com"_s));
}

void TestMainWindowApp::environmentCredentialsFetchTheFirstPageEarly()
{
    // A remembered page size and sort: the early request must ask for what the window would.
    {
        QSettings settings;
        settings.setValue(u"InstanceTable/pageSize"_s, 20);
        settings.setValue(u"InstanceTable/sortField"_s, u"name"_s);
        settings.setValue(u"InstanceTable/sortDescending"_s, true);
    }
    const auto forget = qScopeGuard([] {
        QSettings settings;
        for (const QString &key : {u"InstanceTable/pageSize"_s, u"InstanceTable/sortField"_s,
                                   u"InstanceTable/sortDescending"_s, u"InstanceTable/header"_s})
            settings.remove(key);
    });
    vzaps::desk::LaunchOptions options;
    options.baseUrl = m_sandbox.server().baseUrl();
    options.clientToken = m_sandbox.server().clientToken();
    options.clientSecret = m_sandbox.server().clientSecret();
    QSignalSpy served(&m_sandbox.server(), &vzsandbox::SandboxServer::requestLogged);
    vzaps::desk::DeskSession session(options);
    MainWindow *window = session.window();
    auto &controller = window->controller();
    // The first page is on its way before the window has even been shown or started, and a
    // first page that quick never needs the loading page.
    QVERIFY(controller.isBusy());
    QVERIFY(!window->findChild<QWidget *>(u"loadingPage"_s));
    QCOMPARE(controller.query().size, 20);
    QCOMPARE(controller.query().sort, u"name"_s);
    QVERIFY(controller.query().sortDescending);

    QSignalSpy sent(&controller, &vzaps::InstanceListController::busyChanged);
    QSignalSpy loaded(&controller, &vzaps::InstanceListController::pageLoaded);
    session.start(); // takes the request over instead of asking again
    QVERIFY(!window->findChild<QWidget *>(u"loadingPage"_s));
    session.showWhenReady();
    QVERIFY(waitForRows(*window, 20));
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(sent.size(), 1); // only busyChanged(false): no second request went out
    QCOMPARE(sent.first().first().toBool(), false);
    QTRY_VERIFY(window->isVisible());
    const auto *model = controller.model();
    QVERIFY(model->index(0, InstanceTableModel::NameColumn).data().toString() >
            model->index(19, InstanceTableModel::NameColumn).data().toString());
    auto *header = window->findChild<QTableView *>(u"instanceTable"_s)->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), int(InstanceTableModel::NameColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);

    // The page came from a worker thread; the app's own client took its access token over.
    bool answered = false;
    session.client().accessToken(
        this, [&](const vzaps::Result<vzaps::AccessToken> &token) { answered = token.ok(); });
    QTRY_VERIFY(answered);
    const auto count = [&served](QLatin1StringView request) {
        return std::count_if(served.cbegin(), served.cend(),
                             [request](const QList<QVariant> &line) {
                                 return line.first().toString().startsWith(request);
                             });
    };
    QCOMPARE(count("POST /token "_L1), 1);
    QCOMPARE(count("POST /instances/list "_L1), 1);
}

void TestMainWindowApp::aFailedEarlyFirstPageShowsTheServersError()
{
    vzaps::desk::LaunchOptions options;
    options.baseUrl = m_sandbox.server().baseUrl();
    options.clientToken = m_sandbox.server().clientToken();
    options.clientSecret = u"sk_wrong"_s;
    QSignalSpy served(&m_sandbox.server(), &vzsandbox::SandboxServer::requestLogged);
    vzaps::desk::DeskSession session(options);
    MainWindow *window = session.window();
    QVERIFY(window->controller().isBusy()); // fetched early, on the worker thread
    session.start();
    session.showWhenReady();
    auto &controller = window->controller();
    QTRY_COMPARE(controller.state(), vzaps::InstanceListController::State::Error);
    QCOMPARE(controller.lastError().kind, vzaps::ErrorKind::Auth);
    QTRY_VERIFY(window->isVisible());
    QVERIFY(!controller.isBusy());
    QVERIFY(!window->isShowingSetupPage());
    // Shown as it came: the wrong secret is not tried a second time.
    QCOMPARE(served.size(), 1);
    QVERIFY(served.first().first().toString().startsWith("POST /token 401"_L1));
}

void TestMainWindowApp::noCredentialsShowsWhatToDo()
{
    // No --sandbox and no VZAPS_* variables.
    const CommandLine command = vzaps::desk::parseCommandLine({u"vzaps-desk"_s}, {});
    vzaps::desk::DeskSession session(command.options);
    session.window()->show();
    session.start();
    MainWindow *window = session.window();
    QVERIFY(window->isShowingSetupPage());
    auto *setup = window->findChild<QWidget *>(u"setupPage"_s);
    QVERIFY(setup->isVisible());
    QVERIFY(!window->findChild<QTableView *>(u"instanceTable"_s)->isVisible());
    const QString text = visibleSetupText(*window);
    QVERIFY(text.contains(u"VZAPS_CLIENT_TOKEN"_s));
    QVERIFY(text.contains(u"VZAPS_CLIENT_SECRET"_s));
    QVERIFY(text.contains(u"--sandbox"_s));
    QVERIFY(!window->windowTitle().contains(u"Sandbox"_s));
    QCOMPARE(window->controller().state(), vzaps::InstanceListController::State::Idle);
    QCOMPARE(session.client().callsInFlight(), 0); // nothing was sent
}

void TestMainWindowApp::sandboxOptionStartsAndSignsIn()
{
    const CommandLine command =
        vzaps::desk::parseCommandLine({u"vzaps-desk"_s, u"--sandbox"_s}, {});
    vzaps::desk::DeskSession session(command.options);
    session.window()->show();
    session.start();
    MainWindow *window = session.window();
    QVERIFY(session.sandbox() && session.sandbox()->isRunning());
    QVERIFY(session.client().baseUrl().host() == u"127.0.0.1"_s);
    QVERIFY(window->windowTitle().contains(u"Sandbox"_s));
    QVERIFY(window->findChild<QLabel *>(u"sandboxLabel"_s)->isVisible());
    QVERIFY(!window->isShowingSetupPage());
    QVERIFY(waitForRows(*window, 24));
}

void TestMainWindowApp::theWindowAlwaysFitsASmallScreen()
{
    // The offscreen screen is smaller than the default window: nothing may fall off its edge.
    const QSize available = QGuiApplication::primaryScreen()->availableGeometry().size();
    QVERIFY(available.width() < 1280);
    const CommandLine command =
        vzaps::desk::parseCommandLine({u"vzaps-desk"_s, u"--sandbox"_s}, {});
    {
        vzaps::desk::DeskSession session(command.options);
        session.start();
        session.showWhenReady();
        MainWindow *window = session.window();
        QTRY_VERIFY(window->isVisible());
        QVERIFY(window->isMaximized());
        QTRY_VERIFY(window->width() <= available.width());
        QVERIFY(window->height() <= available.height());
        window->showNormal();
        window->resize(798, 520);
        window->close(); // remembers this geometry
    }
    {
        // Remembered: the window opens as it was left.
        vzaps::desk::DeskSession session(command.options);
        session.start();
        session.showWhenReady();
        QTRY_VERIFY(session.window()->isVisible());
        QVERIFY(!session.window()->isMaximized());
        QCOMPARE(session.window()->size(), QSize(798, 520));
        session.window()->resize(available.width() + 400, available.height() + 300);
        session.window()->close(); // as left on a bigger screen
    }
    // A remembered size bigger than this screen: maximized, not off its edge.
    vzaps::desk::DeskSession session(command.options);
    session.start();
    session.showWhenReady();
    QTRY_VERIFY(session.window()->isVisible());
    QVERIFY(session.window()->isMaximized());
    QTRY_VERIFY(session.window()->width() <= available.width());
}

void TestMainWindowApp::sandboxDataIsKeptAndCanBeReset()
{
    const CommandLine command =
        vzaps::desk::parseCommandLine({u"vzaps-desk"_s, u"--sandbox"_s}, {});
    QString gone;
    {
        vzaps::desk::DeskSession session(command.options);
        session.window()->show();
        session.start();
        QVERIFY(waitForRows(*session.window(), 24));
        // Yesterday's work: one instance deleted.
        gone = session.window()->controller().model()->instanceAt(0).id;
        std::optional<bool> deleted;
        QObject context;
        vzaps::InstancesApi(session.client())
            .remove(gone, {}, &context,
                    [&deleted](const vzaps::Result<vzaps::Done> &r) { deleted = r.ok(); });
        QTRY_VERIFY(deleted.has_value());
        QVERIFY(*deleted);
    }
    QVERIFY(QFile::exists(vzaps::desk::DeskSession::sandboxStatePath()));

    // The next run finds it as it was left.
    vzaps::desk::DeskSession session(command.options);
    session.window()->show();
    session.start();
    MainWindow *window = session.window();
    QVERIFY(waitForRows(*window, 23));
    QCOMPARE(window->controller().model()->rowOf(gone), -1);

    // Reset sandbox data…, confirmed: the demo data again.
    QAction *reset = session.accounts().menu()->findChild<QAction *>(u"resetSandboxAction"_s);
    QVERIFY(reset && reset->isEnabled());
    reset->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window->findChild<QMessageBox *>(u"resetSandboxBox"_s)) && box->isVisible());
    QTest::mouseClick(box->findChild<QPushButton *>(u"confirmResetSandboxButton"_s),
                      Qt::LeftButton);
    QVERIFY(waitForRows(*window, 24));
    QVERIFY(session.sandbox() && session.sandbox()->isRunning());
    // Said as news, not as a warning: nothing went wrong.
    QCOMPARE(window->statusBar()->currentMessage(),
             u"The sandbox starts again from its demo data."_s);
    QVERIFY(!window->findChild<QLabel *>(u"noticeLabel"_s)->isVisible());
}

void TestMainWindowApp::setupPageCanStartTheSandbox()
{
    vzaps::desk::DeskSession session(vzaps::desk::LaunchOptions{});
    session.window()->show();
    session.start();
    QVERIFY(session.window()->isShowingSetupPage());
    auto *button = session.window()->findChild<QPushButton *>(u"startSandboxButton"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!session.window()->isShowingSetupPage());
    QVERIFY(waitForRows(*session.window(), 24));
    QVERIFY(session.window()->windowTitle().contains(u"Sandbox"_s));
}

void TestMainWindowApp::sandboxWithoutItsPluginSaysWhy()
{
    QTemporaryDir emptyPluginDir;
    QVERIFY(emptyPluginDir.isValid());
    const PluginDirectory pluginDirectory(emptyPluginDir.path());

    const QString text = setupTextAfterStartingTheSandbox();
    QVERIFY2(text.contains(u"The sandbox could not start"_s), qPrintable(text));
    QVERIFY2(text.contains(u"libvzaps-desk-sandbox.so is missing"_s), qPrintable(text));
    QVERIFY2(text.contains(emptyPluginDir.path()), qPrintable(text));
}

void TestMainWindowApp::sandboxPluginThatDoesNotLoadSaysWhy()
{
    QTemporaryDir brokenPluginDir;
    QVERIFY(brokenPluginDir.isValid());
    const QString path = brokenPluginDir.filePath(u"libvzaps-desk-sandbox.so"_s);
    QFile junk(path);
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not a shared library");
    junk.close();
    const PluginDirectory pluginDirectory(brokenPluginDir.path());

    const QString text = setupTextAfterStartingTheSandbox();
    QVERIFY2(text.contains(u"The sandbox could not start"_s), qPrintable(text));
    QVERIFY2(text.contains(path + u" could not be used"_s), qPrintable(text));
}

void TestMainWindowApp::appLinksNoneOfTheSandboxLibraries()
{
    // The dynamic loader lists every library vzaps-desk loads at start, then exits.
    QProcess loader;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LD_TRACE_LOADED_OBJECTS"_s, u"1"_s);
    loader.setProcessEnvironment(environment);
    loader.start(QStringLiteral(VZAPS_DESK_EXECUTABLE), {});
    QVERIFY(loader.waitForFinished(30000));
    QCOMPARE(loader.exitStatus(), QProcess::NormalExit);
    QCOMPARE(loader.exitCode(), 0);
    const QString libraries = QString::fromLocal8Bit(loader.readAllStandardOutput());
    QVERIFY2(libraries.contains(u"libQt6Widgets"_s), qPrintable(libraries)); // the list is real
    for (const QString &library : {u"libQt6HttpServer"_s, u"libQt6WebSockets"_s, u"libqrencode"_s})
        QVERIFY2(!libraries.contains(library), qPrintable(library + u" in\n"_s + libraries));
}

void TestMainWindowApp::settingsPersistAcrossRestarts()
{
    vzaps::ApiClient client;
    m_sandbox.configure(client);
    const int nameWidth = 333;
    QList<int> splitterSizes;
    {
        MainWindow window(client);
        window.show();
        window.start();
        QVERIFY(waitForRows(window, 24));
        window.resize(1111, 666);
        auto *pageSize = window.findChild<QComboBox *>(u"pageSizeCombo"_s);
        pageSize->setCurrentIndex(pageSize->findData(20));
        QVERIFY(waitForRows(window, 20));
        QHeaderView *header =
            window.findChild<QTableView *>(u"instanceTable"_s)->horizontalHeader();
        header->resizeSection(InstanceTableModel::NameColumn, nameWidth);
        header->setSectionHidden(InstanceTableModel::WebhookColumn, true);
        header->moveSection(header->visualIndex(InstanceTableModel::BillingColumn), 1);
        header->setSortIndicator(InstanceTableModel::NameColumn, Qt::AscendingOrder);
        header->setSortIndicator(InstanceTableModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(window.controller().query().sort, u"name"_s);
        QVERIFY(window.controller().query().sortDescending);
        auto *splitter = window.findChild<QSplitter *>(u"mainSplitter"_s);
        splitter->setSizes({600, 500});
        splitterSizes = splitter->sizes();
        window.close(); // saves
    }
    {
        MainWindow window(client);
        window.show();
        QCOMPARE(window.size(), QSize(1111, 666));
        auto *pageSize = window.findChild<QComboBox *>(u"pageSizeCombo"_s);
        QCOMPARE(pageSize->currentData().toInt(), 20);
        QHeaderView *header =
            window.findChild<QTableView *>(u"instanceTable"_s)->horizontalHeader();
        QCOMPARE(header->sectionSize(InstanceTableModel::NameColumn), nameWidth);
        QVERIFY(header->isSectionHidden(InstanceTableModel::WebhookColumn));
        QCOMPARE(header->visualIndex(InstanceTableModel::BillingColumn), 1);
        QCOMPARE(header->sortIndicatorSection(), int(InstanceTableModel::NameColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(window.findChild<QSplitter *>(u"mainSplitter"_s)->sizes(), splitterSizes);

        // The restored query goes to the server.
        window.start();
        QVERIFY(waitForRows(window, 20));
        QCOMPARE(window.controller().query().size, 20);
        QCOMPARE(window.controller().query().sort, u"name"_s);
        QVERIFY(window.controller().query().sortDescending);
        const auto *model = window.controller().model();
        QVERIFY(model->index(0, InstanceTableModel::NameColumn).data().toString() >
                model->index(19, InstanceTableModel::NameColumn).data().toString());
    }
}

void TestMainWindowApp::settingsHoldNoSecrets()
{
    vzaps::ApiClient client;
    m_sandbox.configure(client);
    {
        MainWindow window(client);
        window.show();
        window.start();
        QVERIFY(waitForRows(window, 24));
        window.close();
    }
    QSettings settings;
    QVERIFY(!settings.allKeys().isEmpty());
    const QString secret = m_sandbox.server().clientSecret();
    const QString token = m_sandbox.server().clientToken();
    for (const QString &key : settings.allKeys()) {
        const QByteArray value = settings.value(key).toByteArray();
        QVERIFY2(!value.contains(secret.toUtf8()), qPrintable(key));
        QVERIFY2(!value.contains(token.toUtf8()), qPrintable(key));
    }
}

QTEST_MAIN(TestMainWindowApp)
#include "tst_mainwindow_app.moc"
