#include "sandbox/routes/CheckoutPage.h"

using namespace Qt::StringLiterals;

namespace vzsandbox {

namespace {
const auto kStyle =
    u"body{font-family:system-ui,sans-serif;background:#f4f5f7;margin:0;padding:48px 16px}"
    "main{max-width:420px;margin:auto;background:#fff;border-radius:12px;padding:32px;"
    "box-shadow:0 2px 12px #0002}h1{font-size:1.4em;margin-top:0}.note{color:#666;"
    "font-size:.9em}.price{font-size:1.8em;margin:16px 0}form{display:inline}"
    "button{font-size:1em;padding:10px 24px;border-radius:8px;border:1px solid #888;"
    "cursor:pointer;margin-right:8px}#pay{background:#1a7f37;color:#fff;border-color:#1a7f37}"_s;

QString page(const QString &title, const QString &content)
{
    return u"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
           "<title>%1</title><style>%2</style></head><body><main>%3</main></body></html>\n"_s.arg(
               title.toHtmlEscaped(), kStyle, content);
}
} // namespace

QString checkoutPageHtml(const QString &sessionId, const QString &instanceName,
                         const QString &instanceId)
{
    const QString action = u"/_sandbox/checkout/"_s + sessionId.toHtmlEscaped();
    return page(u"VZaps checkout (sandbox)"_s,
                u"<h1>Subscribe to VZaps</h1>"
                "<p>Instance <strong id=\"instance-name\">%1</strong><br>"
                "<span class=\"note\">%2</span></p>"
                "<p class=\"price\">US$ 29.00 <span class=\"note\">per month</span></p>"
                "<form method=\"post\" action=\"%3/pay\"><button id=\"pay\" type=\"submit\">"
                "Pay</button></form>"
                "<form method=\"post\" action=\"%3/cancel\"><button id=\"cancel\" "
                "type=\"submit\">Cancel</button></form>"
                "<p class=\"note\">This is the local VZaps sandbox: no card is charged.</p>"_s.arg(
                    instanceName.toHtmlEscaped(), instanceId.toHtmlEscaped(), action));
}

QString messagePageHtml(const QString &title, const QString &text)
{
    return page(title, u"<h1>%1</h1><p id=\"message\">%2</p>"_s.arg(title.toHtmlEscaped(),
                                                                    text.toHtmlEscaped()));
}

} // namespace vzsandbox
