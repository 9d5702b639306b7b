#include "core/presentation/InstanceStore.h"

#include "core/types/JsonFields.h"

namespace vzaps {

using namespace Qt::StringLiterals;

InstanceStore::InstanceStore(QObject *parent)
    : QObject(parent)
{}

bool InstanceStore::isOlder(const QJsonObject &members, Ticket ticket, const Entry &stored)
{
    const QDateTime incoming = json::dateTime(members, "updated_at"_L1);
    const QDateTime known = stored.instance.updatedAt;
    if (incoming.isValid() && known.isValid() && incoming != known)
        return incoming < known;
    return ticket < stored.ticket;
}

bool InstanceStore::merge(const QString &id, const QJsonObject &members, Ticket ticket)
{
    if (id.isEmpty() || !admits(id, ticket))
        return false;
    auto entry = m_entries.find(id);
    if (entry == m_entries.end()) {
        QJsonObject object = members;
        object.insert("id"_L1, id);
        m_entries.insert(id, Entry{Instance::fromJson(object).withoutKnownMembers(), ticket});
        Q_EMIT changed(id, Instance{});
        return true;
    }
    if (isOlder(members, ticket, *entry))
        return false;
    entry->ticket = std::max(entry->ticket, ticket);
    const QJsonObject known = entry->instance.toJson();
    QJsonObject object = known;
    for (auto member = members.begin(); member != members.end(); ++member)
        object.insert(member.key(), member.value());
    object.insert("id"_L1, id);
    const Instance next = Instance::fromJson(object);
    if (next.toJson() == known)
        return false; // nothing the app reads changed (e.g. null for a field left out)
    const Instance before = entry->instance;
    entry->instance = next.withoutKnownMembers();
    Q_EMIT changed(id, before);
    return true;
}

bool InstanceStore::admits(const QString &id, Ticket ticket)
{
    if (const auto gone = m_removed.constFind(id); gone != m_removed.cend()) {
        if (ticket < *gone)
            return false; // asked before it was removed: not a sign that it is back
        m_removed.erase(gone);
    }
    return true;
}

bool InstanceStore::merge(const Instance &instance, Ticket ticket)
{
    const QString &id = instance.id;
    if (id.isEmpty() || m_entries.contains(id) || instance.raw.value("id"_L1).toString() != id)
        return merge(id, instance.raw, ticket);
    if (!admits(id, ticket))
        return false;
    // New to the store: kept as decoded, without decoding it again.
    m_entries.insert(id, Entry{instance.withoutKnownMembers(), ticket});
    Q_EMIT changed(id, Instance{});
    return true;
}

void InstanceStore::mergeAll(const QList<Instance> &instances, Ticket ticket)
{
    for (const Instance &instance : instances)
        merge(instance, ticket);
}

void InstanceStore::remove(const QString &id, Ticket ticket)
{
    m_removed.insert(id, std::max(ticket, m_removed.value(id)));
    const auto entry = m_entries.constFind(id);
    if (entry == m_entries.cend())
        return;
    const Instance last = entry->instance;
    m_entries.erase(entry);
    Q_EMIT removed(id, last);
}

void InstanceStore::clear()
{
    m_entries.clear();
    m_removed.clear();
    Q_EMIT cleared();
}

const Instance *InstanceStore::find(const QString &id) const
{
    const auto entry = m_entries.constFind(id);
    return entry == m_entries.cend() ? nullptr : &entry->instance;
}

} // namespace vzaps
