#include "core/types/LabelsText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace vzaps {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vzaps::LabelsText", text);
}

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
        return u"null"_s;
    default:
        return value.toVariant().toString();
    }
}

} // namespace

QString labelsToText(const QJsonObject &labels)
{
    QStringList pairs;
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it)
        pairs << it.key() + u'=' + valueText(it.value());
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
            !kept.isUndefined() && !kept.isString() && valueText(kept) == value;
        parsed.labels.insert(key, unchangedNonString ? kept : QJsonValue(value));
    }
    return parsed;
}

} // namespace vzaps
