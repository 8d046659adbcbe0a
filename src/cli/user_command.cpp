// `scorecard user add|list|remove|passwd --db URI` (SPEC section 8): the
// server's login roles, each in one group role, mapped to an agent or to
// teams. The server checks everything; see storage/postgres/pg_users.h.
#include "cli/cli.h"
#include "cli/command.h"
#include "cli/server_connection.h"
#include "storage/postgres/pg_users.h"

namespace sc::cli {

namespace {

QString requireLogin(const QCommandLineParser &a)
{
    if (!a.isSet(QStringLiteral("login")) || a.value(QStringLiteral("login")).isEmpty())
        throw UsageError{QStringLiteral("--login L is required")};
    return a.value(QStringLiteral("login"));
}

pg::ServerUser userToAdd(const QCommandLineParser &a)
{
    pg::ServerUser user;
    user.login = requireLogin(a);
    if (!a.isSet(QStringLiteral("role")))
        throw UsageError{QStringLiteral("--role is required (agent, supervisor, leadership or admin)")};
    const auto role = pg::roleFromName(a.value(QStringLiteral("role")));
    if (!role)
        throw UsageError{QStringLiteral("invalid --role '%1' (expected agent, supervisor, leadership or admin)")
                             .arg(a.value(QStringLiteral("role")))};
    user.role = *role;
    const bool hasAgent = a.isSet(QStringLiteral("agent"));
    const bool hasTeams = a.isSet(QStringLiteral("teams"));
    if (user.role == pg::Role::Agent) {
        if (!hasAgent || a.value(QStringLiteral("agent")).isEmpty())
            throw UsageError{QStringLiteral("--role agent needs --agent ID")};
        user.agentId = a.value(QStringLiteral("agent"));
    } else if (hasAgent) {
        throw UsageError{QStringLiteral("--agent goes with --role agent")};
    }
    if (user.role == pg::Role::Supervisor) {
        if (!hasTeams)
            throw UsageError{QStringLiteral("--role supervisor needs --teams T,...")};
        for (const QString &team : a.value(QStringLiteral("teams")).split(u',')) {
            if (team.trimmed().isEmpty())
                throw UsageError{QStringLiteral("--teams has an empty team name")};
            user.teams << team.trimmed();
        }
    } else if (hasTeams) {
        throw UsageError{QStringLiteral("--teams goes with --role supervisor")};
    }
    return user;
}

int runUser(Context &ctx, const QCommandLineParser &a)
{
    const QStringList actions = a.positionalArguments();
    if (actions.size() != 1)
        throw UsageError{QStringLiteral("give one action: add, list, remove or passwd")};
    const QString &action = actions.front();
    const QString uri = requireServerUri(a);
    try {
        if (action == QLatin1String("add")) {
            const pg::ServerUser user = userToAdd(a);
            pg::Connection conn = connectToServer(uri);
            const QByteArray password = readNewPassword(user.login);
            pg::addUser(conn, user, password);
            ctx.out << QStringLiteral("Added %1 (%2%3)\n")
                           .arg(user.login, pg::roleName(user.role),
                                user.role == pg::Role::Agent        ? QStringLiteral(" of agent ") + user.agentId
                                : user.role == pg::Role::Supervisor ? QStringLiteral(" of ") + user.teams.join(u',')
                                                                    : QString());
        } else if (action == QLatin1String("list")) {
            if (a.isSet(QStringLiteral("login")))
                throw UsageError{QStringLiteral("'user list' takes no --login")};
            pg::Connection conn = connectToServer(uri);
            const std::vector<pg::ServerUser> users = pg::listUsers(conn);
            if (users.empty())
                ctx.out << QStringLiteral("No users.\n");
            for (const pg::ServerUser &u : users) {
                QString line = u.login + u'\t' + pg::roleName(u.role) + u'\t'
                               + (u.role == pg::Role::Agent ? u.agentId : u.teams.join(u','));
                // Drift PostgreSQL shows but Scorecard did not make.
                if (u.memberOf != QStringList{pg::groupRoleName(u.role)})
                    line += QStringLiteral("\t(member of: %1)").arg(u.memberOf.join(u','));
                if (!u.canLogin)
                    line += QStringLiteral("\t(cannot log in)");
                ctx.out << line << u'\n';
            }
        } else if (action == QLatin1String("remove")) {
            const QString login = requireLogin(a);
            pg::Connection conn = connectToServer(uri);
            pg::removeUser(conn, login);
            ctx.out << QStringLiteral("Removed %1\n").arg(login);
        } else if (action == QLatin1String("passwd")) {
            pg::Connection conn = connectToServer(uri);
            const QString login = a.isSet(QStringLiteral("login")) ? requireLogin(a) : conn.user();
            const QByteArray password = readNewPassword(login);
            pg::setPassword(conn, login, password);
            ctx.out << QStringLiteral("Changed the password of %1\n").arg(login);
        } else {
            throw UsageError{QStringLiteral("unknown action '%1' (expected add, list, remove or passwd)").arg(action)};
        }
        return ExitOk;
    } catch (const pg::PgError &e) {
        return reportServerError(ctx, e);
    }
}

} // namespace

Command userCommand()
{
    return Command{
        QStringLiteral("user"),
        QStringLiteral("Manage the users of a shared server (add, list, remove, passwd)"),
        QStringLiteral("Users are PostgreSQL login roles (SCRAM-SHA-256), each in one group: an agent sees their own "
                       "card, a supervisor their teams, leadership every team without private notes, an admin "
                       "everything. Passwords are typed at a prompt (no echo) or read as the first line of standard "
                       "input when it is not a terminal; never on the command line. passwd without --login changes "
                       "your own. See docs/server.md."),
        QStringLiteral(
            "(add --login L --role (agent --agent ID | supervisor --teams T,... | leadership | admin) | list "
            "| remove --login L | passwd [--login L]) --db postgresql://USER@HOST:PORT/DB"),
        {valueOption(QStringLiteral("db"), QStringLiteral("URI"),
                     QStringLiteral("The server: a postgresql:// URI (no password in it)")),
         valueOption(QStringLiteral("login"), QStringLiteral("L"), QStringLiteral("The user's login name")),
         valueOption(QStringLiteral("role"), QStringLiteral("ROLE"),
                     QStringLiteral("agent, supervisor, leadership or admin")),
         valueOption(QStringLiteral("agent"), QStringLiteral("ID"), QStringLiteral("The agent_id of an agent login")),
         valueOption(QStringLiteral("teams"), QStringLiteral("T,..."),
                     QStringLiteral("The teams of a supervisor login, comma separated"))},
        true,
        runUser};
}

} // namespace sc::cli
