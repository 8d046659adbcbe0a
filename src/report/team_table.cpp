#include "report/team_table.h"

#include <algorithm>

namespace sc {

std::vector<TeamTableRow> rankedTeamRows(const MonthReport &report, const QString &team, const MonthReport *previous)
{
    std::vector<TeamTableRow> rows;
    for (const AgentScorecard &a : report.agents) {
        if (!team.isEmpty() && a.agent.team != team)
            continue;
        TeamTableRow row;
        row.card = &a;
        if (previous && a.overall)
            if (const AgentScorecard *p = previous->agent(a.agent.id); p && p->overall)
                row.change = *a.overall - *p->overall;
        rows.push_back(row);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const TeamTableRow &x, const TeamTableRow &y) {
        const auto &a = x.card->overall, &b = y.card->overall;
        if (a.has_value() != b.has_value())
            return a.has_value();
        if (a && b && *a != *b)
            return *a > *b;
        return x.card->agent.id < y.card->agent.id;
    });
    int rank = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        if (!rows[i].card->overall)
            break;
        // Competition ranking: equal overalls share the rank (1, 2, 2, 4).
        if (i == 0 || *rows[i].card->overall != *rows[i - 1].card->overall)
            rank = int(i) + 1;
        rows[i].rank = rank;
    }
    std::vector<const AgentScorecard *> cards;
    cards.reserve(rows.size());
    for (const TeamTableRow &row : rows)
        cards.push_back(row.card);
    const std::vector<std::optional<RankRange>> ranges = rankRanges(cards);
    for (size_t i = 0; i < rows.size(); ++i)
        rows[i].rankRange = ranges[i];
    return rows;
}

QStringList agentMetricKeys()
{
    QStringList keys;
    for (const MetricDefinition &def : metricDefinitions())
        if (!def.teamOnly)
            keys << def.key;
    return keys;
}

QStringList weightedMetricKeys(const MonthReport &report, const QString &team)
{
    QStringList keys;
    for (const AgentScorecard &a : report.agents) {
        if (!team.isEmpty() && a.agent.team != team)
            continue;
        for (const MetricResult &m : a.metrics)
            if (m.rule.weight > 0 && !keys.contains(m.value.key))
                keys << m.value.key;
    }
    // Keep SPEC order whatever order the agents listed them in.
    QStringList ordered;
    for (const QString &k : agentMetricKeys())
        if (keys.contains(k))
            ordered << k;
    return ordered;
}

} // namespace sc
