#pragma once

#include "core/api/ApiClient.h"
#include "core/types/Billing.h"
#include "core/types/Session.h"

namespace vzaps {

// The WhatsApp session of an instance (docs/api-contract.md §3). All replies are enveloped.
class SessionApi
{
public:
    explicit SessionApi(ApiClient &client)
        : m_client(client)
    {}

    static TypedRequest<SessionStatus> statusRequest(const QString &id,
                                                     const QString &instanceToken = {});
    static TypedRequest<SessionQr> qrRequest(const QString &id, const QString &instanceToken = {});
    static TypedRequest<PairingCode> pairingCodeRequest(const QString &id, const QString &phone,
                                                        const QString &instanceToken = {});
    static TypedRequest<ActionResult> disconnectRequest(const QString &id,
                                                        const QString &instanceToken = {});

    QPointer<ApiCall> status(const QString &id, const QString &instanceToken, QObject *context,
                             Callback<SessionStatus> done);
    // The GET itself starts pairing; poll it until paired (docs/api-contract.md §3).
    QPointer<ApiCall> qr(const QString &id, const QString &instanceToken, QObject *context,
                         Callback<SessionQr> done);
    QPointer<ApiCall> pairingCode(const QString &id, const QString &phone,
                                  const QString &instanceToken, QObject *context,
                                  Callback<PairingCode> done);
    QPointer<ApiCall> disconnect(const QString &id, const QString &instanceToken, QObject *context,
                                 Callback<ActionResult> done);

private:
    ApiClient &m_client;
};

} // namespace vzaps
