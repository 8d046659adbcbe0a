#include "uncertainty.h"

#include "metrics.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace sc {

namespace {

// P(|T| <= t) for Student's t with an integer number of degrees of freedom,
// by the finite series of Abramowitz & Stegun 26.7.3 (odd df) and 26.7.4 (even df).
double tTwoSidedCdf(double t, int df)
{
    const double theta = std::atan(t / std::sqrt(double(df)));
    const double s = std::sin(theta), c = std::cos(theta), c2 = c * c;
    if (df % 2 == 1) {
        if (df == 1)
            return 2.0 * theta / std::numbers::pi;
        double sum = 1, term = 1;
        for (int k = 1; k <= (df - 3) / 2; ++k) {
            term *= (2.0 * k) / (2.0 * k + 1.0) * c2;
            sum += term;
        }
        return 2.0 / std::numbers::pi * (theta + s * c * sum);
    }
    double sum = 1, term = 1;
    for (int k = 1; k <= (df - 2) / 2; ++k) {
        term *= (2.0 * k - 1.0) / (2.0 * k) * c2;
        sum += term;
    }
    return s * sum;
}

// The density of Student's t.
double tDensity(double t, int df)
{
    const double v = df;
    const double logNorm = std::lgamma((v + 1) / 2) - std::lgamma(v / 2) - 0.5 * std::log(v * std::numbers::pi);
    return std::exp(logNorm - (v + 1) / 2 * std::log1p(t * t / v));
}

} // namespace

double studentTQuantile(double p, int df)
{
    if (df < 1 || !(p > 0 && p < 1))
        return std::nan("");
    if (p == 0.5)
        return 0;
    if (p < 0.5)
        return -studentTQuantile(1 - p, df);
    if (df == 1)
        return std::tan(std::numbers::pi * (p - 0.5));
    if (df == 2) // closed form: t = (2p − 1) / √(2p(1 − p))
        return (2 * p - 1) / std::sqrt(2 * p * (1 - p));
    // Solve P(|T| <= t) = 2p − 1 by Newton's method inside a bisection bracket.
    const double target = 2 * p - 1;
    double lo = 0, hi = 1;
    while (tTwoSidedCdf(hi, df) < target && hi < 1e12)
        hi *= 2;
    double t = std::clamp(1.6448536269514722, lo, hi);
    for (int i = 0; i < 200; ++i) {
        const double f = tTwoSidedCdf(t, df) - target;
        if (f == 0)
            return t;
        (f < 0 ? lo : hi) = t;
        double next = t - f / (2 * tDensity(t, df));
        if (!(next > lo && next < hi))
            next = (lo + hi) / 2;
        if (std::abs(next - t) <= 1e-15 * t) {
            t = next;
            break;
        }
        t = next;
    }
    return t;
}

std::optional<Interval> wilsonInterval(double k, double n)
{
    if (!(n > 0))
        return std::nullopt;
    const double z = kIntervalZ, z2 = z * z;
    const double p = k / n;
    const double denom = 1 + z2 / n;
    const double c = (p + z2 / (2 * n)) / denom;
    const double h = z / denom * std::sqrt(std::max(0.0, p * (1 - p) / n + z2 / (4 * n * n)));
    // Mathematically inside [0, 1]; the clip only removes rounding below 0 or above 100.
    return Interval{std::clamp(100 * (c - h), 0.0, 100.0), std::clamp(100 * (c + h), 0.0, 100.0)};
}

std::optional<Interval> meanInterval(double n, double sum, double sumOfSquares)
{
    if (!(n >= 2))
        return std::nullopt;
    const double mean = sum / n;
    const double variance = std::max(0.0, (sumOfSquares - sum * sum / n) / (n - 1));
    const double half = studentTQuantile(0.95, int(n) - 1) * std::sqrt(variance) / std::sqrt(n);
    return Interval{std::clamp(mean - half, 0.0, 100.0), std::clamp(mean + half, 0.0, 100.0)};
}

std::optional<Interval> npsInterval(double promoters, double detractors, double n)
{
    if (!(n > 0))
        return std::nullopt;
    const double p = promoters / n, d = detractors / n;
    const double nps = 100 * (p - d);
    const double half = kIntervalZ * 100 * std::sqrt(std::max(0.0, (p + d - (p - d) * (p - d)) / n));
    return Interval{std::clamp(nps - half, -100.0, 100.0), std::clamp(nps + half, -100.0, 100.0)};
}

bool isSampledMetric(QStringView key) { return key == u"qa" || key == u"csat" || key == u"fcr" || key == u"nps"; }

std::optional<Interval> metricInterval(const MetricDefinition &def, const ActivitySums &s)
{
    if (def.key == u"csat" && s.csatResponses > 0)
        return wilsonInterval(double(s.csatPositive), double(s.csatResponses));
    if (def.key == u"fcr" && s.fcrRows > 0 && s.fcrContacts > 0)
        return wilsonInterval(double(s.fcrResolved), double(s.fcrContacts));
    if (def.key == u"qa")
        return meanInterval(double(s.qaEvaluations), s.qaScoreSum, s.qaScoreSquares);
    if (def.key == u"nps" && s.npsResponses > 0)
        return npsInterval(double(s.npsPromoters), double(s.npsDetractors), double(s.npsResponses));
    return std::nullopt;
}

} // namespace sc
