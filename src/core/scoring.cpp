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

Rating ratingFor(std::optional<double> overall, const RatingThresholds &thresholds)
{
    if (!overall)
        return Rating::InsufficientData;
    if (*overall >= thresholds.atGoal)
        return Rating::AtGoal;
    if (*overall >= thresholds.approaching)
        return Rating::Approaching;
    return Rating::Below;
}

bool isWithinNoise(const MetricValue &value, const MetricRule &rule, Direction direction)
{
    return value.status == MetricStatus::Ok && value.interval && direction != Direction::Band && rule.goal
           && value.interval->contains(*rule.goal);
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

MetricValue pooledTeamMetric(const MonthReport &report, QStringView key, const QString &team)
{
    if (!team.isEmpty()) {
        const TeamScorecard *t = report.team(team);
        const MetricValue *m = t ? t->metric(key) : nullptr;
        if (m)
            return *m;
        MetricValue none;
        none.key = key.toString();
        return none;
    }
    MetricValue pooled;
    pooled.key = key.toString();
    const MetricDefinition *def = findMetric(key);
    if (!def)
        return pooled;
    bool any = false;
    double numerator = 0, denominator = 0;
    for (const TeamScorecard &t : report.teams) { // report order: the same sum every run
        const MetricValue *m = t.metric(key);
        if (!m || m->status == MetricStatus::NoData || !m->numerator || !m->denominator)
            continue;
        any = true;
        numerator += *m->numerator;
        denominator += *m->denominator;
    }
    if (!any)
        return pooled;
    pooled.numerator = numerator;
    pooled.denominator = denominator;
    if (denominator > 0)
        pooled.value = def->scale * numerator / denominator;
    pooled.status = denominator < def->minSample ? MetricStatus::InsufficientData : MetricStatus::Ok;
    return pooled;
}

std::optional<double> meanOverall(const MonthReport &report, const QString &team, int *rated)
{
    double sum = 0;
    int n = 0;
    for (const AgentScorecard &a : report.agents) {
        if ((!team.isEmpty() && a.agent.team != team) || !a.overall)
            continue;
        sum += *a.overall;
        ++n;
    }
    if (rated)
        *rated = n;
    if (n == 0)
        return std::nullopt;
    return sum / n;
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
        result.value.withinNoise = isWithinNoise(result.value, result.rule, def.direction);
        if (result.score && result.value.interval) {
            const auto lo = scoreValue(result.rule, def.direction, result.value.interval->lo);
            const auto hi = scoreValue(result.rule, def.direction, result.value.interval->hi);
            if (lo && hi)
                result.scoreInterval = Interval{std::min(*lo, *hi), std::max(*lo, *hi)};
        }
        card.metrics.push_back(result);
    }

    const auto [overall, scoredWeight] = weightedMean(card.metrics, [](const MetricResult &) { return true; });
    const double total = tmpl.totalWeight();
    card.coverage = total > 0 ? scoredWeight / total : 0.0;
    if (overall && card.coverage >= 0.5)
        card.overall = overall;
    card.rating = ratingFor(card.overall, tmpl.thresholds);
    if (card.overall) {
        // The same weighted mean at the interval ends; a metric without an
        // interval (census) gives its score to both ends.
        double weightSum = 0, lo = 0, hi = 0;
        for (const MetricResult &m : card.metrics) {
            if (m.rule.weight <= 0 || !m.score)
                continue;
            weightSum += m.rule.weight;
            lo += m.rule.weight * (m.scoreInterval ? m.scoreInterval->lo : *m.score);
            hi += m.rule.weight * (m.scoreInterval ? m.scoreInterval->hi : *m.score);
        }
        card.overallInterval = Interval{lo / weightSum, hi / weightSum};
        card.ratingCertain = ratingFor(card.overallInterval->lo, tmpl.thresholds)
                             == ratingFor(card.overallInterval->hi, tmpl.thresholds);
    }

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
                             const SumsByKey &teamServiceLevel, const std::vector<ScorecardTemplate> &templates,
                             ScoringOptions options, const SumsByKey *pooledTeams)
{
    MonthReport report;
    report.month = month;

    std::map<QString, const Agent *> byId;
    for (const Agent &a : agents)
        byId.emplace(a.id, &a);

    // Pool the team's sums: the team's number is a ratio of pooled sums,
    // never a mean of its agents' ratios.
    std::map<QString, ActivitySums> teamSums;
    std::vector<const Agent *> withRecord;
    std::vector<Agent> unknownAgents; // sums for an id the agent list lacks
    unknownAgents.reserve(agentSums.size());
    for (auto it = agentSums.cbegin(); it != agentSums.cend(); ++it) {
        if (!it.value().hasRecord())
            continue;
        const auto found = byId.find(it.key());
        const Agent *agent = found == byId.end() ? nullptr : found->second;
        if (!agent) {
            Agent stub;
            stub.id = it.key();
            unknownAgents.push_back(stub);
            agent = &unknownAgents.back();
        }
        withRecord.push_back(agent);
        if (!pooledTeams)
            teamSums[agent->team] += it.value();
    }
    if (pooledTeams) {
        for (auto it = pooledTeams->cbegin(); it != pooledTeams->cend(); ++it)
            teamSums[it.key()] = it.value();
    } else {
        for (auto it = teamServiceLevel.cbegin(); it != teamServiceLevel.cend(); ++it)
            if (it.value().serviceLevelRows > 0)
                teamSums[it.key()] += it.value();
    }

    for (const auto &[team, sums] : teamSums) {
        TeamScorecard tc;
        tc.team = team;
        tc.sums = sums;
        const ScorecardTemplate tmpl = templateFor(templates, team, month);
        for (const MetricDefinition &def : metricDefinitions()) {
            MetricValue v = computeMetric(def, sums);
            if (const MetricRule *rule = options.uncertainty ? tmpl.rule(def.key) : nullptr)
                v.withinNoise = isWithinNoise(v, *rule, def.direction);
            tc.metrics.push_back(std::move(v));
        }
        if (!options.uncertainty)
            for (MetricValue &v : tc.metrics)
                v.interval.reset();
        report.teams.push_back(std::move(tc));
    }

    std::sort(withRecord.begin(), withRecord.end(), [](const Agent *a, const Agent *b) { return a->id < b->id; });
    for (const Agent *agent : withRecord) {
        const ScorecardTemplate tmpl = templateFor(templates, agent->team, month);
        const ActivitySums &sums = agentSums.value(agent->id);
        const TeamScorecard *team = report.team(agent->team);
        // A team whose values this source may not see: none on the card,
        // and the agent's own rows stand in for the KCS rule.
        TeamScorecard unseen;
        if (!team && pooledTeams) {
            unseen.team = agent->team;
            unseen.sums = sums;
            for (const MetricDefinition &def : metricDefinitions()) {
                MetricValue v;
                v.key = def.key;
                unseen.metrics.push_back(v);
            }
            team = &unseen;
        }
        report.agents.push_back(scoreAgent(*agent, month, sums, tmpl, team));
        if (!options.uncertainty) {
            AgentScorecard &card = report.agents.back();
            for (MetricResult &m : card.metrics) {
                m.value.interval.reset();
                m.value.withinNoise = false;
                m.scoreInterval.reset();
            }
            card.overallInterval.reset();
            card.ratingCertain = true;
        }
    }
    return report;
}

void applyNeedsAttention(MonthReport &report, const std::vector<const MonthReport *> &previous,
                         const std::vector<ScorecardTemplate> &templates)
{
    for (AgentScorecard &card : report.agents) {
        const ScorecardTemplate tmpl = templateFor(templates, card.agent.team, report.month);
        int below = card.rating == Rating::Below ? 1 : 0;
        for (int k = 1; k < tmpl.attentionMonths && size_t(k - 1) < previous.size(); ++k) {
            const MonthReport *r = previous[size_t(k - 1)];
            const AgentScorecard *past = r ? r->agent(card.agent.id) : nullptr;
            below += past && past->rating == Rating::Below ? 1 : 0;
        }
        card.needsAttention = below >= tmpl.attentionBelow;
    }
}

std::vector<std::optional<RankRange>> rankRanges(const std::vector<const AgentScorecard *> &agents)
{
    auto ends = [](const AgentScorecard *a) -> std::optional<Interval> {
        if (!a || !a->overall)
            return std::nullopt;
        return a->overallInterval ? *a->overallInterval : Interval{*a->overall, *a->overall};
    };
    std::vector<std::optional<Interval>> iv;
    iv.reserve(agents.size());
    int scored = 0;
    for (const AgentScorecard *a : agents) {
        iv.push_back(ends(a));
        scored += iv.back() ? 1 : 0;
    }
    std::vector<std::optional<RankRange>> out(agents.size());
    for (size_t i = 0; i < agents.size(); ++i) {
        if (!iv[i])
            continue;
        int above = 0, under = 0;
        for (size_t j = 0; j < agents.size(); ++j) {
            if (j == i || !iv[j])
                continue;
            above += iv[j]->lo > iv[i]->hi ? 1 : 0;
            under += iv[j]->hi < iv[i]->lo ? 1 : 0;
        }
        out[i] = RankRange{1 + above, scored - under};
    }
    return out;
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

QJsonValue intervalJson(const std::optional<Interval> &i)
{
    return i ? QJsonValue(QJsonArray{i->lo, i->hi}) : QJsonValue(QJsonValue::Null);
}

std::optional<Interval> intervalFromJson(const QJsonValue &v)
{
    const QJsonArray a = v.toArray();
    if (!v.isArray() || a.size() != 2 || !a.at(0).isDouble() || !a.at(1).isDouble())
        return std::nullopt;
    return Interval{a.at(0).toDouble(), a.at(1).toDouble()};
}

QJsonObject metricValueJson(const MetricValue &m)
{
    return QJsonObject{{QStringLiteral("key"), m.key},
                       {QStringLiteral("value"), num(m.value)},
                       {QStringLiteral("numerator"), num(m.numerator)},
                       {QStringLiteral("denominator"), num(m.denominator)},
                       {QStringLiteral("status"), statusName(m.status)},
                       {QStringLiteral("interval"), intervalJson(m.interval)},
                       {QStringLiteral("within_noise"), m.withinNoise}};
}

MetricValue metricValueFromJson(const QJsonObject &o)
{
    MetricValue m;
    m.key = o.value(QStringLiteral("key")).toString();
    m.value = optNum(o.value(QStringLiteral("value")));
    m.numerator = optNum(o.value(QStringLiteral("numerator")));
    m.denominator = optNum(o.value(QStringLiteral("denominator")));
    m.status = statusFromName(o.value(QStringLiteral("status")).toString()).value_or(MetricStatus::NoData);
    m.interval = intervalFromJson(o.value(QStringLiteral("interval")));
    m.withinNoise = o.value(QStringLiteral("within_noise")).toBool();
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
            o.insert(QStringLiteral("score_interval"), intervalJson(m.scoreInterval));
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
                                  {QStringLiteral("overall_interval"), intervalJson(card.overallInterval)},
                                  {QStringLiteral("rating_certain"), card.ratingCertain},
                                  {QStringLiteral("needs_attention"), card.needsAttention},
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
        card.overallInterval = intervalFromJson(a.value(QStringLiteral("overall_interval")));
        card.ratingCertain = a.value(QStringLiteral("rating_certain")).toBool(true);
        card.needsAttention = a.value(QStringLiteral("needs_attention")).toBool();
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
            result.scoreInterval = intervalFromJson(m.value(QStringLiteral("score_interval")));
            card.metrics.push_back(result);
        }
        report.agents.push_back(std::move(card));
    }
    return report;
}

} // namespace sc
