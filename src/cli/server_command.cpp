// `scorecard server init --db URI` (SPEC section 8): the schema, the group
// roles and the row-level security policies on a PostgreSQL server.
#include "cli/cli.h"
#include "cli/command.h"
#include "cli/server_connection.h"
#include "storage/postgres/pg_schema.h"

namespace sc::cli {

namespace {

int runServer(Context &ctx, const QCommandLineParser &a)
{
    const QStringList actions = a.positionalArguments();
    if (actions.size() != 1)
        throw UsageError{QStringLiteral("give one action: init")};
    const QString &action = actions.front();
    if (action == QLatin1String("push"))
        throw UsageError{QStringLiteral("'server push' is not available in this build yet")};
    if (action != QLatin1String("init"))
        throw UsageError{QStringLiteral("unknown action '%1' (expected init)").arg(action)};
    const QString uri = requireServerUri(a);
    try {
        pg::Connection conn = connectToServer(uri);
        const int before = pg::initServer(conn);
        const int now = pg::schemaVersion(conn);
        if (before == now)
            ctx.out << QStringLiteral("Database '%1' is already at schema version %2; roles and grants checked.\n")
                           .arg(conn.database())
                           .arg(now);
        else
            ctx.out << QStringLiteral("Database '%1': schema version %2 -> %3, with the roles %4, %5, %6 and %7.\n")
                           .arg(conn.database())
                           .arg(before)
                           .arg(now)
                           .arg(QLatin1String(pg::kAgentRole), QLatin1String(pg::kSupervisorRole),
                                QLatin1String(pg::kLeadershipRole), QLatin1String(pg::kAdminRole));
        return ExitOk;
    } catch (const pg::PgError &e) {
        return reportServerError(ctx, e);
    }
}

} // namespace

Command serverCommand()
{
    return Command{QStringLiteral("server"),
                   QStringLiteral("Set up a shared PostgreSQL server (init)"),
                   QStringLiteral("init: creates or upgrades the schema, the group roles (scorecard_agent, "
                                  "scorecard_supervisor, scorecard_leadership, scorecard_admin) and the row-level "
                                  "security policies in the database of the URI. Running it again is harmless. "
                                  "Run it as the database's superuser (for example as the postgres system user over "
                                  "the local socket). The password comes from PGPASSFILE or a prompt, never the "
                                  "command line. See docs/server.md."),
                   QStringLiteral("init --db postgresql://USER@HOST:PORT/DB"),
                   {valueOption(QStringLiteral("db"), QStringLiteral("URI"),
                                QStringLiteral("The server: a postgresql:// URI (no password in it)"))},
                   true,
                   runServer};
}

} // namespace sc::cli
