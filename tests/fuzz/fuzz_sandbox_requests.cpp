// Fuzz target: bytes as a client may send them on a connection, through the sandbox's HTTP
// request reader and into its dispatcher (routing, auth, every handler, the state), with no
// socket. "$JWT" and "$CT" in the input become a valid access token and client token, so
// the fuzzer reaches the handlers behind authentication too.
#include "sandbox/DemoData.h"
#include "sandbox/Ids.h"
#include "sandbox/http/HttpFrontend.h"
#include "sandbox/http/HttpRequestReader.h"
#include "sandbox/routes/Dispatcher.h"
#include "sandbox/routes/Router.h"
#include "sandbox/routes/Routes.h"
#include "sandbox/routes/SandboxContext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

using namespace vzsandbox;
using namespace Qt::StringLiterals;

namespace {

const QString kClientToken = u"ct_fuzz_client"_s;
const QString kClientSecret = u"cs_fuzz_secret"_s;

// One sandbox without a socket; rebuilt now and then so its state stays small.
struct Sandbox {
    SandboxContext context;
    Router router;
    std::unique_ptr<Dispatcher> dispatcher;
    QByteArray jwt;
    int inputs = 0;

    Sandbox()
    {
        QString error;
        bool created = false;
        if (!context.store.open(u":memory:"_s, true, &created, &error) ||
            !context.store.insertMany(demoInstances(ids::nowMs())))
            qFatal("the fuzz sandbox did not start: %s", qPrintable(error));
        context.auth.setCredentials(kClientToken, kClientSecret, 3600);
        if (!context.auth.load(&error))
            qFatal("the fuzz sandbox has no signing key: %s", qPrintable(error));
        context.baseUrl = u"http://127.0.0.1:9"_s;
        registerRoutes(router, context);
        dispatcher = std::make_unique<Dispatcher>(router, context);
        Request token;
        token.method = "POST"_ba;
        token.body = QJsonDocument(QJsonObject{{u"client_token"_s, kClientToken},
                                               {u"client_secret"_s, kClientSecret}})
                         .toJson();
        jwt = QJsonDocument::fromJson(context.auth.issueToken(token).body)
                  .object()
                  .value(u"access_token"_s)
                  .toString()
                  .toLatin1();
    }
};

// Never destroyed at exit: Qt Sql's own globals are gone by then. Still reachable, so no leak.
Sandbox *g_sandbox = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!g_sandbox || ++g_sandbox->inputs > 2000) {
        delete g_sandbox;
        g_sandbox = new Sandbox;
    }
    Sandbox &sandbox = *g_sandbox;
    // A dispatcher of its own for each input: replies an earlier input delayed (injected
    // latency) go with the old one, so every input runs alone and can be replayed alone.
    sandbox.context.faults = FaultInjector();
    sandbox.dispatcher = std::make_unique<Dispatcher>(sandbox.router, sandbox.context);
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    bytes.replace("$JWT", sandbox.jwt).replace("$CT", kClientToken.toLatin1());

    // Small limits, so the fuzzer meets them; bytes in uneven pieces, as a socket gives them.
    HttpLimits limits;
    limits.maxHeadBytes = 4096;
    limits.maxBodyBytes = 16 * 1024;
    HttpRequestReader reader(limits);
    qsizetype at = 0;
    int piece = 1;
    while (at < bytes.size() && !reader.failure()) {
        const qsizetype length = qMin<qsizetype>(bytes.size() - at, piece);
        reader.feed(QByteArrayView(bytes).sliced(at, length));
        at += length;
        piece = piece * 3 % 97 + 1;
        while (std::optional<Request> request = reader.take()) {
            if (HttpRequestReader::isWebSocketUpgrade(*request))
                continue;
            // No connection: the response is built and dropped, which is all that is needed.
            sandbox.dispatcher->dispatch(std::move(*request),
                                         std::make_shared<PendingReply>(nullptr, 0, false, false));
        }
    }
    QCoreApplication::processEvents();
    return 0;
}
