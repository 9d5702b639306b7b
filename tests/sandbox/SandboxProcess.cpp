#include "tests/sandbox/SandboxProcess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

SandboxProcess::SandboxProcess()
{
    m_process.setProgram(QStringLiteral(VZAPS_SANDBOX_EXE));
}

SandboxProcess::~SandboxProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool SandboxProcess::start(const QStringList &arguments)
{
    m_process.setArguments(arguments);
    m_process.start();
    if (!m_process.waitForStarted(10000))
        return false;
    const QDeadlineTimer deadline(15000);
    while (!m_process.canReadLine() && m_process.state() == QProcess::Running &&
           !deadline.hasExpired()) {
        // Wake on output, on exit (a refused start prints nothing) or at the deadline.
        QEventLoop loop;
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &loop, &QEventLoop::quit);
        QObject::connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(std::max<qint64>(1, deadline.remainingTime()), &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!m_process.canReadLine())
        return false;
    m_firstLine = QString::fromUtf8(m_process.readLine()).chopped(1);
    static const QRegularExpression pattern(
        u"^VZAPS_SANDBOX url=(\\S+) client_token=(\\S+) client_secret=(\\S+)$"_s);
    const QRegularExpressionMatch match = pattern.match(m_firstLine);
    if (!match.hasMatch())
        return false;
    m_url = QUrl(match.captured(1));
    m_clientToken = match.captured(2);
    m_clientSecret = match.captured(3);
    return true;
}

bool SandboxProcess::waitForExit(int timeoutMs)
{
    return m_process.state() == QProcess::NotRunning || m_process.waitForFinished(timeoutMs);
}

int SandboxProcess::terminate()
{
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        return -1;
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

void SandboxProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(10000);
}

QByteArray SandboxProcess::standardError()
{
    m_stderr += m_process.readAllStandardError();
    return m_stderr;
}
