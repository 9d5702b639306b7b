#pragma once

#include "model/ApiError.h"

#include <functional>
#include <utility>
#include <variant>

namespace vzaps {

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

private:
    std::variant<T, ApiError> m_data;
};

// For calls whose success carries nothing (delete answers 204).
struct Done {};

template<typename T>
using Callback = std::function<void(const Result<T> &)>;

} // namespace vzaps
