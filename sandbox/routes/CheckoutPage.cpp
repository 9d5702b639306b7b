#include "sandbox/routes/CheckoutPage.h"

#include <QList>

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

QString page(PageLanguage language, const QString &title, const QString &content)
{
    const QString lang = language == PageLanguage::Portuguese ? u"pt-BR"_s : u"en"_s;
    return u"<!DOCTYPE html>\n<html lang=\"%4\"><head><meta charset=\"utf-8\">"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
           "<title>%1</title><style>%2</style></head><body><main>%3</main></body></html>\n"_s.arg(
               title.toHtmlEscaped(), kStyle, content, lang);
}

// The same sentence in the two languages.
struct Text {
    const char16_t *english;
    const char16_t *portuguese;
    QString in(PageLanguage language) const
    {
        return QString::fromUtf16(language == PageLanguage::Portuguese ? portuguese : english);
    }
};

struct MessageTexts {
    Text title;
    Text text;
};

MessageTexts textsOf(PageMessage message)
{
    switch (message) {
    case PageMessage::CheckoutNotFound:
        return {{u"Checkout not found", u"Checkout não encontrado"},
                {u"This checkout link is not valid.", u"Este link de checkout não é válido."}};
    case PageMessage::InstanceDeleted:
        return {{u"Instance deleted", u"Instância excluída"},
                {u"The instance of this checkout is gone.",
                 u"A instância deste checkout não existe mais."}};
    case PageMessage::CheckoutClosed:
        return {{u"Checkout closed", u"Checkout encerrado"},
                {u"This checkout was already %1.", u"Este checkout já foi encerrado (%1)."}};
    case PageMessage::AlreadySubscribed:
        return {{u"Already subscribed", u"Assinatura já ativa"},
                {u"This instance already has an active subscription; nothing was charged.",
                 u"Esta instância já tem uma assinatura ativa; nada foi cobrado."}};
    case PageMessage::PaymentComplete:
        return {{u"Payment complete", u"Pagamento concluído"},
                {u"The subscription of %1 is active. You can close this page.",
                 u"A assinatura de %1 está ativa. Você pode fechar esta página."}};
    case PageMessage::CheckoutCanceled:
        break;
    }
    return {{u"Checkout canceled", u"Checkout cancelado"},
            {u"Nothing was charged. You can close this page.",
             u"Nada foi cobrado. Você pode fechar esta página."}};
}

} // namespace

PageLanguage pageLanguageFor(const QByteArray &acceptLanguage)
{
    // "pt-BR,pt;q=0.9,en;q=0.8": the first of the two languages named decides (browsers list
    // them by preference; weights are not needed to tell these two apart).
    for (const QByteArray &part : acceptLanguage.split(',')) {
        const QByteArray tag = part.split(';').value(0).trimmed().toLower();
        if (tag == "pt" || tag.startsWith("pt-"))
            return PageLanguage::Portuguese;
        if (tag == "en" || tag.startsWith("en-"))
            return PageLanguage::English;
    }
    return PageLanguage::English;
}

QString checkoutPageHtml(const QString &sessionId, const QString &instanceName,
                         const QString &instanceId, PageLanguage language)
{
    const bool pt = language == PageLanguage::Portuguese;
    const QString action = u"/_sandbox/checkout/"_s + sessionId.toHtmlEscaped();
    const QString body =
        pt ? u"<h1>Assinar a VZaps</h1>"
             "<p>Instância <strong id=\"instance-name\">%1</strong><br>"
             "<span class=\"note\">%2</span></p>"
             "<p class=\"price\">US$ 29,00 <span class=\"note\">por mês</span></p>"
             "<form method=\"post\" action=\"%3/pay\"><button id=\"pay\" type=\"submit\">"
             "Pagar</button></form>"
             "<form method=\"post\" action=\"%3/cancel\"><button id=\"cancel\" "
             "type=\"submit\">Cancelar</button></form>"
             "<p class=\"note\">Este é o sandbox local da VZaps: nenhum cartão é cobrado.</p>"_s
           : u"<h1>Subscribe to VZaps</h1>"
             "<p>Instance <strong id=\"instance-name\">%1</strong><br>"
             "<span class=\"note\">%2</span></p>"
             "<p class=\"price\">US$ 29.00 <span class=\"note\">per month</span></p>"
             "<form method=\"post\" action=\"%3/pay\"><button id=\"pay\" type=\"submit\">"
             "Pay</button></form>"
             "<form method=\"post\" action=\"%3/cancel\"><button id=\"cancel\" "
             "type=\"submit\">Cancel</button></form>"
             "<p class=\"note\">This is the local VZaps sandbox: no card is charged.</p>"_s;
    return page(language, pt ? u"Checkout da VZaps (sandbox)"_s : u"VZaps checkout (sandbox)"_s,
                body.arg(instanceName.toHtmlEscaped(), instanceId.toHtmlEscaped(), action));
}

QString messagePageHtml(PageMessage message, PageLanguage language, const QString &argument)
{
    const MessageTexts texts = textsOf(message);
    const QString title = texts.title.in(language);
    QString text = texts.text.in(language);
    if (text.contains(u"%1"_s))
        text = text.arg(argument);
    return page(
        language, title,
        u"<h1>%1</h1><p id=\"message\">%2</p>"_s.arg(title.toHtmlEscaped(), text.toHtmlEscaped()));
}

} // namespace vzsandbox
