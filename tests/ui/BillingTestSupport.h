#pragma once

// What the billing tests add to the shared helpers: catching the browser hand-off,
// paying on the sandbox's checkout page the way its Pay button does, and picking a demo
// instance to subscribe.
#include "tests/support/SandboxFixture.h"
#include "tests/support/UrlCatcher.h"
#include "tests/ui/ActionTestSupport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QSignalSpy>
#include <QUrl>

namespace vzaps::test {

using testing::UrlCatcher;

// The form POST the checkout page's Pay button sends (no auth: the session id in the URL
// is the credential). Returns the HTTP status, 0 when no answer came.
inline int payOnCheckoutPage(const QUrl &checkoutUrl)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(checkoutUrl.toString() + QStringLiteral("/pay")));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = network.post(request, QByteArray());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10000))
        return 0;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

// A demo instance on trial: subscribing to it is allowed (empty id if there is none).
inline Instance trialingInstance(SandboxFixture &sandbox)
{
    return sandbox
        .firstWith([](const Instance &instance) {
            return instance.billingStatus == QStringLiteral("TRIALING");
        })
        .value_or(Instance());
}

} // namespace vzaps::test
