#include "sandbox/routes/SessionRoutes.h"

#include "sandbox/Ids.h"
#include "sandbox/routes/EventHub.h"
#include "sandbox/routes/QrCode.h"
#include "sandbox/routes/RouteHelpers.h"
#include "sandbox/routes/Router.h"
#include "sandbox/routes/SandboxContext.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace vzsandbox {

namespace {

// Derived from the id, so an instance keeps the same made-up phone across pairings.
QString defaultPhone(const QString &id)
{
    const QByteArray hash = QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha1);
    QString digits = u"55119"_s;
    for (int i = 0; digits.size() < 13; ++i)
        digits.append(QChar(u'0' + static_cast<uchar>(hash.at(i)) % 10));
    return digits;
}

QString defaultPushName(const QString &id)
{
    static const QStringList names{u"Ana Souza"_s,    u"Carlos Lima"_s,   u"Fernanda Rocha"_s,
                                   u"João Pereira"_s, u"Mariana Costa"_s, u"Rafael Alves"_s};
    return names.at(int(qHash(id) % quint32(names.size())));
}

Response sessionStatus(SandboxContext &context, const QString &id)
{
    const auto record = context.store.find(id);
    if (!record)
        return instanceNotFound(id);
    QJsonObject data{{u"connected"_s, record->connected}};
    if (record->connected) {
        data.insert(u"phone"_s, record->phone);
        data.insert(u"whatsapp_jid"_s, record->jid);
        data.insert(u"push_name"_s, record->pushName);
        data.insert(u"about"_s, u"Available"_s);
    }
    return Response::enveloped(data);
}

Response sessionQr(SandboxContext &context, const QString &id)
{
    auto record = context.store.find(id);
    if (!record)
        return instanceNotFound(id);
    if (!record->connected && context.pairAfterPolls > 0 &&
        record->qrPolls >= context.pairAfterPolls) {
        // "Someone scanned it": the poll after the last QR shown reports the pairing.
        pairInstance(*record, record->pendingPhone, {});
        if (!context.store.update(*record))
            return storageError(context.store.lastError());
        publishConnected(context, *record);
    }
    if (record->connected)
        return Response::enveloped({{u"status"_s, u"connected"_s}, {u"phone"_s, record->phone}});

    // WhatsApp-like payload: ref, instance, time; new on every poll as the real codes rotate.
    const QByteArray payload = "2@" + ids::randomBytes(18).toBase64() + ',' + id.toLatin1() + ',' +
                               QByteArray::number(ids::nowMs());
    const QString dataUrl = qrPngDataUrl(payload);
    if (dataUrl.isEmpty())
        return Response::error(500, u"qr_failed"_s, u"Could not render the QR code."_s);
    ++record->qrPolls;
    if (!context.store.update(*record))
        return storageError(context.store.lastError());
    return Response::enveloped({{u"qr_code"_s, dataUrl}});
}

Response pairingCode(SandboxContext &context, const QString &id, const QString &phoneText)
{
    auto record = context.store.find(id);
    if (!record)
        return instanceNotFound(id);
    const QString phone = normalizedPhone(phoneText);
    if (phone.isEmpty()) {
        return Response::error(422, u"validation_failed"_s,
                               u"The phone must have 8 to 15 digits, country code first "
                               "(e.g. 5511999990000)."_s,
                               u"phone"_s);
    }
    if (record->connected) {
        return Response::error(409, u"already_connected"_s,
                               u"The instance is already paired; disconnect it first."_s);
    }
    static const QString alphabet = u"ABCDEFGHJKLMNPQRSTVWXYZ23456789"_s;
    QString code;
    for (int i = 0; i < 8; ++i) {
        if (i == 4)
            code.append(u'-');
        code.append(alphabet.at(int(QRandomGenerator::system()->bounded(alphabet.size()))));
    }
    record->pendingPhone = phone;
    record->updatedAt = ids::nowMs();
    if (!context.store.update(*record))
        return storageError(context.store.lastError());
    return Response::enveloped({{u"linking_code"_s, code}});
}

Response disconnect(SandboxContext &context, const QString &id)
{
    auto record = context.store.find(id);
    if (!record)
        return instanceNotFound(id);
    const bool wasConnected = record->connected;
    record->connected = false;
    record->connectedAt = 0;
    record->phone.clear();
    record->jid.clear();
    record->pushName.clear();
    record->qrPolls = 0;
    record->pendingPhone.clear();
    record->updatedAt = ids::nowMs();
    if (!context.store.update(*record))
        return storageError(context.store.lastError());
    if (wasConnected && context.events)
        context.events->publish(id, u"Disconnected"_s, {{u"reason"_s, u"logout"_s}});
    return Response::enveloped({
        {u"instance_id"_s, id},
        {u"status"_s, u"disconnected"_s},
        {u"details"_s,
         wasConnected ? u"Session disconnected."_s : u"The session was not connected."_s},
    });
}

} // namespace

QString normalizedPhone(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
        else if (!QStringView(u"+ -()").contains(c))
            return {};
    }
    return digits.size() >= 8 && digits.size() <= 15 ? digits : QString();
}

void publishConnected(SandboxContext &context, const InstanceRecord &record)
{
    if (!context.events)
        return;
    context.events->publish(record.id, u"Connected"_s,
                            {{u"phone"_s, record.phone},
                             {u"push_name"_s, record.pushName},
                             {u"whatsapp_jid"_s, record.jid}});
}

void pairInstance(InstanceRecord &record, const QString &phone, const QString &pushName)
{
    record.connected = true;
    record.connectedAt = record.updatedAt = ids::nowMs();
    record.phone = phone.isEmpty() ? defaultPhone(record.id) : phone;
    record.jid = record.phone + u"@s.whatsapp.net"_s;
    record.pushName = pushName.isEmpty() ? defaultPushName(record.id) : pushName;
    record.qrPolls = 0;
    record.pendingPhone.clear();
}

void registerSessionRoutes(Router &router, SandboxContext &context)
{
    SandboxContext *c = &context;
    const auto scope = RouteAuth::AccountOrInstanceToken;
    router.add("GET"_ba, u"/instances/{id}/session/status"_s, scope, RouteKind::Api,
               [c](const Request &, const PathParams &p) { return sessionStatus(*c, p[0]); });
    router.add("GET"_ba, u"/instances/{id}/session/qr"_s, scope, RouteKind::Api,
               [c](const Request &, const PathParams &p) { return sessionQr(*c, p[0]); });
    router.add("GET"_ba, u"/instances/{id}/session/paircode/{phone}"_s, scope, RouteKind::Api,
               [c](const Request &, const PathParams &p) { return pairingCode(*c, p[0], p[1]); });
    router.add("POST"_ba, u"/instances/{id}/session/disconnect"_s, scope, RouteKind::Api,
               [c](const Request &, const PathParams &p) { return disconnect(*c, p[0]); });
}

} // namespace vzsandbox
