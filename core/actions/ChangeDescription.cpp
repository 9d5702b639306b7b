#include "core/actions/ChangeDescription.h"

#include "core/presentation/DisplayText.h"
#include "core/types/LabelsText.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace vzaps {

namespace {

constexpr qsizetype kMaxValueChars = 120;

// The context lupdate gives tr() in the free functions of namespace vzaps.
QString tr(const char *text)
{
    return QCoreApplication::translate("vzaps", text);
}

QString quoted(const QString &text)
{
    return text.isEmpty() ? tr("(none)") : u"“"_s + display::cut(text, kMaxValueChars) + u"”"_s;
}

QString yesNo(bool value)
{
    return value ? tr("yes") : tr("no");
}

QString eventsText(const QStringList &events)
{
    return events.isEmpty() ? tr("(none)") : display::cut(events.join(", "_L1), kMaxValueChars);
}

QString labelsText(const QJsonObject &labels)
{
    return labels.isEmpty() ? tr("(none)") : display::cut(labelsToText(labels), kMaxValueChars);
}

QString change(const QString &field, const QString &from, const QString &to)
{
    return tr("%1: %2 → %3").arg(field, from, to);
}

} // namespace

QString webhookForLog(const QString &url)
{
    if (url.isEmpty())
        return {};
    const QUrl parsed(url);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return tr("(an address that is not a URL)");
    QString kept =
        parsed.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
    if (parsed.hasQuery())
        kept += u"?…"_s;
    return kept;
}

QString describeChanges(const NewInstance &before, const InstanceChanges &changes)
{
    QStringList parts;
    if (changes.name)
        parts << change(tr("name"), quoted(before.name), quoted(*changes.name));
    if (changes.webhook)
        parts << change(tr("webhook"), quoted(webhookForLog(before.webhook)),
                        quoted(webhookForLog(*changes.webhook)));
    if (changes.eventsSubscribe)
        parts << change(tr("events"), eventsText(before.eventsSubscribe),
                        eventsText(*changes.eventsSubscribe));
    if (changes.rejectCalls)
        parts << change(tr("reject calls"), yesNo(before.rejectCalls), yesNo(*changes.rejectCalls));
    if (changes.autoReadMessages)
        parts << change(tr("auto-read messages"), yesNo(before.autoReadMessages),
                        yesNo(*changes.autoReadMessages));
    if (changes.labels)
        parts << change(tr("labels"), labelsText(before.labels), labelsText(*changes.labels));
    return parts.join("; "_L1);
}

} // namespace vzaps
