// Decoding one 1,000-instance list page into value types, next to a baseline measured
// in the same run: plain QJsonDocument::fromJson of the same bytes.
// Budget (docs/architecture.md §7): decode ≤ 5 ms and ≤ 3 × the baseline.
#include "core/types/InstancePage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace vzaps;
using namespace Qt::StringLiterals;

namespace {

QByteArray realisticPage(int rows)
{
    static const char *billing[] = {"TRIALING", "ACTIVE", "PAST_DUE", "CANCELED", "UNPAID"};
    QJsonArray content;
    for (int i = 0; i < rows; ++i) {
        const QString id = u"VZ%1"_s.arg(i, 28, 36, QChar(u'0')).toUpper();
        content.append(QJsonObject{
            {u"id"_s, id},
            {u"name"_s, u"Customer support line %1"_s.arg(i)},
            {u"token"_s, u"inst_%1"_s.arg(i * 7919, 24, 16, QChar(u'0'))},
            {u"url"_s, u"https://app.vzaps.com/instances/"_s + id},
            {u"webhook"_s, i % 3 ? u"https://hooks.example.com/vzaps/%1"_s.arg(i) : QString()},
            {u"events_subscribe"_s, u"Message,Connected,Disconnected"_s},
            {u"reject_calls"_s, i % 2 == 0},
            {u"auto_read_messages"_s, i % 5 == 0},
            {u"connected"_s, i % 4 != 0},
            {u"connected_at"_s, u"2026-11-%1T10:15:30.123Z"_s.arg(1 + i % 28, 2, 10, QChar(u'0'))},
            {u"whatsapp_push_name"_s, u"Acme %1"_s.arg(i)},
            {u"whatsapp_jid"_s, u"55119%1@s.whatsapp.net"_s.arg(i, 8, 10, QChar(u'0'))},
            {u"status"_s, u"RUNNING"_s},
            {u"billing_status"_s, QString::fromLatin1(billing[i % 5])},
            {u"created_at"_s, u"2026-01-02T03:04:05Z"_s},
            {u"updated_at"_s, u"2026-11-25T12:00:00Z"_s},
            {u"cancel_at"_s, i % 50 == 0 ? QJsonValue(u"2026-12-31T00:00:00Z"_s) : QJsonValue()},
            {u"expired_at"_s, QJsonValue()},
            {u"labels"_s, QJsonObject{{u"team"_s, u"care"_s}}},
        });
    }
    const QJsonObject page{
        {u"page"_s, 1},          {u"size"_s, rows},
        {u"total"_s, rows},      {u"total_pages"_s, 1},
        {u"content"_s, content}, {u"summary"_s, QJsonObject{{u"ACTIVE"_s, rows / 5}}}};
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}

template<typename Work>
double medianMs(int rounds, Work work)
{
    std::vector<double> samples;
    samples.reserve(rounds);
    QElapsedTimer timer;
    for (int i = 0; i < rounds; ++i) {
        timer.start();
        work();
        samples.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QByteArray bytes = realisticPage(1000);
    // VZAPS_BENCH_ROUNDS lowers the count for profiling under valgrind.
    const int kRounds = qEnvironmentVariableIsSet("VZAPS_BENCH_ROUNDS")
                            ? qMax(1, qEnvironmentVariableIntValue("VZAPS_BENCH_ROUNDS"))
                            : 101;
    int sink = 0;

    // Warm up both paths once so neither pays first-touch costs.
    sink += QJsonDocument::fromJson(bytes).object().size();
    sink += int(InstancePage::fromJson(QJsonDocument::fromJson(bytes).object()).content.size());

    const double baseline =
        medianMs(kRounds, [&] { sink += QJsonDocument::fromJson(bytes).object().size(); });
    const double decode = medianMs(kRounds, [&] {
        const InstancePage page = InstancePage::fromJson(QJsonDocument::fromJson(bytes).object());
        sink += int(page.content.size());
    });

    const double ratio = decode / baseline;
    const bool withinBudget = decode <= 5.0 && ratio <= 3.0;
    std::printf("decode 1,000-instance page (%.0f KiB), median of %d rounds\n",
                bytes.size() / 1024.0, kRounds);
    std::printf("  baseline QJsonDocument::fromJson : %7.3f ms\n", baseline);
    std::printf("  fromJson + InstancePage::fromJson: %7.3f ms\n", decode);
    std::printf("  ratio %.2f x (budget <= 3 x), absolute budget <= 5 ms: %s\n", ratio,
                withinBudget ? "within budget" : "OVER BUDGET");
    return sink > 0 ? 0 : 1;
}
