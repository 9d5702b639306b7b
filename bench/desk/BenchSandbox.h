#pragma once

// A vzaps-sandbox child process for the desktop benchmarks: a fresh state on a free port,
// seeded with `instances`, and the account its banner names.
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>

namespace benchsandbox {

class Sandbox
{
public:
    // Starts `program`; false (with a line on stderr) when it did not come up.
    bool start(const QString &program, int instances)
    {
        m_process.setStandardErrorFile(QProcess::nullDevice());
        m_process.start(program,
                        {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--state"),
                         m_dir.filePath(QStringLiteral("b.db")), QStringLiteral("--reset"),
                         QStringLiteral("--seed"), QString::number(instances)});
        if (!m_process.waitForReadyRead(60000)) {
            std::fprintf(stderr, "bench: vzaps-sandbox did not start\n");
            return false;
        }
        const QRegularExpressionMatch banner =
            QRegularExpression(
                QStringLiteral("url=(\\S+) client_token=(\\S+) client_secret=(\\S+)"))
                .match(QString::fromUtf8(m_process.readLine()));
        if (!banner.hasMatch()) {
            std::fprintf(stderr, "bench: unexpected sandbox banner\n");
            return false;
        }
        m_url = banner.captured(1);
        m_clientToken = banner.captured(2);
        m_clientSecret = banner.captured(3);
        return true;
    }
    ~Sandbox()
    {
        m_process.terminate();
        m_process.waitForFinished(10000);
    }

    QString url() const { return m_url; }
    // The account's credentials where the desktop reads them from the environment.
    void addCredentials(QProcessEnvironment &env) const
    {
        env.insert(QStringLiteral("VZAPS_CLIENT_TOKEN"), m_clientToken);
        env.insert(QStringLiteral("VZAPS_CLIENT_SECRET"), m_clientSecret);
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_url;
    QString m_clientToken;
    QString m_clientSecret;
};

// The children draw on the offscreen platform unless there is a display.
inline QProcessEnvironment childEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("DISPLAY")) &&
        !env.contains(QStringLiteral("WAYLAND_DISPLAY")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

} // namespace benchsandbox
