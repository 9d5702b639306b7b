#include "core/api/SessionApi.h"

#include "core/api/ErrorReply.h"
#include "core/presentation/DisplayText.h"
#include "core/types/Validation.h"

#include <QCoreApplication>
#include <QUrl>

namespace vzaps {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vzaps::SessionApi", text);
}

template<typename Reply>
TypedRequest<Reply> sessionRequest(QByteArray method, const QString &id, const QString &suffix,
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

// Digits only, with an optional leading "+": what WhatsApp needs for a pairing code.
QString checkPhone(const QString &phone)
{
    QString digits = phone;
    digits.remove(u' ').remove(u'-').remove(u'(').remove(u')');
    if (digits.startsWith(u'+'))
        digits.remove(0, 1);
    const bool allDigits =
        !digits.isEmpty() &&
        std::all_of(digits.cbegin(), digits.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!allDigits || digits.size() < 8 || digits.size() > 15)
        // A free function: its context is the namespace's, as lupdate reads it.
        return QCoreApplication::translate("vzaps", "The phone number must have 8 to 15 digits "
                                                    "with the country code, like 5511912345678.");
    return {};
}

QString phoneDigits(const QString &phone)
{
    QString digits;
    for (QChar c : phone) {
        if (c >= u'0' && c <= u'9')
            digits.append(c);
    }
    return digits;
}

} // namespace

TypedRequest<SessionStatus> SessionApi::statusRequest(const QString &id,
                                                      const QString &instanceToken)
{
    auto request =
        sessionRequest<SessionStatus>("GET", id, u"/session/status"_s, instanceToken,
                                      tr("get the session status of instance %1").arg(id));
    request.retriable = true;
    return request;
}

TypedRequest<SessionQr> SessionApi::qrRequest(const QString &id, const QString &instanceToken)
{
    return sessionRequest<SessionQr>("GET", id, u"/session/qr"_s, instanceToken,
                                     tr("get the pairing QR code of instance %1").arg(id));
}

TypedRequest<PairingCode> SessionApi::pairingCodeRequest(const QString &id, const QString &phone,
                                                         const QString &instanceToken)
{
    const QString digits = phoneDigits(phone);
    auto request = sessionRequest<PairingCode>(
        "GET", id, u"/session/paircode/"_s + QString::fromLatin1(QUrl::toPercentEncoding(digits)),
        instanceToken, tr("get a pairing code for instance %1").arg(id));
    if (request.validationProblem.isEmpty())
        request.validationProblem = checkPhone(phone);
    return request;
}

TypedRequest<ActionResult> SessionApi::disconnectRequest(const QString &id,
                                                         const QString &instanceToken)
{
    return sessionRequest<ActionResult>(
        "POST", id, u"/session/disconnect"_s, instanceToken,
        tr("disconnect the WhatsApp session of instance %1").arg(id));
}

QPointer<ApiCall> SessionApi::status(const QString &id, const QString &instanceToken,
                                     QObject *context, Callback<SessionStatus> done)
{
    return m_client.call(statusRequest(id, instanceToken), context, std::move(done));
}

QPointer<ApiCall> SessionApi::qr(const QString &id, const QString &instanceToken, QObject *context,
                                 Callback<SessionQr> done)
{
    return m_client.call(qrRequest(id, instanceToken), context, std::move(done));
}

QPointer<ApiCall> SessionApi::pairingCode(const QString &id, const QString &phone,
                                          const QString &instanceToken, QObject *context,
                                          Callback<PairingCode> done)
{
    return m_client.call(pairingCodeRequest(id, phone, instanceToken), context, std::move(done));
}

QPointer<ApiCall> SessionApi::disconnect(const QString &id, const QString &instanceToken,
                                         QObject *context, Callback<ActionResult> done)
{
    return m_client.call(disconnectRequest(id, instanceToken), context, std::move(done));
}

} // namespace vzaps
