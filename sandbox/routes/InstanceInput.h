#pragma once

#include "sandbox/routes/FieldReader.h"
#include "sandbox/state/InstanceRecord.h"

#include <optional>

namespace vzsandbox {

// The create/update fields of docs/api-contract.md §2, validated. Unset members were absent.
struct InstanceInput {
    std::optional<QString> name;
    std::optional<QString> webhook; // "" clears
    std::optional<QStringList> events;
    std::optional<bool> rejectCalls;
    std::optional<bool> autoReadMessages;
    std::optional<QJsonObject> labels; // empty object clears

    // Reads and validates; `requireName` for create. Problems land in `reader`.
    static InstanceInput read(FieldReader &reader, bool requireName);
    // Applies the fields that were present.
    void applyTo(InstanceRecord &record) const;
};

// Shared with the subscribe route: http(s) with a host.
bool isHttpUrl(const QString &text);

} // namespace vzsandbox
