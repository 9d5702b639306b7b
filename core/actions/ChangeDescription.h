#pragma once

#include "core/types/InstanceInput.h"

#include <QString>

namespace vzaps {

// What an edit changed, for the action log: each changed field with its old and new value,
// "name: “Loja” → “Loja Centro”; reject calls: no → yes". Values are cut to a readable
// length, and a webhook address loses its user, password and query (where tokens hide):
// the log never holds a secret.
QString describeChanges(const NewInstance &before, const InstanceChanges &changes);

// A webhook address as the log may keep it: scheme, host, port and path only.
QString webhookForLog(const QString &url);

} // namespace vzaps
