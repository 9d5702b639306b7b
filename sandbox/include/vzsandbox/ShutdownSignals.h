#pragma once

#include <QObject>

class QSocketNotifier;

namespace vzsandbox {

// Turns SIGINT and SIGTERM into a Qt signal on the event loop (self-pipe trick: the handler
// only write()s a byte, which is async-signal-safe). One instance per process.
class ShutdownSignals : public QObject
{
    Q_OBJECT

public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

    bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void received(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace vzsandbox
