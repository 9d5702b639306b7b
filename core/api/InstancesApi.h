#pragma once

#include "core/api/ApiClient.h"
#include "core/types/Billing.h"
#include "core/types/InstanceInput.h"
#include "core/types/InstancePage.h"

namespace vzaps {

// `instances.*` of the seed (docs/api-contract.md §2). The static builders are pure; the
// members send them through an ApiClient and decode the replies into values.
// A call refused by validation reports ErrorKind::InvalidInput and sends nothing.
class InstancesApi
{
public:
    explicit InstancesApi(ApiClient &client)
        : m_client(client)
    {}

    static TypedRequest<Instance> createRequest(const NewInstance &instance);
    static TypedRequest<InstancePage> listRequest(const ListQuery &query);
    static TypedRequest<Instance> getRequest(const QString &id);
    static TypedRequest<Instance> updateRequest(const QString &id, const InstanceChanges &changes,
                                                const QString &instanceToken = {});
    static TypedRequest<ActionResult> restartRequest(const QString &id,
                                                     const QString &instanceToken = {});
    static TypedRequest<Done> deleteRequest(const QString &id, const QString &instanceToken = {});
    static TypedRequest<BillingSession> subscribeRequest(const QString &id,
                                                         const SubscribeOptions &options = {},
                                                         const QString &instanceToken = {});
    static TypedRequest<ActionResult> resumeSubscriptionRequest(const QString &id,
                                                                const QString &instanceToken = {});
    static TypedRequest<CancelResult> cancelRequest(const QString &id,
                                                    const QString &instanceToken = {});

    QPointer<ApiCall> create(const NewInstance &instance, QObject *context,
                             Callback<Instance> done);
    QPointer<ApiCall> list(const ListQuery &query, QObject *context, Callback<InstancePage> done);
    QPointer<ApiCall> get(const QString &id, QObject *context, Callback<Instance> done);
    QPointer<ApiCall> update(const QString &id, const InstanceChanges &changes,
                             const QString &instanceToken, QObject *context,
                             Callback<Instance> done);
    QPointer<ApiCall> restart(const QString &id, const QString &instanceToken, QObject *context,
                              Callback<ActionResult> done);
    QPointer<ApiCall> remove(const QString &id, const QString &instanceToken, QObject *context,
                             Callback<Done> done);
    QPointer<ApiCall> subscribe(const QString &id, const SubscribeOptions &options,
                                const QString &instanceToken, QObject *context,
                                Callback<BillingSession> done);
    QPointer<ApiCall> resumeSubscription(const QString &id, const QString &instanceToken,
                                         QObject *context, Callback<ActionResult> done);
    QPointer<ApiCall> cancel(const QString &id, const QString &instanceToken, QObject *context,
                             Callback<CancelResult> done);

private:
    ApiClient &m_client;
};

} // namespace vzaps
