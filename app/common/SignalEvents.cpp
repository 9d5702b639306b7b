#include "app/common/SignalEvents.h"

#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace vzaps {

namespace {

// [0] written by the handler, [1] read on the event loop.
int g_wakeUp[2] = {-1, -1};

extern "C" void wakeEventLoop(int signalNumber)
{
    const int savedErrno = errno; // the interrupted code may be about to read it
    const auto number = static_cast<unsigned char>(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(g_wakeUp[0], &number, 1);
    errno = savedErrno;
}

} // namespace

SignalEvents::SignalEvents(std::initializer_list<int> signalNumbers, QObject *parent)
    : QObject(parent)
    , m_signals(signalNumbers)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, g_wakeUp) != 0)
        return;
    m_notifier = new QSocketNotifier(g_wakeUp[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SignalEvents::onReadable);
    struct sigaction action = {};
    action.sa_handler = wakeEventLoop;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int signalNumber : std::as_const(m_signals))
        ::sigaction(signalNumber, &action, nullptr);
}

SignalEvents::~SignalEvents()
{
    for (int signalNumber : std::as_const(m_signals))
        std::signal(signalNumber, SIG_DFL);
    for (int &end : g_wakeUp) {
        if (end >= 0)
            ::close(end);
        end = -1;
    }
}

void SignalEvents::onReadable()
{
    unsigned char number = 0;
    while (::read(g_wakeUp[1], &number, 1) == 1)
        Q_EMIT received(number);
}

} // namespace vzaps
