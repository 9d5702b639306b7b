#pragma once

#include "core/api/ApiRequest.h"

namespace vzaps::AuthApi {

// `POST /token` with the account's credentials (docs/api-contract.md §1.4). Unauthenticated.
ApiRequest tokenRequest(const QString &clientToken, const QString &clientSecret);

} // namespace vzaps::AuthApi
