#pragma once

#include <QObject>

class QSocketNotifier;

namespace vzaps::desk {

// SIGTERM, SIGINT and SIGHUP (a logout, kill, Ctrl+C in the terminal) end vzaps-desk the way
// closing its window does: the windows are closed, so the window layout is saved, and the
// event loop ends, so what the session made (the --sandbox folder) is removed. The handler
// only writes the signal's number to a socket the event loop watches. One per process.
class QuitSignals : public QObject
{
    Q_OBJECT
public:
    explicit QuitSignals(QObject *parent = nullptr);
    ~QuitSignals() override;

Q_SIGNALS:
    void received(int signalNumber);

private:
    void onReadable();
    static void closeWindowsAndQuit();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace vzaps::desk
