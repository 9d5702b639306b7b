#pragma once

#include "core/realtime/RealtimeFeed.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace vzaps::realtime {

// Reads one text frame of the realtime socket (docs/api-contract.md §3). The server is
// untrusted: a frame that is not a JSON object, has no string `id` or `type`, has an id too
// long to be one, or names another instance than `expectedInstanceId` is no event (nullopt),
// never a crash. A `data` that is not an object is left out; unknown members are ignored.
std::optional<Event> readEventFrame(const QByteArray &frame, const QString &expectedInstanceId);

// The frame that acknowledges `eventId`: {"type": "ack", "event_id": "<id>"}.
QByteArray ackFrame(const QString &eventId);

// Longest event id taken for one (ids are kept to drop duplicates, so they are bounded).
inline constexpr int kMaxEventIdLength = 256;

} // namespace vzaps::realtime
