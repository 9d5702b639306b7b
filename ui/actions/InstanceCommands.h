#pragma once

#include "core/actions/ActionAvailability.h"

#include <QHash>
#include <QMenu>
#include <QObject>

#include <memory>

class QAction;
class QToolBar;

namespace vzaps::ui {

// The window's actions that change instances on the server: New, Edit,
// Restart, Delete, the Billing menu and Disconnect. Each is enabled only when it fits
// the selection, and says why in its tooltip when it does not (ActionAvailability).
// Triggering one emits `requested`; opening the dialog is someone else's job.
class InstanceCommands : public QObject
{
    Q_OBJECT
public:
    explicit InstanceCommands(QObject *parent);

    QAction *action(InstanceAction which) const { return m_actions.value(which); }
    // Subscribe, Open checkout, Copy checkout link, Resume and Cancel subscription.
    QMenu *billingMenu() const { return m_billingMenu.get(); }

    void updateForSelection(const QList<Instance> &selection);
    // Signed out (setup page): nothing to act on, not even New.
    void setSignedIn(bool signedIn);

    void addToToolBar(QToolBar *toolBar) const;
    // The row context menu: everything but New.
    void addToRowMenu(QMenu *menu) const;

Q_SIGNALS:
    void requested(vzaps::InstanceAction action);

private:
    QAction *add(InstanceAction which, const QString &text, const QString &objectName,
                 const QString &toolTip);

    QHash<InstanceAction, QAction *> m_actions;
    QHash<InstanceAction, QString> m_toolTips; // what each does, shown when enabled
    // A widget cannot be the child of this QObject: owned here, so it goes with the commands.
    std::unique_ptr<QMenu> m_billingMenu;
    bool m_signedIn = true;
    QList<Instance> m_selection;
};

} // namespace vzaps::ui
