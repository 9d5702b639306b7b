#include "sandbox/state/InstanceRecord.h"

#include "sandbox/Ids.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace vzsandbox {

const QStringList &billingStatuses()
{
    static const QStringList values{
        u"TRIALING"_s, u"ACTIVE"_s,     u"PAST_DUE"_s,           u"UNPAID"_s,
        u"CANCELED"_s, u"INCOMPLETE"_s, u"INCOMPLETE_EXPIRED"_s, u"PAUSED"_s};
    return values;
}

const QStringList &eventNames()
{
    static const QStringList values{u"All"_s,
                                    u"Connected"_s,
                                    u"Disconnected"_s,
                                    u"Message"_s,
                                    u"ReadReceipt"_s,
                                    u"Presence"_s,
                                    u"HistorySync"_s,
                                    u"ChatPresence"_s,
                                    u"GroupParticipantsAdd"_s,
                                    u"GroupParticipantsRemove"_s};
    return values;
}

namespace {

// Appends `text` as a JSON string literal (RFC 8259 escaping, UTF-8).
void writeString(QByteArray &out, QStringView text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20) {
            static const char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[byte >> 4];
            out += hex[byte & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

void writeStringOrNull(QByteArray &out, QStringView text)
{
    if (text.isEmpty())
        out += "null";
    else
        writeString(out, text);
}

void writeTime(QByteArray &out, qint64 ms)
{
    if (ms <= 0) {
        out += "null";
        return;
    }
    out += '"';
    out += ids::isoText(ms);
    out += '"';
}

} // namespace

void InstanceRecord::writeJson(QByteArray &out) const
{
    out += "{\"id\":";
    writeString(out, id);
    out += ",\"name\":";
    writeString(out, name);
    out += ",\"token\":";
    writeString(out, token);
    out += ",\"url\":";
    writeString(out, QString(u"https://app.vzaps.com/instances/"_s + id));
    out += ",\"webhook\":";
    writeStringOrNull(out, webhook);
    out += ",\"events_subscribe\":";
    writeStringOrNull(out, events.join(u','));
    out += ",\"reject_calls\":";
    out += rejectCalls ? "true" : "false";
    out += ",\"auto_read_messages\":";
    out += autoReadMessages ? "true" : "false";
    out += ",\"connected\":";
    out += connected ? "true" : "false";
    out += ",\"connected_at\":";
    writeTime(out, connected ? connectedAt : 0);
    out += ",\"whatsapp_push_name\":";
    writeStringOrNull(out, pushName);
    out += ",\"whatsapp_jid\":";
    writeStringOrNull(out, jid);
    out += ",\"status\":";
    writeString(out, status);
    out += ",\"billing_status\":";
    writeString(out, billingStatus);
    out += ",\"created_at\":";
    writeTime(out, createdAt);
    out += ",\"updated_at\":";
    writeTime(out, updatedAt);
    out += ",\"cancel_at\":";
    writeTime(out, cancelAt);
    out += ",\"expired_at\":";
    writeTime(out, expiredAt);
    out += ",\"labels\":";
    out += hasLabels ? QJsonDocument(labels).toJson(QJsonDocument::Compact) : QByteArray("null");
    out += '}';
}

QJsonObject InstanceRecord::toJson() const
{
    QByteArray text;
    writeJson(text);
    return QJsonDocument::fromJson(text).object();
}

} // namespace vzsandbox
