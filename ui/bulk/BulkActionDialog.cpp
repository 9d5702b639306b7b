#include "ui/bulk/BulkActionDialog.h"

#include "core/actions/BulkOperations.h"
#include "core/actions/BulkRun.h"
#include "core/presentation/DisplayText.h"
#include "core/presentation/InstanceStore.h"
#include "ui/bulk/BulkResultsView.h"
#include "ui/common/WidgetHelpers.h"
#include "ui/confirm/ConfirmParts.h"
#include "ui/confirm/TypeToConfirm.h"

#include <QApplication>
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
{
    for (const Instance &instance : instances)
        m_selectedIds.append(instance.id);
    BatchPlan plan = planBatch(action, instances);
    m_instances = std::move(plan.included);
    m_skipped = std::move(plan.skipped);
    buildConfirmation();
    updateProblem();
    resize(560, sizeHint().height());
}

BulkActionDialog::~BulkActionDialog()
{
    if (m_run)
        m_run->cancel();
}

void BulkActionDialog::followStore(const InstanceStore &store)
{
    m_store = &store;
    const auto changedOne = [this](const QString &id) {
        if (m_run || m_replanQueued || !m_selectedIds.contains(id))
            return;
        m_replanQueued = true;
        QMetaObject::invokeMethod(this, &BulkActionDialog::replan, Qt::QueuedConnection);
    };
    connect(&store, &InstanceStore::changed, this, changedOne);
    connect(&store, &InstanceStore::removed, this, changedOne);
    connect(&store, &InstanceStore::cleared, this, [this] {
        m_selectedIds.clear(); // another account: nothing selected here is known any more
        replan();
    });
    replan(); // what the store knows may be newer than the selection handed over
}

void BulkActionDialog::replan()
{
    m_replanQueued = false;
    if (m_run || !m_store)
        return;
    QList<Instance> selection;
    for (const QString &id : std::as_const(m_selectedIds)) {
        if (const Instance *instance = m_store->find(id))
            selection.append(*instance);
    }
    BatchPlan plan = planBatch(m_action, selection);
    const auto idsOf = [](const QList<Instance> &instances) {
        QStringList ids;
        for (const Instance &instance : instances)
            ids.append(instance.id);
        return ids;
    };
    const auto reasonsOf = [](const QList<SkippedInstance> &skipped) {
        QStringList reasons;
        for (const SkippedInstance &one : skipped)
            reasons.append(one.instance.id + u' ' + one.reason);
        return reasons;
    };
    const bool same = idsOf(plan.included) == idsOf(m_instances) &&
                      reasonsOf(plan.skipped) == reasonsOf(m_skipped);
    m_instances = std::move(plan.included);
    m_skipped = std::move(plan.skipped);
    if (same)
        return;

    // Rebuilt in place; what was typed stays, and so does the focus.
    QLineEdit *typedIn = m_typeCount ? m_typeCount->findChild<QLineEdit *>() : nullptr;
    const QString typed = typedIn ? typedIn->text() : QString();
    QWidget *focus = QApplication::focusWidget();
    const bool hadFocus = focus && m_confirmation->isAncestorOf(focus);
    const int index = contentLayout()->indexOf(m_confirmation);
    delete m_confirmation;
    m_typeCount = nullptr;
    buildConfirmation(index);
    auto *note = named(new QLabel, u"bulkChangedNote"_s, tr("Batch changed"));
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);
    note->setText(m_instances.size() == 1
                      ? tr("The selected instances changed while this was open; the batch now "
                           "has 1 instance.")
                      : tr("The selected instances changed while this was open; the batch now "
                           "has %n instances.",
                           nullptr, int(m_instances.size())));
    qobject_cast<QVBoxLayout *>(m_confirmation->layout())->insertWidget(0, note);
    QLineEdit *typeIn = m_typeCount ? m_typeCount->findChild<QLineEdit *>() : nullptr;
    if (typeIn)
        typeIn->setText(typed);
    updateProblem();
    if (hadFocus) {
        if (typeIn)
            typeIn->setFocus();
        else
            okButton()->setFocus();
    }
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

void BulkActionDialog::buildConfirmation(int layoutIndex)
{
    const int n = int(m_instances.size());
    const bool one = n == 1; // a mixed selection may leave a batch of one
    QString question;
    switch (m_action) {
    case InstanceAction::Delete:
        question = (one ? tr("Delete this instance?") : tr("Delete these %1 instances?").arg(n)) +
                   u"\n\n"_s +
                   tr("This cannot be undone: their WhatsApp sessions end, their webhooks "
                      "stop and their tokens stop working.");
        setOkText(tr("&Delete"));
        break;
    case InstanceAction::CancelSubscription:
        question = (one ? tr("Cancel the subscription of this instance?")
                        : tr("Cancel the subscriptions of these %1 instances?").arg(n)) +
                   u"\n\n"_s +
                   tr("Trials end at once; paid subscriptions end when the period already paid "
                      "is over.");
        setOkText(tr("C&ancel subscriptions"));
        break;
    default:
        question = (one ? tr("Restart this instance?") : tr("Restart these %1 instances?").arg(n)) +
                   u"\n\n"_s +
                   tr("Connected ones drop their WhatsApp connection for a moment and get it back "
                      "by themselves; a restart pairs none that is not connected.");
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
    if (!m_skipped.isEmpty())
        layout->addWidget(createSkippedList());

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
    contentLayout()->insertWidget(layoutIndex, m_confirmation);
}

QWidget *BulkActionDialog::createSkippedList() const
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 6, 0, 0);
    auto *title = named(new QLabel, u"bulkSkippedLabel"_s, tr("Left out"));
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    title->setText(
        m_skipped.size() == 1
            ? tr("Left out, as the action does not apply to it:")
            : tr("%1 left out, as the action does not apply to them:").arg(m_skipped.size()));
    auto *list = named(new QListWidget, u"bulkSkippedList"_s, tr("Instances left out"));
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setWordWrap(true);
    for (const SkippedInstance &skipped : m_skipped) {
        // The reason names the instance; the id tells two of one name apart.
        auto *item = new QListWidgetItem(
            tr("%1 (%2)").arg(skipped.reason, display::cut(skipped.instance.id, 40)));
        item->setToolTip(display::toolTip(skipped.reason));
        list->addItem(item);
    }
    const int rowHeight = list->fontMetrics().height() + 6;
    list->setMaximumHeight(rowHeight * std::min(int(m_skipped.size()), 4) + 2 * list->frameWidth() +
                           4);
    title->setBuddy(list);
    layout->addWidget(title);
    layout->addWidget(list);
    return box;
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
    const QString action = BulkOperations::actionName(m_action);
    showResult(m_skipped.isEmpty()
                   ? tr("%1, instance by instance:").arg(action)
                   : tr("%1, instance by instance (%2 left out, nothing sent for them):")
                         .arg(action, QString::number(m_skipped.size())),
               results);
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
