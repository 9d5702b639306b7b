#pragma once

#include "core/realtime/RealtimeFeed.h"

#include <QJsonObject>

namespace vzaps {

// What a realtime event says about its instance, as members to merge into the InstanceStore
// (docs/api-contract.md §3): `Connected` → connected, with the phone's jid and push name
// where the event has them; `Disconnected` → not connected, and no phone or names any more
// (as after Disconnect). Other types say nothing about the instance's state: empty.
QJsonObject instanceFactsFrom(const realtime::Event &event);

} // namespace vzaps
