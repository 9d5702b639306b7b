#include "core/actions/ActionRecord.h"

using namespace Qt::StringLiterals;

namespace vzaps {

QString outcomeName(ActionOutcome outcome)
{
    return outcome == ActionOutcome::Succeeded ? u"succeeded"_s : u"failed"_s;
}

ActionRecord ActionRecord::stamped(const QString &action, const Instance &instance)
{
    ActionRecord record;
    record.time = QDateTime::currentDateTimeUtc();
    record.instanceId = instance.id;
    record.instanceName = instance.name;
    record.action = action;
    return record;
}

} // namespace vzaps
