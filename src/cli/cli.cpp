#include "cli.h"

#include "cli/command.h"
#include "cli/server_connection.h"
#include "storage/server_location.h"
#include "storage/store.h"

namespace sc {

namespace {

using cli::Command;
using cli::Context;
using cli::UsageError;

// Every subcommand, in the order `scorecard --help` lists them.
const std::vector<Command> &commands()
{
    static const std::vector<Command> list{
        cli::demoCommand(),     cli::importCommand(),  cli::scoreCommand(), cli::reportCommand(),
        cli::templateCommand(), cli::explainCommand(), cli::monthCommand(), cli::auditCommand(),
        cli::backupCommand(),   cli::serverCommand(),  cli::userCommand(),
    };
    return list;
}

const Command *findCommand(const QString &name)
{
    for (const Command &c : commands())
        if (c.name == name)
            return &c;
    return nullptr;
}

const QString kExitCodes =
    QStringLiteral("Exit codes: 0 ok, 64 usage, 65 bad input data, 66 missing input file, 74 I/O or database error.\n");

QString helpText(const Command &cmd)
{
    QString text =
        QStringLiteral("Usage: scorecard %1 %2\n\n%3\n\nOptions:\n").arg(cmd.name, cmd.synopsis, cmd.summary);
    std::vector<std::pair<QString, QString>> lines;
    for (const QCommandLineOption &o : cmd.options)
        lines.emplace_back(QStringLiteral("--") + o.names().front()
                               + (o.valueName().isEmpty() ? QString() : u' ' + o.valueName()),
                           o.description());
    lines.emplace_back(QStringLiteral("-h, --help"), QStringLiteral("Show this help"));
    qsizetype width = 0;
    for (const auto &l : lines)
        width = std::max(width, l.first.size());
    for (const auto &[left, help] : lines)
        text += QStringLiteral("  ") + left.leftJustified(width) + QStringLiteral("  ") + help + u'\n';
    return text + u'\n' + kExitCodes;
}

QString globalHelp()
{
    QString text = QStringLiteral(
        "Usage: scorecard [--db FILE] [--agent ID]      open the desktop app (--agent: \"My card\" view)\n"
        "       scorecard COMMAND [OPTIONS]             run headless\n\nCommands:\n");
    for (const Command &c : commands())
        text += QStringLiteral("  %1  %2\n").arg(c.name.leftJustified(9), c.brief);
    return text + QStringLiteral("\nRun 'scorecard COMMAND --help' for a command's options.\n") + kExitCodes;
}

// QCommandLineParser's messages read "Unknown option 'x'."; ours are lower case
// without a full stop, so the one-line error reads as one sentence.
QString asClause(QString message)
{
    if (!message.isEmpty())
        message[0] = message[0].toLower();
    while (message.endsWith(u'.'))
        message.chop(1);
    return message;
}

void parseOptions(QCommandLineParser &parser, const QStringList &args, const Command &cmd)
{
    // -h/--help is ours: QCommandLineParser's own help option would exit the process.
    parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, QString()));
    parser.addOptions(cmd.options);
    if (!parser.parse(QStringList{QStringLiteral("scorecard")} + args)) {
        // Name an unknown option as it was typed (the parser drops the dashes).
        if (const QStringList unknown = parser.unknownOptionNames(); !unknown.isEmpty())
            throw UsageError{
                QStringLiteral("unknown option '%1%2'")
                    .arg(unknown.front().size() == 1 ? QStringLiteral("-") : QStringLiteral("--"), unknown.front())};
        throw UsageError{asClause(parser.errorText())};
    }
    if (!cmd.takesFiles && !parser.positionalArguments().isEmpty() && !parser.isSet(QStringLiteral("help")))
        throw UsageError{QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().front())};
}

} // namespace

namespace {
QtMessageHandler previousMessageHandler = nullptr;
void cliMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    if (previousMessageHandler)
        previousMessageHandler(type, context, message);
}
} // namespace

void installCliMessageHandler() { previousMessageHandler = qInstallMessageHandler(cliMessageHandler); }

bool isCliInvocation(const QStringList &args)
{
    if (args.isEmpty())
        return false;
    // A word that is not an option is a command, known or not: a typo in a
    // cron job must get "unknown command", not an attempt to open a window.
    const QString &first = args.front();
    return !first.startsWith(u'-') || first == QLatin1String("--help") || first == QLatin1String("-h")
           || first == QLatin1String("--version");
}

bool cliNeedsGui(const QStringList &args) { return !args.isEmpty() && args.front() == QLatin1String("report"); }

int runCli(const QStringList &args, QTextStream &out, QTextStream &err, const Clock &clock)
{
    Context ctx{out, err, clock, QString()};
    int code = ExitOk;
    auto unknownCommand = [&](const QString &name) {
        err << QStringLiteral("scorecard: unknown command '%1' (see scorecard --help)").arg(name) << Qt::endl;
        code = ExitUsage;
    };
    if (args.isEmpty() || args.front() == QLatin1String("--help") || args.front() == QLatin1String("-h")
        || (args.front() == QLatin1String("help") && args.size() == 1)) {
        out << globalHelp();
        code = args.isEmpty() ? ExitUsage : ExitOk;
    } else if (args.front() == QLatin1String("--version")) {
        out << QStringLiteral("scorecard " SCORECARD_VERSION "\n");
    } else if (args.front() == QLatin1String("help")) {
        if (const Command *cmd = findCommand(args[1]))
            out << helpText(*cmd);
        else
            unknownCommand(args[1]);
    } else if (const Command *cmd = findCommand(args.front())) {
        ctx.command = cmd->name;
        // A postgresql:// --db asks for a password libpq found nowhere.
        setServerPasswordPrompt(&cli::askServerPassword);
        try {
            QCommandLineParser parser;
            parseOptions(parser, args.mid(1), *cmd);
            if (parser.isSet(QStringLiteral("help")))
                out << helpText(*cmd);
            else
                code = cmd->run(ctx, parser);
        } catch (const UsageError &e) {
            ctx.fail(e.message + QStringLiteral(" (see scorecard %1 --help)").arg(cmd->name));
            code = ExitUsage;
        } catch (const StoreBusyError &) {
            // Another writer held the database past the busy timeout: the
            // write never started. Say so, in words a cron log reader acts on.
            const bool imports = cmd->name == QLatin1String("import") || cmd->name == QLatin1String("demo");
            ctx.fail(imports ? QStringLiteral("database is busy (another import is running); nothing was imported")
                             : QStringLiteral("another import or finalize is running; nothing was changed"));
            code = ExitIo;
        } catch (const StoreError &e) {
            ctx.fail(QStringLiteral("database error: ") + QString::fromUtf8(e.what()));
            code = ExitIo;
        } catch (const std::exception &e) {
            ctx.fail(QStringLiteral("error: ") + QString::fromUtf8(e.what()));
            code = ExitIo;
        }
    } else {
        unknownCommand(args.front());
    }
    out.flush();
    err.flush();
    return code;
}

} // namespace sc
