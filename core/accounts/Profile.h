#pragma once

#include <QString>
#include <QUrl>

namespace vzaps {

// One VZaps account the app can sign in to. Everything here is kept in
// QSettings; the client secret is not here: it lives in a SecretStore under
// secretKey(), so no plain file ever holds it.
struct Profile {
    QString id;          // stable and opaque (a UUID), also the key of its secret
    QString name;        // what people call it; unique, compared case-insensitively
    QUrl baseUrl;        // ApiClient::defaultBaseUrl() unless the sandbox or a custom server
    QString clientToken; // the account's public id (X-Client-Token), not a secret
    // Where live updates come from (ws:// or wss://); empty: the server's usual host
    // (wss://realtime.vzaps.com for the production API, the server's own for others).
    QUrl realtimeUrl;

    bool isValid() const { return !id.isEmpty() && !name.isEmpty() && baseUrl.isValid(); }

    // The SecretStore key of this profile's client secret.
    QString secretKey() const { return QStringLiteral("profile/%1/client-secret").arg(id); }
};

} // namespace vzaps
