#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QString>

// Identifiers, secrets and timestamps in the shapes docs/api-contract.md §1.7 describes.
namespace vzsandbox::ids {

QString instanceId();        // "VZ" + 30 upper-case letters/digits
QString instanceToken();     // "inst_" + 32 hex digits
QString subscriptionId();    // "sub_" + 24 hex digits
QString checkoutSessionId(); // "cs_test_" + 32 hex digits
QString requestId();         // "req_" + 16 hex digits
QString randomHex(int bytes);
QByteArray randomBytes(int count);

qint64 nowMs();
// ISO-8601 UTC with a trailing Z, or null when ms is 0 (absent).
QJsonValue isoOrNull(qint64 ms);
// The same as Latin-1 text without quotes ("2026-11-26T06:05:47Z"); empty for 0.
QByteArray isoText(qint64 ms);
// Parses ISO-8601; returns 0 for an empty or invalid text.
qint64 parseIso(const QString &text);

} // namespace vzsandbox::ids
