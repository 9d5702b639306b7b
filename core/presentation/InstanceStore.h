#pragma once

#include "core/types/Instance.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

namespace vzaps {

// The one home of what the app knows about the instances of one account, keyed by id
// (docs/architecture.md §3). Everything that learns something about an instance merges
// into it — list pages, get, the results of actions, session status, pairing, the checkout
// watcher — and every view reads from it and follows its signals, so no two views can
// disagree.
//
// Merge rules:
// - Each request takes a ticket when it is sent (nextTicket()); what its reply says merges
//   under that ticket. A fact that is not a reply to a request of ours (e.g. an action's
//   result, which counts from when it arrives) takes a ticket when it is merged.
// - A reply whose `updated_at` is later than the stored one wins; one whose `updated_at`
//   is earlier loses. Otherwise (equal, or either side has none) the later ticket wins, so
//   an older reply that arrives late never undoes a newer fact.
// - Only the members a reply carries change: what it leaves out is kept, not blanked.
// - An instance is kept decoded, with only its unknown members in `raw`: Instance::toJson()
//   gives the whole object (an account's thousands of instances in less than half the
//   memory of their objects).
// - A removed instance stays removed for replies to requests sent before the removal.
class InstanceStore : public QObject
{
    Q_OBJECT
public:
    using Ticket = quint64;

    explicit InstanceStore(QObject *parent = nullptr);

    Ticket nextTicket() { return ++m_lastTicket; }

    // Merges the members of `members` (a whole instance object, or a few of its fields)
    // into the instance `id`. True when the stored instance changed.
    bool merge(const QString &id, const QJsonObject &members, Ticket ticket);
    // A whole decoded instance (a list row, get): an instance new to the store is kept as it
    // came, without decoding it again.
    bool merge(const Instance &instance, Ticket ticket);
    // A fact that arrives now, not as the reply to a request (see above).
    bool learn(const QString &id, const QJsonObject &members)
    {
        return merge(id, members, nextTicket());
    }
    void mergeAll(const QList<Instance> &instances, Ticket ticket);

    void remove(const QString &id, Ticket ticket);
    void remove(const QString &id) { remove(id, nextTicket()); }
    // Forgets everything (another account).
    void clear();

    bool contains(const QString &id) const { return m_entries.contains(id); }
    // Null when the id is not known.
    const Instance *find(const QString &id) const;
    int size() const { return int(m_entries.size()); }

Q_SIGNALS:
    // `before` is what was stored until now (an empty id for an instance new to the store).
    void changed(const QString &id, const vzaps::Instance &before);
    void removed(const QString &id, const vzaps::Instance &last);
    void cleared();

private:
    struct Entry {
        Instance instance;
        Ticket ticket = 0;
    };
    static bool isOlder(const QJsonObject &members, Ticket ticket, const Entry &stored);
    // False when `id` was removed after `ticket` was taken (and so stays removed).
    bool admits(const QString &id, Ticket ticket);

    QHash<QString, Entry> m_entries;
    QHash<QString, Ticket> m_removed; // id → ticket of its removal
    Ticket m_lastTicket = 0;
};

} // namespace vzaps
