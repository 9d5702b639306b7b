// Fuzz target: the action-log CSV writer on records whose texts are anything. Every record is
// one CSV row, and no cell of it may start like a formula, whatever the reader's separator.
#include "core/actionlog/ActionLogCsv.h"

#include <QStringDecoder>

using namespace vzaps;

namespace {

// Splits on NUL into at most `count` texts.
QStringList texts(const QString &input, int count)
{
    QStringList parts = input.split(QChar(0));
    while (parts.size() < count)
        parts.append(QString());
    return parts.mid(0, count);
}

bool startsLikeFormula(QStringView cell)
{
    return !cell.isEmpty() && (cell.front() == u'=' || cell.front() == u'+' ||
                               cell.front() == u'-' || cell.front() == u'@');
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList parts = texts(input, 6);
    ActionRecord record;
    record.time = QDateTime::fromSecsSinceEpoch(1'790'000'000, Qt::UTC);
    record.account = parts.at(0);
    record.instanceId = parts.at(1);
    record.instanceName = parts.at(2);
    record.action = parts.at(3);
    record.requestId = parts.at(4);
    record.message = parts.at(5);
    record.httpStatus = size > 0 ? data[0] : 0;
    const QByteArray csv = actionLogCsv({record, record});

    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(csv);
    if (decoder.hasError() || !csv.endsWith("\r\n"))
        __builtin_trap();
    // Outside quotes, split on every separator a spreadsheet may use: no cell is a formula.
    bool quoted = false;
    qsizetype cellStart = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const QChar c = i < text.size() ? text.at(i) : QChar(u'\n');
        if (c == u'"') {
            quoted = !quoted;
            continue;
        }
        const bool separator = c == u',' || c == u';' || c == u'\t' || c == u'|' ||
                               (!quoted && (c == u'\n' || c == u'\r'));
        if (!separator)
            continue;
        QStringView cell = QStringView(text).sliced(cellStart, i - cellStart);
        if (cell.startsWith(u'"'))
            cell = cell.sliced(1);
        if (startsLikeFormula(cell))
            __builtin_trap();
        cellStart = i + 1;
    }
    if (quoted)
        __builtin_trap();
    return 0;
}
