// vzapsctl: the command-line twin of VZaps Desk. `vzapsctl --help` lists the
// commands and exit codes.
#include "app/vzapsctl/CommandLine.h"
#include "app/vzapsctl/Commands.h"
#include "app/vzapsctl/ExitCodes.h"
#include "app/vzapsctl/Output.h"
#include "core/settings/PrivateFiles.h"

#include <QCoreApplication>

using namespace vzapsctl;

int main(int argc, char *argv[])
{
    vzaps::privatefiles::restrictNewFiles(); // profiles in the settings, --out files
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vzapsctl"));

    Invocation invocation = Invocation::parse(QCoreApplication::arguments().mid(1));
    switch (invocation.action()) {
    case Invocation::Action::Help:
        output::toStdout(helpText(invocation.command()));
        return ExitOk;
    case Invocation::Action::Version:
        output::toStdout(versionText());
        return ExitOk;
    case Invocation::Action::Run:
        break;
    }

    Commands commands(std::move(invocation));
    QObject::connect(&commands, &Commands::finished, &app, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    if (const std::optional<int> exitCode = commands.start())
        return *exitCode;
    return QCoreApplication::exec();
}
