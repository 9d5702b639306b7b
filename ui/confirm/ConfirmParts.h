#pragma once

#include "core/types/Billing.h"
#include "core/types/Instance.h"

#include <QString>

class QLabel;

// Pieces the confirmation dialogs of this folder share.
namespace vzaps::ui::confirm {

// “Support” (VZ8K…), or just the id when the instance has no name.
QString instanceLabel(const Instance &instance);

// The plain-text, word-wrapped question at the top of a dialog ("questionLabel").
QLabel *questionLabel(const QString &text);

// "<lead> Status: <status>.\n<details>" for a restart-like action result.
QString actionResultText(const QString &lead, const ActionResult &result);

// "2026-12-26 14:03:05 (UTC), in 30 days": when a scheduled cancellation happens.
QString whenText(const QDateTime &when);

} // namespace vzaps::ui::confirm
