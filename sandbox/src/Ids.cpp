#include "Ids.h"

#include <QRandomGenerator>

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

QJsonValue isoOrNull(qint64 ms)
{
    if (ms <= 0)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

qint64 parseIso(const QString &text)
{
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toMSecsSinceEpoch() : 0;
}

} // namespace vzsandbox::ids
