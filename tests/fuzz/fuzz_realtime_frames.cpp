// Fuzz target: a text frame of the realtime socket as a hostile server may send it, into the
// frame reader. Whatever comes in, what comes out as an event has an id of bounded size and a
// type, and belongs to the socket's instance.
#include "core/realtime/EventFrame.h"

using namespace vzaps::realtime;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray frame(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString instanceId = QStringLiteral("inst_1");
    const std::optional<Event> event = readEventFrame(frame, instanceId);
    if (event && (event->id.isEmpty() || event->id.size() > kMaxEventIdLength ||
                  event->type.isEmpty() || event->instanceId != instanceId))
        __builtin_trap();
    if (event)
        (void)ackFrame(event->id);
    return 0;
}
