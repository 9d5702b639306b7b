#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace vzaps {

struct BusinessCategory {
    QString id;
    QString name;
};

struct BusinessProfile {
    QString businessHoursTimezone;
    QList<BusinessCategory> categories;
    QMap<QString, QString> profileOptions;
    QString address;
    QString email;
};

// `GET /instances/{id}/session/status` (docs/api-contract.md §3). Empty fields are omitted by the
// server.
struct SessionStatus {
    bool connected = false;
    QString phone;
    QString whatsappJid;
    QString pushName;
    QString businessName;
    BusinessProfile businessProfile;
    QString profilePictureId;
    QString profilePictureUrl;
    QString profileUrl;
    QString verifiedName;
    QString about;
    QString website;
    QJsonObject raw;

    static SessionStatus fromJson(const QJsonObject &object);
};

// `GET /instances/{id}/session/qr`: a QR image while pairing, or the paired phone.
struct SessionQr {
    // A QR code's PNG is a few KiB; anything far larger is not one and is not decoded.
    static constexpr qsizetype kMaxImageBytes = 256 * 1024;

    QString qrCodeDataUrl; // "data:image/png;base64,…"; empty once paired
    QString status;
    QString phone;
    QJsonObject raw;

    bool isPaired() const { return qrCodeDataUrl.isEmpty(); }
    // The decoded image; empty when not a base64 data URL or over kMaxImageBytes.
    QByteArray imageBytes() const;
    static SessionQr fromJson(const QJsonObject &object);
};

// `GET /instances/{id}/session/paircode/{phone}`.
struct PairingCode {
    QString linkingCode; // "XXXX-XXXX"
    QJsonObject raw;

    static PairingCode fromJson(const QJsonObject &object);
};

} // namespace vzaps
