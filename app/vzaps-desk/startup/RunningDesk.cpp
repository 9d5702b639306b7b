#include "app/vzaps-desk/startup/RunningDesk.h"

#include "app/vzaps-desk/DeskLauncher.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace vzaps::desk {

Q_LOGGING_CATEGORY(lcInstance, "vzaps.desk.instance", QtWarningMsg)

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vzaps::desk", text);
}

// Longer than any saved account's name can be (ProfileStore takes 100 characters): the
// message stays far below kMaxMessageBytes even with every character escaped.
constexpr qsizetype kMaxProfileChars = 200;
// Peers read at once; more are turned away until one is done.
constexpr int kMaxOpenConnections = 8;

const QByteArray kAnswer = QByteArrayLiteral("{\"activated\":true}\n");

int msecsLeft(const QDeadlineTimer &deadline)
{
    const qint64 left = deadline.remainingTime();
    return int(qBound(qint64(0), left, qint64(RunningDesk::kTimeout.count())));
}

// Closes a peer's connection without an answer.
void drop(QLocalSocket *socket)
{
    socket->abort();
    socket->deleteLater();
}

void print(std::FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

} // namespace

RunningDesk::RunningDesk(QString serverPath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(serverPath))
{}

RunningDesk::~RunningDesk()
{
    // The socket file goes with the server, before anything it would still call is gone.
    delete m_server;
}

QString RunningDesk::serverNameFor(const QString &settingsFile)
{
    const QByteArray hash =
        QCryptographicHash::hash(settingsFile.toUtf8(), QCryptographicHash::Sha256).toHex();
    return u"vzaps-desk-"_s + QString::fromLatin1(hash.left(16));
}

QString RunningDesk::defaultServerPath()
{
    const QString name = serverNameFor(QSettings().fileName());
    // A folder of this user's only (XDG_RUNTIME_DIR); without one, the temporary folder (a
    // full path either way: the lock file beside the socket must not land in the working
    // folder).
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return QDir(runtime.isEmpty() ? QDir::tempPath() : runtime).filePath(name);
}

bool RunningDesk::isListening() const
{
    return m_server && m_server->isListening();
}

QByteArray RunningDesk::encode(const Request &request)
{
    QJsonObject message{{u"activate"_s, true}};
    if (!request.profile.isEmpty())
        message.insert(u"profile"_s, request.profile.left(kMaxProfileChars));
    if (request.sandbox)
        message.insert(u"sandbox"_s, true);
    return QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<RunningDesk::Request> RunningDesk::decode(const QByteArray &line)
{
    QByteArrayView text(line);
    if (text.endsWith('\n'))
        text.chop(1);
    if (text.isEmpty() || text.size() > kMaxMessageBytes)
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject message = document.object();
    if (message.value("activate"_L1) != QJsonValue(true))
        return std::nullopt;
    const QJsonValue profile = message.value("profile"_L1);
    const QJsonValue sandbox = message.value("sandbox"_L1);
    if (!(profile.isUndefined() || profile.isNull() || profile.isString()) ||
        !(sandbox.isUndefined() || sandbox.isNull() || sandbox.isBool()))
        return std::nullopt;
    Request request;
    request.profile = profile.toString().trimmed();
    request.sandbox = sandbox.toBool();
    return request;
}

RunningDesk::Outcome RunningDesk::claim(const Request &request)
{
    if (isListening())
        return Outcome::Primary;
    const QDeadlineTimer deadline(kTimeout);
    // Two starts at once: the one that gets the lock first listens, the other finds it.
    QLockFile lock(m_path + u".lock"_s);
    if (!lock.tryLock(msecsLeft(deadline)))
        qCInfo(lcInstance) << "going on without the start-up lock" << lock.fileName() << "error"
                           << int(lock.error());
    QLocalSocket socket;
    switch (forward(socket, request, lock, deadline)) {
    case Attempt::Answered:
        return Outcome::Forwarded;
    case Attempt::NoAnswer:
        return Outcome::NoAnswer;
    case Attempt::Unknown:
        qCWarning(lcInstance) << "cannot tell whether vzaps-desk runs already:"
                              << socket.errorString();
        return Outcome::Alone;
    case Attempt::NoOneListens:
        break;
    }
    // Nothing there, or a socket file a crashed run left behind: no one answers on it.
    QLocalServer::removeServer(m_path);
    return listen() ? Outcome::Primary : Outcome::Alone;
}

RunningDesk::Attempt RunningDesk::forward(QLocalSocket &socket, const Request &request,
                                          QLockFile &lock, const QDeadlineTimer &deadline)
{
    socket.connectToServer(m_path);
    if (!socket.waitForConnected(msecsLeft(deadline))) {
        switch (socket.error()) {
        case QLocalSocket::ServerNotFoundError:
        case QLocalSocket::ConnectionRefusedError:
            return Attempt::NoOneListens;
        case QLocalSocket::SocketTimeoutError:
            return Attempt::NoAnswer; // there, but too busy to take the connection
        default:
            return Attempt::Unknown;
        }
    }
    lock.unlock(); // someone listens: another start may ask it too
    socket.write(encode(request));
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(msecsLeft(deadline)))
            return Attempt::NoAnswer;
    }
    while (!socket.canReadLine()) {
        if (socket.bytesAvailable() > kMaxMessageBytes || deadline.hasExpired() ||
            !socket.waitForReadyRead(msecsLeft(deadline)))
            return Attempt::NoAnswer;
    }
    const QByteArray answer = socket.readLine(kMaxMessageBytes);
    socket.disconnectFromServer();
    return answer == kAnswer ? Attempt::Answered : Attempt::NoAnswer;
}

bool RunningDesk::listen()
{
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_path)) {
        qCWarning(lcInstance) << "a second start will open a second window:"
                              << server->errorString();
        delete server;
        return false;
    }
    connect(server, &QLocalServer::newConnection, this, &RunningDesk::acceptConnections);
    m_server = server;
    return true;
}

void RunningDesk::acceptConnections()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        if (m_open >= kMaxOpenConnections)
            drop(socket);
        else
            serve(socket);
    }
}

void RunningDesk::serve(QLocalSocket *socket)
{
    ++m_open;
    connect(socket, &QObject::destroyed, this, [this] { --m_open; });
    // What a peer sends beyond one message is not even read.
    socket->setReadBufferSize(kMaxMessageBytes + 1);
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    // A peer that says nothing, or too slowly, is not waited for.
    QTimer::singleShot(kTimeout, socket, [socket] { drop(socket); });
    const auto read = [this, socket] {
        if (!socket->canReadLine()) {
            if (socket->bytesAvailable() > kMaxMessageBytes)
                drop(socket); // too long to be a message
            return;
        }
        const std::optional<Request> request = decode(socket->readLine(kMaxMessageBytes + 1));
        if (!request)
            return drop(socket);
        disconnect(socket, &QLocalSocket::readyRead, this, nullptr); // one message each
        // Answered first: the other start need not wait while the window switches accounts
        // or starts the sandbox.
        socket->write(kAnswer);
        socket->flush();
        socket->disconnectFromServer(); // once the answer is out
        Q_EMIT activationRequested(request->profile, request->sandbox);
    };
    connect(socket, &QLocalSocket::readyRead, this, read);
    if (socket->bytesAvailable() > 0)
        read();
}

std::optional<int> handOverOrListen(RunningDesk &instance, const LaunchOptions &options)
{
    RunningDesk::Request request;
    request.profile = options.profile;
    request.sandbox = options.sandbox;
    switch (instance.claim(request)) {
    case RunningDesk::Outcome::Primary:
    case RunningDesk::Outcome::Alone:
        return std::nullopt;
    case RunningDesk::Outcome::Forwarded:
        print(stdout, tr("vzaps-desk is already running; its window was brought to the front."));
        if (!options.baseUrl.isEmpty() || !options.clientToken.isEmpty() ||
            !options.clientSecret.isEmpty())
            print(stderr, tr("The running window keeps its own server and account: --base-url "
                             "and the VZAPS_* variables apply only when vzaps-desk starts."));
        return 0;
    case RunningDesk::Outcome::NoAnswer:
        print(stderr, tr("vzaps-desk is already running but did not answer; bring its window "
                         "up yourself, or quit it and start vzaps-desk again."));
        return 1;
    }
    return std::nullopt;
}

} // namespace vzaps::desk
