#pragma once
// Scores from values (SPEC section 4): per metric, per perspective, overall.
#include "domain.h"
#include "metrics.h"
#include "scorecard_template.h"

#include <QHash>
#include <QJsonObject>
#include <map>

namespace sc {

enum class Rating { AtGoal, Approaching, Below, InsufficientData };
QString ratingName(Rating r); // "at_goal", "approaching", "below", "insufficient_data"
std::optional<Rating> ratingFromName(QStringView name);

// Linear: clamp(100 (value - floor) / (goal - floor), 0, cap).
// Band: 100 inside [low, high], linear to 0 at low - tolerance and high + tolerance.
std::optional<double> scoreValue(const MetricRule &rule, Direction direction, double value);

struct MetricResult {
    MetricValue value;
    std::optional<double> teamValue;
    MetricRule rule;
    std::optional<double> score; // absent unless status is ok
};

struct PerspectiveScore {
    Perspective perspective;
    std::optional<double> score;
};

struct AgentScorecard {
    Agent agent;
    Month month;
    std::vector<MetricResult> metrics; // SPEC order, service_level excluded
    std::optional<double> overall;
    double coverage = 0;
    Rating rating = Rating::InsufficientData;
    std::vector<PerspectiveScore> perspectives;
    QString templateName;

    const MetricResult *metric(QStringView key) const;
};

struct TeamScorecard {
    QString team;
    std::vector<MetricValue> metrics; // all ten, SPEC order
    // The pooled sums the values were made from (empty for a frozen snapshot).
    ActivitySums sums;
    const MetricValue *metric(QStringView key) const;
};

// One month, every agent with a record (by agent_id) and every team with a record.
struct MonthReport {
    Month month;
    bool frozen = false;
    std::vector<AgentScorecard> agents;
    std::vector<TeamScorecard> teams;

    const AgentScorecard *agent(const QString &agentId) const;
    const TeamScorecard *team(const QString &team) const;
};

// Scores one agent's sums with a template, given the team's values and pooled
// sums. Without a team the agent stands for their team alone.
AgentScorecard scoreAgent(const Agent &agent, Month month, const ActivitySums &sums, const ScorecardTemplate &tmpl,
                          const TeamScorecard *team);

// Builds the whole month from per-agent sums and per-team service level.
// agents: every known agent (those without sums are left out).
MonthReport buildMonthReport(Month month, const std::vector<Agent> &agents, const SumsByKey &agentSums,
                             const SumsByKey &teamServiceLevel, const std::vector<ScorecardTemplate> &templates);

// SPEC section 5's JSON; the inverse is used for frozen months' snapshots.
QJsonObject monthReportToJson(const MonthReport &report);
std::optional<MonthReport> monthReportFromJson(const QJsonObject &o);

} // namespace sc
