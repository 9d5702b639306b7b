// How long the window takes to show an instance whose one field is as long as a reply may
// be (12 MiB of text), next to the same instance with ordinary fields, measured in this run.
// Each round sets the instance on the detail panel and the table, lays them out and paints
// them, and asks for every cell's tooltip: what a selection does. The budget is the longest
// event-loop stall the design allows: 50 ms.
//   cmake --build <dir> --target bench_hostile_text && <dir>/bench/text/bench_hostile_text
#include "core/api/ApiClient.h"
#include "core/presentation/InstanceTableModel.h"
#include "ui/detail/DetailPanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTableView>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace vzaps;

namespace {

constexpr int kRounds = 5;
constexpr qsizetype kFieldChars = 12 * 1024 * 1024;

QJsonObject ordinaryInstance()
{
    return {{u"id"_s, u"VZ3K9Q2M7X4B8N1P5R6T0W2Y4Z"_s},
            {u"name"_s, u"Loja Centro"_s},
            {u"token"_s, u"inst_5c4b3a29d8e7"_s},
            {u"url"_s, u"https://app.vzaps.com/instances/VZ3K9Q2M7X4B8N1P5R6T0W2Y4Z"_s},
            {u"webhook"_s, u"https://hooks.example.com/vzaps"_s},
            {u"events_subscribe"_s, u"Message,Connected"_s},
            {u"status"_s, u"RUNNING"_s},
            {u"billing_status"_s, u"ACTIVE"_s},
            {u"connected"_s, true},
            {u"whatsapp_push_name"_s, u"Ana"_s},
            {u"labels"_s, QJsonObject{{u"team"_s, u"support"_s}}}};
}

// The longest of kRounds of showing `object`, in milliseconds.
double worstShowMs(const QJsonObject &object, ui::DetailPanel &panel, InstanceTableModel &model,
                   QTableView &table)
{
    const Instance instance = Instance::fromJson(object);
    double worst = 0;
    for (int round = 0; round < kRounds; ++round) {
        panel.showInstance(std::nullopt);
        model.setInstances({});
        QElapsedTimer timer; // monotonic
        timer.start();
        panel.showInstance(instance);
        model.setInstances({instance});
        for (int column = 0; column < model.columnCount(); ++column)
            model.index(0, column).data(Qt::ToolTipRole);
        panel.grab();
        table.grab();
        QCoreApplication::processEvents();
        worst = std::max(worst, double(timer.nsecsElapsed()) / 1e6);
    }
    return worst;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    ApiClient client; // signed in to nothing: the panel polls no session
    ui::DetailPanel panel(client);
    panel.resize(460, 900);
    InstanceTableModel model;
    QTableView table;
    table.setModel(&model);
    table.resize(1000, 400);

    worstShowMs(ordinaryInstance(), panel, model, table); // warm-up: fonts, styles
    const double baseline = worstShowMs(ordinaryInstance(), panel, model, table);
    std::printf("hostile text benchmark: one field of %lld characters, worst of %d rounds\n",
                static_cast<long long>(kFieldChars), kRounds);
    std::printf("  ordinary instance (baseline):        %7.1f ms\n", baseline);

    const QString huge = u"<b>"_s + QString(kFieldChars, u'x');
    double worst = 0;
    for (const char *field : {"name", "id", "status", "webhook", "billing_status", "url", "token",
                              "whatsapp_push_name", "events_subscribe", "x_unknown"}) {
        QJsonObject object = ordinaryInstance();
        object.insert(QString::fromLatin1(field), huge);
        const double ms = worstShowMs(object, panel, model, table);
        worst = std::max(worst, ms);
        std::printf("  %-20s 12 MiB:             %7.1f ms  (ratio %.1f)\n", field, ms,
                    ms / std::max(baseline, 0.001));
    }
    QJsonObject labels = ordinaryInstance();
    labels.insert(u"labels"_s, QJsonObject{{u"huge"_s, huge}});
    worst = std::max(worst, worstShowMs(labels, panel, model, table));
    std::printf("  worst field: %.1f ms, %.1f x the baseline  [budget <= 50 ms: %s]\n", worst,
                worst / std::max(baseline, 0.001), worst <= 50 ? "OK" : "OVER");
    return 0;
}
