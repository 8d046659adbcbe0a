#pragma once
// The ten metrics of SPEC section 3 and how each turns sums into a value.
#include "activity_sums.h"
#include "uncertainty.h"

#include <QString>
#include <optional>
#include <vector>

namespace sc {

enum class Direction { Higher, Lower, Band };
enum class Perspective { Productivity, Quality, Customer, Adherence, Knowledge };
enum class MetricStatus { Ok, InsufficientData, NoData };

QString perspectiveName(Perspective p); // "Productivity", ...
QString statusName(MetricStatus s);     // "ok", "insufficient_data", "no_data"
std::optional<MetricStatus> statusFromName(QStringView name);
const std::vector<Perspective> &allPerspectives();

struct MetricDefinition {
    QString key;  // "contacts_per_hour", ...
    QString name; // "Contacts per hour worked"
    Perspective perspective;
    Direction direction;
    double scale;
    double minSample;   // on the denominator
    bool teamOnly;      // service_level
    QString sampleUnit; // what the denominator counts, for "needs 3 evaluations, has 2"
};

// All ten, in SPEC order (service_level last).
const std::vector<MetricDefinition> &metricDefinitions();
const MetricDefinition *findMetric(QStringView key);

// A metric's value for one agent or team in one month.
struct MetricValue {
    QString key;
    std::optional<double> value;
    std::optional<double> numerator;
    std::optional<double> denominator;
    MetricStatus status = MetricStatus::NoData;
    // SPEC section 6: the 90% interval of a sampled metric (none for census
    // metrics and without rows), and whether the goal lies inside it.
    std::optional<Interval> interval;
    bool withinNoise = false;
    bool operator==(const MetricValue &) const = default;
};

// What a metric divides, read from sums: the one place that says which sums
// make each metric's numerator and denominator (SPEC section 3). `rows` is
// the number of rows that feed the denominator (0: no data). `team` is the
// pooled sums of the agent's team (kcs needs it). Linear in the sums, so the
// ratio of one stored row's sums is that row's part (see core/explain.h).
struct MetricRatio {
    qint64 rows = 0;
    double numerator = 0;
    double denominator = 0;
};
MetricRatio metricRatio(QStringView key, const ActivitySums &sums, const ActivitySums &team);

// value = scale * numerator / denominator, with SPEC's statuses: no rows ->
// no_data (all null); denominator below min sample -> insufficient_data.
// `team` is the pooled sums of the agent's team (for a team value: the team's
// own sums). The one place where metric values are made, so the rules that
// need the team live here too: kcs is no_data, for the team and each of its
// agents, when no agent of the team has a kcs row that month (SPEC section 3).
MetricValue computeMetric(const MetricDefinition &def, const ActivitySums &sums, const ActivitySums &team);
// A team's value (the sums are the team's own).
inline MetricValue computeMetric(const MetricDefinition &def, const ActivitySums &sums)
{
    return computeMetric(def, sums, sums);
}

} // namespace sc
