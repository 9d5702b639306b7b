#include "core/actionlog/ActionLogCsv.h"

#include "core/actionlog/ActionRecordText.h"

using namespace Qt::StringLiterals;

namespace vzaps {

QByteArray actionLogCsv(const QList<ActionRecord> &records, CsvDialect dialect)
{
    QByteArray text = csv::start(dialect);
    text += csv::row({u"time"_s, u"account"_s, u"instance_id"_s, u"instance_name"_s, u"action"_s,
                      u"outcome"_s, u"http_status"_s, u"request_id"_s, u"message"_s},
                     dialect);
    for (const ActionRecord &record : records) {
        text += csv::row({actionTimeIso(record.time), record.account, record.instanceId,
                          record.instanceName, record.action, outcomeName(record.outcome),
                          httpStatusText(record.httpStatus), record.requestId, record.message},
                         dialect);
    }
    return text;
}

} // namespace vzaps
