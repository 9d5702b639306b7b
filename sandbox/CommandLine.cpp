#include "sandbox/CommandLine.h"

#include "sandbox/http/BindAddress.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace vzsandbox {

namespace {

bool readInt(const QCommandLineParser &parser, const QString &name, int min, int max, int *out,
             QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const qlonglong value = parser.value(name).toLongLong(&ok);
    if (!ok || value < min || value > max) {
        *error = u"--%1: expected a whole number from %2 to %3, got '%4'"_s.arg(
            name, QString::number(min), QString::number(max), parser.value(name));
        return false;
    }
    *out = int(value);
    return true;
}

CommandLine fail(const QString &message)
{
    CommandLine result;
    result.action = CommandLine::Action::Fail;
    result.text = message;
    return result;
}

} // namespace

CommandLine parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A local server that speaks the VZaps API, for trying the app and for tests.\n"
        "The first line on stdout is: VZAPS_SANDBOX url=<url> client_token=<t> "
        "client_secret=<s>"_s);
    const QCommandLineOption help(QStringList{u"h"_s, u"help"_s}, u"Show this help."_s);
    const QCommandLineOption version(u"version"_s, u"Show the version."_s);
    parser.addOptions({
        help,
        version,
        {u"port"_s, u"TCP port; 0 picks a free one (default 0)."_s, u"N"_s},
        {u"bind"_s, u"Address to listen on (default 127.0.0.1)."_s, u"ADDR"_s},
        {u"allow-remote"_s, u"Allow --bind to a non-loopback address."_s},
        {u"client-token"_s, u"The account's client token (default: stored or generated)."_s,
         u"T"_s},
        {u"client-secret"_s, u"The account's client secret (default: stored or generated)."_s,
         u"S"_s},
        {u"token-ttl"_s, u"Access token lifetime in seconds (default 3600)."_s, u"SECONDS"_s},
        {u"state"_s, u"SQLite state file (default: in the user's app data folder)."_s, u"FILE"_s},
        {u"reset"_s, u"Start from fresh demo data."_s},
        {u"seed"_s, u"Add N generated instances (up to 100000)."_s, u"N"_s},
        {u"card-on-file"_s, u"Give the account a card on file (subscribe is direct)."_s},
        {u"idle-timeout"_s,
         u"Close a connection that sends no complete request for this long (default 30)."_s,
         u"SECONDS"_s},
        {u"max-connections"_s, u"Connections open at once; more get 503 (default 256)."_s, u"N"_s},
    });

    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (!parser.positionalArguments().isEmpty()) {
        return fail(u"unexpected argument '%1' (see --help)"_s.arg(
            parser.positionalArguments().constFirst()));
    }
    CommandLine result;
    if (parser.isSet(help)) {
        result.action = CommandLine::Action::ShowHelp;
        result.text = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.action = CommandLine::Action::ShowVersion;
        return result;
    }

    SandboxOptions &options = result.options;
    QString error;
    if (!readInt(parser, u"port"_s, 0, 65535, &options.port, &error) ||
        !readInt(parser, u"token-ttl"_s, 1, 31536000, &options.tokenTtlSeconds, &error) ||
        !readInt(parser, u"seed"_s, 0, 100000, &options.seedCount, &error) ||
        !readInt(parser, u"max-connections"_s, 1, 100000, &options.maxConnections, &error)) {
        return fail(error);
    }
    int idleSeconds = options.idleTimeoutMs / 1000;
    if (!readInt(parser, u"idle-timeout"_s, 1, 3600, &idleSeconds, &error))
        return fail(error);
    options.idleTimeoutMs = idleSeconds * 1000;
    options.allowRemote = parser.isSet(u"allow-remote"_s);
    if (parser.isSet(u"bind"_s))
        options.bindAddress = parser.value(u"bind"_s);
    QHostAddress address;
    if (!resolveBindAddress(options.bindAddress, options.allowRemote, &address, &error))
        return fail(error);
    for (const QString &name : {u"client-token"_s, u"client-secret"_s}) {
        if (parser.isSet(name) && parser.value(name).trimmed().isEmpty())
            return fail(u"--%1 must not be empty"_s.arg(name));
    }
    options.clientToken = parser.value(u"client-token"_s);
    options.clientSecret = parser.value(u"client-secret"_s);
    if (parser.isSet(u"state"_s)) {
        options.statePath = parser.value(u"state"_s);
        if (options.statePath.trimmed().isEmpty())
            return fail(u"--state must name a file"_s);
    }
    options.reset = parser.isSet(u"reset"_s);
    options.cardOnFile = parser.isSet(u"card-on-file"_s);
    return result;
}

} // namespace vzsandbox
