#include "report/card_data.h"

#include <QHash>
#include <algorithm>
#include <cmath>
#include <map>

namespace sc {

bool goalReached(const MetricDefinition &def, const MetricRule &rule, double value, double target)
{
    switch (def.direction) {
    case Direction::Higher: return value >= target;
    case Direction::Lower: return value <= target;
    case Direction::Band:
        // A band metric's goal is to sit inside the band; without one, hit the target.
        if (rule.low && rule.high)
            return value >= *rule.low && value <= *rule.high;
        return std::abs(value - target) < 1e-9;
    }
    return false;
}

std::optional<CardData> buildCardData(const Store &store, const QString &agentId, Month month)
{
    // Score each month once for this card.
    std::map<Month, MonthReport> cache;
    auto report = [&](Month m) -> const MonthReport & {
        auto it = cache.find(m);
        if (it == cache.end())
            it = cache.emplace(m, scoreMonth(store, m)).first;
        return it->second;
    };
    return buildCardData(store, agentId, month, report);
}

namespace {

// MonthReport lists agents by agent_id: a binary search keeps a 2,000-card
// batch from comparing strings millions of times. Falls back to the linear
// lookup if a report was ever built unsorted.
const AgentScorecard *findAgent(const MonthReport &report, const QString &agentId)
{
    const auto it = std::lower_bound(report.agents.begin(), report.agents.end(), agentId,
                                     [](const AgentScorecard &a, const QString &id) { return a.agent.id < id; });
    if (it != report.agents.end() && it->agent.id == agentId)
        return &*it;
    return report.agent(agentId);
}

// The goals the card shows: those agreed at the last 1:1 before the card's
// month, the new ones agreed in the card's month, and any still open and
// not yet due. Dropped items are never shown.
std::vector<ActionItem> goalsToShow(const std::vector<ActionItem> &items, Month month)
{
    Month lastOneOnOne;
    for (const ActionItem &item : items)
        if (item.status != ActionStatus::Dropped && item.createdMonth < month && item.createdMonth > lastOneOnOne)
            lastOneOnOne = item.createdMonth;
    std::vector<ActionItem> shown;
    for (const ActionItem &item : items) {
        if (item.status == ActionStatus::Dropped || item.createdMonth > month)
            continue;
        const bool recent = item.createdMonth == lastOneOnOne || item.createdMonth == month;
        const bool openNotDue =
            item.status == ActionStatus::Open && (!item.dueMonth.isValid() || item.dueMonth >= month);
        if (recent || openNotDue)
            shown.push_back(item);
    }
    return shown;
}

} // namespace

std::optional<CardData> buildCardData(const Store &store, const QString &agentId, Month month,
                                      const std::function<const MonthReport &(Month)> &monthReport)
{
    const MonthReport &current = monthReport(month);
    const AgentScorecard *card = findAgent(current, agentId);
    if (!card)
        return std::nullopt;

    CardData data;
    data.card = *card;
    // A frozen month's snapshot keeps id, name and team only: the supervisor
    // (and the rest of the agent row) comes from the stored agent.
    if (current.frozen && data.card.agent.supervisor.isEmpty()) {
        for (const Agent &a : store.agents()) {
            if (a.id == agentId) {
                data.card.agent.supervisor = a.supervisor;
                data.card.agent.employment = a.employment;
                data.card.agent.email = a.email;
                break;
            }
        }
    }
    if (const AgentScorecard *prev = findAgent(monthReport(month.previous()), agentId))
        data.previous = *prev;
    if (const TeamScorecard *team = current.team(card->agent.team))
        data.team = *team;
    else
        data.team.team = card->agent.team;

    // The team average overall: mean over the team's agents that have one.
    double sum = 0;
    int n = 0;
    for (const AgentScorecard &a : current.agents)
        if (a.agent.team == card->agent.team && a.overall) {
            sum += *a.overall;
            ++n;
        }
    if (n > 0)
        data.teamAverageOverall = sum / n;

    // The trend, oldest first, starting at the first month the agent has a record.
    std::vector<TrendPoint> trend;
    for (int i = kCardTrendMonths - 1; i >= 0; --i) {
        const Month m = month.addMonths(-i);
        const AgentScorecard *a = i == 0 ? card : findAgent(monthReport(m), agentId);
        if (!a && trend.empty())
            continue;
        TrendPoint point;
        point.month = m;
        if (a) {
            point.overall = a->overall;
            for (const MetricResult &r : a->metrics) {
                point.metricValues.insert(r.value.key, r.value.value);
                if (r.rule.weight > 0)
                    point.metricScores.insert(r.value.key, r.score);
            }
        }
        trend.push_back(std::move(point));
    }
    data.trend = std::move(trend);

    // The store returns the latest of both sources together; ask for more so
    // a month of many survey comments cannot crowd out the QA ones.
    int qa = 0, survey = 0;
    for (Comment &c : store.latestComments(agentId, month, 8 * kCardCommentsPerSource)) {
        int &count = c.source == u"qa" ? qa : survey;
        if (count++ < kCardCommentsPerSource)
            data.comments.push_back(std::move(c));
    }
    data.note = store.note(agentId, month);

    data.goals = goalStatuses(store, agentId, month, monthReport);
    return data;
}

std::vector<GoalStatus> goalStatuses(const Store &store, const QString &agentId, Month month,
                                     const std::function<const MonthReport &(Month)> &monthReport)
{
    std::vector<GoalStatus> goals;
    for (const ActionItem &item : goalsToShow(store.actionItems(agentId, month), month)) {
        GoalStatus goal;
        goal.item = item;
        const MetricDefinition *def = item.metricKey.isEmpty() ? nullptr : findMetric(item.metricKey);
        if (def && item.targetValue) {
            // Evaluate each month after the one the goal was agreed in, up to the card's month.
            // Bounded so a malformed creation month cannot make this loop long.
            const Month first = std::max(item.createdMonth.next(), month.addMonths(-24));
            for (Month m = first; m <= month; m = m.next()) {
                const AgentScorecard *a = findAgent(monthReport(m), agentId);
                const MetricResult *r = a ? a->metric(item.metricKey) : nullptr;
                if (!r || r->value.status != MetricStatus::Ok || !r->value.value)
                    continue;
                goal.latestValue = r->value.value;
                const bool reached = goalReached(*def, r->rule, *r->value.value, *item.targetValue);
                goal.met = goal.met.value_or(false) || reached;
            }
        } else if (item.status == ActionStatus::Done) {
            goal.met = true; // a goal without a metric is met when the supervisor marks it done
        }
        goals.push_back(std::move(goal));
    }
    return goals;
}

} // namespace sc
