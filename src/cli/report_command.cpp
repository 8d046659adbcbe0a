#include "cli/cli.h"
#include "cli/command.h"
#include "core/identity.h"

#include "storage/store.h"

// The executable's own CLI is headless: `report` runs in the report module
// (src/report_module.cpp), which links this file built with PDF output.
#ifndef SCORECARD_CLI_HEADLESS
#include "report/pdf_report.h"
#endif

namespace sc::cli {

namespace {

int runReport(Context &ctx, const QCommandLineParser &a)
{
    const Month month = requireMonth(a);
    const bool agent = a.isSet(QStringLiteral("agent"));
    const bool team = a.isSet(QStringLiteral("team"));
    const bool all = a.isSet(QStringLiteral("all"));
    const bool split = a.isSet(QStringLiteral("split"));
    const bool hasOut = a.isSet(QStringLiteral("out"));
    if (int(agent) + int(team) + int(all || split) != 1)
        throw UsageError{QStringLiteral("give exactly one of --agent ID, --team T, --all")};
    if (split && (agent || team))
        throw UsageError{
            QStringLiteral("--split writes every agent's card; it cannot be combined with --agent or --team")};
    if (split && hasOut)
        throw UsageError{QStringLiteral("give --out FILE.pdf or --split DIR, not both")};
    if (!split && !hasOut)
        throw UsageError{QStringLiteral("--out FILE.pdf is required")};
    QString pageSizeName = a.value(QStringLiteral("page-size"));
    if (a.isSet(QStringLiteral("page-size")) && pageSizeName.compare(QLatin1String("A4"), Qt::CaseInsensitive) != 0
        && pageSizeName.compare(QLatin1String("Letter"), Qt::CaseInsensitive) != 0)
        throw UsageError{QStringLiteral("invalid --page-size '%1' (expected A4 or Letter)").arg(pageSizeName)};
#ifndef SCORECARD_CLI_HEADLESS
    auto store = openDb(ctx, a);
    // Every page from one state of the data, whatever is imported meanwhile.
    const auto view = store->readSnapshot();
    const MonthReport report = scoreMonth(*store, month);
    if (agent && !report.agent(a.value(QStringLiteral("agent")))) {
        ctx.fail(
            QStringLiteral("agent '%1' has no record in %2").arg(a.value(QStringLiteral("agent")), month.toString()));
        return ExitData;
    }
    if (team && !report.team(a.value(QStringLiteral("team")))) {
        ctx.fail(
            QStringLiteral("team '%1' has no record in %2").arg(a.value(QStringLiteral("team")), month.toString()));
        return ExitData;
    }
    if ((all || split) && report.agents.empty()) {
        ctx.fail(QStringLiteral("no agent has a record in %1").arg(month.toString()));
        return ExitData;
    }
    PdfReportOptions opt;
    opt.pageSize = pageSizeName.isEmpty() ? defaultPageSize()
                   : pageSizeName.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0
                       ? QPageSize(QPageSize::Letter)
                       : QPageSize(QPageSize::A4);
    opt.generatedAt = ctx.clock.now();
    opt.generatedBy = QStringLiteral("scorecard " SCORECARD_VERSION);
    QString error;
    bool ok = false;
    int filesWritten = 0;
    const QString outPath = split ? a.value(QStringLiteral("split")) : a.value(QStringLiteral("out"));
    if (agent)
        ok = writeAgentCardPdf(*store, a.value(QStringLiteral("agent")), month, outPath, opt, &error);
    else if (team)
        ok = writeTeamReportPdf(*store, a.value(QStringLiteral("team")), month, outPath, opt, &error);
    else if (split)
        ok = writeSplitCardsPdf(*store, month, outPath, opt, &error, &filesWritten);
    else
        ok = writeAllCardsPdf(*store, month, outPath, opt, &error);
    if (!ok) {
        ctx.fail(QStringLiteral("%1: %2").arg(outPath, error));
        return ExitIo;
    }
    if (split) {
        // One file per agent, never fewer: a lost card is an error, not "Wrote".
        if (filesWritten != int(report.agents.size())) {
            ctx.fail(QStringLiteral("%1: wrote %2 files for %3 agents")
                         .arg(outPath)
                         .arg(filesWritten)
                         .arg(report.agents.size()));
            return ExitIo;
        }
        ctx.out << QStringLiteral("Wrote %1 files (one per agent) to %2\n").arg(filesWritten).arg(outPath);
        return ExitOk;
    }
    ctx.out << QStringLiteral("Wrote %1\n").arg(outPath);
    return ExitOk;
#else
    Q_UNUSED(month);
    ctx.fail(QStringLiteral("PDF reports are not available in this build"));
    return ExitIo;
#endif
}

} // namespace

Command reportCommand()
{
    return Command{
        QStringLiteral("report"),
        QStringLiteral("Write PDF cards and team reports"),
        QStringLiteral("Writes PDF reports: an agent's one-page card, a team's leadership report, or every card."),
        QStringLiteral("--db FILE --month YYYY-MM (--agent ID | --team T | --all) (--out FILE.pdf | --split DIR) "
                       "[--page-size A4|Letter]"),
        {dbOption(), monthOption(),
         valueOption(QStringLiteral("agent"), QStringLiteral("ID"), QStringLiteral("One agent's card")),
         valueOption(QStringLiteral("team"), QStringLiteral("T"), QStringLiteral("The team's leadership report")),
         flagOption(QStringLiteral("all"), QStringLiteral("Every agent's card, one page each")),
         valueOption(QStringLiteral("out"), QStringLiteral("FILE.pdf"), QStringLiteral("The PDF to write")),
         valueOption(QStringLiteral("split"), QStringLiteral("DIR"),
                     QStringLiteral("One PDF per agent in DIR (implies --all)")),
         valueOption(QStringLiteral("page-size"), QStringLiteral("SIZE"),
                     QStringLiteral("A4 or Letter (default: from the locale)"))},
        false,
        runReport};
}

} // namespace sc::cli
