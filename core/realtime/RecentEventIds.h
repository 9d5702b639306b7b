#pragma once

#include <QQueue>
#include <QSet>
#include <QString>

namespace vzaps::realtime {

// The ids of the last `capacity` events, to drop the ones the server sends again (delivery
// is at least once). Bounded: the oldest id is forgotten first.
class RecentEventIds
{
public:
    explicit RecentEventIds(int capacity = 1000)
        : m_capacity(capacity)
    {}

    // True when `id` is new (and remembers it); false for a duplicate.
    bool insert(const QString &id);
    bool contains(const QString &id) const { return m_ids.contains(id); }
    int size() const { return int(m_order.size()); }

private:
    int m_capacity;
    QSet<QString> m_ids;
    QQueue<QString> m_order;
};

} // namespace vzaps::realtime
