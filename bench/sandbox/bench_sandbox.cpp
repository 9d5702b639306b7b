// The sandbox's speed: with 10,000 seeded instances, the median time of a search-and-page
// list request next to the median of a /token call in the same run (budget: list ≤ 5 ms), and
// the start-up time of vzaps-sandbox on that database (budget ≤ 500 ms), next to the start-up
// of `vzaps-sandbox --version` as the bare-process baseline.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Sandbox {
    QProcess process;
    QString url, clientToken, clientSecret;
};

// Starts the executable and waits for its first line; returns ms from start() to the line.
double startSandbox(Sandbox &sandbox, const QStringList &arguments)
{
    QElapsedTimer timer;
    timer.start();
    sandbox.process.start(QStringLiteral(VZAPS_SANDBOX_EXE), arguments);
    while (!sandbox.process.canReadLine()) {
        if (!sandbox.process.waitForReadyRead(60000))
            return -1;
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    const QString line = QString::fromUtf8(sandbox.process.readLine()).trimmed();
    const auto match =
        QRegularExpression(u"url=(\\S+) client_token=(\\S+) client_secret=(\\S+)"_s).match(line);
    if (!match.hasMatch())
        return -1;
    sandbox.url = match.captured(1);
    sandbox.clientToken = match.captured(2);
    sandbox.clientSecret = match.captured(3);
    return ms;
}

void stopSandbox(Sandbox &sandbox)
{
    sandbox.process.terminate();
    sandbox.process.waitForFinished(10000);
}

// One request, waited for on a local event loop; returns wall time in ms and the body.
double timedPost(QNetworkAccessManager &network, const QNetworkRequest &request,
                 const QByteArray &body, QByteArray *reply)
{
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *networkReply = network.post(request, body);
    QEventLoop loop;
    QObject::connect(networkReply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    *reply = networkReply->readAll();
    networkReply->deleteLater();
    return ms;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int kSeed = 10000;
    constexpr int kRounds = 300;
    QTemporaryDir dir;
    const QString state = dir.filePath(u"bench.sqlite"_s);

    Sandbox sandbox;
    if (startSandbox(sandbox, {u"--state"_s, state, u"--reset"_s, u"--seed"_s,
                               QString::number(kSeed)}) < 0) {
        std::fprintf(stderr, "bench_sandbox: could not start %s\n", VZAPS_SANDBOX_EXE);
        return 1;
    }
    sandbox.process.setStandardErrorFile(QProcess::nullDevice());

    QNetworkAccessManager network;
    QNetworkRequest tokenRequest(QUrl(sandbox.url + u"/token"_s));
    tokenRequest.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    const QByteArray credentials =
        QJsonDocument(QJsonObject{{u"client_token"_s, sandbox.clientToken},
                                  {u"client_secret"_s, sandbox.clientSecret}})
            .toJson(QJsonDocument::Compact);
    QByteArray body;
    timedPost(network, tokenRequest, credentials, &body); // warm the connection
    const QString jwt = QJsonDocument::fromJson(body).object().value(u"access_token"_s).toString();

    QNetworkRequest listRequest(QUrl(sandbox.url + u"/instances/list"_s));
    listRequest.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    listRequest.setRawHeader("Authorization", "Bearer " + jwt.toLatin1());
    listRequest.setRawHeader("X-Client-Token", sandbox.clientToken.toLatin1());
    const QByteArray listBody =
        R"({"page":2,"size":50,"filter":{"query":"loja"},"sort":"name","sort_desc":false})";

    QList<double> tokenTimes, listTimes;
    qint64 matched = 0;
    for (int i = 0; i < kRounds; ++i) {
        tokenTimes.append(timedPost(network, tokenRequest, credentials, &body));
        listTimes.append(timedPost(network, listRequest, listBody, &body));
        matched = qint64(QJsonDocument::fromJson(body).object().value(u"total"_s).toDouble());
    }
    stopSandbox(sandbox);

    QList<double> startTimes, bareTimes;
    for (int i = 0; i < 5; ++i) {
        Sandbox again;
        startTimes.append(startSandbox(again, {u"--state"_s, state}));
        stopSandbox(again);
        QElapsedTimer timer;
        timer.start();
        QProcess bare;
        bare.start(QStringLiteral(VZAPS_SANDBOX_EXE), {u"--version"_s});
        bare.waitForFinished(10000);
        bareTimes.append(double(timer.nsecsElapsed()) / 1e6);
    }

    const double listMs = median(listTimes), tokenMs = median(tokenTimes);
    const double startMs = median(startTimes), bareMs = median(bareTimes);
    std::printf("sandbox benchmark, %d seeded instances + 24 demo, %d rounds\n", kSeed, kRounds);
    std::printf("  list (search 'loja' -> %lld rows, page 2 of 50, sort name): median %.2f ms  "
                "[budget <= 5 ms: %s]\n",
                matched, listMs, listMs <= 5.0 ? "OK" : "OVER");
    std::printf("  /token baseline:                                   median %.2f ms\n", tokenMs);
    std::printf("  ratio list / token: %.2f\n", tokenMs > 0 ? listMs / tokenMs : 0.0);
    std::printf("  start-up on that database (to the first line):     median %.1f ms  "
                "[budget <= 500 ms: %s]\n",
                startMs, startMs <= 500.0 ? "OK" : "OVER");
    std::printf("  bare process baseline (vzaps-sandbox --version):    median %.1f ms  "
                "(ratio %.2f)\n",
                bareMs, bareMs > 0 ? startMs / bareMs : 0.0);
    return 0;
}
