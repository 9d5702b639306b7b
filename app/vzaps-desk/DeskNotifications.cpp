#include "app/vzaps-desk/DeskNotifications.h"

#include "core/accounts/AppIdentity.h"
#include "core/notify/FreedesktopNotifier.h"
#include "core/presentation/ConnectionNotices.h"
#include "core/presentation/InstanceListController.h"
#include "core/presentation/LiveUpdates.h"
#include "core/settings/AppSettings.h"
#include "ui/mainwindow/MainWindow.h"

#include <QCoreApplication>

namespace vzaps::desk {

DeskNotifications::DeskNotifications(ui::MainWindow &window, const QDBusConnection &bus,
                                     QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_notices(new ConnectionNotices(window.controller().store(), window.watchList(), this))
{
    notify::NotifierIdentity identity;
    identity.appName = QCoreApplication::translate("vzaps::desk", "VZaps Desk");
    identity.iconName = QString(identity::kApplicationId);
    identity.desktopEntry = QString(identity::kApplicationId);
    m_notifier = new notify::FreedesktopNotifier(bus, identity, this);

    connect(&window.liveUpdates(), &LiveUpdates::connectionChanged, m_notices,
            &ConnectionNotices::connectionChanged);
    connect(m_notices, &ConnectionNotices::notice, m_notifier, &notify::FreedesktopNotifier::show);
    connect(m_notifier, &notify::FreedesktopNotifier::activated, &window,
            [&window](const QString &key) {
                // A burst's notice names no one instance: the window alone comes up.
                const bool aBurst = key == ConnectionNotices::burstKey(true) ||
                                    key == ConnectionNotices::burstKey(false);
                window.revealInstance(aBurst ? QString() : key);
            });
}

DeskNotifications::~DeskNotifications() = default;

void DeskNotifications::applyPreferences(const Preferences &preferences)
{
    m_notices->setChoices(preferences.notifyDisconnects, preferences.notifyConnects);
}

} // namespace vzaps::desk
