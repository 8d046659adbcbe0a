// `scorecard server init --db URI` (SPEC section 8): the schema, the group
// roles and the row-level security policies on a PostgreSQL server.
// `scorecard server push --from FILE.sqlite --db URI`: a local database
// copied into an empty server database, verified month by month.
#include "cli/cli.h"
#include "cli/command.h"
#include "cli/score_output.h"
#include "cli/server_connection.h"
#include "core/scoring_source.h"
#include "storage/postgres/pg_schema.h"
#include "storage/postgres/pg_store.h"
#include "storage/sqlite_store.h"

#include <QDir>
#include <QFileInfo>
#include <set>

namespace sc::cli {

namespace {

// Where two outputs first differ, for the error message.
qsizetype firstDifference(const QByteArray &a, const QByteArray &b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i)
        if (a[i] != b[i])
            return i;
    return n;
}

int runPush(Context &ctx, const QCommandLineParser &a)
{
    const QString uri = requireServerUri(a);
    if (!a.isSet(QStringLiteral("from")))
        throw UsageError{QStringLiteral("--from FILE.sqlite is required")};
    const QString file = a.value(QStringLiteral("from"));
    const QFileInfo info(file);
    if (!info.exists() || !info.isFile() || !info.isReadable()) {
        ctx.fail(QStringLiteral("%1: no such readable file").arg(QDir::toNativeSeparators(file)));
        return ExitNoInput;
    }
    std::unique_ptr<SqliteStore> source;
    try {
        source = std::make_unique<SqliteStore>(file, ctx.clock, OpenMode::ReadOnly);
    } catch (const DatabaseRefused &e) {
        ctx.fail(QString::fromUtf8(e.what()));
        return ExitData;
    }
    PostgresStore target(uri, ctx.clock, &askServerPassword);
    if (target.identity().role != pg::Role::Admin) {
        ctx.fail(QStringLiteral("only a Scorecard admin may push a database (%1 is %2); nothing was pushed")
                     .arg(target.userName(), target.identity().role ? pg::roleName(*target.identity().role)
                                                                    : QStringLiteral("not a Scorecard user")));
        return ExitIo;
    }
    if (!target.agentIds().isEmpty() || !target.templates().empty() || !target.monthsWithData().empty()) {
        ctx.fail(QStringLiteral("the server database '%1' already holds Scorecard data; push copies a local database "
                                "into an empty one; nothing was pushed")
                     .arg(target.connection().database()));
        return ExitData;
    }

    const std::vector<ImportBatch> batches = source->allRows();
    qint64 rows = 0;
    for (const ImportBatch &b : batches)
        rows += b.recordCount();
    const QString fileName = QFileInfo(file).fileName();
    const auto tx = target.beginWrite();
    target.importBatches(batches, [&](const std::vector<ImportStats> &) {
        return AuditText{
            QStringLiteral("push"), QString(),
            QStringLiteral("pushed %1: %2 agents, %3 rows").arg(fileName).arg(batches.front().agents.size()).arg(rows)};
    });
    const std::vector<ScorecardTemplate> templates = source->templates();
    for (const ScorecardTemplate &t : templates)
        target.saveTemplate(t);
    for (const OneOnOneNote &n : source->allNotes())
        target.saveNote(n);
    for (ActionItem item : source->allActionItems()) {
        item.id = 0;
        target.saveActionItem(item);
    }
    // The local audit log, oldest first; the server stamps the pushing
    // login and now, so the original who and when go into the details.
    const std::vector<AuditEntry> log = source->auditLog();
    for (auto it = log.rbegin(); it != log.rend(); ++it)
        target.addAuditEntry(it->user, it->action, it->month,
                             QStringLiteral("%1 [pushed from %2: by %3 at %4]")
                                 .arg(it->details, fileName, it->user, it->at.toString(Qt::ISODate)));
    const auto finalized = source->finalizedSnapshots();
    for (const auto &[month, snapshot] : finalized)
        target.finalizeMonth(month, snapshot, target.userName());

    // Verified before it commits: every month's score output, in every
    // format, byte for byte; any difference rolls the whole push back.
    std::set<Month> months;
    for (Month m : source->monthsWithData())
        months.insert(m);
    for (const auto &f : finalized)
        months.insert(f.first);
    for (Month m : months) {
        const MonthReport local = scoreMonth(*source, m);
        const MonthReport server = scoreMonth(target, m);
        const std::pair<QByteArray, QByteArray> outputs[] = {{scoreJson(local), scoreJson(server)},
                                                             {scoreCsv(local).toUtf8(), scoreCsv(server).toUtf8()},
                                                             {scoreTable(local).toUtf8(), scoreTable(server).toUtf8()}};
        for (const auto &[expected, got] : outputs)
            if (expected != got) {
                ctx.fail(QStringLiteral("verification failed: the score output of %1 differs on the server (from "
                                        "byte %2); nothing was pushed")
                             .arg(m.toString())
                             .arg(firstDifference(expected, got)));
                return ExitData;
            }
    }
    tx->commit();
    ctx.out << QStringLiteral("Pushed %1 to '%2': %3 agents, %4 rows, %5 templates, %6 finalized months.\n")
                   .arg(QDir::toNativeSeparators(file), target.connection().database())
                   .arg(batches.front().agents.size())
                   .arg(rows)
                   .arg(templates.size())
                   .arg(finalized.size());
    ctx.out << QStringLiteral("Verified: the score output of all %1 months is identical on the server.\n")
                   .arg(months.size());
    return ExitOk;
}

int runServer(Context &ctx, const QCommandLineParser &a)
{
    const QStringList actions = a.positionalArguments();
    if (actions.size() != 1)
        throw UsageError{QStringLiteral("give one action: init or push")};
    const QString &action = actions.front();
    if (action == QLatin1String("push")) {
        try {
            return runPush(ctx, a);
        } catch (const pg::PgError &e) {
            return reportServerError(ctx, e);
        }
    }
    if (action != QLatin1String("init"))
        throw UsageError{QStringLiteral("unknown action '%1' (expected init or push)").arg(action)};
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
    return Command{
        QStringLiteral("server"),
        QStringLiteral("Set up a shared PostgreSQL server (init) or move a database to it (push)"),
        QStringLiteral("init: creates or upgrades the schema, the group roles (scorecard_agent, "
                       "scorecard_supervisor, scorecard_leadership, scorecard_admin) and the row-level "
                       "security policies in the database of the URI. Running it again is harmless. "
                       "Run it as the database's superuser (for example as the postgres system user over "
                       "the local socket). push: copies the SQLite database --from into the (empty) server "
                       "database as an admin login, and checks that every month's score output is the "
                       "same byte for byte before it commits; any difference pushes nothing. The password "
                       "comes from PGPASSFILE or a prompt, never the command line. See docs/server.md."),
        QStringLiteral("init --db postgresql://USER@HOST:PORT/DB\n"
                       "       scorecard server push --from FILE.sqlite --db postgresql://USER@HOST:PORT/DB"),
        {valueOption(QStringLiteral("db"), QStringLiteral("URI"),
                     QStringLiteral("The server: a postgresql:// URI (no password in it)")),
         valueOption(QStringLiteral("from"), QStringLiteral("FILE"),
                     QStringLiteral("push: the local SQLite database to copy"))},
        true,
        runServer};
}

} // namespace sc::cli
