#include "cli/cli.h"
#include "cli/command.h"
#include "core/identity.h"

#include "cli/score_output.h"
#include "core/scoring_source.h"
#include "storage/store.h"

namespace sc::cli {

namespace {

int runScore(Context &ctx, const QCommandLineParser &a)
{
    const Month month = requireMonth(a);
    const QString format =
        a.isSet(QStringLiteral("format")) ? a.value(QStringLiteral("format")) : QStringLiteral("json");
    if (format != QLatin1String("json") && format != QLatin1String("csv") && format != QLatin1String("table"))
        throw UsageError{QStringLiteral("invalid --format '%1' (expected json, csv or table)").arg(format)};
    const QString team = a.value(QStringLiteral("team"));
    const QString agent = a.value(QStringLiteral("agent"));
    auto store = openDb(ctx, a);
    const MonthReport report = filterReport(scoreMonth(*store, month), team, agent);
    if (format == QLatin1String("json"))
        writeUtf8(ctx.out, scoreJson(report));
    else if (format == QLatin1String("csv"))
        ctx.out << scoreCsv(report);
    else
        ctx.out << scoreTable(report);
    return ExitOk;
}

} // namespace

Command scoreCommand()
{
    return Command{
        QStringLiteral("score"),
        QStringLiteral("Print a month's scorecards as JSON, CSV or a table"),
        QStringLiteral("Prints the month's scorecards (a finalized month prints its frozen snapshot)."),
        QStringLiteral("--db FILE --month YYYY-MM [--team T] [--agent ID] [--format json|csv|table]"),
        {dbOption(), monthOption(),
         valueOption(QStringLiteral("team"), QStringLiteral("T"), QStringLiteral("Only this team's agents")),
         valueOption(QStringLiteral("agent"), QStringLiteral("ID"), QStringLiteral("Only this agent (and their team)")),
         valueOption(QStringLiteral("format"), QStringLiteral("FORMAT"),
                     QStringLiteral("json (default), csv or table"))},
        false,
        runScore};
}

} // namespace sc::cli
