#include "sandbox/routes/ListRequest.h"

#include "sandbox/state/TextKeys.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace vzsandbox {

namespace {

// Every §4.1 field, mapped to the SQL that orders it. Names sort without case or accents
// (state/TextKeys.h).
const QHash<QString, QString> &sortColumns()
{
    static const QHash<QString, QString> columns{
        {u"id"_s, u"id"_s},
        {u"name"_s, u"name_key"_s},
        {u"token"_s, u"token"_s},
        {u"url"_s, u"id"_s},
        {u"webhook"_s, u"webhook"_s},
        {u"events_subscribe"_s, u"events_subscribe"_s},
        {u"reject_calls"_s, u"reject_calls"_s},
        {u"auto_read_messages"_s, u"auto_read_messages"_s},
        {u"connected"_s, u"connected"_s},
        {u"connected_at"_s, u"connected_at"_s},
        {u"whatsapp_push_name"_s, u"whatsapp_push_name"_s},
        {u"whatsapp_jid"_s, u"whatsapp_jid"_s},
        {u"status"_s, u"status"_s},
        {u"billing_status"_s, u"billing_status"_s},
        {u"created_at"_s, u"created_at"_s},
        {u"updated_at"_s, u"updated_at"_s},
        {u"cancel_at"_s, u"cancel_at"_s},
        {u"expired_at"_s, u"expired_at"_s},
        {u"labels"_s, u"labels"_s},
    };
    return columns;
}

} // namespace

QString toSnakeCase(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        if (c.isUpper() && !out.isEmpty() && !out.endsWith(u'_'))
            out.append(u'_');
        out.append(c.toLower());
    }
    return out;
}

ListQuery readListRequest(FieldReader &reader)
{
    ListQuery query;
    if (const auto page = reader.integer(u"page"_s)) {
        if (*page < 1 || *page > 1000000000)
            reader.invalid(u"page"_s, u"'page' must be 1 or more (pages are 1-based)."_s);
        else
            query.page = int(*page);
    }
    if (const auto size = reader.integer(u"size"_s)) {
        if (*size < 1 || *size > 100)
            reader.invalid(u"size"_s, u"'size' must be between 1 and 100."_s);
        else
            query.size = int(*size);
    }
    if (const auto filter = reader.object(u"filter"_s)) {
        FieldReader filterReader(*filter);
        if (const auto text = filterReader.string(u"query"_s))
            query.folded = textkeys::folded(text->trimmed());
        if (!filterReader.ok())
            reader.wrongType(u"filter.query"_s, u"a string"_s);
        // The status keys a server may take beyond the contract's filter.query (the sandbox's
        // reading, see its README): a connection, and billing statuses any of which holds.
        const QJsonValue connected = filter->value(u"connected"_s);
        if (connected.isBool())
            query.connected = connected.toBool();
        else if (!connected.isUndefined() && !connected.isNull())
            reader.wrongType(u"filter.connected"_s, u"true or false"_s);
        const QJsonValue billing = filter->value(u"billing_status"_s);
        if (billing.isArray()) {
            for (const QJsonValue &status : billing.toArray()) {
                if (!status.isString() || status.toString().size() > 64) {
                    reader.wrongType(u"filter.billing_status"_s, u"an array of statuses"_s);
                    break;
                }
                query.billing.append(status.toString().toUpper());
            }
        } else if (!billing.isUndefined() && !billing.isNull()) {
            reader.wrongType(u"filter.billing_status"_s, u"an array of statuses"_s);
        }
    }

    QString field = u"created_at"_s;
    bool descending = true; // newest first unless asked otherwise
    if (const auto sort = reader.string(u"sort"_s); sort && !sort->trimmed().isEmpty()) {
        field = toSnakeCase(sort->trimmed());
        descending = false;
        if (!sortColumns().contains(field)) {
            QStringList names = sortColumns().keys();
            names.sort();
            reader.invalid(u"sort"_s, u"Cannot sort by '%1'. Sortable fields: %2."_s.arg(
                                          sort->left(64), names.join(u", "_s)));
        }
    }
    const QString flagKey = reader.has(u"sort_desc"_s) ? u"sort_desc"_s : u"sortDesc"_s;
    if (const auto desc = reader.boolean(flagKey))
        descending = *desc;

    query.sortExpression = sortColumns().value(field, u"created_at"_s);
    query.descending = descending;
    return query;
}

} // namespace vzsandbox
