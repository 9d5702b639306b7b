#pragma once

#include <QString>

namespace vzaps::notify {

// One desktop notification as the app means it. A notice with the key of an earlier one
// replaces it on screen instead of stacking (one per instance).
struct DesktopNotice {
    QString key;   // what the notice is about (an instance id); clicking it reports this key
    QString title; // plain text
    QString body;  // plain text; escaped for servers that read markup
    bool urgent = false;
};

} // namespace vzaps::notify
