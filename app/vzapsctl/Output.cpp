#include "app/vzapsctl/Output.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace vzapsctl::output {

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxCellWidth = 40;

void write(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? u"-"_s : text;
}

QString yesNo(bool value)
{
    return value ? u"yes"_s : u"no"_s;
}

QString yesNo(std::optional<bool> value)
{
    return value ? yesNo(*value) : u"-"_s;
}

QString dateTime(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(u"yyyy-MM-dd HH:mm:ss'Z'"_s) : u"-"_s;
}

QString shortDate(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) : u"-"_s;
}

QString cell(QString text)
{
    text.replace(u'\n', u' ').replace(u'\t', u' ');
    if (text.size() > kMaxCellWidth)
        text = text.left(kMaxCellWidth - 1) + u'…';
    return text;
}

// Columns padded to their widest cell, two spaces apart; the first row is the header.
QString table(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (widths.size() <= column)
                widths.append(0);
            widths[column] = qMax(widths[column], row.at(column).size());
        }
    }
    QString text;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            const bool last = column + 1 == row.size();
            line += last ? row.at(column) : row.at(column).leftJustified(widths[column] + 2);
        }
        text += line + u'\n';
    }
    return text;
}

// "key:  value" lines, keys aligned; rows with an empty value are left out.
QString summary(const QList<QPair<QString, QString>> &rows)
{
    qsizetype width = 0;
    for (const auto &[key, value] : rows)
        width = qMax(width, key.size() + 1);
    QString text;
    for (const auto &[key, value] : rows) {
        if (!value.isEmpty())
            text += (key + u':').leftJustified(width + 2) + value + u'\n';
    }
    return text;
}

bool isSecretKey(const QString &key)
{
    static const QStringList secrets = {u"token"_s,          u"access_token"_s,
                                        u"accessToken"_s,    u"client_secret"_s,
                                        u"instance_token"_s, u"instanceToken"_s};
    return secrets.contains(key);
}

QJsonValue masked(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (isSecretKey(it.key()) && it.value().isString())
                it.value() = maskSecret(it.value().toString());
            else if (it.value().isObject() || it.value().isArray())
                it.value() = masked(it.value());
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = masked(*it);
        return array;
    }
    return value;
}

bool isC1OrDelete(char16_t c)
{
    return c == 0x7f || (c >= 0x80 && c <= 0x9f);
}

// JSON as QJsonDocument writes it escapes C0 controls inside strings but not DEL and C1 (a
// terminal may read U+009B as the start of a control sequence): those are escaped too, which
// keeps the same JSON value.
QString withEscapedC1(const QString &json)
{
    QString out;
    out.reserve(json.size());
    for (QChar c : json) {
        if (isC1OrDelete(c.unicode()))
            out += u"\\u%1"_s.arg(int(c.unicode()), 4, 16, QChar(u'0'));
        else
            out += c;
    }
    return out;
}

} // namespace

QString terminalSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || isC1OrDelete(u))
            out += QChar(0xfffd);
        else
            out += c;
    }
    return out;
}

void toStdout(const QString &text)
{
    write(stdout, terminalSafe(text));
}

void toStderr(const QString &text)
{
    write(stderr, u"vzapsctl: "_s + terminalSafe(text.simplified()) + u'\n');
}

QString compactJson(const QJsonValue &value)
{
    if (value.isUndefined())
        return {};
    // Wrapped in an array so that scalars format too, then unwrapped.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return withEscapedC1(QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2)));
}

QString json(const QJsonValue &value)
{
    if (value.isObject())
        return withEscapedC1(
            QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)));
    if (value.isArray())
        return withEscapedC1(
            QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)));
    if (value.isUndefined())
        return {};
    return compactJson(value) + u'\n';
}

QString maskedJson(const QJsonValue &value)
{
    return json(masked(value));
}

QString maskSecret(const QString &secret)
{
    if (secret.isEmpty())
        return {};
    return (secret.startsWith("inst_"_L1) ? secret.left(5) : QString()) + u"•••"_s;
}

QString instanceTable(const vzaps::InstancePage &page)
{
    QString text;
    if (page.content.isEmpty()) {
        text = u"No instances on this page.\n"_s;
    } else {
        QList<QStringList> rows;
        rows.reserve(page.content.size() + 1);
        rows.append({u"ID"_s, u"NAME"_s, u"CONNECTED"_s, u"STATUS"_s, u"BILLING"_s, u"CREATED"_s});
        for (const vzaps::Instance &instance : page.content)
            rows.append({orDash(instance.id), cell(orDash(instance.name)),
                         yesNo(instance.connected), cell(orDash(instance.status)),
                         cell(orDash(instance.billingStatus)), shortDate(instance.createdAt)});
        text = table(rows);
    }
    QStringList footer{
        u"page %1 of %2"_s.arg(page.page).arg(page.totalPages),
        page.total == 1 ? u"1 instance"_s : u"%1 instances"_s.arg(page.total),
    };
    for (const vzaps::SummaryCounter &counter : page.summary)
        footer.append(counter.key + u": "_s + counter.value);
    return text + u'\n' + footer.join(u" · "_s) + u'\n';
}

namespace {

// Fixed widths for rows printed as they arrive: a cell is cut to fit, then padded.
QString fixed(const QString &text, qsizetype width)
{
    QString shown = cell(orDash(text));
    if (shown.size() > width)
        shown = shown.left(width - 1) + u'…';
    return shown.leftJustified(width);
}

QString rowOf(const QStringList &cells)
{
    static const QList<qsizetype> widths{34, 32, 9, 10, 18};
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i)
        line += i < widths.size() ? fixed(cells.at(i), widths.at(i)) + u"  "_s : cells.at(i);
    return line.trimmed() + u'\n';
}

} // namespace

QString instanceRowsHeader()
{
    return rowOf({u"ID"_s, u"NAME"_s, u"CONNECTED"_s, u"STATUS"_s, u"BILLING"_s, u"CREATED"_s});
}

QString instanceRow(const vzaps::Instance &instance)
{
    return rowOf({instance.id, instance.name, yesNo(instance.connected), instance.status,
                  instance.billingStatus, shortDate(instance.createdAt)});
}

QString instanceSummary(const vzaps::Instance &instance)
{
    QList<QPair<QString, QString>> rows = {
        {u"id"_s, instance.id},
        {u"name"_s, instance.name},
        {u"token"_s, maskSecret(instance.token)},
        {u"url"_s, instance.url},
        {u"webhook"_s, orDash(instance.webhook)},
        {u"events"_s, orDash(instance.eventsSubscribe.join(u","_s))},
        {u"reject calls"_s, yesNo(instance.rejectCalls)},
        {u"auto read"_s, yesNo(instance.autoReadMessages)},
        {u"connected"_s, yesNo(instance.connected)},
        {u"connected at"_s,
         instance.connectedAt.isValid() ? dateTime(instance.connectedAt) : QString()},
        {u"push name"_s, instance.whatsappPushName},
        {u"whatsapp jid"_s, instance.whatsappJid},
        {u"status"_s, orDash(instance.status)},
        {u"billing"_s, orDash(instance.billingStatus)},
        {u"created"_s, dateTime(instance.createdAt)},
        {u"updated"_s, dateTime(instance.updatedAt)},
        {u"cancels at"_s, instance.cancelAt.isValid() ? dateTime(instance.cancelAt) : QString()},
        {u"expired at"_s, instance.expiredAt.isValid() ? dateTime(instance.expiredAt) : QString()},
        {u"labels"_s, instance.labels.isEmpty() ? QString() : compactJson(masked(instance.labels))},
    };
    for (const QString &key : instance.unknownFieldNames()) {
        const QJsonValue value = instance.raw.value(key);
        if (isSecretKey(key) && value.isString())
            rows.append({key, maskSecret(value.toString())});
        else if (!value.isNull())
            rows.append({key, compactJson(masked(value))});
    }
    return summary(rows);
}

QString accessTokenSummary(const vzaps::AccessToken &token)
{
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(token.expiresInSeconds);
    return u"An access token was obtained; it expires in %1 s, at %2 (use --show to print it).\n"_s
        .arg(token.expiresInSeconds)
        .arg(dateTime(expires));
}

QString actionSummary(const QString &what, const vzaps::ActionResult &result)
{
    return u"%1.\n"_s.arg(what) + summary({{u"instance"_s, result.instanceId},
                                           {u"status"_s, result.status},
                                           {u"details"_s, result.details}});
}

QString billingSummary(const QString &instanceId, const vzaps::BillingSession &session)
{
    QString text =
        session.isCheckout()
            ? u"Instance %1 needs a checkout: open this page in a browser to pay:\n  %2\n"_s.arg(
                  instanceId, session.url)
            : u"Instance %1 is subscribed.\n"_s.arg(instanceId);
    return text + summary({{u"mode"_s, session.mode},
                           {u"session id"_s, session.sessionId},
                           {u"subscription id"_s, session.subscriptionId}});
}

QString sessionSummary(const QString &instanceId, const vzaps::SessionStatus &status)
{
    QList<QPair<QString, QString>> rows = {
        {u"instance"_s, instanceId},
        {u"connected"_s, yesNo(status.connected)},
        {u"phone"_s, status.phone},
        {u"whatsapp jid"_s, status.whatsappJid},
        {u"push name"_s, status.pushName},
        {u"business name"_s, status.businessName},
        {u"verified name"_s, status.verifiedName},
        {u"about"_s, status.about},
        {u"website"_s, status.website},
        {u"profile url"_s, status.profileUrl},
        {u"picture url"_s, status.profilePictureUrl},
        {u"address"_s, status.businessProfile.address},
        {u"email"_s, status.businessProfile.email},
        {u"hours timezone"_s, status.businessProfile.businessHoursTimezone},
    };
    QStringList categories;
    for (const vzaps::BusinessCategory &category : status.businessProfile.categories)
        categories.append(category.name.isEmpty() ? category.id : category.name);
    rows.append({u"categories"_s, categories.join(u", "_s)});
    return summary(rows);
}

QString maskClientToken(const QString &token)
{
    // At most a third of it, and never more than four characters.
    return token.left(qMin<qsizetype>(4, token.size() / 3)) + u"•••"_s;
}

QString profileTable(const QList<vzaps::Profile> &profiles)
{
    if (profiles.isEmpty())
        return u"No profiles yet. Add one with: vzapsctl profile add NAME --client-token T\n"_s;
    QList<QStringList> rows{{u"NAME"_s, u"BASE URL"_s, u"CLIENT TOKEN"_s}};
    for (const vzaps::Profile &profile : profiles)
        rows.append(
            {cell(profile.name), profile.baseUrl.toString(), maskClientToken(profile.clientToken)});
    return table(rows);
}

QString profilesJson(const QList<vzaps::Profile> &profiles)
{
    QJsonArray array;
    for (const vzaps::Profile &profile : profiles)
        array.append(QJsonObject{{u"id"_s, profile.id},
                                 {u"name"_s, profile.name},
                                 {u"base_url"_s, profile.baseUrl.toString()},
                                 {u"client_token_masked"_s, maskClientToken(profile.clientToken)}});
    return json(array);
}

} // namespace vzapsctl::output
