#include "ui/bulk/BulkActionDialog.h"

#include "core/actions/BulkOperations.h"
#include "core/actions/BulkRun.h"
#include "ui/bulk/BulkResultsView.h"
#include "ui/common/WidgetHelpers.h"
#include "ui/confirm/ConfirmParts.h"
#include "ui/confirm/TypeToConfirm.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

namespace {

QString titleFor(InstanceAction action)
{
    switch (action) {
    case InstanceAction::Delete:
        return BulkActionDialog::tr("Delete instances");
    case InstanceAction::CancelSubscription:
        return BulkActionDialog::tr("Cancel subscriptions");
    default:
        return BulkActionDialog::tr("Restart instances");
    }
}

// Undoing these takes more than a click: the user types how many instances they hit.
bool isDestructive(InstanceAction action)
{
    return action == InstanceAction::Delete || action == InstanceAction::CancelSubscription;
}

} // namespace

BulkActionDialog::BulkActionDialog(ApiClient &client, InstanceAction action,
                                   const QList<Instance> &instances, QWidget *parent)
    : ActionDialog(u"bulkActionDialog"_s, titleFor(action), parent)
    , m_client(client)
    , m_action(action)
    , m_instances(instances)
{
    buildConfirmation();
    updateProblem();
    resize(560, sizeHint().height());
}

BulkActionDialog::~BulkActionDialog()
{
    if (m_run)
        m_run->cancel();
}

bool BulkActionDialog::isRunning() const
{
    return m_run && m_run->isRunning();
}

void BulkActionDialog::reject()
{
    // Closing stops the batch: nothing more is sent, and replies in flight are dropped.
    if (m_run)
        m_run->cancel();
    ActionDialog::reject();
}

void BulkActionDialog::buildConfirmation()
{
    const int n = int(m_instances.size());
    QString question;
    switch (m_action) {
    case InstanceAction::Delete:
        question = tr("Delete these %1 instances?\n\nThis cannot be undone: their WhatsApp "
                      "sessions end, their webhooks stop and their tokens stop working.")
                       .arg(n);
        setOkText(tr("&Delete"));
        break;
    case InstanceAction::CancelSubscription:
        question = tr("Cancel the subscriptions of these %1 instances?\n\nTrials end at once; "
                      "paid subscriptions end when the period already paid is over.")
                       .arg(n);
        setOkText(tr("C&ancel subscriptions"));
        break;
    default:
        question = tr("Restart these %1 instances?\n\nTheir WhatsApp connections drop for a "
                      "moment and come back by themselves.")
                       .arg(n);
        setOkText(tr("&Restart"));
        break;
    }

    m_confirmation = new QWidget;
    auto *layout = new QVBoxLayout(m_confirmation);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(confirm::questionLabel(question));

    auto *list = named(new QListWidget, u"bulkInstanceList"_s, tr("Instances to act on"));
    for (const Instance &instance : std::as_const(m_instances))
        list->addItem(confirm::instanceLabel(instance));
    list->setSelectionMode(QAbstractItemView::NoSelection);
    const int rowHeight = list->fontMetrics().height() + 6;
    list->setMaximumHeight(rowHeight * std::min(n, 6) + 2 * list->frameWidth() + 4);
    layout->addWidget(list);

    if (isDestructive(m_action)) {
        m_typeCount = new TypeToConfirm(QString::number(n), tr("Type %1 to confirm."));
        // The bulk name of the line the user types in (the widget names it for one instance).
        if (auto *edit = m_typeCount->findChild<QLineEdit *>()) {
            named(edit, u"confirmCountEdit"_s, tr("Number of instances, typed to confirm"));
            edit->setMaximumWidth(160);
        }
        layout->addSpacing(6);
        layout->addWidget(m_typeCount);
        connect(m_typeCount, &TypeToConfirm::changed, this, &BulkActionDialog::updateProblem);
        setInitialFocus(m_typeCount); // typing is what the user does first here
    } else {
        setInitialFocus(okButton()); // not the list above it
    }
    contentLayout()->addWidget(m_confirmation);
}

void BulkActionDialog::updateProblem()
{
    if (!worksOnSeveral(m_action))
        return setProblem(tr("This action works on one instance at a time."));
    if (m_instances.isEmpty())
        return setProblem(tr("No instances are selected."));
    if (m_typeCount && !m_typeCount->isConfirmed())
        return setProblem(
            tr("Type the number of instances, %1, to confirm.").arg(m_instances.size()));
    setProblem({});
}

QPointer<ApiCall> BulkActionDialog::submit()
{
    m_run = new BulkRun(BulkOperations::forAction(m_client, m_action), m_instances, this);
    connect(m_run, &BulkRun::actionRecorded, this,
            [this](const ActionRecord &outcome) { record(outcome); });
    connect(m_run, &BulkRun::itemFinished, this, &BulkActionDialog::onItemFinished);
    connect(m_run, &BulkRun::finished, this, &BulkActionDialog::onRunFinished);

    auto *results = new BulkResultsView(m_run);
    m_confirmation->hide(); // the results list names every instance again
    showResult(tr("%1, instance by instance:").arg(BulkOperations::actionName(m_action)), results);
    // While the batch runs, Enter pressed once too often must not close and cancel it.
    setCloseIsDefault(false);
    results->tree()->setFocus();
    resize(std::max(width(), 720), height());

    m_run->start();
    return {};
}

void BulkActionDialog::onItemFinished(int index)
{
    const BulkItem &item = m_run->items().at(index);
    if (item.state != BulkItemState::Succeeded)
        return;
    if (item.instanceGone)
        Q_EMIT instanceRemoved(item.instance.id);
    else
        Q_EMIT instanceChanged(item.instance.id);
}

void BulkActionDialog::onRunFinished()
{
    setCloseIsDefault(true);
}

void BulkActionDialog::setCloseIsDefault(bool isDefault)
{
    auto *close = findChild<QPushButton *>(u"cancelButton"_s);
    if (!close)
        return;
    close->setAutoDefault(isDefault);
    close->setDefault(isDefault);
}

} // namespace vzaps::ui
