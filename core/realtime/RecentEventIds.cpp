#include "core/realtime/RecentEventIds.h"

namespace vzaps::realtime {

bool RecentEventIds::insert(const QString &id)
{
    if (m_ids.contains(id))
        return false;
    m_ids.insert(id);
    m_order.enqueue(id);
    while (m_order.size() > qsizetype(m_capacity))
        m_ids.remove(m_order.dequeue());
    return true;
}

} // namespace vzaps::realtime
