#include "ui/actions/InstanceCommands.h"

#include "core/presentation/DisplayText.h"
#include "ui/common/WidgetHelpers.h"
#include "ui/style/BundledIcon.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

InstanceCommands::InstanceCommands(QObject *parent)
    : QObject(parent)
    , m_billingMenu(new QMenu(tr("&Billing")))
{
    using A = InstanceAction;
    add(A::Create, tr("&New instance…"), u"newInstanceAction"_s, tr("Create an instance (Ctrl+N)"))
        ->setIconText(tr("New")); // the toolbar's short label
    add(A::Edit, tr("&Edit…"), u"editInstanceAction"_s,
        tr("Change the name, webhook, events or options (F2)"));
    add(A::Restart, tr("Re&start…"), u"restartInstanceAction"_s,
        tr("Restart the selected instances"));
    add(A::Delete, tr("&Delete…"), u"deleteInstanceAction"_s,
        tr("Delete the selected instances (Del)"));
    add(A::Subscribe, tr("&Subscribe…"), u"subscribeAction"_s,
        tr("Start a paid subscription; pays with the card on file or opens a checkout page"));
    add(A::OpenCheckout, tr("&Open checkout"), u"openCheckoutAction"_s,
        tr("Open the checkout page in the web browser"));
    add(A::CopyCheckoutLink, tr("&Copy checkout link"), u"copyCheckoutLinkAction"_s,
        tr("Copy the checkout page's address, e.g. for a customer ticket"));
    add(A::ResumeSubscription, tr("&Resume subscription…"), u"resumeSubscriptionAction"_s,
        tr("Undo the scheduled cancellation"));
    add(A::CancelSubscription, tr("C&ancel subscription…"), u"cancelSubscriptionAction"_s,
        tr("Cancel the subscription of the selected instances"));
    add(A::PairSession, tr("&Pair WhatsApp"), u"pairSessionAction"_s,
        tr("Show the QR code to scan with the phone's WhatsApp, in the detail panel"));
    add(A::DisconnectSession, tr("Dis&connect WhatsApp…"), u"disconnectSessionAction"_s,
        tr("Log the instance out of WhatsApp; it must be paired again"));

    action(A::Create)->setShortcut(QKeySequence::New);
    action(A::Create)->setIcon(themedIcon(u"list-add"_s));
    action(A::Edit)->setShortcut(Qt::Key_F2);
    action(A::Edit)->setIcon(themedIcon(u"document-edit"_s));
    action(A::Restart)->setIcon(themedIcon(u"view-refresh"_s));
    action(A::Delete)->setShortcut(QKeySequence::Delete);
    action(A::Delete)->setIcon(themedIcon(u"edit-delete"_s));
    action(A::PairSession)->setIcon(themedIcon(u"view-qrcode"_s));
    action(A::Subscribe)->setIcon(themedIcon(u"wallet-open"_s));
    action(A::OpenCheckout)->setIcon(themedIcon(u"go-jump"_s));
    action(A::CopyCheckoutLink)->setIcon(themedIcon(u"insert-link"_s));
    action(A::ResumeSubscription)->setIcon(themedIcon(u"media-playback-start"_s));
    action(A::CancelSubscription)->setIcon(themedIcon(u"process-stop"_s));
    action(A::DisconnectSession)->setIcon(themedIcon(u"network-disconnect"_s));
    // Edit and Delete act on the table's selection: they must not fire while the user
    // types in the search field or edits a form.
    for (A which : {A::Edit, A::Delete})
        action(which)->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    named(m_billingMenu.get(), u"billingMenu"_s, tr("Billing"));
    m_billingMenu->setToolTipsVisible(true); // a disabled item says why
    for (A which : {A::Subscribe, A::OpenCheckout, A::CopyCheckoutLink})
        m_billingMenu->addAction(action(which));
    m_billingMenu->addSeparator();
    m_billingMenu->addAction(action(A::ResumeSubscription));
    m_billingMenu->addAction(action(A::CancelSubscription));
    m_billingMenu->menuAction()->setObjectName(u"billingMenuAction"_s);

    updateForSelection({});
}

QAction *InstanceCommands::add(InstanceAction which, const QString &text, const QString &objectName,
                               const QString &toolTip)
{
    auto *qaction = named(new QAction(text, this), objectName, QString(text).remove(u'&'));
    m_actions.insert(which, qaction);
    m_toolTips.insert(which, toolTip);
    connect(qaction, &QAction::triggered, this, [this, which] {
        // A shortcut may fire between a selection change and our update: check again.
        if (availability(which, m_selection).enabled && m_signedIn)
            Q_EMIT requested(which);
    });
    return qaction;
}

void InstanceCommands::updateForSelection(const QList<Instance> &selection)
{
    m_selection = selection;
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        const Availability state = availability(it.key(), selection);
        QAction *qaction = it.value();
        const bool enabled = state.enabled && m_signedIn;
        qaction->setEnabled(enabled);
        // The reason may name an instance: escaped, as tooltips read as rich text.
        qaction->setToolTip(enabled || !m_signedIn ? m_toolTips.value(it.key())
                                                   : display::toolTip(state.reason));
        // Plain text: the status bar shows it as is, when a menu item is hovered.
        qaction->setStatusTip(enabled || !m_signedIn ? m_toolTips.value(it.key())
                                                     : display::cut(state.reason));
    }
    // Bulk-capable actions say how many they will act on: the ones a batch includes.
    const auto count = [&selection](InstanceAction which) {
        return selection.size() > 1 ? int(planBatch(which, selection).included.size()) : 0;
    };
    const int restarts = count(InstanceAction::Restart);
    action(InstanceAction::Restart)
        ->setText(restarts > 1 ? tr("Re&start %1…").arg(restarts) : tr("Re&start…"));
    const int deletes = count(InstanceAction::Delete);
    action(InstanceAction::Delete)
        ->setText(deletes > 1 ? tr("&Delete %1…").arg(deletes) : tr("&Delete…"));
    const int cancels = count(InstanceAction::CancelSubscription);
    action(InstanceAction::CancelSubscription)
        ->setText(cancels > 1 ? tr("C&ancel %1 subscriptions…").arg(cancels)
                              : tr("C&ancel subscription…"));
}

void InstanceCommands::setSignedIn(bool signedIn)
{
    m_signedIn = signedIn;
    updateForSelection(m_selection);
}

void InstanceCommands::addToToolBar(QToolBar *toolBar) const
{
    using A = InstanceAction;
    for (A which : {A::Create, A::Edit, A::Restart, A::Delete})
        toolBar->addAction(action(which));
    // Billing opens its menu on a plain click. A button of its own, holding the menu: a
    // toolbar's button for a menu's own action has no menu() of its own, and assistive
    // technology could not open it (no Show menu action).
    auto *button = new QToolButton;
    button->setObjectName(u"billingButton"_s);
    button->setText(
        QString(m_billingMenu->title()).remove(u'&')); // the menu bar has its Alt+letter
    button->setAccessibleName(tr("Billing"));
    button->setToolTip(tr("Subscribe, open or copy the checkout, resume or cancel the "
                          "subscription of the selected instance"));
    // The icon is the button's, not the menu's: a menu bar shows a menu's icon instead of its
    // title.
    button->setIcon(themedIcon(u"wallet-open"_s));
    button->setMenu(m_billingMenu.get());
    button->setPopupMode(QToolButton::InstantPopup);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::NoFocus); // as the toolbar's other buttons
    button->setToolButtonStyle(toolBar->toolButtonStyle());
    button->setIconSize(toolBar->iconSize());
    connect(toolBar, &QToolBar::toolButtonStyleChanged, button, &QToolButton::setToolButtonStyle);
    connect(toolBar, &QToolBar::iconSizeChanged, button, &QToolButton::setIconSize);
    toolBar->addWidget(button);
}

void InstanceCommands::addToRowMenu(QMenu *menu) const
{
    using A = InstanceAction;
    for (A which : {A::Edit, A::Restart, A::PairSession, A::DisconnectSession})
        menu->addAction(action(which));
    menu->addMenu(m_billingMenu.get());
    menu->addSeparator();
    menu->addAction(action(A::Delete));
}

} // namespace vzaps::ui
