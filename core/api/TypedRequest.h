#pragma once

#include "core/api/ApiRequest.h"

#include <utility>

namespace vzaps {

// A request that names what its reply decodes into, so that a call cannot be paired with
// the wrong result type: the request builders of InstancesApi and SessionApi return
// one, and ApiClient::call() sends it and hands back a Result<Reply>. Reply has a
// static Reply::fromJson(QJsonObject), or is Done for a reply whose body does not matter.
template<typename T>
struct TypedRequest : ApiRequest {
    using Reply = T;

    TypedRequest() = default;
    explicit TypedRequest(ApiRequest request)
        : ApiRequest(std::move(request))
    {}
};

} // namespace vzaps
