#include "sandbox/Ids.h"

#include <QRandomGenerator>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace vzsandbox::ids {

namespace {
QString randomFromAlphabet(QStringView alphabet, int length)
{
    QString out;
    out.reserve(length);
    // Ids are not secrets: the fast, securely seeded global generator is enough.
    auto *generator = QRandomGenerator::global();
    for (int i = 0; i < length; ++i)
        out.append(alphabet.at(int(generator->bounded(quint32(alphabet.size())))));
    return out;
}
} // namespace

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes;
}

QString randomHex(int bytes)
{
    return QString::fromLatin1(randomBytes(bytes).toHex());
}

QString instanceId()
{
    return u"VZ"_s + randomFromAlphabet(u"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 30);
}

QString instanceToken()
{
    return u"inst_"_s + randomHex(16);
}

QString subscriptionId()
{
    return u"sub_"_s + randomHex(12);
}

QString checkoutSessionId()
{
    return u"cs_test_"_s + randomHex(16);
}

QString requestId()
{
    return u"req_"_s + randomHex(8);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QByteArray isoText(qint64 ms)
{
    if (ms <= 0)
        return {};
    // Hand-rolled "YYYY-MM-DDTHH:MM:SSZ": a list page formats hundreds of these, and this is
    // ~20x cheaper than QDateTime::toString. Days → civil date after H. Hinnant's algorithm.
    const qint64 seconds = ms / 1000;
    const qint64 days = seconds / 86400;
    const int secondOfDay = int(seconds % 86400);
    const qint64 z = days + 719468;
    const qint64 era = z / 146097;
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const int year = int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
    char text[32];
    const int length =
        std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", year, month, day,
                      secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60);
    return QByteArray(text, length);
}

QJsonValue isoOrNull(qint64 ms)
{
    if (ms <= 0)
        return QJsonValue::Null;
    return QString::fromLatin1(isoText(ms));
}

qint64 parseIso(const QString &text)
{
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toMSecsSinceEpoch() : 0;
}

} // namespace vzsandbox::ids
