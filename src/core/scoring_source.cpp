#include "scoring_source.h"

#include "month_snapshot.h"
#include "scoring.h"

#include <QJsonDocument>
#include <algorithm>

namespace sc {

namespace {

std::optional<MonthReport> snapshotOf(const ScoringSource &source, Month month)
{
    if (const auto snapshot = source.frozenSnapshot(month))
        return monthSnapshotFromJson(*snapshot).report;
    return std::nullopt;
}

} // namespace

MonthReport computeMonth(const ScoringSource &source, Month month, ScoringOptions options)
{
    // Agents, sums, service levels, templates and the previous months from
    // one state of the data.
    const auto view = source.readSnapshot();
    const std::vector<Agent> agents = source.agents();
    const std::vector<ScorecardTemplate> templates = source.templates();
    const std::optional<SumsByKey> pooled = source.pooledTeamSums(month);
    MonthReport report =
        buildMonthReport(month, agents, source.agentSums(month), pooled ? SumsByKey{} : source.serviceLevelSums(month),
                         templates, options, pooled ? &*pooled : nullptr);
    if (!options.attention || report.agents.empty())
        return report;
    // needs_attention: the ratings of the previous months, as they stand
    // (a finalized month's snapshot, else computed; only ratings are read,
    // so the service level and section 6 are skipped for them).
    int window = 1;
    for (const AgentScorecard &a : report.agents)
        window = std::max(window, templateFor(templates, a.agent.team, month).attentionMonths);
    std::vector<MonthReport> previous;
    previous.reserve(size_t(window - 1));
    Month m = month;
    for (int k = 1; k < window; ++k) {
        m = m.previous();
        if (auto snapshot = snapshotOf(source, m))
            previous.push_back(std::move(*snapshot));
        else {
            const std::optional<SumsByKey> teams = source.pooledTeamSums(m);
            previous.push_back(buildMonthReport(m, agents, source.agentSums(m), {}, templates,
                                                ScoringOptions{false, false}, teams ? &*teams : nullptr));
        }
    }
    std::vector<const MonthReport *> pointers;
    for (const MonthReport &r : previous)
        pointers.push_back(&r);
    applyNeedsAttention(report, pointers, templates);
    return report;
}

MonthReport scoreMonth(const ScoringSource &source, Month month, ScoringOptions options)
{
    // A finalized month is frozen: its cards come from the snapshot taken
    // when it was finalized, whatever was imported or edited since.
    const auto view = source.readSnapshot();
    if (auto snapshot = snapshotOf(source, month))
        return *snapshot;
    return computeMonth(source, month, options);
}

} // namespace sc
