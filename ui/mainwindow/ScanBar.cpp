#include "ui/mainwindow/ScanBar.h"

#include "core/presentation/DisplayText.h"
#include "core/presentation/InstanceFormat.h"
#include "core/presentation/InstanceListController.h"
#include "core/presentation/StatusScan.h"
#include "ui/common/WidgetHelpers.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

ScanBar::ScanBar(InstanceListController &controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_text(named(new QLabel, u"scanText"_s, tr("Status filter")))
    , m_progress(new QProgressBar)
    , m_stop(named(new QPushButton(tr("Stop")), u"scanStopButton"_s, tr("Stop reading")))
    , m_again(named(new QPushButton(tr("Read again")), u"scanAgainButton"_s, tr("Read again")))
{
    setObjectName(u"scanBar"_s);
    m_text->setTextFormat(Qt::PlainText);
    m_progress->setObjectName(u"scanProgress"_s);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->setMaximumWidth(160);
    for (QPushButton *button : {m_stop, m_again})
        button->setAutoDefault(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 0, 2, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_stop);
    layout->addWidget(m_again);

    StatusScan &scan = m_controller.statusScan();
    connect(m_stop, &QPushButton::clicked, &scan, &StatusScan::cancel);
    connect(m_again, &QPushButton::clicked, &scan, &StatusScan::rescan);
    connect(&scan, &StatusScan::progressChanged, this, &ScanBar::refresh);
    connect(&scan, &StatusScan::matchesChanged, this, &ScanBar::refresh);
    connect(&m_controller, &InstanceListController::queryChanged, this, &ScanBar::refresh);
    refresh();
}

void ScanBar::refresh()
{
    const StatusScan &scan = m_controller.statusScan();
    const bool on = m_controller.filtersByStatus();
    setVisible(on);
    if (!on)
        return;
    const qint64 matches = scan.matchingIds().size();
    const qint64 total = qMax<qint64>(scan.total(), scan.scanned());
    QString text;
    if (scan.isWaitingForRateLimit()) {
        const qint64 seconds =
            qMax<qint64>(1, QDateTime::currentDateTimeUtc().secsTo(scan.waitingUntil()));
        text = tr("Rate limited by the server; reading on in %1 s (%2 of %3 read)")
                   .arg(seconds)
                   .arg(format::count(scan.scanned()), format::count(total));
    } else if (scan.isScanning()) {
        text = scan.total() < 0 ? tr("Reading the account…")
                                : tr("Reading the account: %1 of %2…")
                                      .arg(format::count(scan.scanned()), format::count(total));
    } else if (scan.hasFailed()) {
        text = tr("Reading stopped after %1 of %2: %3")
                   .arg(format::count(scan.scanned()), format::count(total),
                        display::cut(scan.lastError().describe(), 200));
    } else if (!scan.isComplete()) {
        text = tr("Stopped after %1 of %2; these are the matches so far.")
                   .arg(format::count(scan.scanned()), format::count(total));
    } else {
        const qint64 seconds = scan.completedAt().secsTo(QDateTime::currentDateTimeUtc());
        const QString age =
            seconds < 60 ? tr("just now") : tr("%n min ago", nullptr, int(seconds / 60));
        // The server filtered by status: what it sent is all it had in those states.
        text = scan.readQuery().filtersOnServerByStatus()
                   ? tr("%1 match, as the server filtered them · read %2")
                         .arg(format::count(matches), age)
                   : tr("%1 of %2 match · read %3")
                         .arg(format::count(matches), format::count(total), age);
    }
    m_text->setText(text);
    m_text->setAccessibleName(text);
    m_progress->setVisible(scan.isScanning());
    m_progress->setRange(0, int(qMin<qint64>(total, 1'000'000'000)));
    m_progress->setValue(int(qMin<qint64>(scan.scanned(), 1'000'000'000)));
    m_stop->setVisible(scan.isScanning());
    m_again->setVisible(!scan.isScanning());
}

} // namespace vzaps::ui
