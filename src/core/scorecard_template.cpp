#include "scorecard_template.h"

#include "metrics.h"

#include <QJsonArray>
#include <QSet>
#include <cmath>

namespace sc {

const MetricRule *ScorecardTemplate::rule(QStringView key) const
{
    for (const MetricRule &r : rules)
        if (r.key == key)
            return &r;
    return nullptr;
}

MetricRule *ScorecardTemplate::rule(QStringView key)
{
    for (MetricRule &r : rules)
        if (r.key == key)
            return &r;
    return nullptr;
}

double ScorecardTemplate::totalWeight() const
{
    double total = 0;
    for (const MetricRule &r : rules)
        total += r.weight;
    return total;
}

ScorecardTemplate defaultTemplate()
{
    auto linear = [](const char *key, double weight, double floor, double goal, double cap) {
        MetricRule r;
        r.key = QString::fromLatin1(key);
        r.weight = weight;
        r.floor = floor;
        r.goal = goal;
        r.cap = cap;
        return r;
    };
    ScorecardTemplate t;
    t.name = QStringLiteral("Default");
    t.effectiveFrom = Month(2000, 1);
    t.rules = {
        linear("contacts_per_hour", 25, 4, 8, 120),
        linear("aht", 0, 900, 420, 120),
        linear("qa", 25, 70, 90, 120),
        linear("csat", 15, 70, 90, 120),
        linear("fcr", 0, 50, 80, 120),
        linear("nps", 0, 0, 50, 120),
        linear("adherence", 20, 80, 95, 110),
    };
    MetricRule occupancy;
    occupancy.key = QStringLiteral("occupancy");
    occupancy.weight = 0;
    occupancy.low = 75;
    occupancy.high = 85;
    occupancy.tolerance = 15;
    t.rules.push_back(occupancy);
    t.rules.push_back(linear("kcs", 15, 0, 20, 150));
    return t;
}

QStringList validateTemplate(const ScorecardTemplate &t)
{
    QStringList errors;
    auto num = [](double v) { return QString::number(v, 'g', 10); };
    if (!t.effectiveFrom.isValid())
        errors << QStringLiteral("effective_from: must be a month YYYY-MM");
    QSet<QString> seen;
    for (const MetricRule &r : t.rules) {
        const MetricDefinition *def = findMetric(r.key);
        const QString where = QStringLiteral("metric '%1': ").arg(r.key);
        if (!def || def->teamOnly) {
            errors << where
                          + (def ? QStringLiteral("is a team-only metric and cannot be scored per agent")
                                 : QStringLiteral("unknown metric key"));
            continue;
        }
        if (seen.contains(r.key))
            errors << where + QStringLiteral("listed twice");
        seen.insert(r.key);
        if (!std::isfinite(r.weight) || r.weight < 0)
            errors << where + QStringLiteral("weight must be a number >= 0 (is %1)").arg(num(r.weight));
        if (!std::isfinite(r.cap) || r.cap <= 0)
            errors << where + QStringLiteral("cap must be above 0 (is %1)").arg(num(r.cap));
        if (def->direction == Direction::Band) {
            if (!r.low || !r.high || !r.tolerance) {
                errors << where + QStringLiteral("a band metric needs low, high and tolerance");
            } else {
                if (*r.low > *r.high)
                    errors << where
                                  + QStringLiteral("band low (%1) must not be above high (%2)")
                                        .arg(num(*r.low), num(*r.high));
                if (*r.tolerance < 0)
                    errors << where + QStringLiteral("tolerance must be >= 0 (is %1)").arg(num(*r.tolerance));
            }
        } else if (!r.floor || !r.goal) {
            errors << where + QStringLiteral("needs a floor and a goal");
        } else if (*r.floor == *r.goal) {
            errors << where + QStringLiteral("floor and goal must differ (both are %1)").arg(num(*r.goal));
        }
    }
    const double total = t.totalWeight();
    if (!(total > 0))
        errors << QStringLiteral("weights: must have a positive sum");
    if (t.thresholds.approaching > t.thresholds.atGoal)
        errors << QStringLiteral("thresholds: approaching (%1) must not be above at_goal (%2)")
                      .arg(num(t.thresholds.approaching), num(t.thresholds.atGoal));
    if (t.attentionMonths < 1 || t.attentionMonths > 24)
        errors << QStringLiteral("attention_months: must be 1 to 24 (is %1)").arg(t.attentionMonths);
    if (t.attentionBelow < 1 || t.attentionBelow > t.attentionMonths)
        errors << QStringLiteral("attention_below: must be 1 to attention_months (is %1)").arg(t.attentionBelow);
    return errors;
}

ScorecardTemplate templateFor(const std::vector<ScorecardTemplate> &templates, const QString &team, Month month)
{
    const ScorecardTemplate *teamOwn = nullptr;
    const ScorecardTemplate *global = nullptr;
    for (const ScorecardTemplate &t : templates) {
        if (t.effectiveFrom > month)
            continue;
        if (!t.team.isEmpty() && t.team == team) {
            if (!teamOwn || t.effectiveFrom > teamOwn->effectiveFrom)
                teamOwn = &t;
        } else if (t.team.isEmpty()) {
            if (!global || t.effectiveFrom > global->effectiveFrom)
                global = &t;
        }
    }
    if (teamOwn)
        return *teamOwn;
    if (global)
        return *global;
    return defaultTemplate();
}

namespace {

QJsonValue optionalJson(const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null); }

// Reads an optional number; wrong types are reported.
bool readNumber(const QJsonObject &o, const char *field, std::optional<double> *out, const QString &where,
                QString *error)
{
    const QJsonValue v = o.value(QLatin1String(field));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isDouble()) {
        *error = where + QStringLiteral("'%1' must be a number").arg(QLatin1String(field));
        return false;
    }
    *out = v.toDouble();
    return true;
}

} // namespace

QJsonObject metricRuleToJson(const MetricRule &r)
{
    QJsonObject m;
    m.insert(QStringLiteral("weight"), r.weight);
    m.insert(QStringLiteral("floor"), optionalJson(r.floor));
    m.insert(QStringLiteral("goal"), optionalJson(r.goal));
    m.insert(QStringLiteral("cap"), r.cap);
    if (r.low || r.high || r.tolerance) {
        m.insert(QStringLiteral("low"), optionalJson(r.low));
        m.insert(QStringLiteral("high"), optionalJson(r.high));
        m.insert(QStringLiteral("tolerance"), optionalJson(r.tolerance));
    }
    return m;
}

QJsonObject templateToJson(const ScorecardTemplate &t)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), t.name);
    o.insert(QStringLiteral("team"), t.team.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(t.team));
    o.insert(QStringLiteral("effective_from"), t.effectiveFrom.toString());
    o.insert(QStringLiteral("thresholds"), QJsonObject{{QStringLiteral("at_goal"), t.thresholds.atGoal},
                                                       {QStringLiteral("approaching"), t.thresholds.approaching}});
    o.insert(QStringLiteral("attention_below"), t.attentionBelow);
    o.insert(QStringLiteral("attention_months"), t.attentionMonths);
    QJsonArray metrics;
    for (const MetricRule &r : t.rules) {
        QJsonObject m = metricRuleToJson(r);
        m.insert(QStringLiteral("key"), r.key);
        metrics.append(m);
    }
    o.insert(QStringLiteral("metrics"), metrics);
    return o;
}

std::optional<ScorecardTemplate> templateFromJson(const QJsonObject &o, QString *error)
{
    QString scratch;
    if (!error)
        error = &scratch;
    ScorecardTemplate t;
    t.rules.clear();
    t.name = o.value(QStringLiteral("name")).toString(QStringLiteral("Imported"));
    const QJsonValue team = o.value(QStringLiteral("team"));
    if (team.isString())
        t.team = team.toString().trimmed();
    else if (!team.isNull() && !team.isUndefined()) {
        *error = QStringLiteral("'team' must be a string or null");
        return std::nullopt;
    }
    const QString from = o.value(QStringLiteral("effective_from")).toString();
    const auto month = Month::parse(QStringView(from).left(7));
    if (!month || (from.size() != 7 && from.size() != 10)) {
        *error = QStringLiteral("'effective_from': value '%1': expected a month YYYY-MM").arg(from);
        return std::nullopt;
    }
    t.effectiveFrom = *month;
    const QJsonObject thresholds = o.value(QStringLiteral("thresholds")).toObject();
    t.thresholds.atGoal = thresholds.value(QStringLiteral("at_goal")).toDouble(100);
    t.thresholds.approaching = thresholds.value(QStringLiteral("approaching")).toDouble(80);
    for (const auto &[field, out] :
         {std::pair{"attention_below", &t.attentionBelow}, std::pair{"attention_months", &t.attentionMonths}}) {
        const QJsonValue v = o.value(QLatin1String(field));
        if (v.isUndefined() || v.isNull())
            continue;
        if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble()) || std::abs(v.toDouble()) > 1000) {
            *error = QStringLiteral("'%1' must be a whole number").arg(QLatin1String(field));
            return std::nullopt;
        }
        *out = int(v.toDouble());
    }

    const QJsonValue metricsValue = o.value(QStringLiteral("metrics"));
    if (!metricsValue.isArray()) {
        *error = QStringLiteral("'metrics' must be an array of metric rules");
        return std::nullopt;
    }
    for (const QJsonValue &mv : metricsValue.toArray()) {
        const QJsonObject m = mv.toObject();
        MetricRule r;
        r.key = m.value(QStringLiteral("key")).toString();
        const QString where = QStringLiteral("metric '%1': ").arg(r.key);
        std::optional<double> weight, cap;
        if (!readNumber(m, "weight", &weight, where, error) || !readNumber(m, "floor", &r.floor, where, error)
            || !readNumber(m, "goal", &r.goal, where, error) || !readNumber(m, "cap", &cap, where, error)
            || !readNumber(m, "low", &r.low, where, error) || !readNumber(m, "high", &r.high, where, error)
            || !readNumber(m, "tolerance", &r.tolerance, where, error))
            return std::nullopt;
        r.weight = weight.value_or(0);
        r.cap = cap.value_or(120);
        t.rules.push_back(r);
    }
    // Metrics a template leaves out are still shown for context: they keep
    // the default's floor and goal with weight 0.
    const ScorecardTemplate defaults = defaultTemplate();
    for (const MetricRule &d : defaults.rules) {
        if (!t.rule(d.key) && findMetric(d.key)) {
            MetricRule r = d;
            r.weight = 0;
            t.rules.push_back(r);
        }
    }
    const QStringList problems = validateTemplate(t);
    if (!problems.isEmpty()) {
        *error = problems.join(QStringLiteral("; "));
        return std::nullopt;
    }
    return t;
}

} // namespace sc
