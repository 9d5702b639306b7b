// vzaps-desk: the desktop app for VZaps support staff (docs/architecture.md §4).
#include "app/common/SignalEvents.h"
#include "app/vzaps-desk/DeskLauncher.h"
#include "app/vzaps-desk/startup/DeskTranslations.h"
#include "app/vzaps-desk/startup/FontWarmUp.h"
#include "app/vzaps-desk/startup/RunningDesk.h"
#include "core/accounts/AppIdentity.h"
#include "core/settings/AppSettings.h"
#include "core/settings/PrivateFiles.h"
#include "core/version.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/style/BundledIcon.h"
#include "ui/style/DeskStyle.h"

#include <QApplication>
#include <QCoreApplication>
#include <QScopeGuard>
#include <QSettings>

#include <csignal>
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
    // The desktop entry (and Wayland's app id) that windows and notifications belong to.
    QGuiApplication::setDesktopFileName(QString(vzaps::identity::kApplicationId));
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

// As if each window's close button were pressed (each saves what it keeps), then the end of
// the event loop, even if a window refused to close.
void closeWindowsAndQuit()
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows)
        window->close();
    QCoreApplication::quit();
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
        vzaps::desk::translations::apply(app, vzaps::AppSettings().preferences().language);
        const auto command = vzaps::desk::parseCommandLine(app.arguments(), environment);
        return handleTextOnly(command).value_or(0);
    }

    vzaps::desk::fontwarmup::start(); // overlaps with QApplication's own start
    QApplication app(argc, argv);     // takes Qt's own options (-platform, -style) out first
    // However main() returns, the font warm-up has finished before QApplication goes: it must
    // not be loading fontconfig while QApplication, going away, unloads it (a run that ends
    // before its window, e.g. a hand-over, can end while it still runs).
    const auto warmUpDone = qScopeGuard([] { vzaps::desk::fontwarmup::wait(); });
    // Before the command line is read, so its errors speak the language too.
    vzaps::desk::translations::apply(app, vzaps::AppSettings().preferences().language);
    const auto command = vzaps::desk::parseCommandLine(app.arguments(), environment);
    if (const auto exitCode = handleTextOnly(command))
        return *exitCode;
    // Started again while it runs: the running window comes to the front (with --profile or
    // --sandbox, on that account) instead of a second one on the same settings and action log.
    vzaps::desk::RunningDesk running;
    if (const auto exitCode = vzaps::desk::handOverOrListen(running, command.options))
        return *exitCode;

    vzaps::ui::DeskStyle::install();
    QApplication::setWindowIcon(vzaps::ui::applicationIcon());
    vzaps::desk::DeskSession session(command.options);
    QObject::connect(&running, &vzaps::desk::RunningDesk::activationRequested, &session,
                     &vzaps::desk::DeskSession::activate);
    // A kill, a logout or Ctrl+C ends it like a closed window: the layout is saved, and the
    // session's --sandbox folder goes with the session. A second signal changes nothing.
    const vzaps::SignalEvents quitSignals{SIGTERM, SIGINT, SIGHUP};
    QObject::connect(&quitSignals, &vzaps::SignalEvents::received, &app, &closeWindowsAndQuit,
                     Qt::SingleShotConnection);
    session.start();
    session.showWhenReady();
    return QApplication::exec();
}
