#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

namespace vzaps::test {

// One finished run of the vzapsctl process.
struct CtlRun {
    bool finished = false; // false: it had to be killed
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;

    QStringList errLines() const; // stderr split into lines, without the final empty one
};

// Runs vzapsctl (built next to the tests, VZAPSCTL_PATH) without blocking the event loop, so a
// TestHttpServer in the same process keeps answering while it runs.
class CtlRunner
{
public:
    static inline const QString kClientToken = QStringLiteral("ct_cli_test_client_token");
    static inline const QString kClientSecret = QStringLiteral("cs_CLI_SUPER_SECRET_value_42");

    // The system environment minus VZAPS_* and proxies, plus the test credentials.
    static QProcessEnvironment environment();

    // `vzapsctl --base-url <baseUrl> <arguments...>` (no --base-url when baseUrl is empty);
    // `input`, when not null, is its standard input, closed after it.
    static CtlRun run(const QUrl &baseUrl, const QStringList &arguments,
                      const QProcessEnvironment &environment = CtlRunner::environment(),
                      int timeoutMs = 20000, const QByteArray &input = {});
};

} // namespace vzaps::test
