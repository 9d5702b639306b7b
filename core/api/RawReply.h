#pragma once

#include <QJsonValue>
#include <QString>

namespace vzaps {

// A successful HTTP exchange.
struct RawReply {
    int httpStatus = 0;
    // The body without its §1.2 envelope; undefined for an empty body (204).
    QJsonValue data{QJsonValue::Undefined};
    QJsonValue body{QJsonValue::Undefined}; // the body as received
    QString requestId;
};

} // namespace vzaps
