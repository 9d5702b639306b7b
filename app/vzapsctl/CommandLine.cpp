#include "app/vzapsctl/CommandLine.h"

#include "app/vzapsctl/ExitCodes.h"
#include "core/version.h"

#include <QJsonParseError>

namespace vzapsctl {

using namespace Qt::StringLiterals;

namespace {

const OptionSpec kInstanceToken{
    "instance-token"_L1, "T"_L1,
    "the instance token (sent as X-Instance-Token); - reads it from standard input; "
    "default $VZAPS_INSTANCE_TOKEN"_L1};
const OptionSpec kYes{"yes"_L1, {}, "confirm: this cannot be undone"_L1, true};

struct GlobalOption {
    QLatin1StringView name;
    QLatin1StringView valueName;
    QLatin1StringView help;
};

const GlobalOption kGlobalOptions[] = {
    {"base-url"_L1, "URL"_L1,
     "API base URL (default $VZAPS_BASE_URL, else https://api.vzaps.com)"_L1},
    {"profile"_L1, "NAME"_L1,
     "use this profile's base URL and credentials (VZAPS_* variables override it)"_L1},
    {"timeout"_L1, "SECONDS"_L1, "deadline of the whole call, token included (default 30)"_L1},
    {"json"_L1, {}, "print the reply body as JSON, unwrapped from any envelope"_L1},
    {"help"_L1, {}, "show this help, or a command's usage after the command"_L1},
    {"version"_L1, {}, "show the version"_L1},
};

const GlobalOption *findGlobal(QStringView name)
{
    for (const GlobalOption &option : kGlobalOptions) {
        if (option.name == name)
            return &option;
    }
    return nullptr;
}

const OptionSpec *findOption(const CommandSpec &command, QStringView name)
{
    for (const OptionSpec &option : command.options) {
        if (option.name == name)
            return &option;
    }
    return nullptr;
}

QString seeHelp(const CommandSpec *command)
{
    return command ? u" (see: vzapsctl %1 --help)"_s.arg(command->name)
                   : u" (see: vzapsctl --help)"_s;
}

QString usageLine(const CommandSpec &command)
{
    QString line = u"vzapsctl "_s + command.name;
    if (!command.arguments.isEmpty())
        line += u' ' + command.arguments;
    for (const OptionSpec &option : command.options) {
        const QString text = option.valueName.isEmpty()
                                 ? u"--"_s + option.name
                                 : u"--%1 %2"_s.arg(option.name, option.valueName);
        line += option.required ? u' ' + text : u" ["_s + text + u']';
    }
    return line;
}

} // namespace

const QList<CommandSpec> &commandSpecs()
{
    static const QList<CommandSpec> specs = {
        {"token"_L1,
         {},
         {{"show"_L1, {}, "print the access token itself (a secret)"_L1}},
         "get an access token and say when it expires"_L1},
        {"instances list"_L1,
         {},
         {{"page"_L1, "N"_L1, "page number, from 1 (default 1)"_L1},
          {"size"_L1, "N"_L1, "rows per page, 1-100 (default 20)"_L1},
          {"search"_L1, "TEXT"_L1, "free-text filter"_L1},
          {"sort"_L1, "FIELD"_L1, "sort by this instance field, e.g. created_at"_L1},
          {"desc"_L1, {}, "sort descending"_L1},
          {"all"_L1, {}, "every page, rows printed as they arrive (--page/--size do not apply)"_L1},
          {"connected"_L1, {}, "with --all: only instances connected to WhatsApp"_L1},
          {"disconnected"_L1, {}, "with --all: only instances not connected"_L1},
          {"billing"_L1, "S1,S2"_L1,
           "with --all: only these billing statuses, e.g. PAST_DUE,UNPAID"_L1},
          {"format"_L1, "FORMAT"_L1, "with --all: table (default), csv or json"_L1}},
         "list instances, one page at a time (or all of them with --all)"_L1},
        {"instances get"_L1, "ID"_L1, {}, "show one instance"_L1},
        {"instances create"_L1,
         {},
         {{"name"_L1, "NAME"_L1, "3 to 255 characters"_L1, true},
          {"webhook"_L1, "URL"_L1, "http(s) URL that receives the events"_L1},
          {"events"_L1, "E1,E2"_L1, "events to send to the webhook"_L1},
          {"reject-calls"_L1, {}, "reject incoming calls"_L1},
          {"auto-read"_L1, {}, "mark incoming messages as read"_L1}},
         "create an instance"_L1},
        {"instances update"_L1,
         "ID"_L1,
         {kInstanceToken,
          {"name"_L1, "NAME"_L1, "new name"_L1},
          {"webhook"_L1, "URL"_L1, "new webhook URL (\"\" clears it)"_L1},
          {"events"_L1, "E1,E2"_L1, "new event list (\"\" clears it)"_L1},
          {"reject-calls"_L1, "true|false"_L1, "reject incoming calls"_L1},
          {"auto-read"_L1, "true|false"_L1, "mark incoming messages as read"_L1}},
         "change an instance; only the given fields are sent"_L1},
        {"instances restart"_L1, "ID"_L1, {kInstanceToken}, "restart an instance"_L1},
        {"instances delete"_L1, "ID"_L1, {kInstanceToken, kYes}, "delete an instance"_L1},
        {"instances subscribe"_L1,
         "ID"_L1,
         {kInstanceToken,
          {"success-url"_L1, "URL"_L1, "where checkout returns after paying"_L1},
          {"cancel-url"_L1, "URL"_L1, "where checkout returns when abandoned"_L1}},
         "start a paid subscription (direct, or a checkout page to open)"_L1},
        {"instances resume"_L1, "ID"_L1, {kInstanceToken}, "undo a scheduled cancellation"_L1},
        {"instances cancel"_L1, "ID"_L1, {kInstanceToken, kYes}, "cancel the subscription"_L1},
        {"session status"_L1, "ID"_L1, {kInstanceToken}, "show the WhatsApp session"_L1},
        {"session qr"_L1,
         "ID"_L1,
         {kInstanceToken, {"out"_L1, "FILE.png"_L1, "write the pairing QR code image here"_L1}},
         "start pairing: get the QR code (or see that it is paired)"_L1},
        {"session paircode"_L1,
         "ID PHONE"_L1,
         {kInstanceToken},
         "get a pairing code for a phone number (with country code)"_L1},
        {"session disconnect"_L1, "ID"_L1, {kInstanceToken}, "log the WhatsApp session out"_L1},
        {"request"_L1,
         "METHOD PATH"_L1,
         {{"data"_L1, "JSON"_L1, "request body"_L1}, kInstanceToken},
         "send any API call; prints the reply"_L1},
        {"profile list"_L1, {}, {}, "list the profiles shared with VZaps Desk"_L1},
        {"profile add"_L1,
         "NAME"_L1,
         {{"base-url"_L1, "URL"_L1,
           "the account's API base URL (default https://api.vzaps.com)"_L1},
          {"client-token"_L1, "T"_L1, "the account's client token"_L1, true},
          {"no-secret"_L1, {}, "keep no secret: give VZAPS_CLIENT_SECRET when using it"_L1}},
         "add a profile; the client secret is read from standard input into the system keychain"_L1},
        {"profile remove"_L1, "NAME"_L1, {}, "remove a profile and its secret in the keychain"_L1},
    };
    return specs;
}

Invocation Invocation::parse(const QStringList &arguments)
{
    Invocation result;
    QStringList words; // command words seen so far ("instances", "list")
    bool onlyPositionals = false;
    bool wantHelp = false;
    bool wantVersion = false;

    for (qsizetype i = 0; i < arguments.size() && result.m_error.isEmpty(); ++i) {
        const QString &token = arguments.at(i);
        if (onlyPositionals || !token.startsWith("--"_L1) || token == "--"_L1) {
            if (!onlyPositionals && token == "--"_L1) {
                onlyPositionals = true;
                continue;
            }
            if (token == "-h"_L1 && !onlyPositionals) {
                wantHelp = true;
                continue;
            }
            if (result.m_command) {
                result.m_arguments.append(token);
                continue;
            }
            words.append(token);
            const QString name = words.join(u' ');
            const auto &specs = commandSpecs();
            const auto found = std::find_if(specs.cbegin(), specs.cend(),
                                            [&](const auto &spec) { return spec.name == name; });
            if (found != specs.cend()) {
                result.m_command = &*found;
                continue;
            }
            const bool isGroup =
                words.size() == 1 &&
                (name == "instances"_L1 || name == "session"_L1 || name == "profile"_L1);
            if (!isGroup)
                result.setError(u"unknown command \"%1\"%2"_s.arg(name, seeHelp(nullptr)));
            continue;
        }

        // --name or --name=value
        const qsizetype equals = token.indexOf(u'=');
        const QString name = token.mid(2, equals < 0 ? -1 : equals - 2);
        std::optional<QString> inlineValue;
        if (equals >= 0)
            inlineValue = token.mid(equals + 1);

        QLatin1StringView valueName;
        bool isGlobal = false;
        if (const GlobalOption *global = findGlobal(name)) {
            isGlobal = true;
            valueName = global->valueName;
        } else if (const OptionSpec *option =
                       result.m_command ? findOption(*result.m_command, name) : nullptr) {
            valueName = option->valueName;
        } else {
            result.setError(result.m_command
                                ? u"unknown option --%1 for \"%2\"%3"_s.arg(
                                      name, result.m_command->name, seeHelp(result.m_command))
                                : u"unknown option --%1 (give the command first)%2"_s.arg(
                                      name, seeHelp(nullptr)));
            continue;
        }

        QString value;
        if (valueName.isEmpty()) {
            if (inlineValue) {
                result.setError(u"--%1 takes no value"_s.arg(name));
                continue;
            }
        } else if (inlineValue) {
            value = *inlineValue;
        } else if (i + 1 < arguments.size() && !arguments.at(i + 1).startsWith("--"_L1)) {
            value = arguments.at(++i);
        } else {
            result.setError(u"--%1 needs a value (%2)"_s.arg(name, valueName));
            continue;
        }

        if (isGlobal) {
            if (name == "help"_L1)
                wantHelp = true;
            else if (name == "version"_L1)
                wantVersion = true;
            else if (name == "json"_L1)
                result.m_json = true;
            else if (name == "base-url"_L1)
                result.m_baseUrl = value;
            else if (name == "profile"_L1)
                result.m_profile = value;
            else if (name == "timeout"_L1)
                result.m_timeout = value;
            continue;
        }
        if (result.m_options.contains(name)) {
            result.setError(u"--%1 is given more than once"_s.arg(name));
            continue;
        }
        result.m_options.insert(name, value);
    }

    if (wantHelp || wantVersion) {
        // Help wins over any other problem: it is what the user asked for.
        result.m_error.clear();
        result.m_action = wantHelp ? Action::Help : Action::Version;
        return result;
    }
    if (!result.m_error.isEmpty())
        return result;
    if (!result.m_command) {
        if (words.isEmpty())
            result.setError(u"no command given%1"_s.arg(seeHelp(nullptr)));
        else
            result.setError(
                u"\"%1\" needs a subcommand%2"_s.arg(words.join(u' '), seeHelp(nullptr)));
        return result;
    }
    const QStringList expected =
        QString(result.m_command->arguments).split(u' ', Qt::SkipEmptyParts);
    if (result.m_arguments.size() < expected.size())
        result.setError(u"\"%1\" needs %2%3"_s.arg(
            result.m_command->name, expected.mid(result.m_arguments.size()).join(u' '),
            seeHelp(result.m_command)));
    else if (result.m_arguments.size() > expected.size())
        result.setError(u"unexpected argument \"%1\" for \"%2\"%3"_s.arg(
            result.m_arguments.at(expected.size()), result.m_command->name,
            seeHelp(result.m_command)));
    return result;
}

QString Invocation::commandName() const
{
    return m_command ? QString(m_command->name) : QString();
}

std::optional<QString> Invocation::value(QLatin1StringView option) const
{
    const auto it = m_options.constFind(option);
    if (it == m_options.cend())
        return std::nullopt;
    return *it;
}

void Invocation::setError(const QString &error)
{
    if (m_error.isEmpty())
        m_error = error;
}

std::optional<int> Invocation::integer(QLatin1StringView option)
{
    const auto text = value(option);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const int number = text->toInt(&ok);
    if (!ok) {
        setError(u"--%1 needs a whole number, not \"%2\""_s.arg(option, *text));
        return std::nullopt;
    }
    return number;
}

std::optional<bool> Invocation::boolean(QLatin1StringView option)
{
    const auto text = value(option);
    if (!text)
        return std::nullopt;
    const QString lower = text->trimmed().toLower();
    if (lower == "true"_L1 || lower == "yes"_L1 || lower == "1"_L1)
        return true;
    if (lower == "false"_L1 || lower == "no"_L1 || lower == "0"_L1)
        return false;
    setError(u"--%1 needs true or false, not \"%2\""_s.arg(option, *text));
    return std::nullopt;
}

std::optional<QStringList> Invocation::list(QLatin1StringView option)
{
    const auto text = value(option);
    if (!text)
        return std::nullopt;
    QStringList items = text->split(u',', Qt::SkipEmptyParts);
    for (QString &item : items)
        item = item.trimmed();
    items.removeAll(QString());
    return items;
}

std::optional<QJsonDocument> Invocation::jsonDocument(QLatin1StringView option)
{
    const auto text = value(option);
    if (!text)
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text->toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        setError(u"--%1 is not valid JSON (at character %2: %3)"_s.arg(
            option, QString::number(parseError.offset), parseError.errorString()));
        return std::nullopt;
    }
    return document;
}

QString helpText(const CommandSpec *command)
{
    if (command) {
        QString summary = command->summary;
        if (!summary.isEmpty())
            summary[0] = summary[0].toUpper();
        QString text = u"Usage: "_s + usageLine(*command) + u"\n\n"_s + summary + u".\n"_s;
        if (!command->options.isEmpty()) {
            text += u"\nOptions:\n"_s;
            for (const OptionSpec &option : command->options) {
                const QString left = option.valueName.isEmpty()
                                         ? u"--"_s + option.name
                                         : u"--%1 %2"_s.arg(option.name, option.valueName);
                text += u"  %1  %2\n"_s.arg(left, -24).arg(option.help);
            }
        }
        return text + u"\nGlobal options and exit codes: vzapsctl --help\n"_s;
    }

    QString text = u"Usage: vzapsctl [global options] COMMAND [arguments] [options]\n\n"
                   "Manage VZaps WhatsApp instances from the command line.\n"
                   "Credentials come from a profile (--profile NAME, see `profile add`; its\n"
                   "secret is in the system keychain) or from the environment: VZAPS_CLIENT_TOKEN\n"
                   "and VZAPS_CLIENT_SECRET, which override the profile's.\n\nCommands:\n"_s;
    for (const CommandSpec &spec : commandSpecs())
        text += u"  "_s + usageLine(spec) + u'\n';
    text += u"\nGlobal options:\n"_s;
    for (const GlobalOption &option : kGlobalOptions) {
        const QString left = option.valueName.isEmpty()
                                 ? u"--"_s + option.name
                                 : u"--%1 %2"_s.arg(option.name, option.valueName);
        text += u"  %1  %2\n"_s.arg(left, -20).arg(option.help);
    }
    text += u"\nSecrets are never printed, except by `token --show`; instance tokens are masked\n"
            "in tables and shown only in --json output.\n\n"_s;
    text += exitCodeHelp();
    text += u"\nExamples:\n"
            "  vzapsctl instances list --search acme --sort created_at --desc\n"
            "  vzapsctl --json instances get VZ0123456789ABCDEFGHIJKLMNOPQR\n"
            "  vzapsctl instances create --name \"Support line\" --events Message,Connected\n"
            "  vzapsctl session qr VZ0123456789ABCDEFGHIJKLMNOPQR --out pair.png\n"
            "  vzapsctl request POST /instances/list --data '{\"page\":2,\"size\":50}'\n"
            "  printf '%s\\n' \"$SECRET\" | vzapsctl profile add acme --client-token ct_...\n"
            "  vzapsctl --profile acme instances list\n"_s;
    return text;
}

QString versionText()
{
    return u"vzapsctl " VZAPS_VERSION " (Qt %1)\n"_s.arg(QString::fromLatin1(qVersion()));
}

} // namespace vzapsctl
