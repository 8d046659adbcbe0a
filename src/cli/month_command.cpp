#include "cli/cli.h"
#include "cli/command.h"
#include "core/identity.h"

#include "core/scoring.h"
#include "core/scoring_source.h"
#include "storage/store.h"

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
    const bool finalized = store->isFinalized(month);
    if (status) {
        ctx.out << month.toString() << (finalized ? QStringLiteral(": finalized\n") : QStringLiteral(": open\n"));
        return ExitOk;
    }
    if (finalize) {
        if (finalized) {
            ctx.fail(QStringLiteral("%1 is already finalized; reopen it first").arg(month.toString()));
            return ExitData;
        }
        const MonthReport report = computeMonth(*store, month);
        // Freezing a month nobody worked in is almost always a typo'd --month.
        if (report.agents.empty()) {
            ctx.fail(QStringLiteral("%1 has no data to finalize").arg(month.toString()));
            return ExitData;
        }
        const QByteArray snapshot = QJsonDocument(monthReportToJson(report)).toJson(QJsonDocument::Compact);
        store->finalizeMonth(month, snapshot, currentUserName());
        ctx.out << QStringLiteral("Finalized %1: %2 agent card(s) frozen\n")
                       .arg(month.toString())
                       .arg(report.agents.size());
        return ExitOk;
    }
    if (!finalized) {
        ctx.fail(QStringLiteral("%1 is not finalized").arg(month.toString()));
        return ExitData;
    }
    store->reopenMonth(month, currentUserName(), nonNull(a.value(QStringLiteral("reason"))));
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
