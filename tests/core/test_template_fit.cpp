// Issue 11.5: a template that fits a team's data. Worked by hand on the
// default template (contacts/h 25, qa 25, csat 15, adherence 20, kcs 15;
// aht, fcr, nps and occupancy are context at weight 0).
#include "core/template_fit.h"

#include <gtest/gtest.h>

using namespace sc;

namespace {

Agent agent(const char *id, const char *team)
{
    Agent a;
    a.id = QLatin1String(id);
    a.name = a.id;
    a.team = QLatin1String(team);
    return a;
}

// A call log alone: contacts with handle time, nothing else.
ActivitySums callsOnly(double handleSeconds, qint64 contacts)
{
    ActivitySums s;
    s.agentsWithRecord = 1;
    s.contactRows = 1;
    s.contacts = contacts;
    s.handleRows = 1;
    s.handleSeconds = handleSeconds;
    s.handleContacts = contacts;
    return s;
}

// Every source but the knowledge base.
ActivitySums allButKcs()
{
    ActivitySums s = callsOnly(300 * 100.0, 100);
    s.timeRows = 20;
    s.workedMinutes = 9600;
    s.adherenceRows = 20;
    s.adherentMinutes = 9000;
    s.adherenceScheduledMinutes = 9600;
    s.qaEvaluations = 4;
    s.qaScoreSum = 360;
    s.qaScoreSquares = 4 * 90.0 * 90;
    s.surveyRows = 12;
    s.csatResponses = 12;
    s.csatPositive = 11;
    return s;
}

MonthReport month(const std::vector<Agent> &agents, const SumsByKey &sums)
{
    return buildMonthReport(Month(1999, 8), agents, sums, {}, {});
}

TEST(TemplateFit, ACallLogAloneWeightsOnlyHandleTime)
{
    SumsByKey sums;
    sums.insert(QStringLiteral("ANN"), callsOnly(200 * 40.0, 40)); // AHT 200 s
    sums.insert(QStringLiteral("BO"), callsOnly(600 * 30.0, 30));  // AHT 600 s
    const MonthReport report = month({agent("ANN", "Bank"), agent("BO", "Bank")}, sums);
    // Today: 100 of 100 weight points have no data, so no one is rated.
    EXPECT_FALSE(report.agent(QStringLiteral("ANN"))->overall.has_value());

    const auto fit = templateFit(report, QStringLiteral("Bank"), {});
    ASSERT_TRUE(fit.has_value());
    EXPECT_EQ(fit->missing, (QStringList{QStringLiteral("contacts_per_hour"), QStringLiteral("qa"),
                                         QStringLiteral("csat"), QStringLiteral("adherence"), QStringLiteral("kcs")}));
    EXPECT_DOUBLE_EQ(fit->missingWeight, 100);
    EXPECT_DOUBLE_EQ(fit->totalWeight, 100);
    EXPECT_EQ(fit->available, QStringList{QStringLiteral("aht")});
    // No metric it has carried weight: aht gets 1, everything else 0.
    EXPECT_DOUBLE_EQ(fit->fitted.totalWeight(), 1);
    EXPECT_DOUBLE_EQ(fit->fitted.rule(u"aht")->weight, 1);
    EXPECT_EQ(fit->fitted.team, QStringLiteral("Bank"));
    EXPECT_EQ(fit->fitted.effectiveFrom, Month(1999, 8));
    EXPECT_TRUE(validateTemplate(fit->fitted).isEmpty()) << validateTemplate(fit->fitted).join(u';').toStdString();

    // Scored with it: aht floor 900, goal 420. ANN 200 s: 100 × (200 − 900) /
    // (420 − 900) = 145.8, capped at 120. BO 600 s: 100 × (−300 / −480) = 62.5.
    const MonthReport fitted =
        buildMonthReport(Month(1999, 8), {agent("ANN", "Bank"), agent("BO", "Bank")}, sums, {}, {fit->fitted});
    EXPECT_DOUBLE_EQ(*fitted.agent(QStringLiteral("ANN"))->overall, 120);
    EXPECT_DOUBLE_EQ(*fitted.agent(QStringLiteral("BO"))->overall, 62.5);
    EXPECT_DOUBLE_EQ(fitted.agent(QStringLiteral("BO"))->coverage, 1);
    EXPECT_FALSE(templateFit(fitted, QStringLiteral("Bank"), {fit->fitted}).has_value()); // nothing left to fit
}

TEST(TemplateFit, ATeamWithoutKcsKeepsItsOtherWeights)
{
    SumsByKey sums;
    sums.insert(QStringLiteral("A1"), allButKcs());
    const MonthReport report = month({agent("A1", "Tech")}, sums);
    const auto fit = templateFit(report, QStringLiteral("Tech"), {});
    ASSERT_TRUE(fit.has_value());
    EXPECT_EQ(fit->missing, QStringList{QStringLiteral("kcs")});
    EXPECT_DOUBLE_EQ(fit->missingWeight, 15);
    // 25 + 25 + 15 + 20 kept; kcs 0.
    EXPECT_DOUBLE_EQ(fit->fitted.totalWeight(), 85);
    EXPECT_DOUBLE_EQ(fit->fitted.rule(u"qa")->weight, 25);
    EXPECT_DOUBLE_EQ(fit->fitted.rule(u"kcs")->weight, 0);
    EXPECT_DOUBLE_EQ(fit->fitted.rule(u"aht")->weight, 0); // context stays context
}

TEST(TemplateFit, NothingToFitWhenEveryWeightedMetricHasDataOrTheMonthIsFrozen)
{
    ActivitySums full = allButKcs();
    full.kcsLinks = 3;
    SumsByKey sums;
    sums.insert(QStringLiteral("A1"), full);
    sums.insert(QStringLiteral("B1"), callsOnly(300, 1));
    MonthReport report = month({agent("A1", "Tech"), agent("B1", "Bank")}, sums);
    EXPECT_FALSE(templateFit(report, QStringLiteral("Tech"), {}).has_value());
    EXPECT_FALSE(templateFit(report, QStringLiteral("Nobody"), {}).has_value());
    const auto fits = templateFits(report, {});
    ASSERT_EQ(fits.size(), 1u);
    EXPECT_EQ(fits[0].team, QStringLiteral("Bank"));
    report.frozen = true; // a finalized month keeps its cards
    EXPECT_TRUE(templateFits(report, {}).empty());
}

} // namespace
