#include "core/presentation/InstanceExport.h"

#include "core/presentation/InstanceFormat.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace vzaps::exporting {

namespace {

QString iso(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

QStringList csvHeader()
{
    // The first eight as vzapsctl always wrote them; later ones only ever go at the end.
    return {
        u"id"_s,           u"name"_s,       u"connected"_s, u"status"_s, u"billing_status"_s,
        u"whatsapp_jid"_s, u"created_at"_s, u"cancel_at"_s, u"phone"_s,  u"whatsapp_push_name"_s,
        u"webhook"_s};
}

QStringList csvFields(const Instance &instance)
{
    const QString connected =
        instance.connected ? (*instance.connected ? u"yes"_s : u"no"_s) : QString();
    return {instance.id,
            instance.name,
            connected,
            instance.status,
            instance.billingStatus,
            instance.whatsappJid,
            iso(instance.createdAt),
            iso(instance.cancelAt),
            format::phoneDigitsOfJid(instance.whatsappJid),
            instance.whatsappPushName,
            instance.webhook};
}

QByteArray csv(const QList<Instance> &instances, CsvDialect dialect)
{
    QByteArray text = csv::start(dialect) + csv::row(csvHeader(), dialect);
    for (const Instance &instance : instances)
        text += csv::row(csvFields(instance), dialect);
    return text;
}

QByteArray json(const QList<Instance> &instances)
{
    QJsonArray array;
    for (const Instance &instance : instances) {
        QJsonObject object = instance.toJson();
        object.remove(u"token"_s);
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace vzaps::exporting
