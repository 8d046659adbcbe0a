#include "cli/cli.h"
#include "cli/command.h"
#include "core/identity.h"

#include "storage/store.h"

#include <array>

namespace sc::cli {

namespace {

int runAudit(Context &ctx, const QCommandLineParser &a)
{
    std::optional<Month> month;
    if (a.isSet(QStringLiteral("month")))
        month = requireMonth(a);
    auto store = openDb(ctx, a);
    std::vector<QStringList> rows;
    for (const AuditEntry &e : store->auditLog()) {
        if (month && e.month != month->toString())
            continue;
        rows.push_back({e.at.toUTC().toString(Qt::ISODate), e.user, e.action,
                        e.month.isEmpty() ? QStringLiteral("-") : e.month, e.details});
    }
    if (rows.empty()) {
        ctx.out << QStringLiteral("The audit log is empty.\n");
        return ExitOk;
    }
    std::array<qsizetype, 4> width{};
    for (const QStringList &r : rows)
        for (size_t i = 0; i < width.size(); ++i)
            width[i] = std::max(width[i], r[qsizetype(i)].size());
    for (const QStringList &r : rows) {
        QString line;
        for (size_t i = 0; i < width.size(); ++i)
            line += r[qsizetype(i)].leftJustified(width[i]) + QStringLiteral("  ");
        ctx.out << line << r[4] << u'\n';
    }
    return ExitOk;
}

} // namespace

Command auditCommand()
{
    return Command{QStringLiteral("audit"),
                   QStringLiteral("Print the audit log"),
                   QStringLiteral("Prints the audit log: imports, template changes, finalize and reopen."),
                   QStringLiteral("--db FILE [--month YYYY-MM]"),
                   {dbOption(), valueOption(QStringLiteral("month"), QStringLiteral("YYYY-MM"),
                                            QStringLiteral("Only entries about this month"))},
                   false,
                   runAudit};
}

} // namespace sc::cli
