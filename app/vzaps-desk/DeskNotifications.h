#pragma once

#include <QDBusConnection>
#include <QObject>

namespace vzaps {
struct Preferences;
class ConnectionNotices;
namespace notify {
class FreedesktopNotifier;
}
} // namespace vzaps

namespace vzaps::ui {
class MainWindow;
}

namespace vzaps::desk {

// The desktop notifications of vzaps-desk: a watched instance that disconnects or connects is
// told through org.freedesktop.Notifications on `bus` (ConnectionNotices decides what is
// told, the Settings dialog which changes), and clicking a notice brings the window up with
// that instance shown.
class DeskNotifications : public QObject
{
    Q_OBJECT
public:
    DeskNotifications(ui::MainWindow &window, const QDBusConnection &bus,
                      QObject *parent = nullptr);
    ~DeskNotifications() override;

    void applyPreferences(const Preferences &preferences);

    ConnectionNotices &notices() const { return *m_notices; }
    notify::FreedesktopNotifier &notifier() const { return *m_notifier; }

private:
    ui::MainWindow &m_window;
    ConnectionNotices *m_notices;
    notify::FreedesktopNotifier *m_notifier;
};

} // namespace vzaps::desk
