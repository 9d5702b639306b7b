#include "sandbox/routes/FieldReader.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>

using namespace Qt::StringLiterals;

namespace vzsandbox {

std::optional<Response> parseJsonObject(const QByteArray &body, QJsonObject *out)
{
    if (body.trimmed().isEmpty()) {
        *out = QJsonObject();
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Response::error(400, u"invalid_json"_s,
                               u"The request body is not valid JSON: %1 at offset %2."_s.arg(
                                   parseError.errorString(), QString::number(parseError.offset)));
    }
    if (!document.isObject()) {
        return Response::error(400, u"invalid_json"_s,
                               u"The request body must be a JSON object."_s);
    }
    *out = document.object();
    return std::nullopt;
}

bool FieldReader::has(const QString &key) const
{
    const QJsonValue value = m_object.value(key);
    return !value.isUndefined() && !value.isNull();
}

std::optional<QString> FieldReader::string(const QString &key)
{
    if (!has(key))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!value.isString()) {
        wrongType(key, u"a string"_s);
        return std::nullopt;
    }
    return value.toString();
}

std::optional<bool> FieldReader::boolean(const QString &key)
{
    if (!has(key))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!value.isBool()) {
        wrongType(key, u"true or false"_s);
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<qint64> FieldReader::integer(const QString &key)
{
    if (!has(key))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    const double number = value.toDouble();
    if (!value.isDouble() || std::floor(number) != number || std::abs(number) > 9.0e15) {
        wrongType(key, u"an integer"_s);
        return std::nullopt;
    }
    return qint64(number);
}

std::optional<double> FieldReader::number(const QString &key)
{
    if (!has(key))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!value.isDouble()) {
        wrongType(key, u"a number"_s);
        return std::nullopt;
    }
    return value.toDouble();
}

std::optional<QJsonObject> FieldReader::object(const QString &key)
{
    if (!has(key))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!value.isObject()) {
        wrongType(key, u"a JSON object"_s);
        return std::nullopt;
    }
    return value.toObject();
}

void FieldReader::wrongType(const QString &key, const QString &expected)
{
    if (m_error)
        return;
    m_error = Response::error(400, u"bad_request"_s, u"'%1' must be %2."_s.arg(key, expected), key);
}

void FieldReader::invalid(const QString &key, const QString &message)
{
    if (m_error)
        return;
    m_error = Response::error(422, u"validation_failed"_s, message, key);
}

void FieldReader::missing(const QString &key)
{
    invalid(key, u"'%1' is required."_s.arg(key));
}

} // namespace vzsandbox
