#pragma once

#include "core/types/Result.h"

#include <QJsonObject>
#include <QString>

namespace vzaps {

// `POST /token` (docs/api-contract.md §1.4). The token is a secret: never logged or shown in
// errors.
struct AccessToken {
    QString token;
    qint64 expiresInSeconds = 0;

    // Missing token or expires_in ≤ 0 is an authentication error (§1.4).
    static Result<AccessToken> fromJson(const QJsonObject &object);
};

} // namespace vzaps
