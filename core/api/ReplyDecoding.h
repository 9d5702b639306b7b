#pragma once

#include "core/api/ApiClient.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace vzaps {

// A RawReply callback that decodes the reply's object into T (T::fromJson) and
// hands the typed Result to `done`. A reply that is not an object is a decode error.
template<typename T>
Callback<RawReply> decodeObjectInto(QString operation, Callback<T> done)
{
    return
        [operation = std::move(operation), done = std::move(done)](const Result<RawReply> &reply) {
            if (!done)
                return;
            if (!reply)
                return done(reply.error());
            if (!reply.value().data.isObject()) {
                ApiError error;
                error.kind = ErrorKind::Decode;
                error.operation = operation;
                error.httpStatus = reply.value().httpStatus;
                error.requestId = reply.value().requestId;
                error.message = QCoreApplication::translate("vzaps", "expected a JSON object");
                return done(error);
            }
            Result<T> decoded(T::fromJson(reply.value().data.toObject()));
            done(decoded.withReply({reply.value().httpStatus, reply.value().requestId}));
        };
}

} // namespace vzaps

namespace vzaps {

// Sends `request` and decodes its reply object into T.
template<typename T>
QPointer<ApiCall> sendDecoded(ApiClient &client, ApiRequest request, QObject *context,
                              Callback<T> done)
{
    QString operation = request.operation;
    return client.send(std::move(request), context,
                       decodeObjectInto<T>(std::move(operation), std::move(done)));
}

} // namespace vzaps
