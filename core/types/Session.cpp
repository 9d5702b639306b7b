#include "core/types/Session.h"

#include "core/types/JsonFields.h"

#include <QJsonArray>

namespace vzaps {

using namespace Qt::StringLiterals;

namespace {

BusinessProfile businessProfileFromJson(const QJsonObject &object)
{
    BusinessProfile profile;
    profile.businessHoursTimezone = json::string(object, "business_hours_timezone"_L1);
    const QJsonArray categories = object.value("categories"_L1).toArray();
    for (const QJsonValue &item : categories) {
        const QJsonObject category = item.toObject();
        profile.categories.append(
            {json::string(category, "id"_L1), json::string(category, "name"_L1)});
    }
    const QJsonObject options = json::object(object, "profile_options"_L1);
    for (auto it = options.begin(); it != options.end(); ++it)
        profile.profileOptions.insert(it.key(), json::toText(it.value()));
    profile.address = json::string(object, "address"_L1);
    profile.email = json::string(object, "email"_L1);
    return profile;
}

} // namespace

SessionStatus SessionStatus::fromJson(const QJsonObject &object)
{
    SessionStatus status;
    status.connected = json::boolean(object, "connected"_L1);
    status.phone = json::string(object, "phone"_L1);
    status.whatsappJid = json::string(object, "whatsapp_jid"_L1);
    status.pushName = json::string(object, "push_name"_L1);
    status.businessName = json::string(object, "business_name"_L1);
    status.businessProfile = businessProfileFromJson(json::object(object, "business_profile"_L1));
    status.profilePictureId = json::string(object, "profile_picture_id"_L1);
    status.profilePictureUrl = json::string(object, "profile_picture_url"_L1);
    status.profileUrl = json::string(object, "profile_url"_L1);
    status.verifiedName = json::string(object, "verified_name"_L1);
    status.about = json::string(object, "about"_L1);
    status.website = json::string(object, "website"_L1);
    status.raw = object;
    return status;
}

QByteArray SessionQr::imageBytes() const
{
    const qsizetype comma = qrCodeDataUrl.indexOf(u',');
    if (!qrCodeDataUrl.startsWith("data:"_L1, Qt::CaseInsensitive) || comma < 0)
        return {};
    if (!QStringView(qrCodeDataUrl).first(comma).endsWith(";base64"_L1, Qt::CaseInsensitive))
        return {};
    // Base64 holds 3 bytes in every 4 characters (the last group may be padding).
    if ((qrCodeDataUrl.size() - comma - 1) / 4 * 3 > kMaxImageBytes + 2)
        return {};
    auto decoded =
        QByteArray::fromBase64Encoding(QStringView(qrCodeDataUrl).sliced(comma + 1).toLatin1(),
                                       QByteArray::AbortOnBase64DecodingErrors);
    return decoded && decoded.decoded.size() <= kMaxImageBytes ? *decoded : QByteArray();
}

SessionQr SessionQr::fromJson(const QJsonObject &object)
{
    SessionQr qr;
    qr.qrCodeDataUrl = json::firstString(object, {"qr_code"_L1, "QRCode"_L1, "qrcode"_L1});
    qr.status = json::string(object, "status"_L1);
    qr.phone = json::string(object, "phone"_L1);
    qr.raw = object;
    return qr;
}

PairingCode PairingCode::fromJson(const QJsonObject &object)
{
    return {json::firstString(object, {"linking_code"_L1, "LinkingCode"_L1}), object};
}

} // namespace vzaps
