#pragma once
// A template that fits a team's data (issue 11.5). A team whose exports lack
// a source (a call log alone: no QA, no surveys, no time) has weighted
// metrics with no data, and when they carry half the weight or more every
// agent gets "No rating". This says which metrics those are and makes a
// template for the team that weights only what the team has.
#include "scoring.h"

#include <QStringList>
#include <optional>

namespace sc {

struct TemplateFit {
    QString team;
    Month month;
    QStringList missing;      // weighted metrics with no data for the team, template order
    double missingWeight = 0; // their weight
    double totalWeight = 0;   // the template's
    QStringList available;    // agent metrics the team has data for, template order
    ScorecardTemplate fitted; // for the team, effective from the month
};

// Null when nothing weighted lacks data for the team in the month, when the
// team has no data for any agent metric, or when the month is frozen.
// fitted: the template in force for the team, with the missing metrics at
// weight 0; the others keep their weights, and when none of them had a
// weight each gets 1 (equal shares).
std::optional<TemplateFit> templateFit(const MonthReport &report, const QString &team,
                                       const std::vector<ScorecardTemplate> &templates);

// Every team of the month that templateFit finds something for, by team name.
std::vector<TemplateFit> templateFits(const MonthReport &report, const std::vector<ScorecardTemplate> &templates);

} // namespace sc
