#include "core/api/ApiRequest.h"

#include "core/types/Validation.h"

#include <QUrl>

namespace vzaps {

using namespace Qt::StringLiterals;

QString instancePath(const QString &instanceId, QStringView suffix)
{
    // An id that validation refuses is never sent: it need not be encoded either.
    const QString id =
        instanceId.size() > validation::kMaxInstanceIdLength ? QString() : instanceId;
    QString path = "/instances/"_L1 + QString::fromLatin1(QUrl::toPercentEncoding(id));
    path.append(suffix);
    return path;
}

} // namespace vzaps
