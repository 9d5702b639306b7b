#pragma once

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace vzaps {

// What `instances.create` sends (docs/api-contract.md §2). Unset/false/empty members are not sent.
struct NewInstance {
    QString name;
    QString webhook;
    QStringList eventsSubscribe;
    bool rejectCalls = false;
    bool autoReadMessages = false;
    QJsonObject labels;

    friend bool operator==(const NewInstance &a, const NewInstance &b)
    {
        return a.name == b.name && a.webhook == b.webhook &&
               a.eventsSubscribe == b.eventsSubscribe && a.rejectCalls == b.rejectCalls &&
               a.autoReadMessages == b.autoReadMessages && a.labels == b.labels;
    }
    friend bool operator!=(const NewInstance &a, const NewInstance &b) { return !(a == b); }
};

// What `instances.update` sends: only the members that are set.
struct InstanceChanges {
    std::optional<QString> name;
    std::optional<QString> webhook;
    std::optional<QStringList> eventsSubscribe;
    std::optional<bool> rejectCalls;
    std::optional<bool> autoReadMessages;
    std::optional<QJsonObject> labels;

    bool isEmpty() const
    {
        return !name && !webhook && !eventsSubscribe && !rejectCalls && !autoReadMessages &&
               !labels;
    }
};

// `instances.list` parameters.
struct ListQuery {
    int page = 1;
    int size = 20;
    QString search; // trimmed into filter.query; nothing is sent when empty
    QString sort;   // an instance field name
    bool sortDescending = false;
    // Status keys for a server that filters by them (docs/api-contract.md §2, "status
    // filter"): filter.connected and filter.billing_status. api.vzaps.com takes only
    // filter.query today, so these are sent only where the settings say the server has them.
    std::optional<bool> connected;
    QStringList billingStatuses; // upper case; empty: any

    bool filtersOnServerByStatus() const { return connected || !billingStatuses.isEmpty(); }

    friend bool operator==(const ListQuery &a, const ListQuery &b)
    {
        return a.page == b.page && a.size == b.size && a.search == b.search && a.sort == b.sort &&
               a.sortDescending == b.sortDescending && a.connected == b.connected &&
               a.billingStatuses == b.billingStatuses;
    }
    friend bool operator!=(const ListQuery &a, const ListQuery &b) { return !(a == b); }
};

// `instances.subscribe` options: both empty means "direct" (`{}`).
struct SubscribeOptions {
    QString successUrl;
    QString cancelUrl;
};

} // namespace vzaps
