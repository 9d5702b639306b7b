#include "tests/app/CtlRunner.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

namespace vzaps::test {

using namespace Qt::StringLiterals;

QStringList CtlRun::errLines() const
{
    QStringList lines = QString::fromUtf8(err).split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QProcessEnvironment CtlRunner::environment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QStringList keys = environment.keys();
    for (const QString &key : keys) {
        if (key.startsWith("VZAPS_"_L1) || key.endsWith("_proxy"_L1, Qt::CaseInsensitive))
            environment.remove(key);
    }
    environment.insert(u"VZAPS_CLIENT_TOKEN"_s, kClientToken);
    environment.insert(u"VZAPS_CLIENT_SECRET"_s, kClientSecret);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    return environment;
}

CtlRun CtlRunner::run(const QUrl &baseUrl, const QStringList &arguments,
                      const QProcessEnvironment &environment, int timeoutMs,
                      const QByteArray &input)
{
    QStringList allArguments;
    if (!baseUrl.isEmpty())
        allArguments << u"--base-url"_s << baseUrl.toString();
    allArguments << arguments;

    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(VZAPSCTL_PATH), allArguments);
    if (!input.isNull()) {
        process.write(input);
        process.closeWriteChannel();
    }

    CtlRun run;
    // Never QProcess::waitForFinished(): it would block the in-process server's event loop.
    run.finished = finished.wait(timeoutMs) || finished.count() > 0;
    run.elapsedMs = timer.elapsed();
    if (!run.finished) {
        process.kill();
        if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 5000))
            qWarning("vzapsctl did not stop after kill");
    } else {
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace vzaps::test
