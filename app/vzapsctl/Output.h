#pragma once

#include "core/accounts/Profile.h"
#include "core/types/AccessToken.h"
#include "core/types/Billing.h"
#include "core/types/InstancePage.h"
#include "core/types/Session.h"

#include <QJsonValue>
#include <QString>

// What vzapsctl prints: tables and key: value summaries for people, JSON for scripts.
// Pure text builders plus the two writers; nothing here talks to the network.
namespace vzapsctl::output {

// Both writers pass server text through terminalSafe(): no escape sequence, bell, carriage
// return or other control character reaches the terminal.
void toStdout(const QString &text);
void toStderr(const QString &text); // one line, prefixed "vzapsctl: "
// `text` with every C0 control but newline and tab, DEL and every C1 control replaced by
// U+FFFD. JSON from the builders below holds none of them raw, so it passes unchanged.
QString terminalSafe(const QString &text);

// Indented JSON, as received (no masking: the user asked for raw data).
QString json(const QJsonValue &value);
// One line of JSON, as received.
QString compactJson(const QJsonValue &value);
// Indented JSON with secret-looking members ("token", "access_token", ...) masked.
QString maskedJson(const QJsonValue &value);

// "inst_•••": enough to tell tokens apart, not enough to use one.
QString maskSecret(const QString &secret);

QString instanceTable(const vzaps::InstancePage &page);
// `instances list --all`: the table's header and one row per instance, in fixed columns, so
// rows can be printed as pages arrive; and the same columns for CSV.
QString instanceRowsHeader();
QString instanceRow(const vzaps::Instance &instance);
QString instanceSummary(const vzaps::Instance &instance);
QString accessTokenSummary(const vzaps::AccessToken &token);
QString actionSummary(const QString &what, const vzaps::ActionResult &result);
QString billingSummary(const QString &instanceId, const vzaps::BillingSession &session);
QString sessionSummary(const QString &instanceId, const vzaps::SessionStatus &status);

// "ct_c•••": a client token is no secret, but a listing need not spell it out either.
QString maskClientToken(const QString &token);
// `profile list`: name, base URL, masked client token; never a secret.
QString profileTable(const QList<vzaps::Profile> &profiles);
QString profilesJson(const QList<vzaps::Profile> &profiles);

} // namespace vzapsctl::output
