#pragma once
// The ranked team table shared by the leadership report, the CSV export and
// the GUI: who ranks where, and the change since last month.
#include "core/scoring.h"

#include <QStringList>
#include <optional>
#include <vector>

namespace sc {

struct TeamTableRow {
    const AgentScorecard *card = nullptr; // points into the MonthReport
    int rank = 0;                         // 1-based; 0 when the agent has no overall
    // The ranks the overall's 90% range allows among the rows (core's
    // rankRanges, SPEC section 6): what reports and the app show.
    std::optional<RankRange> rankRange;
    std::optional<double> change; // overall minus last month's
};

// Agents of `team` (all when empty) ranked by overall, highest first; ties
// share a rank; agents without an overall come last (by agent_id). Each
// row's rankRange is among the rows returned.
std::vector<TeamTableRow> rankedTeamRows(const MonthReport &report, const QString &team,
                                         const MonthReport *previous = nullptr);
// Every agent metric key, SPEC order (service_level excluded).
QStringList agentMetricKeys();
// The weighted metrics' keys of the template used by the team's agents (SPEC order).
QStringList weightedMetricKeys(const MonthReport &report, const QString &team);

} // namespace sc
