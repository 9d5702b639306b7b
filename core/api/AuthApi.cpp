#include "core/api/AuthApi.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace vzaps::AuthApi {

using namespace Qt::StringLiterals;

ApiRequest tokenRequest(const QString &clientToken, const QString &clientSecret)
{
    ApiRequest request;
    request.method = "POST";
    request.path = u"/token"_s;
    request.body = QJsonDocument(QJsonObject{
        {u"client_token"_s, clientToken},
        {u"client_secret"_s, clientSecret},
    });
    request.authenticated = false;
    request.retriable = true;
    request.operation = QCoreApplication::translate("vzaps", "get an access token");
    if (clientToken.isEmpty() || clientSecret.isEmpty())
        request.validationProblem =
            QCoreApplication::translate("vzaps", "no client token and client secret are set");
    return request;
}

} // namespace vzaps::AuthApi
