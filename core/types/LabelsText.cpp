#include "core/types/LabelsText.h"

#include "core/types/JsonFields.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace vzaps {

namespace {

// The context lupdate gives tr() in the free functions of namespace vzaps.
QString tr(const char *text)
{
    return QCoreApplication::translate("vzaps", text);
}

} // namespace

QString labelsToText(const QJsonObject &labels)
{
    QStringList pairs;
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it)
        pairs << it.key() + u'=' + json::toText(it.value());
    return pairs.join(", "_L1);
}

ParsedLabels labelsFromText(const QString &text, const QJsonObject &original)
{
    ParsedLabels parsed;
    const QStringList entries = text.split(u',');
    for (const QString &rawEntry : entries) {
        const QString entry = rawEntry.trimmed();
        if (entry.isEmpty())
            continue; // "a=1, , b=2" and a trailing comma are fine
        const qsizetype equals = entry.indexOf(u'=');
        const QString key = entry.left(equals).trimmed();
        if (equals < 0 || key.isEmpty()) {
            parsed.problem = tr("Write each label as key=value, like team=sales (“%1” is not).")
                                 .arg(entry.left(40));
            return parsed;
        }
        if (parsed.labels.contains(key)) {
            parsed.problem = tr("The label “%1” is given twice.").arg(key.left(40));
            return parsed;
        }
        const QString value = entry.mid(equals + 1).trimmed();
        const QJsonValue kept = original.value(key);
        const bool unchangedNonString =
            !kept.isUndefined() && !kept.isString() && json::toText(kept) == value;
        parsed.labels.insert(key, unchangedNonString ? kept : QJsonValue(value));
    }
    return parsed;
}

} // namespace vzaps
