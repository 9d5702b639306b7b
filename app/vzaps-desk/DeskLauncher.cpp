#include "DeskLauncher.h"

#include "mainwindow/MainWindow.h"
#include "models/InstanceListController.h"
#include "vzsandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTimer>

#include <cstring>

using namespace Qt::StringLiterals;

namespace vzaps::desk {

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
           "Credentials come from the environment: VZAPS_CLIENT_TOKEN and "
           "VZAPS_CLIENT_SECRET (and optionally VZAPS_BASE_URL)."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption sandbox(
        u"sandbox"_s, tr("Start a local sandbox with demo data inside the app and sign in to "
                         "it. Needs no account and no internet."));
    const QCommandLineOption baseUrl(u"base-url"_s,
                                     tr("The VZaps API to talk to (default: %1).")
                                         .arg(ApiClient::defaultBaseUrl().toDisplayString()),
                                     tr("URL"));
    parser.addOption(sandbox);
    parser.addOption(baseUrl);

    if (!parser.parse(arguments)) {
        result.action = CommandLine::Action::Fail;
        result.text = parser.errorText();
        return result;
    }
    if (parser.isSet(help)) {
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

DeskSession::DeskSession(LaunchOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    // With credentials at hand, the token request goes out while the window is being
    // built: processEvents() hands it to the network thread now.
    if (!m_options.sandbox && !m_options.clientToken.isEmpty() &&
        !m_options.clientSecret.isEmpty()) {
        if (!m_options.baseUrl.isEmpty())
            m_client.setBaseUrl(m_options.baseUrl);
        m_client.setCredentials(m_options.clientToken, m_options.clientSecret);
        m_client.accessToken(this, [](const Result<AccessToken> &) {});
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    }
    m_window = std::make_unique<ui::MainWindow>(m_client);
    connect(m_window.get(), &ui::MainWindow::sandboxRequested, this, [this] {
        m_options.sandbox = true;
        start();
    });
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
        m_window->setConnectionInfo({true, tr("Sandbox demo account")});
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
            window->show();
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

bool DeskSession::startSandbox()
{
    if (m_sandbox && m_sandbox->isRunning())
        return true;
    // Fresh demo data each run, in a directory that goes away with the app: the sandbox
    // is for trying things, and a standalone vzaps-sandbox keeps its own state file.
    m_sandboxDir = std::make_unique<QTemporaryDir>();
    if (!m_sandboxDir->isValid()) {
        m_window->showSetupPage(tr("The sandbox could not start: no temporary directory (%1).")
                                    .arg(m_sandboxDir->errorString()));
        return false;
    }
    vzsandbox::SandboxOptions options;
    options.port = 0;
    options.statePath = m_sandboxDir->filePath(u"sandbox-state.sqlite"_s);
    options.reset = true;
    m_sandbox = std::make_unique<vzsandbox::SandboxServer>(options);
    if (!m_sandbox->start()) {
        m_window->showSetupPage(
            tr("The sandbox could not start: %1").arg(m_sandbox->errorString()));
        m_sandbox.reset();
        return false;
    }
    return true;
}

} // namespace vzaps::desk
