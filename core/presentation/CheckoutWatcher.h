#pragma once

#include "core/api/ApiClient.h"
#include "core/types/Instance.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace vzaps {

// Watches one instance while a person pays on a hosted checkout page (docs/api-contract.md §2
// subscribe, mode "checkout"): gets the instance every few seconds and reports when its
// billing_status differs from the one it had when the checkout started. The payment
// happens in the browser, so polling is the only way the app learns of it.
//
// One poll at a time: the next is scheduled only after the previous answered. A failed
// poll is reported and polling goes on (the network may come back); a 404 means the
// instance is gone and ends the watch. stop() cancels the call in flight.
class CheckoutWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kDefaultInterval{3000};

    // `startStatus` is the billing_status before payment; empty means "learn it from
    // the first poll".
    CheckoutWatcher(ApiClient &client, const QString &instanceId, const QString &startStatus,
                    QObject *parent = nullptr);
    ~CheckoutWatcher() override;

    // Polls after one interval, then every interval until stopped or changed.
    void start();
    void stop();
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_timer.intervalAsDuration(); }

    QString instanceId() const { return m_instanceId; }
    QString startStatus() const { return m_startStatus; }
    // True from start() until stop(), a change or a 404.
    bool isWatching() const { return m_watching; }
    bool isCallInFlight() const { return !m_call.isNull(); }

Q_SIGNALS:
    // Every poll that found the status unchanged (so a view can say when it last looked).
    void unchanged(const vzaps::Instance &instance);
    // The status differs from startStatus(); the watch has stopped.
    void billingStatusChanged(const vzaps::Instance &instance);
    // A poll failed; the next one is already scheduled.
    void pollFailed(const vzaps::ApiError &error);
    // The instance no longer exists (HTTP 404); the watch has stopped.
    void instanceGone(const vzaps::ApiError &error);

private:
    void poll();
    void onInstance(const Result<Instance> &result);
    void finish();

    ApiClient &m_client;
    QString m_instanceId;
    QString m_startStatus;
    QTimer m_timer;
    QPointer<ApiCall> m_call;
    bool m_watching = false;
};

} // namespace vzaps
