#include "actionlog/ActionLogCsv.h"

#include "actionlog/ActionRecordText.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace vzaps {

namespace {

bool startsLikeFormula(const QString &field)
{
    if (field.isEmpty())
        return false;
    const QChar first = field.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
           first == u'\r';
}

QString csvField(const QString &text)
{
    QString field = startsLikeFormula(text) ? u'\'' + text : text;
    if (field.contains(u',') || field.contains(u'"') || field.contains(u'\r') ||
        field.contains(u'\n')) {
        field.replace(u"\""_s, u"\"\""_s);
        field = u'"' + field + u'"';
    }
    return field;
}

void appendRow(QByteArray &csv, const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &field : fields)
        quoted.append(csvField(field));
    csv += quoted.join(u',').toUtf8();
    csv += "\r\n";
}

} // namespace

QByteArray actionLogCsv(const QList<ActionRecord> &records)
{
    QByteArray csv;
    appendRow(csv, {u"time"_s, u"account"_s, u"instance_id"_s, u"instance_name"_s, u"action"_s,
                    u"outcome"_s, u"http_status"_s, u"request_id"_s, u"message"_s});
    for (const ActionRecord &record : records) {
        appendRow(csv, {actionTimeIso(record.time), record.account, record.instanceId,
                        record.instanceName, record.action, outcomeName(record.outcome),
                        httpStatusText(record.httpStatus), record.requestId, record.message});
    }
    return csv;
}

} // namespace vzaps
