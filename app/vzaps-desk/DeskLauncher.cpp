#include "app/vzaps-desk/DeskLauncher.h"

#include "app/vzaps-desk/AccountController.h"
#include "app/vzaps-desk/DeskNotifications.h"
#include "app/vzaps-desk/RealtimePlugin.h"
#include "app/vzaps-desk/SandboxPlugin.h"
#include "app/vzaps-desk/startup/AfterFirstPaint.h"
#include "app/vzaps-desk/startup/FirstPagePrefetch.h"
#include "app/vzaps-desk/startup/FontWarmUp.h"
#include "core/accounts/FallbackSecretStore.h"
#include "core/accounts/ProfileStore.h"
#include "ui/settings/SettingsDialog.h"

#include "core/presentation/InstanceListController.h"
#include "core/presentation/LiveUpdates.h"
#include "ui/mainwindow/MainWindow.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstring>

using namespace Qt::StringLiterals;

namespace vzaps::desk {

Q_LOGGING_CATEGORY(lcDesk, "vzaps.desk", QtWarningMsg)

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vzaps::desk", text);
}

// Base URLs must be absolute http(s) addresses with a host.
bool isUsableBaseUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() && (scheme == "https"_L1 || scheme == "http"_L1);
}

} // namespace

bool wantsTextOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "--help", "-help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

CommandLine parseCommandLine(const QStringList &arguments, const QProcessEnvironment &environment)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Manage VZaps WhatsApp API instances: find them, see whether they are connected "
           "and paid, and open them in the VZaps web app.\n\n"
           "Accounts are saved profiles (the client secret in the system keychain); "
           "the last one used opens. For scripts, VZAPS_CLIENT_TOKEN and "
           "VZAPS_CLIENT_SECRET (and optionally VZAPS_BASE_URL) in the environment are "
           "used instead when no --profile is given."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption sandbox(
        u"sandbox"_s, tr("Start a local sandbox with demo data inside the app and sign in to "
                         "it. Needs no account and no internet."));
    const QCommandLineOption baseUrl(
        u"base-url"_s,
        tr("The VZaps API to talk to this time (default: the profile's, else %1); not saved.")
            .arg(ApiClient::defaultBaseUrl().toDisplayString()),
        tr("URL"));
    const QCommandLineOption profile(u"profile"_s, tr("Sign in with the saved account NAME."),
                                     tr("NAME"));
    parser.addOption(sandbox);
    parser.addOption(baseUrl);
    parser.addOption(profile);

    if (!parser.parse(arguments)) {
        result.action = CommandLine::Action::Fail;
        result.text = parser.errorText();
        return result;
    }
    // Qt lists --help-all beside --help; here it has no more to tell than --help.
    if (parser.isSet(help) || parser.isSet(u"help-all"_s)) {
        result.action = CommandLine::Action::ShowHelp;
        result.text = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.action = CommandLine::Action::ShowVersion;
        result.text = u"%1 %2\n"_s.arg(QCoreApplication::applicationName(),
                                       QCoreApplication::applicationVersion());
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.action = CommandLine::Action::Fail;
        result.text = tr("Unexpected argument '%1'. See --help.")
                          .arg(parser.positionalArguments().constFirst());
        return result;
    }

    result.options.sandbox = parser.isSet(sandbox);
    result.options.profile = parser.value(profile).trimmed();
    QString url = parser.value(baseUrl);
    if (url.isEmpty())
        url = environment.value(u"VZAPS_BASE_URL"_s);
    if (!url.isEmpty()) {
        result.options.baseUrl = QUrl::fromUserInput(url);
        if (!isUsableBaseUrl(result.options.baseUrl)) {
            result.action = CommandLine::Action::Fail;
            result.text =
                tr("'%1' is not a usable base URL: give an http:// or https:// address, e.g. %2.")
                    .arg(url, ApiClient::defaultBaseUrl().toDisplayString());
            return result;
        }
    }
    result.options.clientToken = environment.value(u"VZAPS_CLIENT_TOKEN"_s).trimmed();
    result.options.clientSecret = environment.value(u"VZAPS_CLIENT_SECRET"_s).trimmed();
    return result;
}

DeskSession::DeskSession(LaunchOptions options, std::unique_ptr<SecretStore> secrets,
                         QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_secrets(secrets ? std::move(secrets) : std::make_unique<FallbackSecretStore>())
    , m_profiles(std::make_unique<ProfileStore>(*m_secrets))
{
    // Settings first: every request goes out with the user's timeout and proxy.
    m_settings.applyTo(m_client, *m_secrets, [this](const SecretResult &result) {
        const bool failed = result.status == SecretResult::Status::Failed ||
                            result.status == SecretResult::Status::Unavailable;
        if (failed && m_window)
            m_window->showNotice(result.message);
    });
    InstanceListController *firstPage = startFirstPageEarly();
    fontwarmup::wait(); // the window lays out text from its first widgets on
    m_window = std::make_unique<ui::MainWindow>(m_client, firstPage);
    const auto startSandboxSession = [this] {
        m_options.sandbox = true;
        start();
    };
    connect(m_window.get(), &ui::MainWindow::sandboxRequested, this, startSandboxSession);

    m_accounts = new AccountController(m_client, *m_window, *m_profiles, this);
    m_accounts->setBaseUrlOverride(m_options.baseUrl);
    connect(m_accounts, &AccountController::sandboxRequested, this, startSandboxSession);
    connect(m_accounts, &AccountController::sandboxResetRequested, this,
            &DeskSession::resetSandbox);
    if (auto *fallback = qobject_cast<FallbackSecretStore *>(m_secrets.get()))
        connect(fallback, &FallbackSecretStore::keychainUnavailable, m_window.get(),
                &ui::MainWindow::showNotice);

    connect(m_window.get(), &ui::MainWindow::settingsRequested, this, &DeskSession::openSettings);
    m_window->applyPreferences(m_settings.preferences());

    // Live updates need Qt WebSockets, which start-up does without: the plugin is loaded once
    // the table has shown its first rows.
    auto *table = m_window->findChild<QTableView *>(u"instanceTable"_s);
    ui::MainWindow *window = m_window.get();
    afterFirstPaint(
        table ? table->viewport() : nullptr,
        [window] { return window->controller().model()->rowCount() > 0; },
        [this, window] {
            // For scripts that check an installed copy starts (scripts/check-package).
            qCInfo(lcDesk) << "first page shown:" << window->controller().model()->rowCount()
                           << "rows";
            const LoadedRealtime loaded = loadRealtimePlugin();
            if (!loaded.create)
                qCInfo(lcDesk) << "no live updates, the table polls:" << loaded.error;
            else
                qCInfo(lcDesk) << "live updates: the realtime plugin is loaded";
            window->liveUpdates().setFeedFactory(loaded.create);
            // What live updates learn about watched instances reaches the desktop too; the
            // session bus is connected to only now, not at start-up.
            m_notifications = new DeskNotifications(*window, QDBusConnection::sessionBus(), this);
            m_notifications->applyPreferences(m_settings.preferences());
        });
}

InstanceListController *DeskSession::startFirstPageEarly()
{
    // Only with credentials from the environment (a saved account's secret comes from the
    // keychain later) and a proxy that needs no password from there either.
    if (!usesEnvironmentCredentials() || m_settings.proxy().needsPassword())
        return nullptr;
    if (!m_options.baseUrl.isEmpty())
        m_client.setBaseUrl(m_options.baseUrl);
    m_client.setCredentials(m_options.clientToken, m_options.clientSecret);
    // The page is fetched on a worker thread while this one builds the window; the
    // controller shows it as under way, and start() finds it so (bench/desk).
    FirstPagePrefetch::Request request;
    request.baseUrl = m_client.baseUrl();
    request.clientToken = m_options.clientToken;
    request.clientSecret = m_options.clientSecret;
    request.preferences = m_settings.preferences();
    request.query = ui::MainWindow::rememberedQuery(request.preferences.defaultPageSize);
    m_firstPage = std::make_unique<FirstPagePrefetch>(request);

    auto *controller = new InstanceListController(m_client);
    const quint64 ticket = controller->expectPage(request.query);
    connect(m_firstPage.get(), &FirstPagePrefetch::finished, controller,
            [this, controller, ticket, baseUrl = request.baseUrl,
             clientToken = request.clientToken](const Result<InstancePage> &page,
                                                const AccessToken &token) {
                // A page asked for since (or another account) makes this one stale.
                if (controller->adoptPage(ticket, page))
                    m_client.adoptToken(token, baseUrl, clientToken);
            });
    return controller;
}

bool DeskSession::usesEnvironmentCredentials() const
{
    // An explicit --profile wins over the environment; the environment serves scripts.
    return !m_options.sandbox && m_options.profile.isEmpty() && !m_options.clientToken.isEmpty() &&
           !m_options.clientSecret.isEmpty();
}

void DeskSession::openSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    m_settingsDialog = new ui::SettingsDialog(m_settings, *m_secrets, m_window.get());
    connect(m_settingsDialog, &ui::SettingsDialog::resetLayoutRequested, m_window.get(),
            &ui::MainWindow::resetLayout);
    connect(m_settingsDialog, &ui::SettingsDialog::settingsSaved, this,
            &DeskSession::applySettings);
    m_settingsDialog->show();
}

void DeskSession::applySettings()
{
    m_window->applyPreferences(m_settings.preferences());
    if (m_notifications)
        m_notifications->applyPreferences(m_settings.preferences());
    m_settings.applyTo(m_client, *m_secrets);
}

DeskSession::~DeskSession()
{
    m_window.reset();
    m_client.cancelAll();
}

void DeskSession::start()
{
    if (m_options.sandbox) {
        if (!startSandbox())
            return;
        m_client.setBaseUrl(m_sandbox->baseUrl());
        m_client.setCredentials(m_sandbox->clientToken(), m_sandbox->clientSecret());
        m_accounts->useSandbox();
        m_window->setConnectionInfo({true, tr("Sandbox demo account")});
    } else if (!usesEnvironmentCredentials()) {
        // A saved account: the one asked for, else the last used, else sign in.
        return m_accounts->start(m_options.profile);
    } else {
        if (!m_options.baseUrl.isEmpty())
            m_client.setBaseUrl(m_options.baseUrl);
        m_client.setCredentials(m_options.clientToken, m_options.clientSecret);
        // Enough of the client token to tell accounts apart; the secret never shows.
        const QString token = m_options.clientToken;
        m_window->setConnectionInfo({false, token.size() > 8 ? token.left(6) + u'…' : token});
    }
    m_window->start();
}

void DeskSession::showWhenReady(std::chrono::milliseconds cap)
{
    ui::MainWindow *window = m_window.get();
    auto show = [window] {
        if (!window->isVisible())
            window->showFittingTheScreen();
    };
    InstanceListController &controller = window->controller();
    const bool waiting = !window->isShowingSetupPage() &&
                         controller.state() == InstanceListController::State::Loading;
    if (!waiting)
        return show();
    auto *shown = new QObject(this); // the connections below live until the first show
    connect(&controller, &InstanceListController::stateChanged, shown, [show, shown] {
        show();
        shown->deleteLater();
    });
    QTimer::singleShot(cap, shown, [show, shown] {
        show();
        shown->deleteLater();
    });
}

void DeskSession::activate(const QString &profile, bool sandbox)
{
    ui::MainWindow *window = m_window.get();
    if (!window->isVisible()) {
        window->showFittingTheScreen(); // asked for before its first show
    } else {
        // Back from the task bar as it was left there, maximized or not.
        window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    }
    window->raise();
    window->activateWindow();
    if (sandbox) {
        if (m_accounts->usingSandbox() && m_sandbox && m_sandbox->isRunning())
            return;
        if (!m_accounts->closeDialogsAsking())
            return window->showMessage(tr("Not switched to the sandbox: a dialog has unsaved "
                                          "input. Close it, then choose Use the sandbox in the "
                                          "account menu."));
        m_options.sandbox = true;
        return start();
    }
    if (!profile.isEmpty())
        m_accounts->switchToAsked(profile);
}

QString DeskSession::sandboxStatePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return folder.isEmpty() ? QString() : QDir(folder).filePath(u"sandbox-state.sqlite"_s);
}

void DeskSession::resetSandbox()
{
    if (!m_options.sandbox)
        return;
    m_window->controller().clear();
    m_sandbox.reset(); // closes its state file before it is started afresh
    if (!startSandbox(true))
        return;
    m_client.setBaseUrl(m_sandbox->baseUrl());
    m_client.setCredentials(m_sandbox->clientToken(), m_sandbox->clientSecret());
    m_window->start();
    m_window->showMessage(tr("The sandbox starts again from its demo data."));
}

bool DeskSession::startSandbox(bool fresh)
{
    if (m_sandbox && m_sandbox->isRunning())
        return true;
    vzsandbox::SandboxOptions options;
    options.port = 0;
    options.reset = fresh;
    // Kept between runs where the data folder can be written; else, for this run only, in a
    // directory that goes away with the app, and the window says so.
    const QString kept = sandboxStatePath();
    QString problem;
    if (kept.isEmpty() || !QDir().mkpath(QFileInfo(kept).absolutePath())) {
        problem = tr("no data folder could be made");
    } else {
        options.statePath = kept;
        LoadedSandbox loaded = createEmbeddedSandbox(options);
        if (!loaded.sandbox) {
            m_window->showSetupPage(tr("The sandbox could not start: %1").arg(loaded.error));
            return false;
        }
        if (loaded.sandbox->start()) {
            m_sandbox = std::move(loaded.sandbox);
            return true;
        }
        problem = loaded.sandbox->errorString();
    }

    m_sandboxDir = std::make_unique<QTemporaryDir>();
    if (!m_sandboxDir->isValid()) {
        m_window->showSetupPage(tr("The sandbox could not start: no temporary directory (%1).")
                                    .arg(m_sandboxDir->errorString()));
        return false;
    }
    options.statePath = m_sandboxDir->filePath(u"sandbox-state.sqlite"_s);
    options.reset = true;
    LoadedSandbox loaded = createEmbeddedSandbox(options);
    if (!loaded.sandbox) {
        m_window->showSetupPage(tr("The sandbox could not start: %1").arg(loaded.error));
        return false;
    }
    m_sandbox = std::move(loaded.sandbox);
    if (!m_sandbox->start()) {
        m_window->showSetupPage(
            tr("The sandbox could not start: %1").arg(m_sandbox->errorString()));
        m_sandbox.reset();
        return false;
    }
    m_window->showNotice(tr("The sandbox's saved data could not be used (%1): this run starts "
                            "from fresh demo data, which is not kept.")
                             .arg(problem));
    return true;
}

} // namespace vzaps::desk
