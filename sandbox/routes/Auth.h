#pragma once

#include "sandbox/http/HttpTypes.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace vzsandbox {

class StateStore;

// The account's credentials and the JWT-shaped access tokens of docs/api-contract.md §1.3/§1.4.
// Tokens are HS256-signed with a key kept in the state file, so they survive a restart;
// "expire all tokens" bumps a generation number that every token carries.
class Auth
{
public:
    enum class Scope {
        AccountOnly,           // create, list, get, subscribe, resume, cancel, /_sandbox
        AccountOrInstanceToken // other /instances/{id}/... routes
    };

    explicit Auth(StateStore &store);

    void setCredentials(const QString &clientToken, const QString &clientSecret, int ttlSeconds);
    // Loads or creates the signing key and generation in the store.
    bool load(QString *error);

    QString clientToken() const { return m_clientToken; }
    QString clientSecret() const { return m_clientSecret; }
    int ttlSeconds() const { return m_ttlSeconds; }

    // POST /token.
    Response issueToken(const Request &request);

    // nullopt when the request may proceed; else the 401/403 to send. For
    // AccountOrInstanceToken, `instanceToken` is the token of the instance in the path
    // (empty when it does not exist).
    std::optional<Response> authorize(const Request &request, Scope scope,
                                      const QString &instanceToken) const;

    void expireAllTokens();

private:
    std::optional<Response> checkClientToken(const Request &request) const;
    std::optional<Response> checkJwt(const QByteArray &jwt) const;
    QByteArray sign(const QByteArray &signingInput) const;

    StateStore &m_store;
    QString m_clientToken;
    QString m_clientSecret;
    int m_ttlSeconds = 3600;
    QByteArray m_key;
    qint64 m_generation = 1;
};

} // namespace vzsandbox
