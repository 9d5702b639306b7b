#pragma once

#include <QByteArray>
#include <QStringList>

class QLocale;

namespace vzaps {

// How a CSV file is written for the program that opens it.
enum class CsvDialect {
    Rfc4180,        // "," between fields, no byte order mark: scripts, and most programs
    ExcelSemicolon, // ";" and a UTF-8 byte order mark: what Excel opens right where the
                    // decimal mark is a comma (pt-BR and most of Europe)
};

// What a spreadsheet of `locale` expects: ExcelSemicolon where its decimal mark is ",".
CsvDialect csvDialectFor(const QLocale &locale);

namespace csv {

// What a file of `dialect` starts with: the UTF-8 byte order mark for Excel, else nothing.
QByteArray start(CsvDialect dialect);

// One row, UTF-8, CRLF-terminated: fields quoted when they hold a separator, a quote, CR or
// LF, quotes doubled inside.
//
// Guard against formula injection: a spreadsheet runs a cell that starts with = + - @
// (or a tab or CR) as a formula, and names and messages come from the server or from other
// users. Such a field gets a leading apostrophe ('), which spreadsheets show as text (OWASP
// "CSV Injection"), and so does a formula start right after any separator a reader might
// split on; the rest of the field is unchanged.
QByteArray row(const QStringList &fields, CsvDialect dialect);

} // namespace csv

} // namespace vzaps
