#include "core/presentation/InstanceFormat.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace vzaps::format {

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("vzaps::format", text);
}

struct BillingState {
    const char *label;
    Tone tone;
    const char *countText; // "%1 active": a counter of it, in the grammatical number it needs
};

const QHash<QString, BillingState> &billingStates()
{
    // docs/api-contract.md §5: TRIALING is confirmed; the others are Stripe-style and expected.
    static const QHash<QString, BillingState> states = {
        {u"ACTIVE"_s,
         {QT_TRANSLATE_NOOP("vzaps::format", "Active"), Tone::Good,
          QT_TRANSLATE_N_NOOP("vzaps::format", "%1 active")}},
        {u"TRIALING"_s,
         {QT_TRANSLATE_NOOP("vzaps::format", "Trialing"), Tone::Good,
          QT_TRANSLATE_N_NOOP("vzaps::format", "%1 trialing")}},
        {u"PAST_DUE"_s,
         {QT_TRANSLATE_NOOP("vzaps::format", "Past due"), Tone::Warning,
          QT_TRANSLATE_N_NOOP("vzaps::format", "%1 past due")}},
        {u"INCOMPLETE"_s,
         {QT_TRANSLATE_NOOP("vzaps::format", "Incomplete"), Tone::Warning,
          QT_TRANSLATE_N_NOOP("vzaps::format", "%1 incomplete")}},
        {u"PAUSED"_s,
         {QT_TRANSLATE_NOOP("vzaps::format", "Paused"), Tone::Warning,
          QT_TRANSLATE_N_NOOP("vzaps::format", "%1 paused")}},
        {u"UNPAID"_s,
         {QT_TRANSLATE_NOOP("vzaps::format", "Unpaid"), Tone::Bad,
          QT_TRANSLATE_N_NOOP("vzaps::format", "%1 unpaid")}},
        {u"CANCELED"_s,
         {QT_TRANSLATE_NOOP("vzaps::format", "Canceled"), Tone::Bad,
          QT_TRANSLATE_N_NOOP("vzaps::format", "%1 canceled")}},
        {u"INCOMPLETE_EXPIRED"_s,
         {QT_TRANSLATE_NOOP("vzaps::format", "Incomplete, expired"), Tone::Bad,
          QT_TRANSLATE_N_NOOP("vzaps::format", "%1 incomplete, expired")}},
    };
    return states;
}
// The known state `billingStatus` names, if any. Every known name is short: a long value is
// not upper-cased at all (views ask on every paint).
const BillingState *knownBillingState(const QString &billingStatus)
{
    if (billingStatus.size() > 32)
        return nullptr;
    const auto it = billingStates().constFind(billingStatus.toUpper());
    return it == billingStates().cend() ? nullptr : &*it;
}

} // namespace

QString billingLabel(const QString &billingStatus)
{
    if (const BillingState *known = knownBillingState(billingStatus))
        return tr(known->label);
    return billingStatus.isEmpty() ? tr("No billing") : billingStatus;
}

QString billingBadge(const QString &billingStatus, const QDateTime &cancelAt, const QDateTime &now)
{
    const QString label = billingLabel(billingStatus);
    if (!cancelAt.isValid() || cancelAt <= now)
        return label;
    const QDate day = cancelAt.toLocalTime().date();
    const QLocale locale;
    const QString date = day.year() == now.toLocalTime().date().year()
                             ? locale.toString(day, u"d MMM"_s)
                             : locale.toString(day, u"d MMM yyyy"_s);
    return tr("%1 · cancels %2").arg(label, date);
}

Tone billingTone(const QString &billingStatus)
{
    if (const BillingState *known = knownBillingState(billingStatus))
        return known->tone;
    return billingStatus.isEmpty() ? Tone::None : Tone::Neutral;
}

namespace {

bool isDigits(QStringView text)
{
    return !text.isEmpty() &&
           std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

QString readablePhone(const QString &number)
{
    const QStringView digits = QStringView(number).mid(number.startsWith(u'+') ? 1 : 0);
    if (!isDigits(digits))
        return number;
    // Brazil: 55, a two-digit area code (11–99), then 8 digits (a landline, or a mobile as
    // WhatsApp often keeps it, without the 9 in front) or 9 (a mobile).
    const bool brazil = digits.startsWith(u"55") && (digits.size() == 12 || digits.size() == 13) &&
                        digits.at(2) != u'0';
    if (!brazil)
        return u'+' + digits.toString();
    const QStringView local = digits.mid(4);
    const qsizetype firstPart = local.size() - 4;
    return u"+55 %1 %2-%3"_s.arg(digits.mid(2, 2), local.first(firstPart), local.mid(firstPart));
}

QString phoneDigitsOfJid(const QString &jid)
{
    const QString user = jid.section(u'@', 0, 0).section(u':', 0, 0);
    return isDigits(user) ? user : QString();
}

QString phoneFromJid(const QString &jid)
{
    const QString digits = phoneDigitsOfJid(jid);
    return digits.isEmpty() ? jid : readablePhone(digits);
}

QString connectionLabel(std::optional<bool> connected)
{
    if (!connected)
        return tr("Unknown");
    return *connected ? tr("Connected") : tr("Disconnected");
}

Tone connectionTone(std::optional<bool> connected)
{
    if (!connected)
        return Tone::Neutral;
    return *connected ? Tone::Good : Tone::Bad;
}

QString relativeTime(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const qint64 seconds = now.secsTo(when);
    const bool future = seconds > 0;
    const qint64 span = qAbs(seconds);
    if (span < 45)
        return tr("just now");
    // Singular and plural spelled out, so English reads right without a .qm file; the texts are
    // marked for lupdate where they are written.
    auto phrase = [future](qint64 n, const char *pastOne, const char *pastMany,
                           const char *aheadOne, const char *aheadMany) {
        const char *text = future ? (n == 1 ? aheadOne : aheadMany) : (n == 1 ? pastOne : pastMany);
        return tr(text).arg(n);
    };
    if (span < 90 * 60)
        return phrase(qMax<qint64>(1, (span + 30) / 60),
                      QT_TRANSLATE_NOOP("vzaps::format", "%1 min ago"),
                      QT_TRANSLATE_NOOP("vzaps::format", "%1 min ago"),
                      QT_TRANSLATE_NOOP("vzaps::format", "in %1 min"),
                      QT_TRANSLATE_NOOP("vzaps::format", "in %1 min"));
    if (span < 36 * 3600)
        return phrase((span + 1800) / 3600, QT_TRANSLATE_NOOP("vzaps::format", "%1 hour ago"),
                      QT_TRANSLATE_NOOP("vzaps::format", "%1 hours ago"),
                      QT_TRANSLATE_NOOP("vzaps::format", "in %1 hour"),
                      QT_TRANSLATE_NOOP("vzaps::format", "in %1 hours"));
    if (span < 45 * 86400)
        return phrase((span + 43200) / 86400, QT_TRANSLATE_NOOP("vzaps::format", "%1 day ago"),
                      QT_TRANSLATE_NOOP("vzaps::format", "%1 days ago"),
                      QT_TRANSLATE_NOOP("vzaps::format", "in %1 day"),
                      QT_TRANSLATE_NOOP("vzaps::format", "in %1 days"));
    if (span < 548 * 86400)
        return phrase((span + 15 * 86400) / (30 * 86400),
                      QT_TRANSLATE_NOOP("vzaps::format", "%1 month ago"),
                      QT_TRANSLATE_NOOP("vzaps::format", "%1 months ago"),
                      QT_TRANSLATE_NOOP("vzaps::format", "in %1 month"),
                      QT_TRANSLATE_NOOP("vzaps::format", "in %1 months"));
    return phrase((span + 182 * 86400) / (365 * 86400),
                  QT_TRANSLATE_NOOP("vzaps::format", "%1 year ago"),
                  QT_TRANSLATE_NOOP("vzaps::format", "%1 years ago"),
                  QT_TRANSLATE_NOOP("vzaps::format", "in %1 year"),
                  QT_TRANSLATE_NOOP("vzaps::format", "in %1 years"));
}

QString exactTime(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    const QString zone = u" ("_s + local.timeZoneAbbreviation() + u')';
    // English (and the C locale) read the unambiguous ISO day; other languages their own short
    // date ("03/12/2026" in pt-BR).
    const QLocale locale;
    if (locale.language() == QLocale::C || locale.language() == QLocale::English)
        return local.toString(u"yyyy-MM-dd HH:mm"_s) + zone;
    return locale.toString(local.date(), QLocale::ShortFormat) + u' ' + local.toString(u"HH:mm"_s) +
           zone;
}

QString count(qint64 value)
{
    // The default locale's digits and grouping ("10.021" in pt-BR); English ones where that
    // locale is C, which groups nothing.
    const QLocale locale;
    return locale.language() == QLocale::C ? QLocale(QLocale::English).toString(value)
                                           : locale.toString(value);
}

QString billingCount(const QString &billingStatus, qint64 value, const QString &number)
{
    const BillingState *known = knownBillingState(billingStatus);
    if (!known)
        return u"%1 %2"_s.arg(number, billingStatus);
    const int n = int(std::clamp<qint64>(value, 0, std::numeric_limits<int>::max()));
    return QCoreApplication::translate("vzaps::format", known->countText, nullptr, n).arg(number);
}

} // namespace vzaps::format
