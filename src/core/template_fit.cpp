#include "template_fit.h"

#include "metrics.h"

namespace sc {

std::optional<TemplateFit> templateFit(const MonthReport &report, const QString &team,
                                       const std::vector<ScorecardTemplate> &templates)
{
    const TeamScorecard *scores = report.team(team);
    if (report.frozen || !scores)
        return std::nullopt;
    TemplateFit fit;
    fit.team = team;
    fit.month = report.month;
    fit.fitted = templateFor(templates, team, report.month);
    fit.totalWeight = fit.fitted.totalWeight();
    double keptWeight = 0;
    for (MetricRule &rule : fit.fitted.rules) {
        const MetricValue *value = scores->metric(rule.key);
        const bool hasData = value && value->status != MetricStatus::NoData;
        if (hasData) {
            fit.available << rule.key;
            keptWeight += rule.weight;
        } else if (rule.weight > 0) {
            fit.missing << rule.key;
            fit.missingWeight += rule.weight;
            rule.weight = 0;
        }
    }
    if (fit.missing.isEmpty() || fit.available.isEmpty())
        return std::nullopt;
    if (keptWeight <= 0) {
        for (MetricRule &rule : fit.fitted.rules)
            if (fit.available.contains(rule.key))
                rule.weight = 1;
    }
    fit.fitted.team = team;
    fit.fitted.effectiveFrom = report.month;
    fit.fitted.name = QStringLiteral("%1 (fitted to its data)").arg(team);
    return fit;
}

std::vector<TemplateFit> templateFits(const MonthReport &report, const std::vector<ScorecardTemplate> &templates)
{
    std::vector<TemplateFit> out;
    for (const TeamScorecard &t : report.teams)
        if (auto fit = templateFit(report, t.team, templates))
            out.push_back(std::move(*fit));
    return out;
}

} // namespace sc
