#pragma once

#include "core/api/RawReply.h"
#include "core/types/ApiError.h"
#include "core/types/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <type_traits>

namespace vzaps {

// A RawReply callback that decodes the reply into T and hands the typed Result to `done`:
// the reply's object through T::fromJson (a reply that is not an object is a decode
// error), or for T = Done nothing at all (a 204, or any 2xx body, is simply success).
template<typename T>
Callback<RawReply> decodeInto(QString operation, Callback<T> done)
{
    return
        [operation = std::move(operation), done = std::move(done)](const Result<RawReply> &reply) {
            if (!done)
                return;
            if (!reply)
                return done(reply.error());
            const ReplyInfo info{reply.value().httpStatus, reply.value().requestId};
            if constexpr (std::is_same_v<T, Done>) {
                done(Result<Done>(Done{}).withReply(info));
            } else {
                if (!reply.value().data.isObject()) {
                    ApiError error;
                    error.kind = ErrorKind::Decode;
                    error.operation = operation;
                    error.httpStatus = info.httpStatus;
                    error.requestId = info.requestId;
                    error.message = QCoreApplication::translate("vzaps", "expected a JSON object");
                    return done(error);
                }
                done(Result<T>(T::fromJson(reply.value().data.toObject())).withReply(info));
            }
        };
}

} // namespace vzaps
