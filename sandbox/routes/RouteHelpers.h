#pragma once

#include "sandbox/http/HttpTypes.h"

#include <QString>

namespace vzsandbox {

inline Response instanceNotFound(const QString &id)
{
    return Response::error(404, QStringLiteral("instance_not_found"),
                           QStringLiteral("No instance with id '%1'.").arg(id.left(100)));
}

inline Response storageError(const QString &detail)
{
    // The SQLite text goes to the body (it holds no secrets) to make a broken disk obvious.
    return Response::error(500, QStringLiteral("storage_error"),
                           QStringLiteral("The sandbox could not save its state."), detail);
}

} // namespace vzsandbox
