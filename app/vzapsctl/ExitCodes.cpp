#include "app/vzapsctl/ExitCodes.h"

namespace vzapsctl {

using namespace Qt::StringLiterals;

int exitCodeFor(const vzaps::ApiError &error)
{
    using vzaps::ErrorKind;
    switch (error.kind) {
    case ErrorKind::InvalidInput:
        return ExitUsage;
    case ErrorKind::Auth:
        return ExitAuth;
    case ErrorKind::RateLimited:
        return ExitRateLimited;
    case ErrorKind::Http:
        return error.isNotFound() ? ExitNotFound : ExitHttp;
    case ErrorKind::Redirect:
        return ExitHttp;
    case ErrorKind::Network:
    case ErrorKind::Timeout:
        return ExitNetwork;
    case ErrorKind::Decode:
    case ErrorKind::TooLarge:
        return ExitBadReply;
    }
    return ExitUnexpected;
}

QString exitCodeHelp()
{
    return u"Exit codes:\n"
           "  0  success\n"
           "  1  unexpected failure (e.g. the output file could not be written)\n"
           "  2  usage error or invalid input, missing credentials (nothing was sent)\n"
           "  3  authentication failed (HTTP 401/403, bad client token or secret)\n"
           "  4  not found (HTTP 404, or no profile of that name)\n"
           "  5  rate limited (HTTP 429; the message says when to retry)\n"
           "  6  other HTTP error (4xx/5xx; a redirect, which is never followed)\n"
           "  7  network error or timeout (no answer)\n"
           "  8  bad reply (a success whose body could not be read, or a reply over 16 MiB)\n"_s;
}

} // namespace vzapsctl
