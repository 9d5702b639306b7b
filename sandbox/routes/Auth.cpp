#include "sandbox/routes/Auth.h"

#include "sandbox/Ids.h"
#include "sandbox/routes/FieldReader.h"
#include "sandbox/state/StateStore.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

using namespace Qt::StringLiterals;

namespace vzsandbox {

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

// Compares without an early exit, so timing does not reveal how much of a secret matched.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

Response unauthorized(const QString &code, const QString &message)
{
    return Response::error(401, code, message).withHeader("WWW-Authenticate"_ba, "Bearer"_ba);
}

} // namespace

Auth::Auth(StateStore &store)
    : m_store(store)
{}

void Auth::setCredentials(const QString &clientToken, const QString &clientSecret, int ttlSeconds)
{
    m_clientToken = clientToken;
    m_clientSecret = clientSecret;
    m_ttlSeconds = ttlSeconds;
}

bool Auth::load(QString *error)
{
    QString key = m_store.meta(u"signing_key"_s);
    if (key.isEmpty()) {
        key = ids::randomHex(32);
        if (!m_store.setMeta(u"signing_key"_s, key)) {
            *error = u"cannot store the token signing key: %1"_s.arg(m_store.lastError());
            return false;
        }
    }
    m_key = QByteArray::fromHex(key.toLatin1());
    m_generation = m_store.meta(u"token_generation"_s, u"1"_s).toLongLong();
    return true;
}

QByteArray Auth::sign(const QByteArray &signingInput) const
{
    return QMessageAuthenticationCode::hash(signingInput, m_key, QCryptographicHash::Sha256)
        .toBase64(kBase64Url);
}

Response Auth::issueToken(const Request &request)
{
    QJsonObject body;
    if (auto problem = parseJsonObject(request.body, &body))
        return *problem;
    FieldReader reader(body);
    // The wire is snake_case; camelCase is accepted too (docs/api-contract.md §1.1 golden rule).
    const QString tokenKey = reader.has(u"client_token"_s) ? u"client_token"_s : u"clientToken"_s;
    const QString secretKey =
        reader.has(u"client_secret"_s) ? u"client_secret"_s : u"clientSecret"_s;
    const auto token = reader.string(tokenKey);
    const auto secret = reader.string(secretKey);
    if (!reader.ok())
        return reader.error();
    if (!token || token->isEmpty() || !secret || secret->isEmpty()) {
        return Response::error(400, u"bad_request"_s,
                               u"Both 'client_token' and 'client_secret' are required."_s);
    }
    const bool tokenMatches = constantTimeEquals(token->toUtf8(), m_clientToken.toUtf8());
    const bool secretMatches = constantTimeEquals(secret->toUtf8(), m_clientSecret.toUtf8());
    if (!tokenMatches || !secretMatches)
        return Response::error(401, u"invalid_credentials"_s, u"bad credentials"_s);

    const qint64 issuedAt = ids::nowMs() / 1000;
    const QByteArray header =
        QJsonDocument(QJsonObject{{u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}})
            .toJson(QJsonDocument::Compact)
            .toBase64(kBase64Url);
    const QByteArray payload = QJsonDocument(QJsonObject{
                                                 {u"sub"_s, m_clientToken},
                                                 {u"iat"_s, issuedAt},
                                                 {u"exp"_s, issuedAt + m_ttlSeconds},
                                                 {u"gen"_s, m_generation},
                                                 {u"jti"_s, ids::randomHex(8)},
                                             })
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(kBase64Url);
    const QByteArray signingInput = header + '.' + payload;
    const QString jwt = QString::fromLatin1(signingInput + '.' + sign(signingInput));
    return Response::json({{u"access_token"_s, jwt}, {u"expires_in"_s, m_ttlSeconds}});
}

std::optional<Response> Auth::checkJwt(const QByteArray &jwt) const
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3 ||
        !constantTimeEquals(sign(parts.at(0) + '.' + parts.at(1)), parts.at(2))) {
        return unauthorized(u"invalid_token"_s, u"The access token is not valid."_s);
    }
    const auto decoded = QByteArray::fromBase64Encoding(parts.at(1), kBase64Url);
    const QJsonObject claims = QJsonDocument::fromJson(decoded.decoded).object();
    if (claims.value(u"sub"_s).toString() != m_clientToken ||
        qint64(claims.value(u"gen"_s).toDouble()) != m_generation) {
        return unauthorized(u"invalid_token"_s, u"The access token is no longer valid."_s);
    }
    if (qint64(claims.value(u"exp"_s).toDouble()) * 1000 <= ids::nowMs()) {
        return unauthorized(u"token_expired"_s,
                            u"The access token has expired; request a new one at /token."_s);
    }
    return std::nullopt;
}

std::optional<Response> Auth::checkClientToken(const Request &request) const
{
    const QByteArray clientToken = request.header("x-client-token"_ba);
    if (clientToken.isEmpty()) {
        return unauthorized(u"missing_client_token"_s, u"The X-Client-Token header is required."_s);
    }
    if (!constantTimeEquals(clientToken, m_clientToken.toUtf8())) {
        return Response::error(403, u"client_token_mismatch"_s,
                               u"X-Client-Token does not match this account."_s);
    }
    return std::nullopt;
}

std::optional<Response> Auth::authorize(const Request &request, Scope scope,
                                        const QString &instanceToken) const
{
    const QByteArray authorization = request.header("authorization"_ba).trimmed();
    if (!authorization.isEmpty()) {
        if (!authorization.startsWith("Bearer ") && !authorization.startsWith("bearer ")) {
            return unauthorized(u"invalid_token"_s,
                                u"The Authorization header must be 'Bearer <token>'."_s);
        }
        if (auto problem = checkJwt(authorization.mid(7).trimmed()))
            return problem;
        return checkClientToken(request);
    }

    const QByteArray presentedInstanceToken = request.header("x-instance-token"_ba);
    if (presentedInstanceToken.isEmpty()) {
        return unauthorized(u"missing_token"_s,
                            u"Authorization: Bearer <access token> is required."_s);
    }
    if (scope == Scope::AccountOnly) {
        return unauthorized(u"account_token_required"_s,
                            u"This route needs the account's access token "
                            "(Authorization: Bearer); X-Instance-Token is not accepted here."_s);
    }
    if (auto problem = checkClientToken(request))
        return problem;
    if (instanceToken.isEmpty() ||
        !constantTimeEquals(presentedInstanceToken, instanceToken.toUtf8())) {
        return unauthorized(u"invalid_instance_token"_s,
                            u"X-Instance-Token is not valid for this instance."_s);
    }
    return std::nullopt;
}

void Auth::expireAllTokens()
{
    ++m_generation;
    m_store.setMeta(u"token_generation"_s, QString::number(m_generation));
}

} // namespace vzsandbox
