#include "core/actionlog/ActionRecordText.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace vzaps {

namespace {
// The context lupdate gives tr() in the free functions of namespace vzaps.
QString tr(const char *text)
{
    return QCoreApplication::translate("vzaps", text);
}
} // namespace

QString actionTimeText(const QDateTime &time)
{
    // The app's exact style (local, with the zone), to the second: actions come fast.
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    const QString zone = u" ("_s + local.timeZoneAbbreviation() + u')';
    // As format::exactTime: the ISO day in English and the C locale, else the locale's own.
    const QLocale locale;
    if (locale.language() == QLocale::C || locale.language() == QLocale::English)
        return local.toString(u"yyyy-MM-dd HH:mm:ss"_s) + zone;
    return locale.toString(local.date(), QLocale::ShortFormat) + u' ' +
           local.toString(u"HH:mm:ss"_s) + zone;
}

QString actionTimeIso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString outcomeLabel(ActionOutcome outcome)
{
    return outcome == ActionOutcome::Succeeded ? tr("Succeeded") : tr("Failed");
}

QString httpStatusText(int httpStatus)
{
    return httpStatus > 0 ? QString::number(httpStatus) : QString();
}

bool recordMatches(const ActionRecord &record, const QString &filter)
{
    if (filter.isEmpty())
        return true;
    const QString texts[] = {
        record.account,
        record.instanceName,
        record.instanceId,
        record.action,
        outcomeName(record.outcome),
        outcomeLabel(record.outcome),
        httpStatusText(record.httpStatus),
        record.requestId,
        record.message,
        actionTimeText(record.time),
        actionTimeIso(record.time),
    };
    for (const QString &text : texts) {
        if (text.contains(filter, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace vzaps
