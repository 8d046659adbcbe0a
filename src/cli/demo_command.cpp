#include "cli/cli.h"
#include "cli/command.h"
#include "core/identity.h"

#include "demo/demo_data.h"
#include "storage/store.h"

namespace sc::cli {

namespace {

int runDemo(Context &ctx, const QCommandLineParser &a)
{
    DemoOptions opt;
    opt.agents = parsePositiveInt(a, QStringLiteral("agents"), 48, 100000);
    opt.months = parsePositiveInt(a, QStringLiteral("months"), 12, 240);
    if (a.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        opt.seed = a.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            throw UsageError{
                QStringLiteral("invalid --seed '%1' (expected a whole number)").arg(a.value(QStringLiteral("seed")))};
    }
    // The last complete month: a supervisor preparing this month's 1:1s looks at last month.
    opt.endMonth = Month::of(ctx.clock.today()).previous();
    if (a.isSet(QStringLiteral("end-month"))) {
        const auto m = Month::parse(a.value(QStringLiteral("end-month")));
        if (!m)
            throw UsageError{QStringLiteral("invalid --end-month '%1' (expected YYYY-MM)")
                                 .arg(a.value(QStringLiteral("end-month")))};
        opt.endMonth = *m;
    }
    auto store = openDb(ctx, a);
    // One transaction for all of it, with its audit entry.
    const auto tx = store->beginWrite();
    DemoGenerator gen(opt);
    ImportStats total;
    qint64 rows = 0;
    auto add = [&](const std::vector<ImportBatch> &batches) {
        for (const ImportBatch &b : batches)
            rows += b.recordCount();
        // Each chunk joins the outer transaction; its audit entry is the one below.
        for (const ImportStats &s : store->importBatches(batches, [](const auto &) { return AuditText{}; })) {
            total.stored += s.stored;
            total.replaced += s.replaced;
            total.unchanged += s.unchanged;
        }
    };
    // Stored in chunks of about half a million rows: one transaction for a
    // normal demo, bounded memory for a stress-test one.
    std::vector<ImportBatch> pending{gen.agentsBatch()};
    qint64 pendingRows = pending.front().recordCount();
    const std::vector<Month> months = demoMonths(opt);
    for (Month m : months) {
        for (ImportBatch &b : gen.monthBatches(m)) {
            pendingRows += b.recordCount();
            pending.push_back(std::move(b));
        }
        if (pendingRows >= 500000) {
            add(pending);
            pending.clear();
            pendingRows = 0;
        }
    }
    if (!pending.empty())
        add(pending);

    const QString details = QStringLiteral("demo data: %1 agents, %2 months to %3, seed %4; %5 rows")
                                .arg(opt.agents)
                                .arg(opt.months)
                                .arg(opt.endMonth.toString())
                                .arg(opt.seed)
                                .arg(rows);
    store->addAuditEntry(store->userName(), QStringLiteral("import"), nonNull(QString()), details);
    tx->commit();
    ctx.out << QStringLiteral("Demo data: %1 agents, %2 to %3 (%4 months), seed %5\n")
                   .arg(opt.agents)
                   .arg(months.front().toString(), months.back().toString())
                   .arg(opt.months)
                   .arg(opt.seed);
    ctx.out << QStringLiteral("%1 rows: %2 stored, %3 replaced, %4 unchanged\n")
                   .arg(rows)
                   .arg(total.stored)
                   .arg(total.replaced)
                   .arg(total.unchanged);
    return ExitOk;
}

} // namespace

Command demoCommand()
{
    return Command{
        QStringLiteral("demo"),
        QStringLiteral("Fill the database with realistic demo data"),
        QStringLiteral("Fills the database with realistic demo data: teams, full- and part-time agents and "
                       "months of every export kind."),
        QStringLiteral("--db FILE [--agents N] [--months M] [--seed S] [--end-month YYYY-MM]"),
        {dbOption(),
         valueOption(QStringLiteral("agents"), QStringLiteral("N"), QStringLiteral("Number of agents (default 48)")),
         valueOption(QStringLiteral("months"), QStringLiteral("M"), QStringLiteral("Number of months (default 12)")),
         valueOption(QStringLiteral("seed"), QStringLiteral("S"),
                     QStringLiteral("Random seed; the same seed gives the same data (default 1)")),
         valueOption(QStringLiteral("end-month"), QStringLiteral("YYYY-MM"),
                     QStringLiteral("Last month generated (default: the last complete month)"))},
        false,
        runDemo};
}

} // namespace sc::cli
