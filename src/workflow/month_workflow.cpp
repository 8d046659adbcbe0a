#include "month_workflow.h"

#include "core/month_snapshot.h"
#include "core/scoring.h"
#include "core/scoring_source.h"
#include "storage/store.h"

#include <QJsonDocument>

namespace sc::workflow {

MonthResult finalizeMonth(Store &store, Month month)
{
    // The write lock first: the numbers frozen are those of the data as the
    // audit log orders it, and the busy timeout applies while waiting.
    const auto tx = store.beginWrite();
    if (store.isFinalized(month))
        return {MonthOutcome::AlreadyFinalized, 0};
    const MonthReport report = computeMonth(store, month);
    // Freezing a month nobody worked in is almost always a mistyped month.
    if (report.agents.empty())
        return {MonthOutcome::NoData, 0};
    const QByteArray snapshot = monthSnapshotToJson(report);
    store.finalizeMonth(month, snapshot, store.userName());
    tx->commit();
    return {MonthOutcome::Done, qsizetype(report.agents.size())};
}

MonthResult reopenMonth(Store &store, Month month, const QString &reason)
{
    const auto tx = store.beginWrite();
    if (!store.isFinalized(month))
        return {MonthOutcome::NotFinalized, 0};
    store.reopenMonth(month, store.userName(), reason.isNull() ? QStringLiteral("") : reason);
    tx->commit();
    return {MonthOutcome::Done, 0};
}

} // namespace sc::workflow
