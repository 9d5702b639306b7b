#include "core/types/ApiError.h"

#include <QCoreApplication>

namespace vzaps {

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("vzaps::ApiError", text);
}

// "HTTP 404 Not Found" or "HTTP 404".
QString statusText(const ApiError &error)
{
    QString text = u"HTTP "_s + QString::number(error.httpStatus);
    if (!error.reason.isEmpty() && error.reason != error.message)
        text += u' ' + error.reason;
    return text;
}

QString withoutFinalStop(QString text)
{
    while (text.endsWith(u'.'))
        text.chop(1);
    return text;
}
} // namespace

ApiError ApiError::invalidInput(const QString &operation, const QString &message)
{
    ApiError error;
    error.kind = ErrorKind::InvalidInput;
    error.operation = operation;
    error.message = message;
    return error;
}

QString ApiError::describe() const
{
    const QString what =
        operation.isEmpty() ? tr("The request failed") : tr("Could not %1").arg(operation);
    const QString said = withoutFinalStop(message);
    QString text;
    switch (kind) {
    case ErrorKind::InvalidInput:
        text = tr("%1: %2.").arg(what, said);
        break;
    case ErrorKind::Network:
        text = tr("%1: the server could not be reached (%2).").arg(what, said);
        break;
    case ErrorKind::Timeout:
        text = tr("%1: the server did not answer in time (%2).").arg(what, said);
        break;
    case ErrorKind::Auth:
        text =
            httpStatus
                ? tr("%1: not authorized (%2): %3. Check the client token and secret.")
                      .arg(what, statusText(*this), said)
                : tr("%1: not authorized: %2. Check the client token and secret.").arg(what, said);
        break;
    case ErrorKind::RateLimited:
        text = tr("%1: too many requests (%2): %3.").arg(what, statusText(*this), said);
        if (retryAfterSeconds >= 0)
            text += u' ' + tr("Try again in %1 s.").arg(retryAfterSeconds);
        break;
    case ErrorKind::Http:
        text = tr("%1: the server answered %2: %3.").arg(what, statusText(*this), said);
        break;
    case ErrorKind::Decode:
        text = tr("%1: the server's reply could not be read (%2).").arg(what, said);
        break;
    case ErrorKind::Redirect:
        if (redirectOrigin.isEmpty()) {
            text = tr("%1: the server answered %2, a redirect without a usable target, which was "
                      "not followed (the VZaps API does not redirect). Check the server address.")
                       .arg(what, statusText(*this));
            break;
        }
        text = !httpsAddress.isEmpty()
                   ? tr("%1: the server answered %2, asking for the request to go to %3 "
                        "instead; it was not followed. Use the https:// address: %4.")
                         .arg(what, statusText(*this), redirectOrigin, httpsAddress)
                   : tr("%1: the server answered %2, asking for the request to go to %3 "
                        "instead; it was not followed, so nothing was sent there (the VZaps API "
                        "does not redirect). Check the server address.")
                         .arg(what, statusText(*this), redirectOrigin);
        break;
    case ErrorKind::TooLarge:
        text = tr("%1: the server's reply is too large (%2), so it was not read.").arg(what, said);
        break;
    }
    if (!requestId.isEmpty())
        text += u' ' + tr("Request id: %1.").arg(requestId);
    return text;
}

} // namespace vzaps
