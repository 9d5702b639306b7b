#pragma once

#include "core/types/ApiError.h"

#include <QString>

// The process exit codes of vzapsctl, one per kind of failure, listed in `vzapsctl --help`.
namespace vzapsctl {

enum ExitCode : int {
    ExitOk = 0,
    ExitUnexpected = 1,  // anything not listed below (e.g. a file could not be written)
    ExitUsage = 2,       // bad arguments or input, missing credentials: nothing was sent
    ExitAuth = 3,        // 401/403, or no usable access token
    ExitNotFound = 4,    // 404, or `profile remove` of an unknown name
    ExitRateLimited = 5, // 429
    ExitHttp = 6,        // any other HTTP error
    ExitNetwork = 7,     // no reply: unreachable, refused, reset, or the deadline passed
    ExitBadReply = 8,    // a 2xx whose body could not be read
};

int exitCodeFor(const vzaps::ApiError &error);

// The table printed by `vzapsctl --help`.
QString exitCodeHelp();

} // namespace vzapsctl
