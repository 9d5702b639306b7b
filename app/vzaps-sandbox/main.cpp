// vzaps-sandbox: the local VZaps-compatible server (docs/api-contract.md, §6 for its extras).
// Prints one parseable line on stdout, then logs one line per request on stderr.
#include "app/common/SignalEvents.h"
#include "sandbox/CommandLine.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <csignal>
#include <cstdio>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    ::umask(077); // whatever it writes (state, journals) is its user's alone
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"VZaps Desk"_s);
    QCoreApplication::setApplicationName(u"vzaps-sandbox"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);
    std::signal(SIGPIPE, SIG_IGN); // a closed stdout/stderr must not kill the server

    const vzsandbox::CommandLine command = vzsandbox::parseCommandLine(app.arguments());
    switch (command.action) {
    case vzsandbox::CommandLine::Action::ShowHelp:
        std::fputs(qPrintable(command.text), stdout);
        return 0;
    case vzsandbox::CommandLine::Action::ShowVersion:
        std::printf("vzaps-sandbox %s\n", qPrintable(QCoreApplication::applicationVersion()));
        return 0;
    case vzsandbox::CommandLine::Action::Fail:
        std::fprintf(stderr, "vzaps-sandbox: %s\n", qPrintable(command.text));
        return 2;
    case vzsandbox::CommandLine::Action::Run:
        break;
    }

    const vzaps::SignalEvents shutdownSignals{SIGINT, SIGTERM};
    vzsandbox::SandboxServer server(command.options);
    if (!server.start()) {
        std::fprintf(stderr, "vzaps-sandbox: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    std::printf("VZAPS_SANDBOX url=%s client_token=%s client_secret=%s\n",
                qPrintable(server.baseUrl().toString()), qPrintable(server.clientToken()),
                qPrintable(server.clientSecret()));
    std::fflush(stdout);
    std::fprintf(stderr, "vzaps-sandbox: listening on %s, state in %s\n",
                 qPrintable(server.baseUrl().toString()), qPrintable(server.statePath()));

    QObject::connect(&server, &vzsandbox::SandboxServer::requestLogged,
                     [](const QString &line) { std::fprintf(stderr, "%s\n", qPrintable(line)); });
    QObject::connect(&shutdownSignals, &vzaps::SignalEvents::received, &app, [&](int) {
        server.stop(); // closes the database; every change was committed already
        QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}
