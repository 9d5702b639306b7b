#include "ui/actions/ActionLauncher.h"

#include "ui/billing/CheckoutFlow.h"
#include "ui/billing/SubscribeDialog.h"
#include "ui/bulk/BulkActionDialog.h"
#include "ui/confirm/CancelSubscriptionDialog.h"
#include "ui/confirm/DeleteInstanceDialog.h"
#include "ui/confirm/DisconnectSessionDialog.h"
#include "ui/confirm/RestartDialog.h"
#include "ui/confirm/ResumeSubscriptionDialog.h"
#include "ui/forms/CreateInstanceDialog.h"
#include "ui/forms/EditInstanceDialog.h"

#include <QDialog>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

namespace {

QString dialogKey(InstanceAction action, const QList<Instance> &selection)
{
    QStringList ids;
    for (const Instance &instance : selection)
        ids.append(instance.id);
    ids.sort();
    return QString::number(int(action)) + u':' + ids.join(u',');
}

} // namespace

ActionLauncher::ActionLauncher(ApiClient &client, QWidget *window)
    : QObject(window)
    , m_client(client)
    , m_window(window)
    , m_checkout(new CheckoutFlow(client, window, this))
{
    connect(m_checkout, &CheckoutFlow::message, this, &ActionLauncher::message);
    connect(m_checkout, &CheckoutFlow::actionRecorded, this, &ActionLauncher::actionRecorded);
    connect(m_checkout, &CheckoutFlow::instanceLearned, this, &ActionLauncher::instanceLearned);
    connect(m_checkout, &CheckoutFlow::instanceChanged, this, &ActionLauncher::instanceChanged);
    connect(m_checkout, &CheckoutFlow::instanceRemoved, this, &ActionLauncher::instanceRemoved);
}

ActionLauncher::~ActionLauncher() = default;

void ActionLauncher::launch(InstanceAction action, const QList<Instance> &selection)
{
    const Availability state = availability(action, selection);
    if (!state.enabled)
        return Q_EMIT message(state.reason);
    // These two need no dialog: a remembered link, or one subscribe to get one.
    if (action == InstanceAction::OpenCheckout)
        return m_checkout->openCheckout(selection.first());
    if (action == InstanceAction::CopyCheckoutLink)
        return m_checkout->copyCheckoutLink(selection.first());
    if (action == InstanceAction::PairSession)
        return Q_EMIT pairingRequested(selection.first());
    const QString key = dialogKey(action, selection);
    if (QDialog *open = m_open.value(key)) {
        open->raise();
        open->activateWindow();
        return;
    }
    if (QDialog *dialog = createDialog(action, selection))
        show(key, dialog);
}

QDialog *ActionLauncher::createDialog(InstanceAction action, const QList<Instance> &selection)
{
    using A = InstanceAction;
    if (selection.size() > 1) {
        auto *dialog = new BulkActionDialog(m_client, action, selection, m_window);
        if (m_store)
            dialog->followStore(*m_store);
        return dialog;
    }
    const Instance none;
    const Instance &instance = selection.isEmpty() ? none : selection.first();
    switch (action) {
    case A::Create: {
        auto *dialog = new CreateInstanceDialog(m_client, m_window);
        connect(dialog, &CreateInstanceDialog::instanceCreated, this,
                &ActionLauncher::instanceCreated);
        return dialog;
    }
    case A::Edit:
        return new EditInstanceDialog(m_client, instance, m_window);
    case A::Restart:
        return new RestartDialog(m_client, instance, m_window);
    case A::Delete: {
        auto *dialog = new DeleteInstanceDialog(m_client, instance, m_window);
        dialog->setTypeToConfirm(m_typeToConfirm);
        return dialog;
    }
    case A::Subscribe:
        return new SubscribeDialog(*m_checkout, instance, m_window);
    case A::ResumeSubscription:
        return new ResumeSubscriptionDialog(m_client, instance, m_window);
    case A::CancelSubscription: {
        auto *dialog = new CancelSubscriptionDialog(m_client, instance, m_window);
        dialog->setTypeToConfirm(m_typeToConfirm);
        return dialog;
    }
    case A::DisconnectSession:
        return new DisconnectSessionDialog(m_client, instance, m_window);
    case A::OpenCheckout:
    case A::CopyCheckoutLink:
    case A::PairSession:
        break; // handled without a dialog
    }
    return nullptr;
}

void ActionLauncher::show(const QString &key, QDialog *dialog)
{
    m_open.insert(key, dialog);
    connect(dialog, &QObject::destroyed, this, [this, key] { m_open.remove(key); });
    if (auto *actionDialog = qobject_cast<ActionDialog *>(dialog)) {
        connect(actionDialog, &ActionDialog::actionRecorded, this, &ActionLauncher::actionRecorded);
        connect(actionDialog, &ActionDialog::instanceLearned, this,
                &ActionLauncher::instanceLearned);
        connect(actionDialog, &ActionDialog::instanceChanged, this,
                &ActionLauncher::instanceChanged);
        connect(actionDialog, &ActionDialog::instanceRemoved, this,
                &ActionLauncher::instanceRemoved);
    }
    // Non-modal: the table stays usable beside the dialog. (open() would
    // make it window-modal; exec() would block.)
    dialog->setModal(false);
    dialog->show();
}

bool ActionLauncher::closeAsking()
{
    const auto open = m_open.values();
    for (const QPointer<QDialog> &dialog : open) {
        if (dialog && dialog->isVisible() && !dialog->close())
            return false;
    }
    m_checkout->closeAll();
    return true;
}

void ActionLauncher::closeAll()
{
    const auto open = m_open.values();
    for (const QPointer<QDialog> &dialog : open) {
        // Closing cancels its request and deletes it; the window is going, so it does not
        // ask about unsaved input.
        if (auto *actionDialog = qobject_cast<ActionDialog *>(dialog.data()))
            actionDialog->discard();
        else if (dialog)
            dialog->close();
    }
    m_checkout->closeAll();
}

} // namespace vzaps::ui
