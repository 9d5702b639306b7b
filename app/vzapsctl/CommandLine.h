#pragma once

#include <QHash>
#include <QJsonDocument>
#include <QStringList>
#include <QUrl>

#include <optional>

// Parsing the command line of vzapsctl: which command, its arguments and options, the
// global options. Pure: no I/O, no network. Everything wrong with the arguments ends up
// in one sentence (error()), reported as a usage error before anything is sent.
namespace vzapsctl {

struct OptionSpec {
    QLatin1StringView name;      // without the leading "--"
    QLatin1StringView valueName; // empty: a flag that takes no value
    QLatin1StringView help;
    bool required = false;
};

struct CommandSpec {
    QLatin1StringView name;      // "instances list"
    QLatin1StringView arguments; // positional arguments, all required: "ID PHONE"
    QList<OptionSpec> options;
    QLatin1StringView summary;
};

// Every command vzapsctl knows, in the order `--help` lists them.
const QList<CommandSpec> &commandSpecs();

class Invocation
{
public:
    enum class Action { Run, Help, Version };

    // Parses the arguments after the program name.
    static Invocation parse(const QStringList &arguments);

    Action action() const { return m_action; }
    const CommandSpec *command() const { return m_command; } // null for a bare --help/--version
    QString commandName() const;

    // Global options.
    std::optional<QString> baseUrl() const { return m_baseUrl; }
    std::optional<QString> profile() const { return m_profile; }
    std::optional<QString> timeout() const { return m_timeout; }
    bool json() const { return m_json; }

    QString argument(int index) const { return m_arguments.value(index); }
    bool isSet(QLatin1StringView option) const { return m_options.contains(option); }
    std::optional<QString> value(QLatin1StringView option) const;

    // Typed option values. A malformed value records a usage error (see error()) and
    // yields nullopt, as does an option that was not given.
    std::optional<int> integer(QLatin1StringView option);
    std::optional<bool> boolean(QLatin1StringView option);     // true|false|yes|no|1|0
    std::optional<QStringList> list(QLatin1StringView option); // "A,B" → {"A","B"}
    std::optional<QJsonDocument> jsonDocument(QLatin1StringView option);

    // The first problem found, as one sentence; empty when the arguments are fine.
    QString error() const { return m_error; }
    void setError(const QString &error);

private:
    Action m_action = Action::Run;
    const CommandSpec *m_command = nullptr;
    std::optional<QString> m_baseUrl;
    std::optional<QString> m_profile;
    std::optional<QString> m_timeout;
    bool m_json = false;
    QStringList m_arguments;
    QHash<QString, QString> m_options;
    QString m_error;
};

// `vzapsctl --help` or, with a command, that command's usage.
QString helpText(const CommandSpec *command);
QString versionText();

} // namespace vzapsctl
