#include "QuitSignals.h"

#include <QApplication>
#include <QSocketNotifier>
#include <QWidget>

#include <cerrno>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace vzaps::desk {

namespace {

constexpr int kSignals[] = {SIGTERM, SIGINT, SIGHUP};
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

QuitSignals::QuitSignals(QObject *parent)
    : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, g_wakeUp) != 0)
        return; // then signals keep their default: the app ends at once, as before
    m_notifier = new QSocketNotifier(g_wakeUp[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &QuitSignals::onReadable);
    // Once: a second signal while the windows close must not close them again.
    connect(this, &QuitSignals::received, this, &QuitSignals::closeWindowsAndQuit,
            Qt::SingleShotConnection);
    struct sigaction action = {};
    action.sa_handler = wakeEventLoop;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int signalNumber : kSignals)
        ::sigaction(signalNumber, &action, nullptr);
}

QuitSignals::~QuitSignals()
{
    for (int signalNumber : kSignals)
        std::signal(signalNumber, SIG_DFL);
    for (int &end : g_wakeUp) {
        if (end >= 0)
            ::close(end);
        end = -1;
    }
}

void QuitSignals::onReadable()
{
    unsigned char number = 0;
    while (::read(g_wakeUp[1], &number, 1) == 1)
        Q_EMIT received(number);
}

void QuitSignals::closeWindowsAndQuit()
{
    // As if each window's close button were pressed (each saves what it keeps), then the end
    // of the event loop, even if a window refused to close.
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows)
        window->close();
    QCoreApplication::quit();
}

} // namespace vzaps::desk
