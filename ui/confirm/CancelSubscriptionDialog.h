#pragma once

#include "ui/confirm/TypedConfirmationDialog.h"

namespace vzaps {
class ApiClient;
}

namespace vzaps::ui {

// Cancel the subscription of one instance after the user types its name.
// On success it shows the server's message, then reads the instance again to say
// whether the cancellation was immediate (billing status CANCELED) or is scheduled
// (`cancel_at`, shown in local time), and emits instanceChanged.
class CancelSubscriptionDialog : public TypedConfirmationDialog
{
    Q_OBJECT
public:
    CancelSubscriptionDialog(ApiClient &client, const Instance &instance,
                             QWidget *parent = nullptr);

public Q_SLOTS:
    void reject() override;

protected:
    QPointer<ApiCall> submit() override;

private:
    void readNewBillingState(const QString &serverMessage);

    ApiClient &m_client;
    QPointer<ApiCall> m_readBack; // the get after a successful cancel
};

} // namespace vzaps::ui
