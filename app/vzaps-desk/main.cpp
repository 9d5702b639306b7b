// vzaps-desk: the desktop app for VZaps support staff (DESIGN.md §4, issue 4).
#include "DeskLauncher.h"
#include "FontWarmUp.h"
#include "QuitSignals.h"
#include "accounts/AppIdentity.h"
#include "common/DeskStyle.h"
#include "mainwindow/MainWindow.h"
#include "settings/PrivateFiles.h"
#include "version.h"

#include <QApplication>
#include <QCoreApplication>
#include <QSettings>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

void setIdentity()
{
    // Shared with vzapsctl, which opens the same settings file for the profiles.
    QCoreApplication::setOrganizationName(QString(vzaps::identity::kOrganizationName));
    QCoreApplication::setApplicationName(QString(vzaps::identity::kDeskApplicationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(VZAPS_VERSION));
}

// Prints help, version or a usage error; nullopt when the app should run.
std::optional<int> handleTextOnly(const vzaps::desk::CommandLine &command)
{
    using Action = vzaps::desk::CommandLine::Action;
    switch (command.action) {
    case Action::ShowHelp:
    case Action::ShowVersion:
        std::fputs(qPrintable(command.text), stdout);
        return 0;
    case Action::Fail:
        std::fprintf(stderr, "vzaps-desk: %s\n", qPrintable(command.text));
        return 2;
    case Action::Run:
        break;
    }
    return std::nullopt;
}

} // namespace

int main(int argc, char *argv[])
{
    vzaps::privatefiles::restrictNewFiles(); // settings, the action log, exports
    setIdentity();
    vzaps::privatefiles::tightenIfPresent(QSettings().fileName()); // client tokens
    const auto environment = QProcessEnvironment::systemEnvironment();
    // --help and --version need no display: answer them without starting the GUI.
    if (vzaps::desk::wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        const auto command = vzaps::desk::parseCommandLine(app.arguments(), environment);
        return handleTextOnly(command).value_or(0);
    }

    vzaps::desk::fontwarmup::start(); // overlaps with QApplication's own start
    QApplication app(argc, argv);     // takes Qt's own options (-platform, -style) out first
    const auto command = vzaps::desk::parseCommandLine(app.arguments(), environment);
    if (const auto exitCode = handleTextOnly(command))
        return *exitCode;

    vzaps::ui::DeskStyle::install();
    vzaps::desk::DeskSession session(command.options);
    const vzaps::desk::QuitSignals quitSignals; // a kill or logout ends it like a closed window
    session.start();
    session.showWhenReady();
    return QApplication::exec();
}
