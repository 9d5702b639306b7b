// `vzapsctl instances list --all`: every instance that matches the search, read page after
// page (AccountScan: two requests at most in flight, the rate limit waited out), filtered by
// connection and billing status (StatusFilter), each row printed as its page arrives, as a
// table, CSV (formula-safe, RFC 4180) or a JSON array of the objects as received.
#include "app/vzapsctl/Commands.h"

#include "app/vzapsctl/ExitCodes.h"
#include "app/vzapsctl/Output.h"

#include "core/api/InstancesApi.h"
#include "core/presentation/AccountScan.h"
#include "core/presentation/InstanceExport.h"
#include "core/presentation/StatusFilter.h"
#include "core/types/CsvText.h"

#include <QJsonDocument>

namespace vzapsctl {

using namespace Qt::StringLiterals;
using namespace vzaps;

namespace {

enum class Format { Table, Csv, Json };

// A CSV row for standard output: lines end in LF there (what the CR of CRLF would become on
// its way through output::terminalSafe() is a replacement character).
QString csvLine(const QStringList &fields)
{
    QString line = QString::fromUtf8(csv::row(fields, CsvDialect::Rfc4180));
    line.chop(2);
    return line + u'\n';
}

std::optional<Format> formatNamed(const QString &name)
{
    if (name == "table"_L1)
        return Format::Table;
    if (name == "csv"_L1)
        return Format::Csv;
    if (name == "json"_L1)
        return Format::Json;
    return std::nullopt;
}

} // namespace

Commands::Outcome Commands::instancesListAll()
{
    ListQuery query;
    query.search = m_invocation.value("search"_L1).value_or(QString());
    query.sort = m_invocation.value("sort"_L1).value_or(QString());
    query.sortDescending = m_invocation.isSet("desc"_L1);
    if (m_invocation.isSet("page"_L1) || m_invocation.isSet("size"_L1))
        return usageError(u"--all reads every page: leave out --page and --size"_s);

    StatusFilter filter;
    if (m_invocation.isSet("connected"_L1) && m_invocation.isSet("disconnected"_L1))
        return usageError(u"give --connected or --disconnected, not both"_s);
    if (m_invocation.isSet("connected"_L1))
        filter.connected = true;
    if (m_invocation.isSet("disconnected"_L1))
        filter.connected = false;
    if (const auto statuses = m_invocation.list("billing"_L1)) {
        for (const QString &status : *statuses) {
            const QString upper = status.trimmed().toUpper();
            if (!StatusFilter::billingStatuses().contains(upper))
                return usageError(u"unknown billing status \"%1\"; one of %2"_s.arg(
                    status.left(40), StatusFilter::billingStatuses().join(u", "_s)));
            filter.billing.insert(upper);
        }
    }
    Format format = m_invocation.json() ? Format::Json : Format::Table;
    if (const auto name = m_invocation.value("format"_L1)) {
        const auto named = formatNamed(name->trimmed().toLower());
        if (!named)
            return usageError(u"--format is table, csv or json, not \"%1\""_s.arg(name->left(40)));
        format = *named;
    }

    if (Outcome early = prepare(InstancesApi::listRequest(query)))
        return early;
    whenCredentialsReady([this, query, filter, format] {
        auto *scan = new AccountScan(*m_client, query, this);
        auto matched = std::make_shared<qint64>(0);
        switch (format) {
        case Format::Table:
            output::toStdout(output::instanceRowsHeader());
            break;
        case Format::Csv:
            output::toStdout(csvLine(exporting::csvHeader()));
            break;
        case Format::Json:
            output::toStdout(u"["_s);
            break;
        }
        connect(scan, &AccountScan::instancesArrived, this,
                [filter, format, matched](const QList<Instance> &instances) {
                    QString text;
                    for (const Instance &instance : instances) {
                        if (!filter.matches(instance))
                            continue;
                        switch (format) {
                        case Format::Table:
                            text += output::instanceRow(instance);
                            break;
                        case Format::Csv:
                            text += csvLine(exporting::csvFields(instance));
                            break;
                        case Format::Json:
                            text += (*matched == 0 ? u"\n  "_s : u",\n  "_s) +
                                    output::compactJson(instance.raw).trimmed();
                            break;
                        }
                        ++*matched;
                    }
                    if (!text.isEmpty())
                        output::toStdout(text);
                });
        connect(scan, &AccountScan::waitingForRateLimit, this, [](int seconds) {
            output::toStderr(u"rate limited by the server; waiting %1 s"_s.arg(seconds));
        });
        connect(scan, &AccountScan::finished, this, [this, scan, format, matched] {
            if (format == Format::Json)
                output::toStdout(*matched == 0 ? u"]\n"_s : u"\n]\n"_s);
            else if (format == Format::Table)
                output::toStdout(
                    u"\n%1 of %2 instances match\n"_s.arg(*matched).arg(scan->total()));
            finish(ExitOk);
        });
        connect(scan, &AccountScan::failed, this, [this](const ApiError &error) {
            // What was printed stays. A JSON array is left open: a reader must not take a
            // list cut short for the whole list.
            finish(failure(error));
        });
        scan->start();
    });
    return std::nullopt;
}

} // namespace vzapsctl
