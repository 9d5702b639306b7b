#include "ui/confirm/DisconnectSessionDialog.h"

#include "core/api/SessionApi.h"
#include "ui/confirm/ConfirmParts.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

namespace {

QString question(const Instance &instance)
{
    QString text = DisconnectSessionDialog::tr("Disconnect the WhatsApp session of %1?")
                       .arg(confirm::instanceLabel(instance));
    if (!instance.whatsappPushName.isEmpty())
        text +=
            u' ' +
            DisconnectSessionDialog::tr("It is connected as %1.").arg(instance.whatsappPushName);
    text += u"\n\n"_s +
            DisconnectSessionDialog::tr("The phone is logged out: messages stop until someone "
                                        "pairs it again with the QR code or a pairing code.");
    if (instance.connected == false)
        text +=
            u"\n\n"_s + DisconnectSessionDialog::tr("It does not look connected now; disconnecting "
                                                    "also drops a pairing in progress.");
    return text;
}

} // namespace

DisconnectSessionDialog::DisconnectSessionDialog(ApiClient &client, const Instance &instance,
                                                 QWidget *parent)
    : ActionDialog(u"disconnectSessionDialog"_s, tr("Disconnect WhatsApp session"), parent)
    , m_client(client)
    , m_instance(instance)
{
    contentLayout()->addWidget(confirm::questionLabel(question(instance)));
    setOkText(tr("&Disconnect"));
    setBusyText(tr("Disconnecting…"));
}

QPointer<ApiCall> DisconnectSessionDialog::submit()
{
    return SessionApi(m_client).disconnect(
        m_instance.id, {}, this, [this](const Result<ActionResult> &result) {
            if (!result) {
                record(ActionRecord::of(tr("Disconnect session"), m_instance, result));
                return showFailure(result.error());
            }
            const QString text =
                confirm::actionResultText(tr("Disconnect requested."), result.value());
            record(ActionRecord::of(tr("Disconnect session"), m_instance, result, text));
            showResult(text);
            Q_EMIT instanceChanged(m_instance.id);
        });
}

} // namespace vzaps::ui
