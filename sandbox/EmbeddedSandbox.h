#pragma once

#include "sandbox/SandboxOptions.h"

#include <QString>
#include <QUrl>

namespace vzsandbox {

// A sandbox serving on the event loop of the program that loaded it: vzaps-desk --sandbox.
// It comes from a plugin (the vzaps_desk_sandbox module), so that a program which only
// might need one does not load Qt HttpServer, WebSockets and libqrencode at start.
class EmbeddedSandbox
{
public:
    virtual ~EmbeddedSandbox() = default;

    // As SandboxServer::start(): false with errorString() on failure.
    virtual bool start() = 0;
    virtual bool isRunning() const = 0;
    virtual QString errorString() const = 0;
    virtual QUrl baseUrl() const = 0;
    virtual QString clientToken() const = 0;
    virtual QString clientSecret() const = 0;
};

// The plugin's one exported function, C linkage so it is found by this name. The caller
// owns the sandbox; deleting it runs the plugin's destructor. The name carries the
// version of this interface and of SandboxOptions: change both together, so that a
// plugin from another build is refused instead of misread.
using CreateEmbeddedSandbox = EmbeddedSandbox *(*)(const SandboxOptions &options);
inline constexpr char kCreateEmbeddedSandboxSymbol[] = "vzaps_create_embedded_sandbox_v1";

} // namespace vzsandbox
