#include "ui/confirm/DisconnectSessionDialog.h"

#include "core/api/SessionApi.h"
#include "ui/confirm/ConfirmParts.h"

#include <QJsonObject>

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

ConfirmAndCallDialog::Texts texts(const Instance &instance)
{
    return {DisconnectSessionDialog::tr("Disconnect WhatsApp session"), question(instance),
            DisconnectSessionDialog::tr("&Disconnect"),
            DisconnectSessionDialog::tr("Disconnecting…"),
            DisconnectSessionDialog::tr("Disconnect session"),
            DisconnectSessionDialog::tr("Disconnect requested."),
            // Logged out: no phone is linked any more, so none is shown.
            QJsonObject{{u"connected"_s, false},
                        {u"connected_at"_s, QJsonValue::Null},
                        {u"whatsapp_jid"_s, QJsonValue::Null},
                        {u"whatsapp_push_name"_s, QJsonValue::Null}}};
}

} // namespace

DisconnectSessionDialog::DisconnectSessionDialog(ApiClient &client, const Instance &instance,
                                                 QWidget *parent)
    : ConfirmAndCallDialog(
          u"disconnectSessionDialog"_s, texts(instance), instance,
          [&client, id = instance.id](QObject *context, Callback<ActionResult> done) {
              return SessionApi(client).disconnect(id, {}, context, std::move(done));
          },
          parent)
{}

} // namespace vzaps::ui
