// Fuzz target: the URL checks that decide what reaches the browser and what an error names:
// the browser hand-off guard, the loopback test and a redirect target's origin.
#include "core/api/ErrorReply.h"
#include "core/api/UrlGuard.h"

#include <QUrl>

using namespace vzaps;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QUrl url = QUrl::fromEncoded(bytes, QUrl::TolerantMode);
    const QString reason = urlguard::refusalReason(url);
    // Whatever is let through is https, or http on this computer, and has no user info.
    if (reason.isEmpty()) {
        const QString scheme = url.scheme().toLower();
        const bool https = scheme == QLatin1String("https");
        const bool localHttp =
            scheme == QLatin1String("http") && urlguard::isLoopbackHost(url.host());
        if ((!https && !localHttp) || !url.userInfo().isEmpty() || url.host().isEmpty())
            __builtin_trap();
    }
    (void)urlguard::isLoopbackHost(QString::fromUtf8(bytes));
    const QUrl base(QStringLiteral("http://127.0.0.1:8731/api"));
    (void)errors::fromRedirect(QStringLiteral("get an access token"), 307, QString(), base, bytes);
    (void)errors::originOf(url);
    return 0;
}
