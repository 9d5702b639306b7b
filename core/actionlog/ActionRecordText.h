#pragma once

#include "core/actions/ActionRecord.h"

#include <QDateTime>
#include <QString>

// How an action record reads to people, shared by the log's model, its filter and
// its CSV so that what the user filters on is what the user sees.
namespace vzaps {

// Local time to the second, "2026-11-26 14:03:05"; empty for a null time.
QString actionTimeText(const QDateTime &time);
// ISO 8601 in UTC with milliseconds, "2026-11-26T17:03:05.123Z": the stored and
// exported form; empty for a null time.
QString actionTimeIso(const QDateTime &time);
// "Succeeded" / "Failed", translated (outcomeName() is the stable, untranslated word).
QString outcomeLabel(ActionOutcome outcome);
// "404"; empty when no HTTP reply arrived (status 0).
QString httpStatusText(int httpStatus);

// Whether `filter` occurs, ignoring case, in any text of the record: account, instance
// name and id, action, outcome (stable and translated), HTTP status, request id,
// message, and the time as shown or as ISO. An empty filter matches everything.
bool recordMatches(const ActionRecord &record, const QString &filter);

} // namespace vzaps
