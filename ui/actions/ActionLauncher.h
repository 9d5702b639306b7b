#pragma once

#include "core/actions/ActionAvailability.h"
#include "core/actions/ActionRecord.h"
#include "ui/dialogs/ActionDialog.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QDialog;
class QWidget;

namespace vzaps {
class ApiClient;
class InstanceStore;
} // namespace vzaps

namespace vzaps::ui {

class BrowserHandOff;
class CheckoutFlow;

// Opens the dialog an action needs for a selection: the single-instance
// dialogs, or the bulk dialog for several; Open checkout and Copy checkout link go
// straight to the checkout flow. Dialogs are non-modal; asking again for
// the same action on the same instances raises the open dialog instead of a second one.
// Everything the dialogs report comes out of the launcher's signals, so the window
// connects once.
class ActionLauncher : public QObject
{
    Q_OBJECT
public:
    ActionLauncher(ApiClient &client, QWidget *window);
    ~ActionLauncher() override;

    void launch(vzaps::InstanceAction action, const QList<Instance> &selection);

    // Delete and cancel ask for the name (or the count) to be typed, unless people turned
    // that off in Settings.
    void setTypeToConfirm(bool on) { m_typeToConfirm = on; }
    // Where the instances' state lives: bulk dialogs follow it until they start.
    void setStore(const InstanceStore *store) { m_store = store; }

    // Closes every dialog and waiting panel (the account is about to change).
    // Closes every dialog as a person would: one with unsaved input asks first. False,
    // with that dialog still open, while it asks (quitting must wait for the answer).
    bool closeAsking();
    void closeAll();

    // Remembered checkout links and their waiting panels.
    CheckoutFlow &checkout() const { return *m_checkout; }

Q_SIGNALS:
    void actionRecorded(const vzaps::ActionRecord &record);
    void instanceCreated(const vzaps::Instance &instance);
    void instanceLearned(const QString &instanceId, const QJsonObject &members);
    void instanceChanged(const QString &instanceId);
    void instanceRemoved(const QString &instanceId);
    void message(const QString &text);
    // Pair WhatsApp: the detail panel shows the pairing view (no dialog, nothing sent yet).
    void pairingRequested(const vzaps::Instance &instance);

private:
    QDialog *createDialog(InstanceAction action, const QList<Instance> &selection);
    void show(const QString &key, QDialog *dialog);

    ApiClient &m_client;
    QWidget *m_window;
    CheckoutFlow *m_checkout; // remembers checkout links and their waiting panels
    bool m_typeToConfirm = true;
    const InstanceStore *m_store = nullptr;
    QHash<QString, QPointer<QDialog>> m_open; // by action and instance ids
};

} // namespace vzaps::ui
