#include "core/presentation/RealtimeFacts.h"

using namespace Qt::StringLiterals;

namespace vzaps {

QJsonObject instanceFactsFrom(const realtime::Event &event)
{
    if (event.type == u"Connected"_s) {
        QJsonObject facts{{u"connected"_s, true}};
        if (event.createdAt.isValid())
            facts.insert(u"connected_at"_s, event.createdAt.toUTC().toString(Qt::ISODateWithMs));
        const QString jid = event.data.value(u"whatsapp_jid"_s).toString();
        if (!jid.isEmpty())
            facts.insert(u"whatsapp_jid"_s, jid);
        const QString pushName = event.data.value(u"push_name"_s).toString();
        if (!pushName.isEmpty())
            facts.insert(u"whatsapp_push_name"_s, pushName);
        return facts;
    }
    if (event.type == u"Disconnected"_s)
        return {{u"connected"_s, false},
                {u"connected_at"_s, QJsonValue::Null},
                {u"whatsapp_jid"_s, QJsonValue::Null},
                {u"whatsapp_push_name"_s, QJsonValue::Null}};
    return {};
}

} // namespace vzaps
