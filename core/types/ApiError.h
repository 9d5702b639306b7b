#pragma once

#include <QString>

namespace vzaps {

// What went wrong, at the level a caller decides on (docs/api-contract.md §1.6).
enum class ErrorKind {
    InvalidInput, // rejected before anything was sent
    Network,      // no reply: refused, unreachable, reset, TLS
    Timeout,      // the call's deadline passed
    Auth,         // 401/403, or /token gave no usable token
    RateLimited,  // 429
    Http,         // any other 4xx/5xx
    Decode,       // a 2xx whose body is not what the contract says
    Redirect,     // a 3xx: the VZaps API never redirects, so it is refused, never followed
    TooLarge,     // the reply was bigger than a reply may be; it was not read
};

// A failed call, as a value. Never holds a secret: texts taken from the server are
// scrubbed of the credentials in use before they get here.
struct ApiError {
    ErrorKind kind = ErrorKind::Network;
    QString operation;          // what was attempted, e.g. "list instances"
    int httpStatus = 0;         // 0 when no HTTP reply arrived
    QString reason;             // HTTP reason phrase, or the network layer's text
    QString code;               // the server's `code`, int or string, as text
    QString message;            // the server's human text, or ours
    QString details;            // the server's `details`, or a readable excerpt of a non-JSON body
    QString requestId;          // X-Request-Id
    int retryAfterSeconds = -1; // from Retry-After; -1 when absent
    // QNetworkReply::NetworkError of a call that got no HTTP reply (0 otherwise), so a
    // caller can tell refused from unknown host from TLS without reading the text.
    int networkError = 0;
    // Where a refused redirect pointed: its origin only ("https://host:port"); Redirect only.
    QString redirectOrigin;
    // The redirect went from http:// to https:// on the same host: the server address to use
    // instead (the base URL, path kept, as https). Empty otherwise.
    QString httpsAddress;

    static ApiError invalidInput(const QString &operation, const QString &message);

    bool isNotFound() const { return kind == ErrorKind::Http && httpStatus == 404; }

    // One sentence for people: what failed, why, the HTTP status, the server's
    // message and the request id when known.
    QString describe() const;
};

} // namespace vzaps
