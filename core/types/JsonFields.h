#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <initializer_list>
#include <optional>

// Lenient readers for JSON fields (docs/api-contract.md §1.2, §4): a missing, null or
// wrong-typed member yields the fallback instead of failing, so one odd field
// never costs the user the rest of the reply.
namespace vzaps::json {

// Readers of one value, for decoders that walk an object's members once.
QString toString(const QJsonValue &value);
std::optional<bool> toOptionalBool(const QJsonValue &value);
std::optional<qint64> toOptionalInteger(const QJsonValue &value);
QDateTime toDateTime(const QJsonValue &value);
QStringList toStringList(const QJsonValue &value);

// A string member; numbers are turned into their text, anything else is empty.
QString string(const QJsonObject &object, QLatin1StringView key);

// The first non-empty string among several spellings of a member.
QString firstString(const QJsonObject &object, std::initializer_list<QLatin1StringView> keys);

// true/false, also from "true"/"false" strings and 0/1 numbers.
std::optional<bool> optionalBool(const QJsonObject &object, QLatin1StringView key);
bool boolean(const QJsonObject &object, QLatin1StringView key, bool fallback = false);

// An integral number, also from a numeric string.
std::optional<qint64> optionalInteger(const QJsonObject &object, QLatin1StringView key);
qint64 integer(const QJsonObject &object, QLatin1StringView key, qint64 fallback = 0);

// An ISO-8601 timestamp as UTC; invalid (null) when missing or unreadable.
QDateTime dateTime(const QJsonObject &object, QLatin1StringView key);
QDateTime parseIsoDateTime(QStringView text);

// A list of names from an array of strings or a comma-joined string ("A,B").
QStringList stringList(const QJsonObject &object, QLatin1StringView key);

// An object member, empty when missing or not an object.
QJsonObject object(const QJsonObject &object, QLatin1StringView key);

// Any value as readable text: strings as they are, objects and arrays as compact JSON.
QString toText(const QJsonValue &value);

// docs/api-contract.md §1.2: `{"success": <bool>, "data": ...}` is an envelope around `data`.
bool isEnvelope(const QJsonValue &value);
QJsonValue unwrapEnvelope(const QJsonValue &value);

} // namespace vzaps::json
