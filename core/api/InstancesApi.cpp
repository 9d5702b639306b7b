#include "core/api/InstancesApi.h"

#include "core/api/ErrorReply.h"
#include "core/presentation/DisplayText.h"
#include "core/types/Validation.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace vzaps {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vzaps::InstancesApi", text);
}

template<typename Reply>
TypedRequest<Reply> instanceRequest(QByteArray method, const QString &id, QStringView suffix,
                                    const QString &instanceToken, QString operation)
{
    TypedRequest<Reply> request;
    request.method = std::move(method);
    request.path = instancePath(id, suffix);
    request.instanceToken = instanceToken;
    request.operation = display::cut(operation, errors::kMaxOperationChars); // ids may be long
    request.validationProblem = validation::checkInstanceId(id);
    return request;
}

QJsonArray toArray(const QStringList &names)
{
    return QJsonArray::fromStringList(names);
}

} // namespace

TypedRequest<Instance> InstancesApi::createRequest(const NewInstance &instance)
{
    // Only what the caller set: no empty strings, no default falses (docs/api-contract.md §2
    // notes).
    QJsonObject body{{u"name"_s, instance.name}};
    if (!instance.webhook.isEmpty())
        body.insert(u"webhook"_s, instance.webhook);
    if (!instance.eventsSubscribe.isEmpty())
        body.insert(u"events_subscribe"_s, toArray(instance.eventsSubscribe));
    if (instance.rejectCalls)
        body.insert(u"reject_calls"_s, true);
    if (instance.autoReadMessages)
        body.insert(u"auto_read_messages"_s, true);
    if (!instance.labels.isEmpty())
        body.insert(u"labels"_s, instance.labels);

    TypedRequest<Instance> request;
    request.method = "PUT";
    request.path = u"/instances/create"_s;
    request.body = QJsonDocument(body);
    request.operation = tr("create instance \"%1\"").arg(instance.name);
    request.validationProblem = validation::checkNewInstance(instance);
    return request;
}

TypedRequest<InstancePage> InstancesApi::listRequest(const ListQuery &query)
{
    QJsonObject body{{u"page"_s, query.page}, {u"size"_s, query.size}};
    const QString search = query.search.trimmed();
    QJsonObject filter;
    if (!search.isEmpty())
        filter.insert(u"query"_s, search);
    if (query.connected)
        filter.insert(u"connected"_s, *query.connected);
    if (!query.billingStatuses.isEmpty())
        filter.insert(u"billing_status"_s, QJsonArray::fromStringList(query.billingStatuses));
    if (!filter.isEmpty())
        body.insert(u"filter"_s, filter);
    if (!query.sort.isEmpty())
        body.insert(u"sort"_s, query.sort);
    if (query.sortDescending)
        body.insert(u"sort_desc"_s, true);

    TypedRequest<InstancePage> request;
    request.method = "POST";
    request.path = u"/instances/list"_s;
    request.body = QJsonDocument(body);
    request.retriable = true;
    request.operation = tr("list instances");
    request.validationProblem = validation::checkListQuery(query);
    return request;
}

TypedRequest<Instance> InstancesApi::getRequest(const QString &id)
{
    TypedRequest<Instance> request;
    request.method = "POST";
    request.path = u"/instances/get"_s;
    request.body = QJsonDocument(QJsonObject{{u"id"_s, id}});
    request.retriable = true;
    request.operation = display::cut(tr("get instance %1").arg(id), errors::kMaxOperationChars);
    request.validationProblem = validation::checkInstanceId(id);
    return request;
}

TypedRequest<Instance> InstancesApi::updateRequest(const QString &id,
                                                   const InstanceChanges &changes,
                                                   const QString &instanceToken)
{
    QJsonObject body;
    if (changes.name)
        body.insert(u"name"_s, *changes.name);
    if (changes.webhook)
        body.insert(u"webhook"_s, *changes.webhook);
    if (changes.eventsSubscribe)
        body.insert(u"events_subscribe"_s, toArray(*changes.eventsSubscribe));
    if (changes.rejectCalls)
        body.insert(u"reject_calls"_s, *changes.rejectCalls);
    if (changes.autoReadMessages)
        body.insert(u"auto_read_messages"_s, *changes.autoReadMessages);
    if (changes.labels)
        body.insert(u"labels"_s, *changes.labels);

    auto request =
        instanceRequest<Instance>("PATCH", id, {}, instanceToken, tr("update instance %1").arg(id));
    request.body = QJsonDocument(body);
    if (request.validationProblem.isEmpty())
        request.validationProblem = validation::checkChanges(changes);
    return request;
}

TypedRequest<ActionResult> InstancesApi::restartRequest(const QString &id,
                                                        const QString &instanceToken)
{
    return instanceRequest<ActionResult>("POST", id, u"/restart", instanceToken,
                                         tr("restart instance %1").arg(id));
}

TypedRequest<Done> InstancesApi::deleteRequest(const QString &id, const QString &instanceToken)
{
    return instanceRequest<Done>("DELETE", id, {}, instanceToken, tr("delete instance %1").arg(id));
}

TypedRequest<BillingSession> InstancesApi::subscribeRequest(const QString &id,
                                                            const SubscribeOptions &options,
                                                            const QString &instanceToken)
{
    // Always a body: `{}` means "direct" (charge the card on file).
    QJsonObject body;
    if (!options.successUrl.isEmpty())
        body.insert(u"success_url"_s, options.successUrl);
    if (!options.cancelUrl.isEmpty())
        body.insert(u"cancel_url"_s, options.cancelUrl);
    auto request = instanceRequest<BillingSession>("POST", id, u"/subscribe", instanceToken,
                                                   tr("subscribe instance %1").arg(id));
    request.body = QJsonDocument(body);
    if (request.validationProblem.isEmpty())
        request.validationProblem = validation::checkSubscribeOptions(options);
    return request;
}

TypedRequest<ActionResult> InstancesApi::resumeSubscriptionRequest(const QString &id,
                                                                   const QString &instanceToken)
{
    return instanceRequest<ActionResult>("POST", id, u"/resume-subscription", instanceToken,
                                         tr("resume the subscription of instance %1").arg(id));
}

TypedRequest<CancelResult> InstancesApi::cancelRequest(const QString &id,
                                                       const QString &instanceToken)
{
    return instanceRequest<CancelResult>("PUT", id, u"/cancel", instanceToken,
                                         tr("cancel the subscription of instance %1").arg(id));
}

QPointer<ApiCall> InstancesApi::create(const NewInstance &instance, QObject *context,
                                       Callback<Instance> done)
{
    return m_client.call(createRequest(instance), context, std::move(done));
}

QPointer<ApiCall> InstancesApi::list(const ListQuery &query, QObject *context,
                                     Callback<InstancePage> done)
{
    return m_client.call(listRequest(query), context, std::move(done));
}

QPointer<ApiCall> InstancesApi::get(const QString &id, QObject *context, Callback<Instance> done)
{
    return m_client.call(getRequest(id), context, std::move(done));
}

QPointer<ApiCall> InstancesApi::update(const QString &id, const InstanceChanges &changes,
                                       const QString &instanceToken, QObject *context,
                                       Callback<Instance> done)
{
    return m_client.call(updateRequest(id, changes, instanceToken), context, std::move(done));
}

QPointer<ApiCall> InstancesApi::restart(const QString &id, const QString &instanceToken,
                                        QObject *context, Callback<ActionResult> done)
{
    return m_client.call(restartRequest(id, instanceToken), context, std::move(done));
}

QPointer<ApiCall> InstancesApi::remove(const QString &id, const QString &instanceToken,
                                       QObject *context, Callback<Done> done)
{
    // 204 with an empty body; any other 2xx body is ignored.
    return m_client.call(deleteRequest(id, instanceToken), context, std::move(done));
}

QPointer<ApiCall> InstancesApi::subscribe(const QString &id, const SubscribeOptions &options,
                                          const QString &instanceToken, QObject *context,
                                          Callback<BillingSession> done)
{
    return m_client.call(subscribeRequest(id, options, instanceToken), context, std::move(done));
}

QPointer<ApiCall> InstancesApi::resumeSubscription(const QString &id, const QString &instanceToken,
                                                   QObject *context, Callback<ActionResult> done)
{
    return m_client.call(resumeSubscriptionRequest(id, instanceToken), context, std::move(done));
}

QPointer<ApiCall> InstancesApi::cancel(const QString &id, const QString &instanceToken,
                                       QObject *context, Callback<CancelResult> done)
{
    return m_client.call(cancelRequest(id, instanceToken), context, std::move(done));
}

} // namespace vzaps
