#pragma once

// Runs the real vzaps-sandbox executable for the process-level tests and parses the first
// stdout line: VZAPS_SANDBOX url=<url> client_token=<t> client_secret=<s>.

#include <QProcess>
#include <QStringList>
#include <QUrl>

class SandboxProcess
{
public:
    SandboxProcess();
    ~SandboxProcess();

    // Starts with `arguments` and waits for the first line. False if it exited or timed out.
    bool start(const QStringList &arguments);
    // Waits for the process to end by itself (e.g. after a bad argument).
    bool waitForExit(int timeoutMs = 10000);
    // SIGTERM and wait; returns the exit code (-1 if it crashed or hung).
    int terminate();
    void kill(); // SIGKILL, no chance to clean up

    QProcess &process() { return m_process; }
    QString firstLine() const { return m_firstLine; }
    QUrl url() const { return m_url; }
    QString clientToken() const { return m_clientToken; }
    QString clientSecret() const { return m_clientSecret; }
    QByteArray standardError();

private:
    QProcess m_process;
    QString m_firstLine;
    QUrl m_url;
    QString m_clientToken;
    QString m_clientSecret;
    QByteArray m_stderr;
};
