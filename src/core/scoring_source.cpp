#include "scoring_source.h"

#include "scoring.h"

#include <QJsonDocument>

namespace sc {

MonthReport computeMonth(const ScoringSource &source, Month month)
{
    return buildMonthReport(month, source.agents(), source.agentSums(month), source.serviceLevelSums(month),
                            source.templates());
}

MonthReport scoreMonth(const ScoringSource &source, Month month)
{
    // A finalized month is frozen: its cards come from the snapshot taken
    // when it was finalized, whatever was imported or edited since.
    if (const auto snapshot = source.frozenSnapshot(month)) {
        const QJsonDocument doc = QJsonDocument::fromJson(*snapshot);
        if (auto report = monthReportFromJson(doc.object())) {
            report->frozen = true;
            return *report;
        }
    }
    return computeMonth(source, month);
}

} // namespace sc
