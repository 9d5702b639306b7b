#pragma once

#include "sandbox/SandboxOptions.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <memory>

namespace vzsandbox {

// A local server speaking the VZaps API of docs/api-contract.md §1–§6, on the caller's event loop.
//   SandboxServer server(options);
//   if (!server.start()) qWarning() << server.errorString();
//   client.setBaseUrl(server.baseUrl()); ... server.clientToken(), server.clientSecret()
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(const SandboxOptions &options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Opens the state, fills demo data if new, listens. False with errorString() on failure;
    // a state file that is not ours is reported, never modified.
    bool start();
    // Stops listening and closes the state (every change is already committed).
    void stop();

    bool isRunning() const;
    QString errorString() const { return m_error; }
    QUrl baseUrl() const;
    quint16 port() const;
    QString clientToken() const;
    QString clientSecret() const;
    QString statePath() const { return m_statePath; }
    // HTTP connections open now (WebSockets not counted).
    int openConnections() const;

Q_SIGNALS:
    // One line per answered request: "POST /instances/list 200 1.4 ms". Never secrets.
    void requestLogged(const QString &line);

private:
    struct Private;
    std::unique_ptr<Private> d;
    SandboxOptions m_options;
    QString m_error;
    QString m_statePath;
};

} // namespace vzsandbox
