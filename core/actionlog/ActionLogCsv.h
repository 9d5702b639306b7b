#pragma once

#include "core/actions/ActionRecord.h"

#include <QByteArray>
#include <QList>

class QLocale;

namespace vzaps {

// How the CSV is written for the program that opens it.
enum class CsvDialect {
    Rfc4180,        // "," between fields, no byte order mark: scripts, and most programs
    ExcelSemicolon, // ";" and a UTF-8 byte order mark: what Excel opens right where the
                    // decimal mark is a comma (pt-BR and most of Europe)
};

// What a spreadsheet of `locale` expects: ExcelSemicolon where its decimal mark is ",".
CsvDialect csvDialectFor(const QLocale &locale);

// The records as CSV, in the order given, UTF-8 (RFC 4180; ExcelSemicolon: with ";" and a
// byte order mark): a header row (time, account, instance_id, instance_name, action, outcome,
// http_status, request_id, message), CRLF line ends, fields quoted when they hold a comma, a quote,
// CR or LF, quotes doubled inside. Time is ISO 8601 in UTC; outcome is outcomeName();
// http_status is empty when no reply arrived.
//
// Guard against formula injection: a spreadsheet runs a cell that starts with = + - @
// (or a tab or CR) as a formula, and messages and names come from the server or from
// other users. Such fields get a leading apostrophe ('), which spreadsheets show as
// text (OWASP "CSV Injection"); the rest of the field is unchanged.
QByteArray actionLogCsv(const QList<ActionRecord> &records,
                        CsvDialect dialect = CsvDialect::Rfc4180);

} // namespace vzaps
