#pragma once

#include <QString>

namespace vzsandbox {

// How to run a sandbox, whether in-process (the GUI's --sandbox) or as vzaps-sandbox.
struct SandboxOptions {
    int port = 0; // 0: any free port
    QString bindAddress = QStringLiteral("127.0.0.1");
    bool allowRemote = false; // needed for a non-loopback bindAddress
    QString clientToken;      // empty: the one stored in the state, else generated
    QString clientSecret;     // likewise
    int tokenTtlSeconds = 3600;
    QString statePath;         // empty: defaultStatePath(); ":memory:" for none
    bool reset = false;        // start from fresh demo data
    int seedCount = 0;         // extra generated instances (0–100,000)
    bool cardOnFile = false;   // set the account's card-on-file flag at start
    int idleTimeoutMs = 30000; // a connection without a complete request for this long is closed
    int maxConnections = 256;  // open at once; more are answered 503 and closed
};

// <AppDataLocation>/sandbox-state.sqlite, or empty when no such location exists.
QString defaultStatePath();

} // namespace vzsandbox
