#include "core/presentation/AccountKey.h"

#include <QCryptographicHash>

namespace vzaps {

QString accountKey(const QUrl &baseUrl, const QString &clientToken)
{
    if (!baseUrl.isValid() || clientToken.isEmpty())
        return {};
    const QString account = baseUrl.host().toLower() +
                            baseUrl.path().chopped(baseUrl.path().endsWith(u'/') ? 1 : 0) + u'\n' +
                            clientToken;
    const QByteArray digest =
        QCryptographicHash::hash(account.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return QString::fromLatin1(digest);
}

} // namespace vzaps
