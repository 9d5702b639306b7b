#include "app/vzaps-desk/SandboxPlugin.h"

#include "app/vzaps-desk/DeskPlugins.h"

#include <QCoreApplication>

namespace vzaps::desk {

LoadedSandbox createEmbeddedSandbox(const vzsandbox::SandboxOptions &options)
{
    const PluginEntry entry = loadDeskPlugin(QStringLiteral(VZAPS_DESK_SANDBOX_PLUGIN_FILE),
                                             vzsandbox::kCreateEmbeddedSandboxSymbol);
    if (!entry.function)
        return {nullptr, entry.error};
    const auto create = reinterpret_cast<vzsandbox::CreateEmbeddedSandbox>(entry.function);
    std::unique_ptr<vzsandbox::EmbeddedSandbox> sandbox(create(options));
    if (!sandbox)
        return {nullptr, QCoreApplication::translate("vzaps::desk", "its plugin made no sandbox.")};
    return {std::move(sandbox), QString()};
}

} // namespace vzaps::desk
