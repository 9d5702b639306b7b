#include "core/types/AccessToken.h"

#include "core/types/JsonFields.h"

#include <QCoreApplication>

namespace vzaps {

using namespace Qt::StringLiterals;

Result<AccessToken> AccessToken::fromJson(const QJsonObject &object)
{
    AccessToken token;
    token.token = json::firstString(object, {"access_token"_L1, "accessToken"_L1});
    const auto expires = object.contains("expires_in"_L1)
                             ? json::optionalInteger(object, "expires_in"_L1)
                             : json::optionalInteger(object, "expiresIn"_L1);
    token.expiresInSeconds = expires.value_or(0);
    if (token.token.isEmpty() || token.expiresInSeconds <= 0) {
        ApiError error;
        error.kind = ErrorKind::Auth;
        error.operation = QCoreApplication::translate("vzaps", "get an access token");
        error.message =
            token.token.isEmpty()
                ? QCoreApplication::translate("vzaps", "the reply holds no access token")
                : QCoreApplication::translate("vzaps", "the access token has no lifetime");
        return error;
    }
    return token;
}

} // namespace vzaps
