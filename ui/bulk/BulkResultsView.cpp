#include "ui/bulk/BulkResultsView.h"

#include "core/actions/BulkRun.h"
#include "core/presentation/DisplayText.h"
#include "ui/common/WidgetHelpers.h"
#include "ui/style/ToneStyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

namespace {

format::Tone outcomeTone(BulkItemState state)
{
    switch (state) {
    case BulkItemState::Succeeded:
        return format::Tone::Good;
    case BulkItemState::Failed:
        return format::Tone::Bad;
    case BulkItemState::Pending:
    case BulkItemState::Running:
    case BulkItemState::Cancelled:
        break;
    }
    return format::Tone::Neutral;
}

} // namespace

BulkResultsView::BulkResultsView(BulkRun *run, QWidget *parent)
    : QWidget(parent)
    , m_run(run)
    , m_progressLabel(named(new QLabel, u"bulkProgressLabel"_s, tr("Progress")))
    , m_progressBar(named(new QProgressBar, u"bulkProgressBar"_s, tr("Progress")))
    , m_tree(named(new QTreeWidget, u"bulkResults"_s, tr("Result per instance")))
    , m_details(wrappedLabel(u"bulkDetailsLabel"_s, Qt::AlignLeft | Qt::AlignTop))
    , m_retry(
          named(new QPushButton(tr("Retry &failed")), u"retryFailedButton"_s, tr("Retry failed")))
{
    named(this, u"bulkResultsPanel"_s, tr("Results"));
    m_progressBar->setRange(0, std::max(1, m_run->count()));
    m_progressBar->setTextVisible(false);
    m_progressBar->setMaximumHeight(8);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressLabel);
    progressRow->addWidget(m_progressBar, 1);

    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Instance"), tr("Outcome"), tr("HTTP"), tr("Message")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    // A current row (focus frame, details below) but no selection painted over the badges.
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(OutcomeColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(HttpColumn, QHeaderView::ResizeToContents);
    m_tree->setColumnWidth(NameColumn, 220);
    // Room for the first rows without scrolling; the dialog may be made taller.
    const int rowHeight = m_tree->fontMetrics().height() + 8;
    m_tree->setMinimumHeight(rowHeight * (std::min(m_run->count(), 8) + 2));
    for (int i = 0; i < m_run->count(); ++i) {
        const Instance &instance = m_run->items().at(i).instance;
        auto *row = new QTreeWidgetItem(m_tree);
        row->setText(NameColumn,
                     display::cut(instance.name.isEmpty() ? instance.id : instance.name));
        row->setTextAlignment(HttpColumn, Qt::AlignRight | Qt::AlignVCenter);
        showItem(i);
    }

    setPurpose(m_details, tr("Details of the selected instance"));
    m_details->setTextFormat(Qt::PlainText); // server texts are never markup
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 3); // no jumping

    m_retry->setAutoDefault(false); // Enter must not retry by surprise
    m_retry->setToolTip(tr("Send the failed requests again; the others are left alone."));
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_retry);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(progressRow);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_details);
    layout->addLayout(buttonRow);

    connect(m_run, &BulkRun::itemStarted, this, &BulkResultsView::showItem);
    connect(m_run, &BulkRun::itemFinished, this, &BulkResultsView::showItem);
    connect(m_run, &BulkRun::finished, this, &BulkResultsView::onFinished);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &BulkResultsView::showDetails);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_run->retryFailed();
        for (int i = 0; i < m_run->count(); ++i)
            showItem(i); // retried rows wait again, some already running
    });
    showProgress();
}

void BulkResultsView::showItem(int index)
{
    const BulkItem &item = m_run->items().at(index);
    QTreeWidgetItem *row = m_tree->topLevelItem(index);
    if (!row)
        return;
    QString outcome;
    switch (item.state) {
    case BulkItemState::Pending:
        outcome = tr("Waiting");
        break;
    case BulkItemState::Running:
        outcome = tr("Running…");
        break;
    case BulkItemState::Succeeded:
        outcome = tr("Succeeded");
        break;
    case BulkItemState::Failed:
        outcome = tr("Failed");
        break;
    case BulkItemState::Cancelled:
        outcome = tr("Cancelled");
        break;
    }
    // The text says it; the badge colour only helps the eye find the failures.
    const ToneColors colors = toneColors(outcomeTone(item.state));
    row->setText(OutcomeColumn, outcome);
    row->setBackground(OutcomeColumn, colors.background);
    row->setForeground(OutcomeColumn, colors.foreground);

    const bool answered =
        item.state == BulkItemState::Succeeded || item.state == BulkItemState::Failed;
    row->setText(HttpColumn, item.httpStatus > 0 ? QString::number(item.httpStatus)
                             : answered          ? u"—"_s
                                                 : QString());
    row->setText(MessageColumn, display::cut(QString(item.summary).replace(u'\n', u' ')));

    const QString details = detailsOf(index);
    for (int column = 0; column < ColumnCount; ++column)
        row->setToolTip(column, display::toolTip(details));
    if (row == m_tree->currentItem())
        showDetails();
    showProgress();
}

QString BulkResultsView::detailsOf(int index) const
{
    const BulkItem &item = m_run->items().at(index);
    QStringList lines{tr("%1 (%2)").arg(item.instance.name, item.instance.id)};
    if (!item.message.isEmpty())
        lines << item.message;
    if (!item.requestId.isEmpty() && !item.message.contains(item.requestId))
        lines << tr("Request id: %1.").arg(item.requestId);
    return lines.join(u'\n');
}

void BulkResultsView::showDetails()
{
    const int index = m_tree->indexOfTopLevelItem(m_tree->currentItem());
    m_details->setText(index < 0 ? QString() : display::cut(detailsOf(index), 2000));
}

void BulkResultsView::onFinished()
{
    // Bring the first failure into view with its whole message: that is what needs reading.
    const QList<BulkItem> &items = m_run->items();
    for (int i = 0; i < items.size(); ++i) {
        if (items.at(i).state == BulkItemState::Failed) {
            m_tree->setCurrentItem(m_tree->topLevelItem(i));
            break;
        }
    }
    showProgress();
}

void BulkResultsView::showProgress()
{
    const int done = m_run->doneCount();
    const int failed = m_run->countIn(BulkItemState::Failed);
    m_progressLabel->setText(
        failed > 0 ? tr("%1 of %2 done, %n failed", nullptr, failed).arg(done).arg(m_run->count())
                   : tr("%1 of %2 done").arg(done).arg(m_run->count()));
    m_progressBar->setValue(done);
    m_retry->setEnabled(failed > 0 && !m_run->isRunning());
}

} // namespace vzaps::ui
