#pragma once

#include "core/notify/DesktopNotice.h"

#include <QList>
#include <QObject>
#include <QTimer>

namespace vzaps {

class InstanceStore;
class WatchList;

// What the desktop is told when a watched instance's WhatsApp disconnects or connects (the
// watch list's instances; the one on screen needs no notice): one notice per instance, the
// next one replacing it, or, when several change within a moment (a server restart, the
// network back), one notice that names them instead of a flood. Which changes are told is
// the Settings dialog's choice.
class ConnectionNotices : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMostSingleNotices = 2; // more at once: one notice for them all
    static constexpr int kMostNamesInABurst = 5;

    ConnectionNotices(const InstanceStore &store, const WatchList &watchList,
                      QObject *parent = nullptr);

    void setChoices(bool disconnects, bool connects);
    void setBurstWindow(std::chrono::milliseconds window) { m_flush.setInterval(window); }

    // From LiveUpdates::connectionChanged.
    void connectionChanged(const QString &instanceId, bool connected);

    // The notice key of a burst (clicking it shows the window, no instance).
    static QString burstKey(bool connected);

Q_SIGNALS:
    void notice(const vzaps::notify::DesktopNotice &notice);

private:
    struct Change {
        QString id;
        QString name;
        QString pushName;
        bool connected = false;
    };
    void flush();
    void tell(const QList<Change> &changes, bool connected);

    const InstanceStore &m_store;
    const WatchList &m_watchList;
    bool m_disconnects = true;
    bool m_connects = true;
    QList<Change> m_pending;
    QTimer m_flush;
};

} // namespace vzaps
