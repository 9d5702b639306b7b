#pragma once

#include "core/actions/ActionRecord.h"

#include <QByteArray>
#include <QList>

namespace vzaps {

// The records as CSV (RFC 4180), in the order given, UTF-8 without a byte order mark:
// a header row (time, account, instance_id, instance_name, action, outcome, http_status,
// request_id, message), CRLF line ends, fields quoted when they hold a comma, a quote,
// CR or LF, quotes doubled inside. Time is ISO 8601 in UTC; outcome is outcomeName();
// http_status is empty when no reply arrived.
//
// Guard against formula injection: a spreadsheet runs a cell that starts with = + - @
// (or a tab or CR) as a formula, and messages and names come from the server or from
// other users. Such fields get a leading apostrophe ('), which spreadsheets show as
// text (OWASP "CSV Injection"); the rest of the field is unchanged.
QByteArray actionLogCsv(const QList<ActionRecord> &records);

} // namespace vzaps
