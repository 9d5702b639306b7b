#pragma once

#include "sandbox/EmbeddedSandbox.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace vzaps::desk {

// The in-process sandbox of --sandbox lives in a plugin (vzaps_desk_sandbox), loaded only
// when asked for: a usual start does not load the sandbox's Qt WebSockets and libqrencode.
struct LoadedSandbox {
    std::unique_ptr<vzsandbox::EmbeddedSandbox> sandbox; // not started yet
    QString error;                                       // why there is none, for the window
};

// Where the plugin is looked for, in order: only $VZAPS_DESK_PLUGIN_DIR when it is set
// (development and tests); else next to the executable (the build tree), then
// ../lib/vzaps-desk from it (an installed vzaps-desk).
QStringList sandboxPluginDirectories();

// Loads the plugin from the first of those directories where it loads, and makes a sandbox.
LoadedSandbox createEmbeddedSandbox(const vzsandbox::SandboxOptions &options);

} // namespace vzaps::desk
