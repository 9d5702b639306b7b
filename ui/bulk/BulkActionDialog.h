#pragma once

#include "core/actions/ActionAvailability.h"
#include "ui/dialogs/ActionDialog.h"

#include <QList>

namespace vzaps {
class ApiClient;
class BulkRun;
class InstanceStore;
} // namespace vzaps

namespace vzaps::ui {

class TypeToConfirm;

// Restart, delete or cancel the subscription of several instances at once.
// The batch runs on the selected instances the action applies to; the others are listed
// under it with the reason they are left out, and nothing is sent for them (planBatch()).
// One confirmation for the batch: OK for a restart, the count typed for the destructive
// ones. Then a results list fills in, at most BulkRun::kDefaultMaxInFlight requests at
// a time, with "Retry failed" for the ones that failed. Closing cancels what is in flight.
//
// Until OK it follows the store (followStore()): a selected instance that is canceled, paid,
// resumed or deleted meanwhile moves into or out of the batch, and the count to type follows.
//
// Signals (from ActionDialog): actionRecorded for every outcome, instanceChanged as a
// restart or cancel succeeds, instanceRemoved as a delete succeeds (404 included).
// Open it non-modally with open(); it deletes itself when closed.
class BulkActionDialog : public ActionDialog
{
    Q_OBJECT
public:
    // `action` is Restart, Delete or CancelSubscription (worksOnSeveral()); `instances` is
    // the selection, left-out ones included.
    BulkActionDialog(ApiClient &client, InstanceAction action, const QList<Instance> &instances,
                     QWidget *parent = nullptr);
    ~BulkActionDialog() override;

    // The selected instances as `store` knows them from now on, until the batch starts.
    void followStore(const InstanceStore &store);

    InstanceAction action() const { return m_action; }
    // The batch has started and something is still pending or in flight.
    bool isRunning() const;
    // The run behind the results (null until OK), for tests and the action log.
    BulkRun *run() const { return m_run; }

public Q_SLOTS:
    void reject() override;

protected:
    // Starts the batch and turns the dialog into its results view. Returns null: the
    // batch is not one call, and the frame must not treat the dialog as busy.
    QPointer<ApiCall> submit() override;

private:
    void buildConfirmation(int layoutIndex = -1);
    void replan();
    QWidget *createSkippedList() const;
    void updateProblem();
    void onItemFinished(int index);
    void onRunFinished();
    void setCloseIsDefault(bool isDefault);

    ApiClient &m_client;
    InstanceAction m_action;
    const InstanceStore *m_store = nullptr;
    QStringList m_selectedIds;   // as selected, in order, left-out ones included
    bool m_replanQueued = false; // several changes in one go replan once
    QList<Instance> m_instances; // the ones the batch runs on
    QList<SkippedInstance> m_skipped;
    QWidget *m_confirmation = nullptr;
    TypeToConfirm *m_typeCount = nullptr; // only for the destructive actions
    BulkRun *m_run = nullptr;
};

} // namespace vzaps::ui
