#include "core/types/CsvText.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vzaps {

namespace {

bool isFormulaStart(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// Any character a spreadsheet may take as the field separator, whatever its locale.
bool isSeparator(QChar c)
{
    return c == u',' || c == u';' || c == u'\t' || c == u'|';
}

// A spreadsheet runs a cell that starts like a formula. The field's start is defused with an
// apostrophe, and so is every formula start right after a separator: a reader that splits on
// another separator than ours (';' in many locales) would start a cell there.
QString defused(const QString &text)
{
    QString field;
    field.reserve(text.size() + 1);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool cellStart = i == 0 || isSeparator(text.at(i - 1));
        if (cellStart && isFormulaStart(c) && !(i > 0 && c == u'\t'))
            field += u'\'';
        field += c;
    }
    return field;
}

QString csvField(const QString &text)
{
    QString field = defused(text);
    const bool needsQuotes = std::any_of(field.cbegin(), field.cend(), [](QChar c) {
        return isSeparator(c) || c == u'"' || c == u'\r' || c == u'\n';
    });
    if (needsQuotes) {
        field.replace(u"\""_s, u"\"\""_s);
        field = u'"' + field + u'"';
    }
    return field;
}

} // namespace

CsvDialect csvDialectFor(const QLocale &locale)
{
    return locale.decimalPoint() == u","_s ? CsvDialect::ExcelSemicolon : CsvDialect::Rfc4180;
}

namespace csv {

QByteArray start(CsvDialect dialect)
{
    return dialect == CsvDialect::ExcelSemicolon ? QByteArray("\xEF\xBB\xBF") : QByteArray();
}

QByteArray row(const QStringList &fields, CsvDialect dialect)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &field : fields)
        quoted.append(csvField(field));
    const QChar separator = dialect == CsvDialect::ExcelSemicolon ? u';' : u',';
    return quoted.join(separator).toUtf8() + "\r\n";
}

} // namespace csv

} // namespace vzaps
