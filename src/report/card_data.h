#pragma once
// Everything the one-page 1:1 card shows, gathered from the store once so
// the renderer only draws. Screen and PDF draw from the same CardData.
#include "core/scoring.h"
#include "storage/store.h"

#include <functional>
#include <optional>
#include <vector>

namespace sc {

struct TrendPoint {
    Month month;
    std::optional<double> overall;
    QHash<QString, std::optional<double>> metricValues; // by metric key
    QHash<QString, std::optional<double>> metricScores; // by metric key (scored metrics)
};

struct GoalStatus {
    ActionItem item;
    // Met when the metric's value in the month after creation (or later, up
    // to the card's month) reaches the target in the metric's direction.
    std::optional<bool> met;
    std::optional<double> latestValue;
};

struct CardData {
    AgentScorecard card;
    std::optional<AgentScorecard> previous; // last month, for "change since"
    TeamScorecard team;
    std::optional<double> teamAverageOverall;
    std::vector<TrendPoint> trend; // up to 12 months ending at card.month
    std::vector<Comment> comments; // latest QA and survey comments
    std::vector<GoalStatus> goals;
    std::optional<OneOnOneNote> note;
    bool agentView = false; // "My card": no other agent's data
};

// How many trend months a card shows, the card's month included.
constexpr int kCardTrendMonths = 12;
// How many latest comments a card keeps per source (QA, survey).
constexpr int kCardCommentsPerSource = 3;

// Whether `value` reaches `target` for a metric (higher: >=, lower: <=;
// band: inside the rule's [low, high], or equal to the target without a band).
bool goalReached(const MetricDefinition &def, const MetricRule &rule, double value, double target);

// The goals a card shows for the agent in `month` (those agreed at the last
// 1:1 before it, new ones agreed in it, and open ones not yet due; never
// dropped ones), each with its status.
std::vector<GoalStatus> goalStatuses(const Store &store, const QString &agentId, Month month,
                                     const std::function<const MonthReport &(Month)> &monthReport);

// Gathers a card; nullopt when the agent has no record in the month.
std::optional<CardData> buildCardData(const Store &store, const QString &agentId, Month month);
// Same, reusing already-scored months (month -> report) to avoid rescoring.
std::optional<CardData> buildCardData(const Store &store, const QString &agentId, Month month,
                                      const std::function<const MonthReport &(Month)> &monthReport);

} // namespace sc
