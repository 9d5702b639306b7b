#include "core/types/JsonFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <cmath>

namespace vzaps::json {

using namespace Qt::StringLiterals;

QString string(const QJsonObject &object, QLatin1StringView key)
{
    return toString(object.value(key));
}

QString toString(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::trunc(number) == number && std::abs(number) < 9e15)
            return QString::number(static_cast<qint64>(number));
        return QString::number(number);
    }
    default:
        return {};
    }
}

QString firstString(const QJsonObject &object, std::initializer_list<QLatin1StringView> keys)
{
    for (QLatin1StringView key : keys) {
        QString text = string(object, key);
        if (!text.isEmpty())
            return text;
    }
    return {};
}

std::optional<bool> optionalBool(const QJsonObject &object, QLatin1StringView key)
{
    return toOptionalBool(object.value(key));
}

std::optional<bool> toOptionalBool(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double:
        return value.toDouble() != 0.0;
    case QJsonValue::String: {
        const QString text = value.toString().trimmed();
        if (text.compare("true"_L1, Qt::CaseInsensitive) == 0 || text == "1"_L1)
            return true;
        if (text.compare("false"_L1, Qt::CaseInsensitive) == 0 || text == "0"_L1)
            return false;
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

bool boolean(const QJsonObject &object, QLatin1StringView key, bool fallback)
{
    return optionalBool(object, key).value_or(fallback);
}

std::optional<qint64> optionalInteger(const QJsonObject &object, QLatin1StringView key)
{
    return toOptionalInteger(object.value(key));
}

std::optional<qint64> toOptionalInteger(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (!std::isfinite(number) || std::abs(number) > 9e15)
            return std::nullopt;
        return static_cast<qint64>(number);
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

qint64 integer(const QJsonObject &object, QLatin1StringView key, qint64 fallback)
{
    return optionalInteger(object, key).value_or(fallback);
}

namespace {

// Reads `count` ASCII digits at `pos`; -1 when any is not a digit.
int digits(QStringView text, qsizetype pos, int count)
{
    if (pos + count > text.size())
        return -1;
    int result = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[pos + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        result = result * 10 + (c - u'0');
    }
    return result;
}

// The common shape "YYYY-MM-DDTHH:MM:SS[.fff…][Z|±HH:MM]" without going through
// QDateTime::fromString, which dominates list decoding time otherwise.
QDateTime parseCommonIso(QStringView text)
{
    if (text.size() < 19 || text[4] != u'-' || text[7] != u'-' ||
        (text[10] != u'T' && text[10] != u' ') || text[13] != u':' || text[16] != u':')
        return {};
    const int year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2), minute = digits(text, 14, 2),
              second = digits(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return {};
    qsizetype pos = 19;
    int millis = 0;
    if (pos < text.size() && text[pos] == u'.') {
        ++pos;
        int scale = 100;
        const qsizetype start = pos;
        while (pos < text.size() && text[pos].isDigit()) {
            millis += (text[pos].unicode() - u'0') * scale;
            scale /= 10;
            ++pos;
        }
        if (pos == start)
            return {};
    }
    int offsetSeconds = 0;
    if (pos < text.size()) {
        const QChar sign = text[pos];
        if (sign == u'Z' && pos + 1 == text.size()) {
            // UTC
        } else if ((sign == u'+' || sign == u'-') && text.size() - pos == 6 &&
                   text[pos + 3] == u':') {
            const int oh = digits(text, pos + 1, 2), om = digits(text, pos + 4, 2);
            if (oh < 0 || om < 0)
                return {};
            offsetSeconds = (oh * 3600 + om * 60) * (sign == u'-' ? -1 : 1);
        } else {
            return {};
        }
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, millis);
    if (!date.isValid() || !time.isValid())
        return {};
    QDateTime result(date, time, Qt::UTC);
    return offsetSeconds ? result.addSecs(-offsetSeconds) : result;
}

} // namespace

QDateTime parseIsoDateTime(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return {};
    QDateTime result = parseCommonIso(text);
    if (!result.isValid())
        result = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    if (!result.isValid())
        return {};
    return result.toUTC();
}

QDateTime dateTime(const QJsonObject &object, QLatin1StringView key)
{
    return toDateTime(object.value(key));
}

QDateTime toDateTime(const QJsonValue &value)
{
    return value.isString() ? parseIsoDateTime(value.toString()) : QDateTime();
}

QStringList stringList(const QJsonObject &object, QLatin1StringView key)
{
    return toStringList(object.value(key));
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList result;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            const QString name = item.toString().trimmed();
            if (!name.isEmpty())
                result.append(name);
        }
    } else if (value.isString()) {
        const QString joined = value.toString();
        const auto parts = QStringView(joined).split(u',', Qt::SkipEmptyParts);
        for (QStringView part : parts) {
            part = part.trimmed();
            if (!part.isEmpty())
                result.append(part.toString());
        }
    }
    return result;
}

QJsonObject object(const QJsonObject &object, QLatin1StringView key)
{
    return object.value(key).toObject();
}

QString toText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        QJsonObject wrapper{{u"v"_s, value}};
        return string(wrapper, "v"_L1);
    }
    default:
        return {};
    }
}

bool isEnvelope(const QJsonValue &value)
{
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    return object.value("success"_L1).isBool() && object.contains("data"_L1);
}

QJsonValue unwrapEnvelope(const QJsonValue &value)
{
    return isEnvelope(value) ? value.toObject().value("data"_L1) : value;
}

} // namespace vzaps::json
