#pragma once

#include <QString>
#include <QStringList>

namespace vzaps::desk {

// vzaps-desk's plugins (the embedded sandbox, the realtime feed) are looked for, in order:
// only in $VZAPS_DESK_PLUGIN_DIR when it is set (development and tests); else next to the
// executable (the build tree), then in ../lib/<multiarch triplet>/vzaps-desk from it (an installed
// vzaps-desk).
QStringList deskPluginDirectories();

struct PluginEntry {
    QFunctionPointer function = nullptr; // the entry point, or null…
    QString error;                       // …and why, in a sentence for the window
};

// Loads the plugin `fileName` from the first of those directories where it loads, and
// resolves its C entry point `symbol`. A loaded plugin stays loaded to the end.
PluginEntry loadDeskPlugin(const QString &fileName, const char *symbol);

} // namespace vzaps::desk
