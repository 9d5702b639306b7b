#include "core/types/Validation.h"

#include <QCoreApplication>
#include <QUrl>

namespace vzaps::validation {

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("vzaps::validation", text);
}
} // namespace

const QStringList &eventNames()
{
    static const QStringList names = {
        u"All"_s,
        u"Connected"_s,
        u"Disconnected"_s,
        u"Message"_s,
        u"ReadReceipt"_s,
        u"Presence"_s,
        u"HistorySync"_s,
        u"ChatPresence"_s,
        u"GroupParticipantsAdd"_s,
        u"GroupParticipantsRemove"_s,
    };
    return names;
}

QString checkName(const QString &name)
{
    const qsizetype length = name.trimmed().size();
    if (length < kNameMinLength)
        return tr("The name needs at least %1 characters.").arg(kNameMinLength);
    if (name.size() > kNameMaxLength)
        return tr("The name can have at most %1 characters (it has %2).")
            .arg(kNameMaxLength)
            .arg(name.size());
    return {};
}

QString checkHttpUrl(const QString &url, const QString &what)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || (scheme != "http"_L1 && scheme != "https"_L1) ||
        parsed.host().isEmpty())
        return tr("The %1 must be an http:// or https:// address with a host, like "
                  "https://example.com/hook.")
            .arg(what);
    return {};
}

QString checkSocketUrl(const QString &url, const QString &what)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || (scheme != "ws"_L1 && scheme != "wss"_L1) || parsed.host().isEmpty() ||
        !parsed.userInfo().isEmpty() || parsed.hasQuery() || parsed.hasFragment())
        return tr("The %1 must be a wss:// or ws:// address with a host, like "
                  "wss://realtime.vzaps.com.")
            .arg(what);
    return {};
}

QString checkEvents(const QStringList &events)
{
    QStringList unknown;
    for (const QString &event : events) {
        if (!eventNames().contains(event))
            unknown.append(event);
    }
    if (!unknown.isEmpty())
        return tr("Unknown event name(s): %1. Valid names: %2.")
            .arg(unknown.join(", "_L1), eventNames().join(", "_L1));
    if (events.contains("All"_L1) && events.size() > 1)
        return tr("\"All\" already includes every event; choose it alone.");
    return {};
}

QString checkPage(int page)
{
    return page >= 1 ? QString() : tr("The page number must be 1 or more.");
}

QString checkPageSize(int size)
{
    return size >= 1 && size <= kPageSizeMax
               ? QString()
               : tr("The page size must be between 1 and %1.").arg(kPageSizeMax);
}

QString checkInstanceId(const QString &id)
{
    if (id.trimmed().isEmpty())
        return tr("An instance id is needed.");
    // Ids are opaque, but about 30 characters (docs/api-contract.md §1.7): a far longer one, or one
    // with control characters, did not come from the API and is not sent back to it.
    if (id.size() > kMaxInstanceIdLength)
        return tr("That is not an instance id: it is longer than %1 characters.")
            .arg(kMaxInstanceIdLength);
    for (QChar c : id) {
        if (c.category() == QChar::Other_Control)
            return tr("That is not an instance id: it holds control characters.");
    }
    return {};
}

QString checkNewInstance(const NewInstance &instance)
{
    QString problem = checkName(instance.name);
    if (problem.isEmpty() && !instance.webhook.isEmpty())
        problem = checkHttpUrl(instance.webhook, tr("webhook"));
    if (problem.isEmpty())
        problem = checkEvents(instance.eventsSubscribe);
    return problem;
}

QString checkChanges(const InstanceChanges &changes)
{
    if (changes.isEmpty())
        return tr("Nothing to change: give at least one field.");
    if (changes.name) {
        if (QString problem = checkName(*changes.name); !problem.isEmpty())
            return problem;
    }
    // An empty webhook clears it; anything else must be a URL.
    if (changes.webhook && !changes.webhook->isEmpty()) {
        if (QString problem = checkHttpUrl(*changes.webhook, tr("webhook")); !problem.isEmpty())
            return problem;
    }
    if (changes.eventsSubscribe)
        return checkEvents(*changes.eventsSubscribe);
    return {};
}

QString checkListQuery(const ListQuery &query)
{
    QString problem = checkPage(query.page);
    return problem.isEmpty() ? checkPageSize(query.size) : problem;
}

QString checkSubscribeOptions(const SubscribeOptions &options)
{
    if (!options.successUrl.isEmpty()) {
        if (QString problem = checkHttpUrl(options.successUrl, tr("success URL"));
            !problem.isEmpty())
            return problem;
    }
    if (!options.cancelUrl.isEmpty())
        return checkHttpUrl(options.cancelUrl, tr("cancel URL"));
    return {};
}

} // namespace vzaps::validation
