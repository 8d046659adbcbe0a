#pragma once
// Scores from values (SPEC section 4): per metric, per perspective, overall.
#include "domain.h"
#include "metrics.h"
#include "scorecard_template.h"

#include <QJsonObject>
#include <QMap>
#include <map>

namespace sc {

enum class Rating { AtGoal, Approaching, Below, InsufficientData };
QString ratingName(Rating r); // "at_goal", "approaching", "below", "insufficient_data"
std::optional<Rating> ratingFromName(QStringView name);

// Linear: clamp(100 (value - floor) / (goal - floor), 0, cap).
// Band: 100 inside [low, high], linear to 0 at low - tolerance and high + tolerance.
std::optional<double> scoreValue(const MetricRule &rule, Direction direction, double value);

// The rating an overall score earns (insufficient_data without one).
Rating ratingFor(std::optional<double> overall, const RatingThresholds &thresholds);

// SPEC section 6: the goal lies inside the metric's interval (status ok; band metrics never).
bool isWithinNoise(const MetricValue &value, const MetricRule &rule, Direction direction);

struct MetricResult {
    MetricValue value;
    std::optional<double> teamValue;
    MetricRule rule;
    std::optional<double> score; // absent unless status is ok
    // The scores at the interval's two ends, ascending (a scored sampled metric only).
    std::optional<Interval> scoreInterval;
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
    // SPEC section 6: the weighted mean of the score-interval ends over the
    // metrics that make overall (a census metric gives its score to both);
    // rating_certain is false when the ratings at the two ends differ.
    std::optional<Interval> overallInterval;
    bool ratingCertain = true;
    // Rated below in at least attention_below of the last attention_months months.
    bool needsAttention = false;
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

// A metric pooled over a report's teams: one team's own value, or for all
// teams (`team` empty) the teams' numerators and denominators added, then
// divided once. A group's ratio is never an average of its members' ratios.
MetricValue pooledTeamMetric(const MonthReport &report, QStringView key, const QString &team = {});

// The mean overall score of the rated agents of `team` (all teams when
// empty); `rated` receives how many agents it averages.
std::optional<double> meanOverall(const MonthReport &report, const QString &team = {}, int *rated = nullptr);

// Scores one agent's sums with a template, given the team's values and pooled
// sums. Without a team the agent stands for their team alone.
AgentScorecard scoreAgent(const Agent &agent, Month month, const ActivitySums &sums, const ScorecardTemplate &tmpl,
                          const TeamScorecard *team);

// What SPEC section 6 adds to a month; off only to measure its cost (bench/).
struct ScoringOptions {
    bool uncertainty = true; // intervals, within_noise, score/overall intervals, rating_certain
    bool attention = true;   // needs_attention (reads the previous months)
};

// Builds the whole month from per-agent sums and per-team service level.
// agents: every known agent (those without sums are left out). Sums are
// pooled in agent_id order, so the same data always gives the same bits.
// needs_attention is left false here: see applyNeedsAttention.
// pooledTeams: the teams' sums as given (ScoringSource::pooledTeamSums)
// instead of pooled from agentSums and teamServiceLevel; an agent whose team
// is not in them gets no team values (their own rows decide KCS's no_data).
MonthReport buildMonthReport(Month month, const std::vector<Agent> &agents, const SumsByKey &agentSums,
                             const SumsByKey &teamServiceLevel, const std::vector<ScorecardTemplate> &templates,
                             ScoringOptions options = {}, const SumsByKey *pooledTeams = nullptr);

// Sets each agent's needs_attention from this month's rating and the ratings
// of the previous months (previous[0] is the month before, and so on; a
// missing month or agent counts as not below), with the template in force
// for the agent's team this month.
void applyNeedsAttention(MonthReport &report, const std::vector<const MonthReport *> &previous,
                         const std::vector<ScorecardTemplate> &templates);

// Ranks that the overall intervals allow (SPEC section 6: agents whose
// intervals overlap are not ordered as if the difference were real). For an
// agent with an overall: best = 1 + the number of agents whose interval lies
// wholly above theirs, worst = the number of agents with an overall minus
// those whose interval lies wholly below. Without an interval the overall
// stands for both ends. Agents without an overall get none.
struct RankRange {
    int best = 0;
    int worst = 0;
    bool operator==(const RankRange &) const = default;
};
std::vector<std::optional<RankRange>> rankRanges(const std::vector<const AgentScorecard *> &agents);

// SPEC section 5's JSON; the inverse is used for frozen months' snapshots.
QJsonObject monthReportToJson(const MonthReport &report);
std::optional<MonthReport> monthReportFromJson(const QJsonObject &o);

} // namespace sc
