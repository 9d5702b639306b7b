#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

// How instance facts read to people: the same words in the table, the detail
// panel and vzapsctl. Pure functions, translated through QCoreApplication.
namespace vzaps::format {

// What a badge means, for the view to colour; text always goes with it.
enum class Tone { None, Good, Warning, Bad, Neutral };

QString billingLabel(const QString &billingStatus); // "PAST_DUE" → "Past due"; unknown verbatim
Tone billingTone(const QString &billingStatus);
// The billing badge: the label, and while a cancellation is scheduled (cancelAt after
// `now`) the day it takes effect, local: "Active · cancels 12 Jan" ("12 Jan 2027" in
// another year).
QString billingBadge(const QString &billingStatus, const QDateTime &cancelAt, const QDateTime &now);

QString connectionLabel(std::optional<bool> connected);
// A phone number (digits, maybe with a leading +) grouped as it is read: a Brazilian one as
// Brazilians write it, "+55 11 98765-4321" (a 9-digit mobile) or "+55 11 3123-4567"; any
// other "+<digits>" as it is. Text that is not such a number comes back unchanged.
QString readablePhone(const QString &number);
// The readable phone of a WhatsApp JID like "5511987654321:12@s.whatsapp.net"; a JID that
// does not start with a number is shown as it is.
QString phoneFromJid(const QString &jid);
// The phone number's digits of a WhatsApp JID ("5511987654321" of
// "5511987654321:12@s.whatsapp.net"); empty when it does not start with a number.
QString phoneDigitsOfJid(const QString &jid);
Tone connectionTone(std::optional<bool> connected);

// "just now", "5 min ago", "in 3 days", "2 months ago"; empty for a null time.
QString relativeTime(const QDateTime &when, const QDateTime &now);
// Exact, in local time with the zone: "2026-11-26 14:03 (-03)" in English, "26/11/2026 14:03
// (-03)" in pt-BR (the default locale's short date); empty for a null time.
// The one exact style: tooltips, the detail panel, dialogs, the action log.
QString exactTime(const QDateTime &when);

// A count with the default locale's grouping ("10.021" in pt-BR; "10,021" in English and in
// the C locale).
QString count(qint64 value);
// A billing counter: "8 active", "1 past due" ("8 ativas", "1 em atraso"), with `number` the
// count as shown; a status it does not know: "<number> <status>".
QString billingCount(const QString &billingStatus, qint64 value, const QString &number);

} // namespace vzaps::format
