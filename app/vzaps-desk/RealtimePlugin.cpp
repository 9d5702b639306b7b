#include "app/vzaps-desk/RealtimePlugin.h"

#include "app/vzaps-desk/DeskPlugins.h"

namespace vzaps::desk {

LoadedRealtime loadRealtimePlugin()
{
    const PluginEntry entry = loadDeskPlugin(QStringLiteral(VZAPS_DESK_REALTIME_PLUGIN_FILE),
                                             realtime::kCreateFeedSymbol);
    return {reinterpret_cast<realtime::CreateFeed>(entry.function), entry.error};
}

} // namespace vzaps::desk
