#pragma once
// SPEC section 6: the 90% intervals of the sampled metrics, in one place.
// The rest of section 6 (within_noise, score and overall intervals,
// rating_certain, needs_attention) is applied in scoring.cpp from these.
#include "activity_sums.h"

#include <QString>
#include <optional>

namespace sc {

struct MetricDefinition;

// Two-sided 90%: the 95th percentile of the standard normal.
inline constexpr double kIntervalZ = 1.6448536269514722;

struct Interval {
    double lo = 0;
    double hi = 0;
    bool contains(double v) const { return v >= lo && v <= hi; }
    bool operator==(const Interval &) const = default;
};

// The p-quantile of Student's t with `df` (>= 1) degrees of freedom, p in (0, 1).
double studentTQuantile(double p, int df);

// Wilson score interval on k successes of n, in percent (csat, fcr). n > 0.
std::optional<Interval> wilsonInterval(double k, double n);
// mean ± t(0.95, n-1) · s/√n from n scores, their sum and sum of squares, clipped to [0, 100].
// n < 2: none.
std::optional<Interval> meanInterval(double n, double sum, double sumOfSquares);
// nps ± z · 100 · √((p + d − (p − d)²)/n), clipped to [−100, 100].
std::optional<Interval> npsInterval(double promoters, double detractors, double n);

// The interval of a metric from its sums; none for census metrics and without rows.
std::optional<Interval> metricInterval(const MetricDefinition &def, const ActivitySums &sums);
// Whether the metric is sampled (has an interval at all).
bool isSampledMetric(QStringView key);

} // namespace sc
