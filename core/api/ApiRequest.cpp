#include "api/ApiRequest.h"

#include <QUrl>

namespace vzaps {

using namespace Qt::StringLiterals;

QString instancePath(const QString &instanceId, QStringView suffix)
{
    QString path = "/instances/"_L1 + QString::fromLatin1(QUrl::toPercentEncoding(instanceId));
    path.append(suffix);
    return path;
}

} // namespace vzaps
