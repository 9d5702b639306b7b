#pragma once

#include "app/vzapsctl/CommandLine.h"

#include "core/api/ApiClient.h"

#include <QObject>

#include <functional>
#include <optional>

namespace vzapsctl {

class DeskProfiles;

// Runs one parsed command line: checks its input, sends the one API call it stands for
// through vzaps_core, prints the outcome and reports the process exit code.
class Commands : public QObject
{
    Q_OBJECT
public:
    explicit Commands(Invocation invocation, QObject *parent = nullptr);
    ~Commands() override;

    // Checks the input and starts the call. Returns the exit code when it is decided at once
    // (bad input, missing credentials: nothing is sent), or nullopt when it will arrive
    // through finished() from the event loop.
    std::optional<int> start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    using Outcome = std::optional<int>;
    template<typename T>
    using Printer = std::function<int(const T &)>;

    Outcome token();
    Outcome instancesList();
    Outcome instancesListAll(); // ListAll.cpp
    Outcome instancesGet();
    Outcome instancesCreate();
    Outcome instancesUpdate();
    Outcome instancesRestart();
    Outcome instancesDelete();
    Outcome instancesSubscribe();
    Outcome instancesResume();
    Outcome instancesCancel();
    Outcome sessionStatus();
    Outcome sessionQr();
    Outcome sessionPairingCode();
    Outcome sessionDisconnect();
    Outcome request();

    // Sends `request` and decodes the reply into the type it names; `print` shows it
    // (without --json) and returns the exit code.
    template<typename T>
    Outcome send(vzaps::TypedRequest<T> request,
                 Printer<typename vzaps::TypedRequest<T>::Reply> print);
    // Sends `request` and hands over the reply as received.
    Outcome sendRaw(vzaps::ApiRequest request, Printer<vzaps::RawReply> print);

    // Everything that must hold before sending: valid arguments, valid input, a usable base
    // URL and timeout, credentials. Creates the client. nullopt when the call may go.
    Outcome prepare(const vzaps::ApiRequest &request);
    // Runs `go` once the client has its secret: at once, or after reading the --profile's
    // secret from the keychain (or finishes with the reason it could not be read).
    void whenCredentialsReady(std::function<void()> go);
    Outcome needsConfirmation(const QString &what);
    int usageError(const QString &message);
    int failure(const vzaps::ApiError &error);
    int printed(const QString &text);
    void finish(int exitCode);

    QString instanceId() const { return m_invocation.argument(0); }
    QString instanceToken() const { return m_instanceToken; }
    // --instance-token T, or "-" to read it from standard input, else $VZAPS_INSTANCE_TOKEN.
    std::optional<int> resolveInstanceToken();

    Invocation m_invocation;
    vzaps::ApiClient *m_client = nullptr;
    DeskProfiles *m_profiles = nullptr; // with --profile
    QString m_profileName;
    QString m_profileSecretKey; // set while the secret must still come from the keychain
    QString m_instanceToken;
};

} // namespace vzapsctl
