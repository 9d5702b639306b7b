#include "core/presentation/WatchList.h"

#include "core/presentation/AccountKey.h"

#include <QRegularExpression>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace vzaps {

namespace {

// What an instance id can look like; anything else in the settings file is dropped.
bool isPlausibleId(const QString &id)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_-]{1,64}$"_s);
    return pattern.match(id).hasMatch();
}

} // namespace

WatchList::WatchList(QObject *parent)
    : QObject(parent)
{}

QString WatchList::settingsKey(const QUrl &baseUrl, const QString &clientToken)
{
    return u"WatchedInstances/"_s + accountKey(baseUrl, clientToken);
}

void WatchList::setAccount(const QUrl &baseUrl, const QString &clientToken)
{
    const QString key =
        baseUrl.isValid() && !clientToken.isEmpty() ? settingsKey(baseUrl, clientToken) : QString();
    QStringList ids;
    if (!key.isEmpty()) {
        const QStringList stored = QSettings().value(key).toStringList();
        for (const QString &id : stored)
            if (isPlausibleId(id) && !ids.contains(id) && ids.size() < kMaximum)
                ids.append(id);
    }
    m_key = key;
    if (ids == m_ids)
        return;
    m_ids = ids;
    Q_EMIT changed();
}

bool WatchList::pin(const QString &id)
{
    if (m_ids.contains(id))
        return true;
    if (m_key.isEmpty() || isFull() || !isPlausibleId(id))
        return false;
    m_ids.append(id);
    save();
    Q_EMIT changed();
    return true;
}

void WatchList::unpin(const QString &id)
{
    if (!m_ids.removeOne(id))
        return;
    save();
    Q_EMIT changed();
}

void WatchList::save() const
{
    if (m_key.isEmpty())
        return;
    QSettings settings;
    if (m_ids.isEmpty())
        settings.remove(m_key);
    else
        settings.setValue(m_key, m_ids);
}

} // namespace vzaps
