#pragma once

#include <QHash>
#include <QString>
#include <QUrl>

namespace vzaps::ui {

// The last checkout page handed out per instance id, for this session only (never saved:
// a checkout link is a one-time payment credential). "Open checkout" and "Copy checkout
// link" reuse it instead of starting a new checkout each time.
class CheckoutLinks
{
public:
    void remember(const QString &instanceId, const QUrl &url) { m_links.insert(instanceId, url); }
    void forget(const QString &instanceId) { m_links.remove(instanceId); }
    bool has(const QString &instanceId) const { return m_links.contains(instanceId); }
    QUrl link(const QString &instanceId) const { return m_links.value(instanceId); }

private:
    QHash<QString, QUrl> m_links;
};

} // namespace vzaps::ui
