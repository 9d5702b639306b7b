#pragma once

#include <QObject>

#include <initializer_list>

class QSocketNotifier;

namespace vzaps {

// Turns the given Unix signals (SIGTERM, SIGINT, …) into a Qt signal on the event loop, so a
// program can end the way it ends normally. The handler only writes the signal's number to a
// socket the event loop watches (async-signal-safe). One per process; destroying it restores
// the default handling.
class SignalEvents : public QObject
{
    Q_OBJECT
public:
    explicit SignalEvents(std::initializer_list<int> signalNumbers, QObject *parent = nullptr);
    ~SignalEvents() override;

    // False when the socket could not be made: the signals keep their default action.
    bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void received(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
    QList<int> m_signals;
};

} // namespace vzaps
