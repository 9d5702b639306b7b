#include "app/vzapsctl/Commands.h"

#include "app/vzapsctl/ExitCodes.h"
#include "app/vzapsctl/Output.h"
#include "app/vzapsctl/ProfileCommands.h"

#include "core/api/AuthApi.h"
#include "core/api/InstancesApi.h"
#include "core/api/ReplyDecoding.h"
#include "core/api/SessionApi.h"
#include "core/types/Validation.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <cmath>

namespace vzapsctl {

using namespace Qt::StringLiterals;
using namespace vzaps;

namespace {

constexpr double kMaxTimeoutSeconds = 24 * 3600;

// One entry per command of commandSpecs().
using Handler = std::optional<int> (Commands::*)();

} // namespace

Commands::Commands(Invocation invocation, QObject *parent)
    : QObject(parent)
    , m_invocation(std::move(invocation))
{}

Commands::~Commands() = default;

std::optional<int> Commands::start()
{
    if (!m_invocation.error().isEmpty())
        return usageError(m_invocation.error());

    const QString name = m_invocation.commandName();
    if (name.startsWith("profile "_L1)) {
        auto *profiles = new ProfileCommands(m_invocation, this);
        connect(profiles, &ProfileCommands::finished, this, &Commands::finish);
        return profiles->start();
    }
    if (const auto unusable = resolveInstanceToken())
        return unusable;
    if (name == "token"_L1)
        return token();
    if (name == "instances list"_L1)
        return instancesList();
    if (name == "instances get"_L1)
        return instancesGet();
    if (name == "instances create"_L1)
        return instancesCreate();
    if (name == "instances update"_L1)
        return instancesUpdate();
    if (name == "instances restart"_L1)
        return instancesRestart();
    if (name == "instances delete"_L1)
        return instancesDelete();
    if (name == "instances subscribe"_L1)
        return instancesSubscribe();
    if (name == "instances resume"_L1)
        return instancesResume();
    if (name == "instances cancel"_L1)
        return instancesCancel();
    if (name == "session status"_L1)
        return sessionStatus();
    if (name == "session qr"_L1)
        return sessionQr();
    if (name == "session paircode"_L1)
        return sessionPairingCode();
    if (name == "session disconnect"_L1)
        return sessionDisconnect();
    if (name == "request"_L1)
        return request();
    return usageError(u"command \"%1\" is not implemented"_s.arg(name));
}

// --- the commands ------------------------------------------------------------------------

Commands::Outcome Commands::token()
{
    if (Outcome early = prepare(ApiRequest{}))
        return early;
    const bool show = m_invocation.isSet("show"_L1);
    whenCredentialsReady([this, show] {
        m_client->accessToken(this, [this, show](const Result<AccessToken> &result) {
            if (!result)
                return finish(failure(result.error()));
            const AccessToken &token = result.value();
            if (m_invocation.json()) {
                QJsonObject object{{u"expires_in"_s, token.expiresInSeconds}};
                if (show)
                    object.insert(u"access_token"_s, token.token);
                return finish(printed(output::json(object)));
            }
            finish(printed(show ? token.token + u'\n' : output::accessTokenSummary(token)));
        });
    });
    return std::nullopt;
}

Commands::Outcome Commands::instancesList()
{
    if (m_invocation.isSet("all"_L1))
        return instancesListAll();
    for (const char *option : {"connected", "disconnected", "billing", "format"}) {
        if (m_invocation.isSet(QLatin1StringView(option)))
            return usageError(u"--%1 needs --all: a status is filtered over every page"_s.arg(
                QLatin1StringView(option)));
    }
    ListQuery query;
    query.page = m_invocation.integer("page"_L1).value_or(query.page);
    query.size = m_invocation.integer("size"_L1).value_or(query.size);
    query.search = m_invocation.value("search"_L1).value_or(QString());
    query.sort = m_invocation.value("sort"_L1).value_or(QString());
    query.sortDescending = m_invocation.isSet("desc"_L1);
    return send(InstancesApi::listRequest(query),
                [this](const InstancePage &page) { return printed(output::instanceTable(page)); });
}

Commands::Outcome Commands::instancesGet()
{
    return send(InstancesApi::getRequest(instanceId()), [this](const Instance &instance) {
        return printed(output::instanceSummary(instance));
    });
}

Commands::Outcome Commands::instancesCreate()
{
    if (!m_invocation.isSet("name"_L1))
        m_invocation.setError(u"\"instances create\" needs --name NAME"_s);
    NewInstance instance;
    instance.name = m_invocation.value("name"_L1).value_or(QString());
    instance.webhook = m_invocation.value("webhook"_L1).value_or(QString());
    instance.eventsSubscribe = m_invocation.list("events"_L1).value_or(QStringList());
    instance.rejectCalls = m_invocation.isSet("reject-calls"_L1);
    instance.autoReadMessages = m_invocation.isSet("auto-read"_L1);
    return send(InstancesApi::createRequest(instance), [this](const Instance &created) {
        return printed(u"Created instance %1.\n"_s.arg(created.id) +
                       output::instanceSummary(created));
    });
}

Commands::Outcome Commands::instancesUpdate()
{
    InstanceChanges changes;
    changes.name = m_invocation.value("name"_L1);
    changes.webhook = m_invocation.value("webhook"_L1);
    changes.eventsSubscribe = m_invocation.list("events"_L1);
    changes.rejectCalls = m_invocation.boolean("reject-calls"_L1);
    changes.autoReadMessages = m_invocation.boolean("auto-read"_L1);
    return send(InstancesApi::updateRequest(instanceId(), changes, instanceToken()),
                [this](const Instance &updated) {
                    return printed(u"Updated instance %1.\n"_s.arg(updated.id) +
                                   output::instanceSummary(updated));
                });
}

Commands::Outcome Commands::instancesRestart()
{
    return send(InstancesApi::restartRequest(instanceId(), instanceToken()),
                [this](const ActionResult &result) {
                    return printed(output::actionSummary(
                        u"Restarting instance %1"_s.arg(instanceId()), result));
                });
}

Commands::Outcome Commands::instancesDelete()
{
    if (Outcome refused = needsConfirmation(u"delete instance %1"_s.arg(instanceId())))
        return refused;
    return sendRaw(
        InstancesApi::deleteRequest(instanceId(), instanceToken()), [this](const RawReply &reply) {
            if (m_invocation.json()) // 204: nothing to print
                return printed(reply.data.isObject() ? output::json(reply.data) : QString());
            return printed(u"Deleted instance %1.\n"_s.arg(instanceId()));
        });
}

Commands::Outcome Commands::instancesSubscribe()
{
    SubscribeOptions options;
    options.successUrl = m_invocation.value("success-url"_L1).value_or(QString());
    options.cancelUrl = m_invocation.value("cancel-url"_L1).value_or(QString());
    return send(InstancesApi::subscribeRequest(instanceId(), options, instanceToken()),
                [this](const BillingSession &session) {
                    return printed(output::billingSummary(instanceId(), session));
                });
}

Commands::Outcome Commands::instancesResume()
{
    return send(InstancesApi::resumeSubscriptionRequest(instanceId(), instanceToken()),
                [this](const ActionResult &result) {
                    return printed(output::actionSummary(
                        u"Resumed the subscription of instance %1"_s.arg(instanceId()), result));
                });
}

Commands::Outcome Commands::instancesCancel()
{
    if (Outcome refused =
            needsConfirmation(u"cancel the subscription of instance %1"_s.arg(instanceId())))
        return refused;
    return send(InstancesApi::cancelRequest(instanceId(), instanceToken()),
                [this](const CancelResult &result) {
                    return printed(
                        result.message.isEmpty()
                            ? u"Cancelled the subscription of instance %1.\n"_s.arg(instanceId())
                            : result.message + u'\n');
                });
}

Commands::Outcome Commands::sessionStatus()
{
    return send(SessionApi::statusRequest(instanceId(), instanceToken()),
                [this](const SessionStatus &status) {
                    return printed(output::sessionSummary(instanceId(), status));
                });
}

Commands::Outcome Commands::sessionQr()
{
    const std::optional<QString> out = m_invocation.value("out"_L1);
    if (out && out->isEmpty())
        m_invocation.setError(u"--out needs a file name"_s);
    return send(SessionApi::qrRequest(instanceId(), instanceToken()), [this,
                                                                       out](const SessionQr &qr) {
        QString text;
        if (qr.isPaired()) {
            text = u"Instance %1 is paired"_s.arg(instanceId());
            if (!qr.phone.isEmpty())
                text += u" with %1"_s.arg(qr.phone);
            if (!qr.status.isEmpty())
                text += u" (%1)"_s.arg(qr.status);
            return printed(text + u".\n"_s);
        }
        if (!out) {
            return printed(
                u"Instance %1 is not paired: a QR code is waiting (a data URL of %2 "
                "characters). Save it with --out FILE.png and scan it in WhatsApp under "
                "Linked devices, or use `vzapsctl session paircode %1 PHONE`.\n"_s.arg(instanceId())
                    .arg(qr.qrCodeDataUrl.size()));
        }
        const QByteArray image = qr.imageBytes();
        if (image.isEmpty()) {
            output::toStderr(u"the QR code in the reply is not a base64 data: URL, so "
                             "nothing was written to %1."_s.arg(*out));
            return int(ExitBadReply);
        }
        QSaveFile file(*out);
        if (!file.open(QIODevice::WriteOnly) || file.write(image) != image.size() ||
            !file.commit()) {
            output::toStderr(u"could not write %1: %2."_s.arg(*out, file.errorString()));
            return int(ExitUnexpected);
        }
        return printed(u"Wrote the pairing QR code to %1 (%2 bytes); scan it in WhatsApp "
                       "under Linked devices.\n"_s.arg(*out)
                           .arg(image.size()));
    });
}

Commands::Outcome Commands::sessionPairingCode()
{
    const QString phone = m_invocation.argument(1);
    return send(SessionApi::pairingCodeRequest(instanceId(), phone, instanceToken()),
                [this](const PairingCode &code) {
                    return printed(
                        u"Pairing code: %1\nEnter it in WhatsApp under Linked devices ▸ Link "
                        "with phone number.\n"_s.arg(code.linkingCode));
                });
}

Commands::Outcome Commands::sessionDisconnect()
{
    return send(
        SessionApi::disconnectRequest(instanceId(), instanceToken()),
        [this](const ActionResult &result) {
            return printed(output::actionSummary(
                u"Disconnected the WhatsApp session of instance %1"_s.arg(instanceId()), result));
        });
}

Commands::Outcome Commands::request()
{
    static const QRegularExpression methodPattern(u"^[A-Za-z]+$"_s);
    const QString method = m_invocation.argument(0);
    QString path = m_invocation.argument(1);
    if (!methodPattern.match(method).hasMatch())
        m_invocation.setError(u"\"%1\" is not an HTTP method (like GET or POST)"_s.arg(method));
    if (path.isEmpty() || path.contains("://"_L1))
        m_invocation.setError(
            u"the path must be relative to the base URL, like /instances/list, not \"%1\""_s.arg(
                path));
    if (!path.startsWith(u'/'))
        path.prepend(u'/');

    // As ApiClient::request() builds it, so it goes through the same checks as the rest.
    ApiRequest request;
    request.method = method.toUpper().toLatin1();
    request.path = path;
    request.body = m_invocation.jsonDocument("data"_L1).value_or(QJsonDocument());
    request.instanceToken = instanceToken();
    request.operation = u"send %1 %2"_s.arg(QString::fromLatin1(request.method), path);
    return sendRaw(std::move(request), [this](const RawReply &reply) {
        // An empty body (204) leaves `data` null (ApiClient.h says undefined): print nothing
        // with --json, a short note without.
        const bool noContent = reply.data.isUndefined() || reply.data.isNull();
        if (m_invocation.json())
            return printed(noContent ? QString() : output::json(reply.data));
        if (noContent)
            return printed(u"HTTP %1, no content.\n"_s.arg(reply.httpStatus));
        return printed(output::maskedJson(reply.data));
    });
}

// --- plumbing ------------------------------------------------------------------------------

template<typename T>
Commands::Outcome Commands::send(TypedRequest<T> request,
                                 Printer<typename TypedRequest<T>::Reply> print)
{
    if (Outcome early = prepare(request))
        return early;
    whenCredentialsReady([this, request = std::move(request), print = std::move(print)]() mutable {
        m_client->call(std::move(request), this,
                       [this, print = std::move(print)](const Result<T> &result) {
                           if (!result)
                               return finish(failure(result.error()));
                           if (m_invocation.json() && !m_invocation.isSet("out"_L1))
                               return finish(printed(output::json(result.value().raw)));
                           if (m_invocation.json()) {
                               // session qr --json --out: both the raw reply and the file.
                               output::toStdout(output::json(result.value().raw));
                           }
                           finish(print(result.value()));
                       });
    });
    return std::nullopt;
}

Commands::Outcome Commands::sendRaw(ApiRequest request, Printer<RawReply> print)
{
    if (Outcome early = prepare(request))
        return early;
    whenCredentialsReady([this, request = std::move(request), print = std::move(print)]() mutable {
        m_client->send(std::move(request), this,
                       [this, print = std::move(print)](const Result<RawReply> &result) {
                           if (!result)
                               return finish(failure(result.error()));
                           finish(print(result.value()));
                       });
    });
    return std::nullopt;
}

Commands::Outcome Commands::prepare(const ApiRequest &request)
{
    if (!m_invocation.error().isEmpty())
        return usageError(m_invocation.error());
    if (!request.validationProblem.isEmpty())
        return failure(ApiError::invalidInput(request.operation, request.validationProblem));

    std::optional<Profile> profile;
    if (const std::optional<QString> name = m_invocation.profile()) {
        m_profiles = new DeskProfiles(this);
        profile = m_profiles->store().find(*name);
        if (!profile)
            return usageError(
                u"there is no profile named \"%1\" (see: vzapsctl profile list)"_s.arg(*name));
    }

    // The command line, then the environment, then the profile.
    QString baseUrl = m_invocation.baseUrl().value_or(qEnvironmentVariable("VZAPS_BASE_URL"));
    if (baseUrl.isEmpty() && profile)
        baseUrl = profile->baseUrl.toString();
    if (!baseUrl.isEmpty()) {
        const QString problem = validation::checkHttpUrl(baseUrl, u"base URL"_s);
        if (!problem.isEmpty())
            return usageError(problem);
    }

    std::optional<std::chrono::milliseconds> timeout;
    if (const auto text = m_invocation.timeout()) {
        bool ok = false;
        const double seconds = text->toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > kMaxTimeoutSeconds)
            return usageError(
                u"--timeout needs a number of seconds above 0, like 10 or 2.5, not \"%1\""_s.arg(
                    *text));
        timeout = std::chrono::milliseconds(qMax<qint64>(1, qRound64(seconds * 1000)));
    }

    QString clientToken = qEnvironmentVariable("VZAPS_CLIENT_TOKEN");
    const QString clientSecret = qEnvironmentVariable("VZAPS_CLIENT_SECRET");
    if (profile) {
        if (clientToken.isEmpty())
            clientToken = profile->clientToken;
        if (clientToken.isEmpty())
            return usageError(u"profile \"%1\" has no client token: set VZAPS_CLIENT_TOKEN, or "
                              "remove the profile and add it again"_s.arg(profile->name));
        if (clientSecret.isEmpty()) { // from the keychain, once the input is known to be fine
            m_profileName = profile->name;
            m_profileSecretKey = profile->secretKey();
        }
    } else if (clientToken.isEmpty() || clientSecret.isEmpty()) {
        QStringList missing;
        if (clientToken.isEmpty())
            missing.append(u"VZAPS_CLIENT_TOKEN"_s);
        if (clientSecret.isEmpty())
            missing.append(u"VZAPS_CLIENT_SECRET"_s);
        return usageError(
            u"no credentials: set VZAPS_CLIENT_TOKEN and VZAPS_CLIENT_SECRET in the "
            "environment, or use --profile NAME (missing: %1)."_s.arg(missing.join(u", "_s)));
    }

    m_client = new ApiClient(this);
    if (!baseUrl.isEmpty())
        m_client->setBaseUrl(QUrl(baseUrl.trimmed(), QUrl::StrictMode));
    if (timeout)
        m_client->setTimeout(*timeout);
    m_client->setCredentials(clientToken, clientSecret);
    return std::nullopt;
}

void Commands::whenCredentialsReady(std::function<void()> go)
{
    if (m_profileSecretKey.isEmpty())
        return go();
    m_profiles->secrets().read(
        m_profileSecretKey, this, [this, go = std::move(go)](const SecretResult &result) {
            if (result.ok()) {
                m_client->setCredentials(m_client->clientToken(), result.secret);
                return go();
            }
            finish(profileSecretFailure(m_profileName, result));
        });
}

Commands::Outcome Commands::needsConfirmation(const QString &what)
{
    if (m_invocation.isSet("yes"_L1) || !m_invocation.error().isEmpty())
        return std::nullopt; // a usage error found earlier is reported first
    return usageError(u"refusing to %1 without --yes (this cannot be undone)"_s.arg(what));
}

std::optional<int> Commands::resolveInstanceToken()
{
    const std::optional<QString> given = m_invocation.value("instance-token"_L1);
    if (!given) {
        m_instanceToken = qEnvironmentVariable("VZAPS_INSTANCE_TOKEN").trimmed();
        return std::nullopt;
    }
    if (*given != "-"_L1) {
        m_instanceToken = *given;
        return std::nullopt;
    }
    m_instanceToken = readSecretLine(u"Instance token (not shown): "_s);
    if (m_instanceToken.isEmpty())
        return usageError(u"--instance-token -: no instance token on standard input"_s);
    return std::nullopt;
}

int Commands::usageError(const QString &message)
{
    output::toStderr(message);
    return ExitUsage;
}

int Commands::failure(const ApiError &error)
{
    output::toStderr(error.describe());
    return exitCodeFor(error);
}

int Commands::printed(const QString &text)
{
    output::toStdout(text);
    return ExitOk;
}

void Commands::finish(int exitCode)
{
    Q_EMIT finished(exitCode);
}

} // namespace vzapsctl
