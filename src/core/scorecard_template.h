#pragma once
// A scorecard template: per metric weight, floor, goal, cap and band
// (SPEC section 4), effective from a month, for one team or for all.
#include "month.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace sc {

struct MetricRule {
    QString key;
    double weight = 0;
    std::optional<double> floor;
    std::optional<double> goal;
    double cap = 120;
    // Band metrics (occupancy) only.
    std::optional<double> low;
    std::optional<double> high;
    std::optional<double> tolerance;
    bool operator==(const MetricRule &) const = default;
};

struct RatingThresholds {
    double atGoal = 100;
    double approaching = 80;
    bool operator==(const RatingThresholds &) const = default;
};

struct ScorecardTemplate {
    QString name = QStringLiteral("Default");
    QString team; // empty: applies to all teams
    Month effectiveFrom{2000, 1};
    RatingThresholds thresholds;
    // SPEC section 6: an agent needs attention when rated below in at least
    // attentionBelow of the last attentionMonths months, this one included.
    int attentionBelow = 3;
    int attentionMonths = 4;
    std::vector<MetricRule> rules; // one per agent metric (not service_level)

    const MetricRule *rule(QStringView key) const;
    MetricRule *rule(QStringView key);
    double totalWeight() const;
    bool operator==(const ScorecardTemplate &) const = default;
};

// SPEC section 4's default template, effective from the beginning of time.
ScorecardTemplate defaultTemplate();

// Human-readable problems; empty when the template is valid.
QStringList validateTemplate(const ScorecardTemplate &t);

// The template in force for `team` in `month`: among those effective at or
// before the month, a team's own template wins over one for all teams; the
// latest effective_from wins within each. Falls back to defaultTemplate().
ScorecardTemplate templateFor(const std::vector<ScorecardTemplate> &templates, const QString &team, Month month);

// JSON with SPEC section 4's field names.
QJsonObject templateToJson(const ScorecardTemplate &t);
// One rule's numbers with those names (weight, floor, goal, cap, and the
// band's low, high, tolerance when it has one); without its key. Shared by
// the template's JSON and `explain`.
QJsonObject metricRuleToJson(const MetricRule &r);
// Parses and validates; on failure returns nullopt and fills *error.
std::optional<ScorecardTemplate> templateFromJson(const QJsonObject &o, QString *error);

} // namespace sc
