#pragma once

#include "sandbox/SandboxOptions.h"

#include <QStringList>

namespace vzsandbox {

struct CommandLine {
    enum class Action { Run, ShowHelp, ShowVersion, Fail };
    Action action = Action::Run;
    SandboxOptions options;
    QString text; // help text, or the error message for Fail
};

// Parses vzaps-sandbox's arguments (the first one is the program name). Every bad value gives
// Action::Fail with a sentence saying which option and why.
CommandLine parseCommandLine(const QStringList &arguments);

} // namespace vzsandbox
