#include "scoring.h"

#include <QJsonArray>
#include <algorithm>
#include <map>

namespace sc {

QString ratingName(Rating r)
{
    switch (r) {
    case Rating::AtGoal: return QStringLiteral("at_goal");
    case Rating::Approaching: return QStringLiteral("approaching");
    case Rating::Below: return QStringLiteral("below");
    case Rating::InsufficientData: return QStringLiteral("insufficient_data");
    }
    return {};
}

std::optional<Rating> ratingFromName(QStringView name)
{
    for (Rating r : {Rating::AtGoal, Rating::Approaching, Rating::Below, Rating::InsufficientData})
        if (name == ratingName(r))
            return r;
    return std::nullopt;
}

std::optional<double> scoreValue(const MetricRule &rule, Direction direction, double value)
{
    if (direction == Direction::Band) {
        if (!rule.low || !rule.high || !rule.tolerance)
            return std::nullopt;
        const double low = *rule.low, high = *rule.high, tol = *rule.tolerance;
        if (value >= low && value <= high)
            return 100.0;
        const double distance = value < low ? low - value : value - high;
        if (tol <= 0)
            return 0.0;
        return std::clamp(100.0 * (1.0 - distance / tol), 0.0, 100.0);
    }
    if (!rule.floor || !rule.goal || *rule.floor == *rule.goal)
        return std::nullopt;
    // One formula for both directions: for lower-is-better the floor is above
    // the goal, so (goal - floor) is negative and so is (value - floor) when better.
    const double raw = 100.0 * (value - *rule.floor) / (*rule.goal - *rule.floor);
    return std::clamp(raw, 0.0, rule.cap);
}

const MetricResult *AgentScorecard::metric(QStringView key) const
{
    for (const MetricResult &m : metrics)
        if (m.value.key == key)
            return &m;
    return nullptr;
}

const MetricValue *TeamScorecard::metric(QStringView key) const
{
    for (const MetricValue &m : metrics)
        if (m.key == key)
            return &m;
    return nullptr;
}

const AgentScorecard *MonthReport::agent(const QString &agentId) const
{
    for (const AgentScorecard &a : agents)
        if (a.agent.id == agentId)
            return &a;
    return nullptr;
}

const TeamScorecard *MonthReport::team(const QString &name) const
{
    for (const TeamScorecard &t : teams)
        if (t.team == name)
            return &t;
    return nullptr;
}

namespace {

// Weighted mean of the scored metrics with weight > 0 among `results`
// matching `include`; returns the mean and the weight it covers.
template <typename Pred>
std::pair<std::optional<double>, double> weightedMean(const std::vector<MetricResult> &results, Pred include)
{
    double weightSum = 0, weighted = 0;
    for (const MetricResult &m : results) {
        if (!include(m) || m.rule.weight <= 0 || !m.score)
            continue;
        weightSum += m.rule.weight;
        weighted += m.rule.weight * *m.score;
    }
    if (weightSum <= 0)
        return {std::nullopt, 0};
    return {weighted / weightSum, weightSum};
}

} // namespace

AgentScorecard scoreAgent(const Agent &agent, Month month, const ActivitySums &sums, const ScorecardTemplate &tmpl,
                          const TeamScorecard *team)
{
    AgentScorecard card;
    card.agent = agent;
    card.month = month;
    card.templateName = tmpl.name;
    for (const MetricDefinition &def : metricDefinitions()) {
        if (def.teamOnly)
            continue;
        MetricResult result;
        result.value = computeMetric(def, sums, team ? team->sums : sums);
        if (const MetricRule *rule = tmpl.rule(def.key))
            result.rule = *rule;
        else
            result.rule.key = def.key; // not in the template: weight 0, unscored
        if (team)
            if (const MetricValue *tv = team->metric(def.key))
                result.teamValue = tv->value;
        if (result.value.status == MetricStatus::Ok && result.value.value)
            result.score = scoreValue(result.rule, def.direction, *result.value.value);
        card.metrics.push_back(result);
    }

    const auto [overall, scoredWeight] = weightedMean(card.metrics, [](const MetricResult &) { return true; });
    const double total = tmpl.totalWeight();
    card.coverage = total > 0 ? scoredWeight / total : 0.0;
    if (overall && card.coverage >= 0.5)
        card.overall = overall;
    if (!card.overall)
        card.rating = Rating::InsufficientData;
    else if (*card.overall >= tmpl.thresholds.atGoal)
        card.rating = Rating::AtGoal;
    else if (*card.overall >= tmpl.thresholds.approaching)
        card.rating = Rating::Approaching;
    else
        card.rating = Rating::Below;

    for (Perspective p : allPerspectives()) {
        const auto [score, weight] = weightedMean(card.metrics, [p](const MetricResult &m) {
            const MetricDefinition *def = findMetric(m.value.key);
            return def && def->perspective == p;
        });
        Q_UNUSED(weight);
        card.perspectives.push_back({p, score});
    }
    return card;
}

MonthReport buildMonthReport(Month month, const std::vector<Agent> &agents, const SumsByKey &agentSums,
                             const SumsByKey &teamServiceLevel, const std::vector<ScorecardTemplate> &templates)
{
    MonthReport report;
    report.month = month;

    QHash<QString, const Agent *> byId;
    for (const Agent &a : agents)
        byId.insert(a.id, &a);

    // Pool the team's sums: the team's number is a ratio of pooled sums,
    // never a mean of its agents' ratios.
    std::map<QString, ActivitySums> teamSums;
    std::vector<const Agent *> withRecord;
    std::vector<Agent> unknownAgents; // sums for an id the agent list lacks
    unknownAgents.reserve(agentSums.size());
    for (auto it = agentSums.cbegin(); it != agentSums.cend(); ++it) {
        if (!it.value().hasRecord())
            continue;
        const Agent *agent = byId.value(it.key());
        if (!agent) {
            Agent stub;
            stub.id = it.key();
            unknownAgents.push_back(stub);
            agent = &unknownAgents.back();
        }
        withRecord.push_back(agent);
        teamSums[agent->team] += it.value();
    }
    for (auto it = teamServiceLevel.cbegin(); it != teamServiceLevel.cend(); ++it)
        if (it.value().serviceLevelRows > 0)
            teamSums[it.key()] += it.value();

    for (const auto &[team, sums] : teamSums) {
        TeamScorecard tc;
        tc.team = team;
        tc.sums = sums;
        for (const MetricDefinition &def : metricDefinitions())
            tc.metrics.push_back(computeMetric(def, sums));
        report.teams.push_back(std::move(tc));
    }

    std::sort(withRecord.begin(), withRecord.end(), [](const Agent *a, const Agent *b) { return a->id < b->id; });
    for (const Agent *agent : withRecord) {
        const ScorecardTemplate tmpl = templateFor(templates, agent->team, month);
        report.agents.push_back(scoreAgent(*agent, month, agentSums.value(agent->id), tmpl, report.team(agent->team)));
    }
    return report;
}

// ---------------------------------------------------------------- JSON

namespace {

QJsonValue num(const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null); }

std::optional<double> optNum(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    return std::nullopt;
}

QJsonObject metricValueJson(const MetricValue &m)
{
    return QJsonObject{{QStringLiteral("key"), m.key},
                       {QStringLiteral("value"), num(m.value)},
                       {QStringLiteral("numerator"), num(m.numerator)},
                       {QStringLiteral("denominator"), num(m.denominator)},
                       {QStringLiteral("status"), statusName(m.status)}};
}

MetricValue metricValueFromJson(const QJsonObject &o)
{
    MetricValue m;
    m.key = o.value(QStringLiteral("key")).toString();
    m.value = optNum(o.value(QStringLiteral("value")));
    m.numerator = optNum(o.value(QStringLiteral("numerator")));
    m.denominator = optNum(o.value(QStringLiteral("denominator")));
    m.status = statusFromName(o.value(QStringLiteral("status")).toString()).value_or(MetricStatus::NoData);
    return m;
}

} // namespace

QJsonObject monthReportToJson(const MonthReport &report)
{
    QJsonArray agents;
    for (const AgentScorecard &card : report.agents) {
        QJsonArray metrics;
        for (const MetricResult &m : card.metrics) {
            QJsonObject o = metricValueJson(m.value);
            o.insert(QStringLiteral("team_value"), num(m.teamValue));
            o.insert(QStringLiteral("goal"), num(m.rule.goal));
            o.insert(QStringLiteral("floor"), num(m.rule.floor));
            o.insert(QStringLiteral("weight"), m.rule.weight);
            o.insert(QStringLiteral("cap"), m.rule.cap);
            if (m.rule.low || m.rule.high || m.rule.tolerance) {
                o.insert(QStringLiteral("low"), num(m.rule.low));
                o.insert(QStringLiteral("high"), num(m.rule.high));
                o.insert(QStringLiteral("tolerance"), num(m.rule.tolerance));
            }
            o.insert(QStringLiteral("score"), num(m.score));
            metrics.append(o);
        }
        QJsonObject perspectives;
        for (const PerspectiveScore &p : card.perspectives)
            perspectives.insert(perspectiveName(p.perspective).toLower(), num(p.score));
        agents.append(QJsonObject{{QStringLiteral("agent_id"), card.agent.id},
                                  {QStringLiteral("name"), card.agent.name},
                                  {QStringLiteral("team"), card.agent.team},
                                  {QStringLiteral("overall"), num(card.overall)},
                                  {QStringLiteral("coverage"), card.coverage},
                                  {QStringLiteral("rating"), ratingName(card.rating)},
                                  {QStringLiteral("template"), card.templateName},
                                  {QStringLiteral("perspectives"), perspectives},
                                  {QStringLiteral("metrics"), metrics}});
    }
    QJsonArray teams;
    for (const TeamScorecard &team : report.teams) {
        QJsonArray metrics;
        for (const MetricValue &m : team.metrics)
            metrics.append(metricValueJson(m));
        teams.append(QJsonObject{{QStringLiteral("team"), team.team}, {QStringLiteral("metrics"), metrics}});
    }
    return QJsonObject{{QStringLiteral("month"), report.month.toString()},
                       {QStringLiteral("finalized"), report.frozen},
                       {QStringLiteral("agents"), agents},
                       {QStringLiteral("teams"), teams}};
}

std::optional<MonthReport> monthReportFromJson(const QJsonObject &o)
{
    const auto month = Month::parse(o.value(QStringLiteral("month")).toString());
    if (!month)
        return std::nullopt;
    MonthReport report;
    report.month = *month;
    report.frozen = o.value(QStringLiteral("finalized")).toBool();
    for (const QJsonValue &tv : o.value(QStringLiteral("teams")).toArray()) {
        const QJsonObject t = tv.toObject();
        TeamScorecard team;
        team.team = t.value(QStringLiteral("team")).toString();
        for (const QJsonValue &mv : t.value(QStringLiteral("metrics")).toArray())
            team.metrics.push_back(metricValueFromJson(mv.toObject()));
        report.teams.push_back(std::move(team));
    }
    for (const QJsonValue &av : o.value(QStringLiteral("agents")).toArray()) {
        const QJsonObject a = av.toObject();
        AgentScorecard card;
        card.month = *month;
        card.agent.id = a.value(QStringLiteral("agent_id")).toString();
        card.agent.name = a.value(QStringLiteral("name")).toString();
        card.agent.team = a.value(QStringLiteral("team")).toString();
        card.overall = optNum(a.value(QStringLiteral("overall")));
        card.coverage = a.value(QStringLiteral("coverage")).toDouble();
        card.rating = ratingFromName(a.value(QStringLiteral("rating")).toString()).value_or(Rating::InsufficientData);
        card.templateName = a.value(QStringLiteral("template")).toString();
        const QJsonObject perspectives = a.value(QStringLiteral("perspectives")).toObject();
        for (Perspective p : allPerspectives())
            card.perspectives.push_back({p, optNum(perspectives.value(perspectiveName(p).toLower()))});
        for (const QJsonValue &mv : a.value(QStringLiteral("metrics")).toArray()) {
            const QJsonObject m = mv.toObject();
            MetricResult result;
            result.value = metricValueFromJson(m);
            result.teamValue = optNum(m.value(QStringLiteral("team_value")));
            result.rule.key = result.value.key;
            result.rule.weight = m.value(QStringLiteral("weight")).toDouble();
            result.rule.floor = optNum(m.value(QStringLiteral("floor")));
            result.rule.goal = optNum(m.value(QStringLiteral("goal")));
            result.rule.cap = m.value(QStringLiteral("cap")).toDouble(120);
            result.rule.low = optNum(m.value(QStringLiteral("low")));
            result.rule.high = optNum(m.value(QStringLiteral("high")));
            result.rule.tolerance = optNum(m.value(QStringLiteral("tolerance")));
            result.score = optNum(m.value(QStringLiteral("score")));
            card.metrics.push_back(result);
        }
        report.agents.push_back(std::move(card));
    }
    return report;
}

} // namespace sc
