#pragma once

#include "sandbox/http/HttpTypes.h"

#include <QJsonObject>
#include <QJsonValue>
#include <optional>

namespace vzsandbox {

// Parses a JSON request body. An empty body counts as {} (bodiless POSTs are allowed);
// anything else must be a JSON object, else a 400 with a message saying why.
std::optional<Response> parseJsonObject(const QByteArray &body, QJsonObject *out);

// Typed access to request fields that remembers the first problem as a ready error:
// a wrong JSON type is a 400 ("bad_request"), a well-typed but unacceptable value a
// 422 ("validation_failed"), each naming the field.
class FieldReader
{
public:
    explicit FieldReader(const QJsonObject &object)
        : m_object(object)
    {}

    // Present and not null.
    bool has(const QString &key) const;
    QJsonValue raw(const QString &key) const { return m_object.value(key); }

    std::optional<QString> string(const QString &key);
    std::optional<bool> boolean(const QString &key);
    std::optional<qint64> integer(const QString &key);
    std::optional<double> number(const QString &key);
    std::optional<QJsonObject> object(const QString &key);

    void wrongType(const QString &key, const QString &expected);
    void invalid(const QString &key, const QString &message);
    void missing(const QString &key);

    bool ok() const { return !m_error.has_value(); }
    Response error() const { return *m_error; }

private:
    QJsonObject m_object;
    std::optional<Response> m_error;
};

} // namespace vzsandbox
