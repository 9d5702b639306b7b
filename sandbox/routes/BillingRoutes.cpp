#include "sandbox/routes/BillingRoutes.h"

#include "sandbox/Ids.h"
#include "sandbox/routes/CheckoutPage.h"
#include "sandbox/routes/InstanceInput.h"
#include "sandbox/routes/RouteHelpers.h"
#include "sandbox/routes/Router.h"
#include "sandbox/routes/SandboxContext.h"

using namespace Qt::StringLiterals;

namespace vzsandbox {

namespace {

constexpr qint64 kPeriodMs = 30LL * 24 * 3600 * 1000;

// Starts a paid period now: ACTIVE until expired_at, no pending cancel.
void activate(InstanceRecord &record)
{
    const qint64 now = ids::nowMs();
    record.billingStatus = u"ACTIVE"_s;
    record.subscriptionId = ids::subscriptionId();
    record.expiredAt = now + kPeriodMs;
    record.cancelAt = 0;
    record.updatedAt = now;
}

QJsonObject billingSession(const QString &url, const QString &sessionId, const QString &mode,
                           const QString &subscriptionId)
{
    return {{u"url"_s, url},
            {u"session_id"_s, sessionId},
            {u"mode"_s, mode},
            {u"subscription_id"_s, subscriptionId}};
}

Response subscribe(SandboxContext &context, const Request &request, const QString &id)
{
    auto record = context.store.find(id);
    if (!record)
        return instanceNotFound(id);
    QJsonObject body;
    if (auto problem = parseJsonObject(request.body, &body))
        return *problem;
    FieldReader reader(body);
    const QString successUrl = reader.string(u"success_url"_s).value_or(QString()).trimmed();
    const QString cancelUrl = reader.string(u"cancel_url"_s).value_or(QString()).trimmed();
    // Stripe's placeholder is allowed in the URLs; it is replaced when the page redirects.
    const auto checkUrl = [&reader](const QString &key, QString url) {
        url.replace(u"{CHECKOUT_SESSION_ID}"_s, u"x"_s);
        if (!url.isEmpty() && !isHttpUrl(url))
            reader.invalid(key, u"'%1' must be an http:// or https:// URL with a host."_s.arg(key));
    };
    checkUrl(u"success_url"_s, successUrl);
    checkUrl(u"cancel_url"_s, cancelUrl);
    if (!reader.ok())
        return reader.error();

    if (record->billingStatus == u"ACTIVE"_s) {
        return Response::error(
            409, u"already_subscribed"_s,
            record->cancelAt > 0 ? u"The subscription is active with a cancellation scheduled; use "
                                   "resume-subscription to keep it."_s
                                 : u"The subscription is already active."_s);
    }

    if (context.cardOnFile()) {
        activate(*record);
        if (!context.store.update(*record))
            return storageError(context.store.lastError());
        return Response::json(billingSession({}, {}, u"direct"_s, record->subscriptionId));
    }

    const CheckoutSession session{
        ids::checkoutSessionId(), id, successUrl, cancelUrl, u"open"_s, ids::nowMs()};
    if (!context.store.insertCheckout(session))
        return storageError(context.store.lastError());
    return Response::json(billingSession(context.baseUrl + u"/_sandbox/checkout/"_s + session.id,
                                         session.id, u"checkout"_s, {}));
}

Response cancel(SandboxContext &context, const QString &id)
{
    auto record = context.store.find(id);
    if (!record)
        return instanceNotFound(id);
    const QString status = record->billingStatus;
    const qint64 now = ids::nowMs();
    QString message;
    if (status == u"ACTIVE"_s) {
        if (record->cancelAt > 0) {
            return Response::error(409, u"cancel_already_scheduled"_s,
                                   u"A cancellation is already scheduled for %1."_s.arg(
                                       ids::isoOrNull(record->cancelAt).toString()));
        }
        // A paid period runs to its end; resume-subscription can undo this until then.
        record->cancelAt = record->expiredAt > now ? record->expiredAt : now + kPeriodMs;
        record->expiredAt = record->cancelAt;
        message = u"Subscription will be canceled at %1."_s.arg(
            ids::isoOrNull(record->cancelAt).toString());
    } else if (status == u"CANCELED"_s || status == u"INCOMPLETE_EXPIRED"_s) {
        return Response::error(
            409, u"not_cancelable"_s,
            u"There is no subscription to cancel (billing status %1)."_s.arg(status));
    } else {
        // TRIALING and the unpaid states end at once: there is no paid period to run out.
        record->billingStatus = u"CANCELED"_s;
        record->cancelAt = 0;
        record->expiredAt = now;
        message = u"Subscription canceled."_s;
    }
    record->updatedAt = now;
    if (!context.store.update(*record))
        return storageError(context.store.lastError());
    return Response::json({{u"message"_s, message}});
}

Response resume(SandboxContext &context, const QString &id)
{
    auto record = context.store.find(id);
    if (!record)
        return instanceNotFound(id);
    if (record->billingStatus != u"ACTIVE"_s || record->cancelAt == 0) {
        return Response::error(409, u"nothing_to_resume"_s,
                               u"There is no scheduled cancellation to undo."_s);
    }
    record->cancelAt = 0;
    record->updatedAt = ids::nowMs();
    if (!context.store.update(*record))
        return storageError(context.store.lastError());
    return Response::json({{u"status"_s, u"ok"_s}});
}

// --- checkout pages (opened in a browser: HTML answers, the session id is the credential) ---

Response showCheckout(SandboxContext &context, const Request &request, const QString &sessionId)
{
    const PageLanguage language = pageLanguageFor(request.header("accept-language"));
    const auto session = context.store.findCheckout(sessionId);
    if (!session) {
        return Response::html(messagePageHtml(PageMessage::CheckoutNotFound, language), 404);
    }
    const auto record = context.store.find(session->instanceId);
    if (!record) {
        return Response::html(messagePageHtml(PageMessage::InstanceDeleted, language), 410);
    }
    if (session->state != u"open"_s) {
        return Response::html(
            messagePageHtml(PageMessage::CheckoutClosed, language, session->state));
    }
    return Response::html(checkoutPageHtml(session->id, record->name, record->id, language));
}

Response finishCheckout(SandboxContext &context, const Request &request, const QString &sessionId,
                        bool pay)
{
    const PageLanguage language = pageLanguageFor(request.header("accept-language"));
    const auto session = context.store.findCheckout(sessionId);
    if (!session) {
        return Response::html(messagePageHtml(PageMessage::CheckoutNotFound, language), 404);
    }
    if (session->state != u"open"_s) {
        return Response::html(
            messagePageHtml(PageMessage::CheckoutClosed, language, session->state), 409);
    }
    auto record = context.store.find(session->instanceId);
    if (!record) {
        return Response::html(messagePageHtml(PageMessage::InstanceDeleted, language), 410);
    }
    if (pay && record->billingStatus == u"ACTIVE"_s) {
        return Response::html(messagePageHtml(PageMessage::AlreadySubscribed, language), 409);
    }
    if (pay) {
        activate(*record);
        if (!context.store.update(*record))
            return storageError(context.store.lastError());
    }
    if (!context.store.setCheckoutState(session->id, pay ? u"paid"_s : u"canceled"_s))
        return storageError(context.store.lastError());

    QString next = pay ? session->successUrl : session->cancelUrl;
    if (!next.isEmpty()) {
        next.replace(u"{CHECKOUT_SESSION_ID}"_s, session->id);
        return Response::seeOther(next.toUtf8());
    }
    return pay ? Response::html(
                     messagePageHtml(PageMessage::PaymentComplete, language, record->name))
               : Response::html(messagePageHtml(PageMessage::CheckoutCanceled, language));
}

} // namespace

void registerBillingRoutes(Router &router, SandboxContext &context)
{
    SandboxContext *c = &context;
    router.add("POST"_ba, u"/instances/{id}/subscribe"_s, RouteAuth::Account, RouteKind::Api,
               [c](const Request &r, const PathParams &p) { return subscribe(*c, r, p[0]); });
    router.add("POST"_ba, u"/instances/{id}/resume-subscription"_s, RouteAuth::Account,
               RouteKind::Api,
               [c](const Request &, const PathParams &p) { return resume(*c, p[0]); });
    for (const QByteArray &method : {"PUT"_ba, "DELETE"_ba}) {
        router.add(method, u"/instances/{id}/cancel"_s, RouteAuth::Account, RouteKind::Api,
                   [c](const Request &, const PathParams &p) { return cancel(*c, p[0]); });
    }
    router.add("GET"_ba, u"/_sandbox/checkout/{session}"_s, RouteAuth::None, RouteKind::Page,
               [c](const Request &r, const PathParams &p) { return showCheckout(*c, r, p[0]); });
    router.add(
        "POST"_ba, u"/_sandbox/checkout/{session}/pay"_s, RouteAuth::None, RouteKind::Page,
        [c](const Request &r, const PathParams &p) { return finishCheckout(*c, r, p[0], true); });
    router.add(
        "POST"_ba, u"/_sandbox/checkout/{session}/cancel"_s, RouteAuth::None, RouteKind::Page,
        [c](const Request &r, const PathParams &p) { return finishCheckout(*c, r, p[0], false); });
}

} // namespace vzsandbox
