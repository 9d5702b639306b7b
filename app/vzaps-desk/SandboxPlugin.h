#pragma once

#include "sandbox/EmbeddedSandbox.h"

#include <QString>

#include <memory>

namespace vzaps::desk {

// The in-process sandbox of --sandbox lives in a plugin (vzaps_desk_sandbox, found as
// DeskPlugins.h says), loaded only when asked for: a usual start does not load the
// sandbox's Qt WebSockets and libqrencode.
struct LoadedSandbox {
    std::unique_ptr<vzsandbox::EmbeddedSandbox> sandbox; // not started yet
    QString error;                                       // why there is none, for the window
};

// Loads the plugin and makes a sandbox.
LoadedSandbox createEmbeddedSandbox(const vzsandbox::SandboxOptions &options);

} // namespace vzaps::desk
