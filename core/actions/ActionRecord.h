#pragma once

#include "core/types/Instance.h"
#include "core/types/Result.h"

#include <QDateTime>
#include <QString>

namespace vzaps {

enum class ActionOutcome { Succeeded, Failed };

// "succeeded" / "failed": the stable words stored in the action log and its CSV.
QString outcomeName(ActionOutcome outcome);

// One action a user took on an instance, as the action log keeps it.
// Never holds a secret: messages come from ApiError (already scrubbed) or from us.
struct ActionRecord {
    QDateTime time; // UTC
    QString account;
    QString instanceId;
    QString instanceName;
    QString action; // what was done, in words: "Restart", "Delete", "Subscribe", …
    ActionOutcome outcome = ActionOutcome::Succeeded;
    int httpStatus = 0; // 0 when no HTTP reply arrived
    QString requestId;
    QString message;

    // A record of `result` for `instance`, stamped now; `successMessage` says what a
    // success did, a failure takes ApiError::describe().
    template<typename T>
    static ActionRecord of(const QString &action, const Instance &instance, const Result<T> &result,
                           const QString &successMessage = {})
    {
        ActionRecord record = stamped(action, instance);
        record.outcome = result ? ActionOutcome::Succeeded : ActionOutcome::Failed;
        record.httpStatus = result.reply().httpStatus;
        record.requestId = result.reply().requestId;
        record.message = result ? successMessage : result.error().describe();
        return record;
    }

private:
    static ActionRecord stamped(const QString &action, const Instance &instance);
};

} // namespace vzaps

Q_DECLARE_METATYPE(vzaps::ActionRecord)
