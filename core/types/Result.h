#pragma once

#include "core/types/ApiError.h"

#include <functional>
#include <utility>
#include <variant>

namespace vzaps {

// Where a successful value came from, for traces such as the action log.
struct ReplyInfo {
    int httpStatus = 0;
    QString requestId;
};

// The outcome of an API call: a value or an ApiError. No exceptions cross the event loop.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(ApiError error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const { return std::get<0>(m_data); }
    T &value() { return std::get<0>(m_data); }
    const ApiError &error() const { return std::get<1>(m_data); }

    // The HTTP status and request id of a success; a failure carries them in error().
    ReplyInfo reply() const
    {
        return ok() ? m_reply : ReplyInfo{error().httpStatus, error().requestId};
    }
    Result &withReply(ReplyInfo info)
    {
        m_reply = std::move(info);
        return *this;
    }

private:
    std::variant<T, ApiError> m_data;
    ReplyInfo m_reply;
};

// For calls whose success carries nothing (delete answers 204).
struct Done {};

template<typename T>
using Callback = std::function<void(const Result<T> &)>;

} // namespace vzaps
