#include "core/api/ConnectionCheck.h"

#include "core/api/ApiClient.h"
#include "core/api/UrlGuard.h"

#include <QLocale>
#include <QNetworkReply>

// What a connection check tells people: the address rules and one plain
// sentence per way a check can fail.
namespace vzaps {

using namespace Qt::StringLiterals;

namespace {

QString secondsText(std::chrono::milliseconds timeout)
{
    const qint64 ms = timeout.count();
    if (ms % 1000 == 0)
        return ConnectionCheck::tr("%1 s").arg(ms / 1000);
    return ConnectionCheck::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

// The server's own words, when it gave any beyond the status line.
QString serverSaid(const ApiError &error)
{
    QString said = error.message.trimmed();
    while (said.endsWith(u'.'))
        said.chop(1);
    return said.isEmpty() || said == error.reason ? QString() : said;
}

QString statusText(const ApiError &error)
{
    const QString said = serverSaid(error);
    const QString status = u"HTTP "_s + QString::number(error.httpStatus);
    return said.isEmpty() ? status : status + u": "_s + said;
}

// Why a call that got no HTTP reply failed, as a short phrase, and its kind.
ConnectionCheck::Kind networkKind(int networkError, QString *why)
{
    using Kind = ConnectionCheck::Kind;
    switch (networkError) {
    case QNetworkReply::ConnectionRefusedError:
        *why = ConnectionCheck::tr("connection refused (nothing answers on that port)");
        return Kind::Unreachable;
    case QNetworkReply::HostNotFoundError:
        *why = ConnectionCheck::tr("no such host name");
        return Kind::Unreachable;
    case QNetworkReply::RemoteHostClosedError:
        *why = ConnectionCheck::tr("the connection was closed before an answer came");
        return Kind::Unreachable;
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        *why = ConnectionCheck::tr("the network is down");
        return Kind::Unreachable;
    case QNetworkReply::TimeoutError:
        return Kind::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return Kind::Tls;
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        return Kind::Other;
    default:
        return Kind::Unreachable; // proxies, resets, unreachable networks: Qt's own text says
    }
}

} // namespace

QString ConnectionCheck::hostText(const QUrl &url)
{
    const int defaultPort = url.scheme() == "http"_L1 ? 80 : 443;
    const int port = url.port(defaultPort);
    return port == defaultPort ? url.host() : url.host() + u':' + QString::number(port);
}

QString ConnectionCheck::baseUrlProblem(const QUrl &url)
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return tr("Enter the complete server address, such as %1.")
            .arg(ApiClient::defaultBaseUrl().toDisplayString());
    if (url.hasQuery() || url.hasFragment())
        return tr("The server address must not have a query (?…) or fragment (#…).");
    const QString scheme = url.scheme().toLower();
    if (scheme == "https"_L1)
        return {};
    if (scheme == "http"_L1 && urlguard::isLoopbackHost(url.host()))
        return {};
    if (scheme == "http"_L1)
        return tr("Use https:// for %1: over http:// the client secret would cross the network "
                  "unencrypted (http:// is allowed only on this computer, for the sandbox).")
            .arg(url.host());
    return tr("The server address must start with https:// (\"%1:\" is not a web address).")
        .arg(scheme);
}

ConnectionCheck::Outcome ConnectionCheck::failureOutcome(const ApiError &error, bool signedIn) const
{
    const QString host = hostText(m_baseUrl);
    Outcome outcome;
    outcome.httpStatus = error.httpStatus;
    outcome.requestId = error.requestId;
    switch (error.kind) {
    case ErrorKind::Timeout:
        outcome.kind = Kind::Timeout;
        outcome.message = tr("No answer from %1 within %2.").arg(host, secondsText(m_timeout));
        break;
    case ErrorKind::Network: {
        QString why;
        outcome.kind = networkKind(error.networkError, &why);
        if (outcome.kind == Kind::Tls && !m_certificateProblems.isEmpty())
            outcome.message = tr("The TLS certificate of %1 is not trusted: %2. Nothing was "
                                 "sent; check the address, or ask whoever runs the server.")
                                  .arg(host, m_certificateProblems.join(u"; "_s));
        else if (outcome.kind == Kind::Tls)
            outcome.message = tr("A secure (TLS) connection to %1 could not be set up, so nothing "
                                 "was sent. Does the server speak https:// on that port? (%2)")
                                  .arg(host, error.message);
        else if (outcome.kind == Kind::Timeout)
            outcome.message = tr("No answer from %1 within %2.").arg(host, secondsText(m_timeout));
        else
            outcome.message =
                tr("Could not reach %1: %2.").arg(host, why.isEmpty() ? error.message : why);
        break;
    }
    case ErrorKind::Auth:
        if (error.httpStatus == 401 || error.httpStatus == 403) {
            outcome.kind = Kind::BadCredentials;
            outcome.message = signedIn ? tr("The server signed in but refused to list the "
                                            "instances (%1). Check the account's permissions.")
                                             .arg(statusText(error))
                                       : tr("The server refused the client token or secret "
                                            "(%1). Check both and try again.")
                                             .arg(statusText(error));
        } else { // a 2xx from /token without a usable token
            outcome.kind = Kind::ServerError;
            outcome.message = tr("%1 answered the sign-in, but not the way the VZaps API does "
                                 "(%2). Check the server address.")
                                  .arg(host, error.message);
        }
        break;
    case ErrorKind::Redirect:
        outcome.kind = Kind::Other;
        if (error.redirectOrigin.isEmpty())
            outcome.message = tr("%1 answered HTTP %2, a redirect without a target. The VZaps "
                                 "API does not redirect: check the server address.")
                                  .arg(host)
                                  .arg(error.httpStatus);
        else if (!error.httpsAddress.isEmpty())
            outcome.message = tr("%1 asks for http:// requests to go to %2 instead; that was "
                                 "not followed. Use the https:// address: %3.")
                                  .arg(host, error.redirectOrigin, error.httpsAddress);
        else if (signedIn)
            outcome.message = tr("%1 signed in, then asked for the list request to go to %2 "
                                 "instead (HTTP %3). That was not followed, so nothing was sent "
                                 "there: the VZaps API does not redirect. Check the server "
                                 "address.")
                                  .arg(host, error.redirectOrigin)
                                  .arg(error.httpStatus);
        else
            outcome.message = tr("%1 asked for the sign-in to go to %2 instead (HTTP %3). That "
                                 "was not followed, so nothing was sent there: the VZaps API "
                                 "does not redirect. Check the server address.")
                                  .arg(host, error.redirectOrigin)
                                  .arg(error.httpStatus);
        break;
    case ErrorKind::TooLarge:
        outcome.kind = Kind::ServerError;
        outcome.message = tr("%1 answered with a reply far larger than the VZaps API sends (%2). "
                             "Check the server address.")
                              .arg(host, error.message);
        break;
    case ErrorKind::Decode:
        outcome.kind = Kind::ServerError;
        outcome.message = tr("%1 answered, but not the way the VZaps API does (%2). Check the "
                             "server address.")
                              .arg(host, error.message);
        break;
    case ErrorKind::Http:
        if (error.httpStatus >= 500) {
            outcome.kind = Kind::ServerError;
            outcome.message = tr("The server at %1 has a problem (%2). Try again later.")
                                  .arg(host, statusText(error));
        } else if (error.httpStatus == 404) {
            outcome.kind = Kind::Other;
            outcome.message = tr("There is no VZaps API at this address (%1 answered HTTP 404). "
                                 "Check the server address.")
                                  .arg(host);
        } else {
            outcome.kind = Kind::Other;
            outcome.message = tr("%1 turned the request down (%2).").arg(host, statusText(error));
        }
        break;
    case ErrorKind::RateLimited:
        outcome.kind = Kind::Other;
        outcome.message = error.retryAfterSeconds >= 0
                              ? tr("%1 is receiving too many requests; try again in %2 s.")
                                    .arg(host)
                                    .arg(error.retryAfterSeconds)
                              : tr("%1 is receiving too many requests; try again later.").arg(host);
        break;
    case ErrorKind::InvalidInput:
        outcome.kind = Kind::Other;
        outcome.message = error.describe();
        break;
    }
    if (!outcome.requestId.isEmpty())
        outcome.message += u' ' + tr("Request id: %1.").arg(outcome.requestId);
    return outcome;
}

} // namespace vzaps
