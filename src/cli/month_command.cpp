#include "cli/cli.h"
#include "cli/command.h"
#include "core/identity.h"

#include "core/scoring.h"
#include "core/scoring_source.h"
#include "storage/store.h"
#include "workflow/month_workflow.h"

#include <QJsonDocument>

namespace sc::cli {

namespace {

int runMonth(Context &ctx, const QCommandLineParser &a)
{
    const Month month = requireMonth(a);
    const bool finalize = a.isSet(QStringLiteral("finalize"));
    const bool reopen = a.isSet(QStringLiteral("reopen"));
    const bool status = a.isSet(QStringLiteral("status"));
    if (int(finalize) + int(reopen) + int(status) != 1)
        throw UsageError{QStringLiteral("give exactly one of --finalize, --reopen, --status")};
    if (a.isSet(QStringLiteral("reason")) && !reopen)
        throw UsageError{QStringLiteral("--reason goes with --reopen")};
    auto store = openDb(ctx, a);
    if (status) {
        const bool finalized = store->isFinalized(month);
        ctx.out << month.toString() << (finalized ? QStringLiteral(": finalized\n") : QStringLiteral(": open\n"));
        return ExitOk;
    }
    if (finalize) {
        const workflow::MonthResult r = workflow::finalizeMonth(*store, month);
        switch (r.outcome) {
        case workflow::MonthOutcome::AlreadyFinalized:
            ctx.fail(QStringLiteral("%1 is already finalized; reopen it first").arg(month.toString()));
            return ExitData;
        case workflow::MonthOutcome::NoData:
            ctx.fail(QStringLiteral("%1 has no data to finalize").arg(month.toString()));
            return ExitData;
        default: break;
        }
        ctx.out << QStringLiteral("Finalized %1: %2 agent card(s) frozen\n").arg(month.toString()).arg(r.agentCards);
        return ExitOk;
    }
    const workflow::MonthResult r = workflow::reopenMonth(*store, month, nonNull(a.value(QStringLiteral("reason"))));
    if (r.outcome == workflow::MonthOutcome::NotFinalized) {
        ctx.fail(QStringLiteral("%1 is not finalized").arg(month.toString()));
        return ExitData;
    }
    ctx.out << QStringLiteral("Reopened %1\n").arg(month.toString());
    return ExitOk;
}

} // namespace

Command monthCommand()
{
    return Command{
        QStringLiteral("month"),
        QStringLiteral("Finalize, reopen or show the status of a month"),
        QStringLiteral("Finalizes a month (freezes its cards), reopens it, or shows whether it is finalized. "
                       "Finalize and reopen are recorded in the audit log."),
        QStringLiteral("--db FILE --month YYYY-MM (--finalize | --reopen [--reason TEXT] | --status)"),
        {dbOption(), monthOption(), flagOption(QStringLiteral("finalize"), QStringLiteral("Freeze the month's cards")),
         flagOption(QStringLiteral("reopen"), QStringLiteral("Unfreeze a finalized month")),
         valueOption(QStringLiteral("reason"), QStringLiteral("TEXT"),
                     QStringLiteral("Why it is reopened (audit log)")),
         flagOption(QStringLiteral("status"), QStringLiteral("Print finalized or open"))},
        false,
        runMonth};
}

} // namespace sc::cli
