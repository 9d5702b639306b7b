#pragma once

#include "core/actions/ActionRecord.h"
#include "core/types/CsvText.h"

#include <QByteArray>
#include <QList>

namespace vzaps {

// The records as CSV, in the order given, UTF-8 (RFC 4180; ExcelSemicolon: with ";" and a
// byte order mark): a header row (time, account, instance_id, instance_name, action, outcome,
// http_status, request_id, message), CRLF line ends, fields quoted when they hold a comma, a quote,
// CR or LF, quotes doubled inside. Time is ISO 8601 in UTC; outcome is outcomeName();
// http_status is empty when no reply arrived.
//
// Formula-safe as every CSV of the app (csv::row()).
QByteArray actionLogCsv(const QList<ActionRecord> &records,
                        CsvDialect dialect = CsvDialect::Rfc4180);

} // namespace vzaps
