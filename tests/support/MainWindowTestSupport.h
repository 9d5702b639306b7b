#pragma once

#include "tests/support/IsolatedSettings.h"

// Shared set-up for the main window tests: a real in-process sandbox on a free port
// with a fresh state file, settings isolated in QStandardPaths' test mode.

#include "core/api/ApiClient.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace vzaps::testing {

class Sandbox
{
public:
    bool start()
    {
        if (!m_dir.isValid())
            return false;
        vzsandbox::SandboxOptions options;
        options.port = 0;
        options.statePath = m_dir.filePath(QStringLiteral("state.sqlite"));
        options.reset = true;
        m_server = std::make_unique<vzsandbox::SandboxServer>(options);
        return m_server->start();
    }
    QString errorString() const { return m_server ? m_server->errorString() : QString(); }
    vzsandbox::SandboxServer &server() { return *m_server; }

    void configure(ApiClient &client) const
    {
        client.setBaseUrl(m_server->baseUrl());
        client.setCredentials(m_server->clientToken(), m_server->clientSecret());
    }

    // POST to the sandbox's control surface (/_sandbox/...) through `client`'s auth;
    // true when it answered 2xx.
    static bool control(ApiClient &client, const QString &path, const QJsonObject &body)
    {
        bool done = false;
        bool ok = false;
        client.request("POST", path, QJsonDocument(body), {}, nullptr,
                       [&](const Result<RawReply> &reply) {
                           done = true;
                           ok = reply.ok();
                       });
        return QTest::qWaitFor([&] { return done; }, 10000) && ok;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<vzsandbox::SandboxServer> m_server;
};

} // namespace vzaps::testing
