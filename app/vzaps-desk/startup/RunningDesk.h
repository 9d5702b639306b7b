#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <chrono>
#include <optional>

class QDeadlineTimer;
class QLocalServer;
class QLocalSocket;
class QLockFile;

namespace vzaps::desk {

struct LaunchOptions;

// One vzaps-desk per settings file: a second start hands what it was asked for (--profile,
// --sandbox) to the running one, which brings its window to the front, instead of opening
// the same settings and action log twice. They meet on a local socket in the user's runtime
// folder whose name comes from the settings file, so an isolated HOME or XDG_CONFIG_HOME
// (tests, a second user) has its own.
//
// The message is one JSON line of at most kMaxMessageBytes, {"activate":true,"profile":…,
// "sandbox":…}, answered by {"activated":true}. The listener reads it without waiting (a
// peer that sends too much, too slowly or nonsense is dropped unanswered) and never blocks
// the window.
class RunningDesk : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype kMaxMessageBytes = 4096;
    // How long either side waits for the other: the second start for its answer, the running
    // one for a peer's message.
    static constexpr std::chrono::milliseconds kTimeout{2000};

    // What another start asks the running one for.
    struct Request {
        QString profile;      // a saved account's name; empty: the window as it is
        bool sandbox = false; // switch to the sandbox (wins over `profile`, as at start)
    };

    // What claim() found.
    enum class Outcome {
        Primary,   // no one else was running: this one listens now
        Forwarded, // the running one took the request
        NoAnswer,  // one is running but did not answer in time
        Alone,     // no way to tell or to listen (the reason is logged): run without it
    };

    // `serverPath`: where the socket lives; by default the one for this user's settings file.
    explicit RunningDesk(QString serverPath = defaultServerPath(), QObject *parent = nullptr);
    ~RunningDesk() override;

    // "vzaps-desk-" and the first 16 hex digits of the SHA-256 of `settingsFile`.
    static QString serverNameFor(const QString &settingsFile);
    // That name for QSettings().fileName(), in the user's runtime folder.
    static QString defaultServerPath();

    // Hands `request` to a running vzaps-desk and waits for its answer (at most kTimeout);
    // when none runs (nothing there, or a socket left by a crash), listens instead. Safe
    // against two starts at once: one of them listens, the other one hands over.
    Outcome claim(const Request &request);
    bool isListening() const;
    QString serverPath() const { return m_path; }

    // The message for `request`, newline included; its profile is cut to fit.
    static QByteArray encode(const Request &request);
    // The request in one message line (its newline optional); nullopt for anything else.
    static std::optional<Request> decode(const QByteArray &line);

Q_SIGNALS:
    // Another start asked for the window (and maybe an account or the sandbox).
    void activationRequested(const QString &profile, bool sandbox);

private:
    enum class Attempt { Answered, NoAnswer, NoOneListens, Unknown };
    // Connects, unlocks `lock` once connected, sends `request` and waits for the answer.
    Attempt forward(QLocalSocket &socket, const Request &request, QLockFile &lock,
                    const QDeadlineTimer &deadline);
    bool listen();
    void acceptConnections();
    void serve(QLocalSocket *socket);

    QString m_path;
    QLocalServer *m_server = nullptr;
    int m_open = 0; // connections being read
};

// For main(): claim() with what this start was asked for, saying on stdout or stderr what
// happened. An exit code when this process is done (the running one took over, or did not
// answer); nullopt when it goes on to open its window.
std::optional<int> handOverOrListen(RunningDesk &instance, const LaunchOptions &options);

} // namespace vzaps::desk
