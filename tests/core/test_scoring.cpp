// Scores, overall, coverage and ratings on cases computed by hand.
#include "core/scoring.h"

#include <gtest/gtest.h>
#include <tuple>

using namespace sc;

namespace {

MetricRule linear(double floor, double goal, double cap = 120)
{
    MetricRule r;
    r.weight = 1;
    r.floor = floor;
    r.goal = goal;
    r.cap = cap;
    return r;
}

// An agent whose default-template scores are easy to work out:
//   contacts_per_hour 60*1152/9600 = 7.2   -> 100*(7.2-4)/(8-4)   = 80   (w 25)
//   qa 340/4 = 85                          -> 100*(85-70)/(90-70) = 75   (w 25)
//   csat 100*16/20 = 80                    -> 100*(80-70)/(90-70) = 50   (w 15)
//   adherence 100*8832/9600 = 92           -> 100*(92-80)/(95-80) = 80   (w 20)
//   kcs 2 + 2*3 + 3*1 = 11                 -> 100*(11-0)/(20-0)   = 55   (w 15)
ActivitySums typicalAgent()
{
    ActivitySums s;
    s.agentsWithRecord = 1;
    s.timeRows = 20;
    s.workedMinutes = 9600;
    s.contactRows = 20;
    s.contacts = 1152;
    s.qaEvaluations = 4;
    s.qaScoreSum = 340;
    s.csatResponses = 20;
    s.csatPositive = 16;
    s.adherenceRows = 20;
    s.adherentMinutes = 8832;
    s.adherenceScheduledMinutes = 9600;
    s.kcsLinks = 2;
    s.kcsEdits = 3;
    s.kcsDrafts = 1;
    return s;
}

Agent agent(const char *id, const char *team = "Billing")
{
    Agent a;
    a.id = QString::fromLatin1(id);
    a.name = QStringLiteral("Agent ") + a.id;
    a.team = QString::fromLatin1(team);
    return a;
}

// A team whose agents have kcs rows (it has a knowledge-base source), so an
// agent without any scores 0 points rather than no_data (SPEC section 3).
const TeamScorecard *teamWithKcs()
{
    static const TeamScorecard team = [] {
        TeamScorecard t;
        t.team = QStringLiteral("Billing");
        t.sums.agentsWithRecord = 2;
        t.sums.kcsLinks = 1;
        return t;
    }();
    return &team;
}

} // namespace

TEST(ScoreValue, LinearHigherIsBetter)
{
    const MetricRule r = linear(4, 8);
    EXPECT_DOUBLE_EQ(*scoreValue(r, Direction::Higher, 7.2), 80.0); // 100*3.2/4
    EXPECT_DOUBLE_EQ(*scoreValue(r, Direction::Higher, 8.0), 100.0);
    EXPECT_DOUBLE_EQ(*scoreValue(r, Direction::Higher, 4.0), 0.0);
    EXPECT_DOUBLE_EQ(*scoreValue(r, Direction::Higher, 3.0), 0.0);    // below floor clamps to 0
    EXPECT_DOUBLE_EQ(*scoreValue(r, Direction::Higher, 8.6), 115.0);  // 100*4.6/4
    EXPECT_DOUBLE_EQ(*scoreValue(r, Direction::Higher, 10.0), 120.0); // 150 capped at 120
}

TEST(ScoreValue, CapIsPerMetric)
{
    const MetricRule kcs = linear(0, 20, 150);
    EXPECT_DOUBLE_EQ(*scoreValue(kcs, Direction::Higher, 28), 140.0); // 100*28/20
    EXPECT_DOUBLE_EQ(*scoreValue(kcs, Direction::Higher, 40), 150.0); // 200 capped at 150
    const MetricRule adherence = linear(80, 95, 110);
    EXPECT_DOUBLE_EQ(*scoreValue(adherence, Direction::Higher, 99), 110.0); // 126.67 capped at 110
}

TEST(ScoreValue, LowerIsBetterUsesTheSameFormulaWithFloorAboveGoal)
{
    const MetricRule aht = linear(900, 420);
    // 100*(600-900)/(420-900) = 100*(-300)/(-480) = 62.5
    EXPECT_DOUBLE_EQ(*scoreValue(aht, Direction::Lower, 600), 62.5);
    EXPECT_DOUBLE_EQ(*scoreValue(aht, Direction::Lower, 420), 100.0);
    // 100*(-600)/(-480) = 125, capped at 120
    EXPECT_DOUBLE_EQ(*scoreValue(aht, Direction::Lower, 300), 120.0);
    // 100*(100)/(-480) < 0, clamped to 0
    EXPECT_DOUBLE_EQ(*scoreValue(aht, Direction::Lower, 1000), 0.0);
}

TEST(ScoreValue, Band)
{
    MetricRule r;
    r.low = 75;
    r.high = 85;
    r.tolerance = 15;
    EXPECT_DOUBLE_EQ(*scoreValue(r, Direction::Band, 75), 100.0);
    EXPECT_DOUBLE_EQ(*scoreValue(r, Direction::Band, 80), 100.0);
    EXPECT_DOUBLE_EQ(*scoreValue(r, Direction::Band, 85), 100.0);
    EXPECT_NEAR(*scoreValue(r, Direction::Band, 70), 200.0 / 3.0, 1e-12); // 100*(1-5/15)
    EXPECT_NEAR(*scoreValue(r, Direction::Band, 90), 200.0 / 3.0, 1e-12); // 100*(1-5/15)
    EXPECT_DOUBLE_EQ(*scoreValue(r, Direction::Band, 63), 20.0);          // 100*(1-12/15)
    EXPECT_DOUBLE_EQ(*scoreValue(r, Direction::Band, 60), 0.0);
    EXPECT_DOUBLE_EQ(*scoreValue(r, Direction::Band, 100), 0.0);
    EXPECT_DOUBLE_EQ(*scoreValue(r, Direction::Band, 30), 0.0);
    r.tolerance = 0; // a hard band
    EXPECT_DOUBLE_EQ(*scoreValue(r, Direction::Band, 85.5), 0.0);
}

TEST(ScoreAgent, OverallIsWeightedMeanOfScoredMetrics)
{
    const AgentScorecard card = scoreAgent(agent("A001"), Month(2026, 10), typicalAgent(), defaultTemplate(), nullptr);
    EXPECT_DOUBLE_EQ(*card.metric(u"contacts_per_hour")->score, 80.0);
    EXPECT_DOUBLE_EQ(*card.metric(u"qa")->score, 75.0);
    EXPECT_DOUBLE_EQ(*card.metric(u"csat")->score, 50.0);
    EXPECT_DOUBLE_EQ(*card.metric(u"adherence")->score, 80.0);
    EXPECT_DOUBLE_EQ(*card.metric(u"kcs")->score, 55.0);
    // (25*80 + 25*75 + 15*50 + 20*80 + 15*55) / 100 = (2000+1875+750+1600+825)/100 = 70.5
    ASSERT_TRUE(card.overall);
    EXPECT_DOUBLE_EQ(*card.overall, 70.5);
    EXPECT_DOUBLE_EQ(card.coverage, 1.0);
    EXPECT_EQ(card.rating, Rating::Below);
    EXPECT_EQ(card.metrics.size(), 9u); // every metric but service_level
    EXPECT_EQ(card.metric(u"service_level"), nullptr);
}

TEST(ScoreAgent, InsufficientMetricLeavesOverallAndLowersCoverage)
{
    ActivitySums s = typicalAgent();
    s.qaEvaluations = 2; // needs 3
    s.qaScoreSum = 170;
    const AgentScorecard card = scoreAgent(agent("A001"), Month(2026, 10), s, defaultTemplate(), nullptr);
    EXPECT_EQ(card.metric(u"qa")->value.status, MetricStatus::InsufficientData);
    EXPECT_FALSE(card.metric(u"qa")->score);
    // (2000 + 750 + 1600 + 825) / 75 = 5175 / 75 = 69
    EXPECT_DOUBLE_EQ(*card.overall, 69.0);
    EXPECT_DOUBLE_EQ(card.coverage, 0.75);
}

TEST(ScoreAgent, CoverageBelowHalfGivesNoOverall)
{
    ActivitySums s;
    s.agentsWithRecord = 1;
    s.timeRows = 20;
    s.workedMinutes = 9600;
    s.contacts = 1152; // contacts_per_hour scored (w 25) and kcs 0 points scored (w 15)
    const AgentScorecard card = scoreAgent(agent("A002"), Month(2026, 10), s, defaultTemplate(), teamWithKcs());
    EXPECT_DOUBLE_EQ(card.coverage, 0.4); // (25 + 15) / 100
    EXPECT_FALSE(card.overall);
    EXPECT_EQ(card.rating, Rating::InsufficientData);

    s.qaEvaluations = 3;
    s.qaScoreSum = 270; // qa 90 -> score 100; coverage (25+25+15)/100 = 0.65
    const AgentScorecard enough = scoreAgent(agent("A002"), Month(2026, 10), s, defaultTemplate(), teamWithKcs());
    EXPECT_DOUBLE_EQ(enough.coverage, 0.65);
    // (25*80 + 25*100 + 15*0) / 65 = 4500 / 65
    EXPECT_NEAR(*enough.overall, 4500.0 / 65.0, 1e-12);
}

TEST(ScoreAgent, CoverageExactlyHalfStillScores)
{
    ScorecardTemplate t = defaultTemplate();
    ActivitySums s;
    s.agentsWithRecord = 1;
    s.qaEvaluations = 5;
    s.qaScoreSum = 400; // 80 -> 50
    s.adherenceRows = 10;
    s.adherentMinutes = 4500;
    s.adherenceScheduledMinutes = 5000; // 90% -> 100*10/15 = 66.67
    s.kcsDrafts = 0;
    // scored: qa 25, adherence 20, kcs 15 (0 points -> 0) = 60 of 100
    const AgentScorecard card = scoreAgent(agent("A003"), Month(2026, 10), s, t, teamWithKcs());
    EXPECT_DOUBLE_EQ(card.coverage, 0.6);
    // (25*50 + 20*66.666... + 15*0) / 60 = (1250 + 1333.33) / 60 = 43.0555...
    EXPECT_NEAR(*card.overall, (1250.0 + 20.0 * 200.0 / 3.0) / 60.0, 1e-9);

    // Weights cph 40, qa 25, csat 15, adherence 20, kcs 10: total 110, scored
    // qa + adherence + kcs = 55, coverage 55/110 = 0.5 exactly: overall kept.
    t.rule(u"contacts_per_hour")->weight = 40;
    t.rule(u"kcs")->weight = 10;
    const AgentScorecard half = scoreAgent(agent("A003"), Month(2026, 10), s, t, teamWithKcs());
    EXPECT_DOUBLE_EQ(half.coverage, 0.5);
    ASSERT_TRUE(half.overall);
    // (25*50 + 20*66.67 + 10*0) / 55
    EXPECT_NEAR(*half.overall, (1250.0 + 20.0 * 200.0 / 3.0) / 55.0, 1e-9);
    // One more unscored weight point: 55/111 < 0.5, no overall.
    t.rule(u"contacts_per_hour")->weight = 41;
    const AgentScorecard below = scoreAgent(agent("A003"), Month(2026, 10), s, t, teamWithKcs());
    EXPECT_FALSE(below.overall);
    EXPECT_EQ(below.rating, Rating::InsufficientData);
}

TEST(ScoreAgent, WeightZeroMetricsAreScoredButNotCounted)
{
    ActivitySums s = typicalAgent();
    s.handleRows = 20;
    s.handleSeconds = 600 * 1152.0;
    s.handleContacts = 1152; // AHT 600 -> 62.5, but weight 0
    const AgentScorecard card = scoreAgent(agent("A001"), Month(2026, 10), s, defaultTemplate(), nullptr);
    EXPECT_DOUBLE_EQ(*card.metric(u"aht")->score, 62.5);
    EXPECT_DOUBLE_EQ(*card.overall, 70.5); // unchanged
}

TEST(ScoreAgent, RatingThresholdsComeFromTheTemplate)
{
    ScorecardTemplate t = defaultTemplate();
    EXPECT_EQ(scoreAgent(agent("A"), Month(2026, 10), typicalAgent(), t, nullptr).rating, Rating::Below);
    t.thresholds.approaching = 70; // 70.5 >= 70
    EXPECT_EQ(scoreAgent(agent("A"), Month(2026, 10), typicalAgent(), t, nullptr).rating, Rating::Approaching);
    t.thresholds.atGoal = 70.5; // boundary is inclusive
    EXPECT_EQ(scoreAgent(agent("A"), Month(2026, 10), typicalAgent(), t, nullptr).rating, Rating::AtGoal);
}

TEST(ScoreAgent, PerspectiveScores)
{
    const AgentScorecard card = scoreAgent(agent("A001"), Month(2026, 10), typicalAgent(), defaultTemplate(), nullptr);
    auto perspective = [&](Perspective p) {
        for (const auto &ps : card.perspectives)
            if (ps.perspective == p)
                return ps.score;
        return std::optional<double>();
    };
    EXPECT_DOUBLE_EQ(*perspective(Perspective::Productivity), 80.0); // aht has weight 0
    EXPECT_DOUBLE_EQ(*perspective(Perspective::Quality), 75.0);
    EXPECT_DOUBLE_EQ(*perspective(Perspective::Customer), 50.0); // fcr, nps weight 0
    EXPECT_DOUBLE_EQ(*perspective(Perspective::Adherence), 80.0);
    EXPECT_DOUBLE_EQ(*perspective(Perspective::Knowledge), 55.0);

    ScorecardTemplate t = defaultTemplate();
    t.rule(u"fcr")->weight = 5; // fcr 75% -> 100*(75-50)/(80-50) = 83.33
    ActivitySums s = typicalAgent();
    s.fcrRows = 40;
    s.fcrResolved = 30;
    s.fcrContacts = 40;
    const AgentScorecard withFcr = scoreAgent(agent("A001"), Month(2026, 10), s, t, nullptr);
    for (const auto &ps : withFcr.perspectives) {
        if (ps.perspective == Perspective::Customer) { // (15*50 + 5*83.33) / 20 = 58.33
            EXPECT_NEAR(*ps.score, (15 * 50.0 + 5 * 250.0 / 3.0) / 20.0, 1e-9);
        }
    }

    ActivitySums noCsat = typicalAgent();
    noCsat.csatResponses = 0;
    noCsat.csatPositive = 0;
    const AgentScorecard none = scoreAgent(agent("A001"), Month(2026, 10), noCsat, defaultTemplate(), nullptr);
    for (const auto &ps : none.perspectives) {
        if (ps.perspective == Perspective::Customer) {
            EXPECT_FALSE(ps.score);
        }
    }
}

TEST(BuildMonthReport, TeamsArePooledAndAgentsSortedById)
{
    std::vector<Agent> agents{agent("B2", "Billing"), agent("A1", "Billing"), agent("C3", "Tech"), agent("D4", "Tech")};
    SumsByKey sums;
    ActivitySums a;
    a.agentsWithRecord = 1;
    a.timeRows = 10;
    a.workedMinutes = 1200;
    a.contacts = 100; // 5.0 per hour
    a.kcsLinks = 4;   // 4 points
    ActivitySums b;
    b.agentsWithRecord = 1;
    b.timeRows = 20;
    b.workedMinutes = 2400;
    b.contacts = 300; // 7.5 per hour, 0 kcs points
    ActivitySums c;
    c.agentsWithRecord = 1;
    c.qaEvaluations = 1;
    c.qaScoreSum = 50;
    sums.insert(QStringLiteral("A1"), a);
    sums.insert(QStringLiteral("B2"), b);
    sums.insert(QStringLiteral("C3"), c); // D4 has no record: not listed
    SumsByKey sl;
    ActivitySums ops;
    ops.serviceLevelRows = 30;
    ops.offered = 2000;
    ops.answeredInSl = 1500;
    sl.insert(QStringLiteral("Ops"), ops); // a team with only service-level rows

    const MonthReport r = buildMonthReport(Month(2026, 10), agents, sums, sl, {});
    ASSERT_EQ(r.agents.size(), 3u);
    EXPECT_EQ(r.agents[0].agent.id, QStringLiteral("A1"));
    EXPECT_EQ(r.agents[1].agent.id, QStringLiteral("B2"));
    EXPECT_EQ(r.agents[2].agent.id, QStringLiteral("C3"));
    ASSERT_EQ(r.teams.size(), 3u); // Billing, Ops, Tech
    EXPECT_EQ(r.teams[1].team, QStringLiteral("Ops"));

    const TeamScorecard *billing = r.team(QStringLiteral("Billing"));
    ASSERT_TRUE(billing);
    EXPECT_EQ(billing->metrics.size(), 11u); // the ten of SPEC section 3 and asa
    // pooled: 60 * 400 / 3600 = 6.667 (the mean of the agents' ratios would be 6.25)
    EXPECT_NEAR(*billing->metric(u"contacts_per_hour")->value, 20.0 / 3.0, 1e-12);
    EXPECT_NEAR(*r.agents[0].metric(u"contacts_per_hour")->teamValue, 20.0 / 3.0, 1e-12);
    EXPECT_DOUBLE_EQ(*billing->metric(u"kcs")->value, 2.0); // 4 points / 2 agents with a record
    EXPECT_EQ(billing->metric(u"service_level")->status, MetricStatus::NoData);
    EXPECT_DOUBLE_EQ(*r.team(QStringLiteral("Ops"))->metric(u"service_level")->value, 75.0); // 1500/2000
    EXPECT_EQ(r.team(QStringLiteral("Ops"))->metric(u"qa")->status, MetricStatus::NoData);
    // The Tech team's qa is 50 from one evaluation: insufficient (needs 3).
    EXPECT_EQ(r.team(QStringLiteral("Tech"))->metric(u"qa")->status, MetricStatus::InsufficientData);
    EXPECT_DOUBLE_EQ(*r.team(QStringLiteral("Tech"))->metric(u"qa")->value, 50.0);
}

TEST(BuildMonthReport, EachTeamIsScoredWithTheTemplateInForce)
{
    std::vector<Agent> agents{agent("A1", "Billing"), agent("T1", "Tech")};
    SumsByKey sums{{QStringLiteral("A1"), typicalAgent()}, {QStringLiteral("T1"), typicalAgent()}};
    ScorecardTemplate billing = defaultTemplate();
    billing.name = QStringLiteral("Billing 2026");
    billing.team = QStringLiteral("Billing");
    billing.effectiveFrom = Month(2026, 6);
    billing.rule(u"contacts_per_hour")->goal = 12; // 7.2 -> 100*3.2/8 = 40
    const std::vector<ScorecardTemplate> templates{billing};

    const MonthReport before = buildMonthReport(Month(2026, 5), agents, sums, {}, templates);
    EXPECT_DOUBLE_EQ(*before.agent(QStringLiteral("A1"))->metric(u"contacts_per_hour")->score, 80.0);
    const MonthReport after = buildMonthReport(Month(2026, 6), agents, sums, {}, templates);
    EXPECT_DOUBLE_EQ(*after.agent(QStringLiteral("A1"))->metric(u"contacts_per_hour")->score, 40.0);
    EXPECT_DOUBLE_EQ(*after.agent(QStringLiteral("T1"))->metric(u"contacts_per_hour")->score, 80.0);
    // 70.5 - 25*(80-40)/100 = 60.5
    EXPECT_DOUBLE_EQ(*after.agent(QStringLiteral("A1"))->overall, 60.5);
    EXPECT_EQ(after.agent(QStringLiteral("A1"))->templateName, QStringLiteral("Billing 2026"));
}

// ------------------------------------------------- issue 8.4: pooled values
namespace {

MetricValue ratio(const QString &key, double numerator, double denominator, double scale)
{
    MetricValue m;
    m.key = key;
    m.numerator = numerator;
    m.denominator = denominator;
    m.value = scale * numerator / denominator;
    m.status = MetricStatus::Ok;
    return m;
}

MonthReport twoTeams()
{
    MonthReport r;
    r.month = Month(2026, 10);
    TeamScorecard billing;
    billing.team = QStringLiteral("Billing");
    billing.metrics = {ratio(QStringLiteral("csat"), 16, 20, 100), ratio(QStringLiteral("aht"), 24000, 60, 1)};
    TeamScorecard tech;
    tech.team = QStringLiteral("Tech");
    MetricValue noSl;
    noSl.key = QStringLiteral("service_level");
    tech.metrics = {ratio(QStringLiteral("csat"), 9, 10, 100), ratio(QStringLiteral("aht"), 12000, 40, 1), noSl};
    r.teams = {billing, tech};
    for (auto [id, team, overall] : {std::tuple{"A1", "Billing", 80.0}, std::tuple{"A2", "Billing", 70.0},
                                     std::tuple{"A3", "Tech", -1.0}, std::tuple{"A4", "Tech", 91.0}}) {
        AgentScorecard a;
        a.agent.id = QString::fromLatin1(id);
        a.agent.team = QString::fromLatin1(team);
        if (overall >= 0)
            a.overall = overall;
        r.agents.push_back(a);
    }
    return r;
}

} // namespace

TEST(PooledTeamMetric, AllTeamsAddNumeratorsAndDenominators)
{
    const MonthReport r = twoTeams();
    // CSAT: (16 + 9) / (20 + 10) = 25/30 = 83.33 %, not the mean of 80 % and 90 % (85 %).
    const MetricValue csat = pooledTeamMetric(r, u"csat");
    ASSERT_TRUE(csat.value.has_value());
    EXPECT_NEAR(*csat.value, 100.0 * 25 / 30, 1e-9);
    EXPECT_EQ(csat.numerator, 25);
    EXPECT_EQ(csat.denominator, 30);
    EXPECT_EQ(csat.status, MetricStatus::Ok);
    // AHT: 36000 s over 100 contacts = 360 s (the teams' own: 400 s and 300 s).
    EXPECT_NEAR(*pooledTeamMetric(r, u"aht").value, 360.0, 1e-9);
}

TEST(PooledTeamMetric, OneTeamIsItsOwnValue)
{
    const MonthReport r = twoTeams();
    EXPECT_NEAR(*pooledTeamMetric(r, u"csat", QStringLiteral("Tech")).value, 90.0, 1e-9);
    EXPECT_FALSE(pooledTeamMetric(r, u"csat", QStringLiteral("Nobody")).value.has_value());
}

TEST(PooledTeamMetric, NoTeamWithRowsIsNoData)
{
    const MonthReport r = twoTeams();
    const MetricValue sl = pooledTeamMetric(r, u"service_level");
    EXPECT_EQ(sl.status, MetricStatus::NoData);
    EXPECT_FALSE(sl.value.has_value());
    EXPECT_FALSE(sl.denominator.has_value());
}

TEST(MeanOverall, AveragesRatedAgentsOnly)
{
    const MonthReport r = twoTeams();
    int rated = 0;
    // (80 + 70 + 91) / 3 = 80.33; A3 has no overall and is not counted.
    EXPECT_NEAR(*meanOverall(r, {}, &rated), 241.0 / 3, 1e-9);
    EXPECT_EQ(rated, 3);
    EXPECT_NEAR(*meanOverall(r, QStringLiteral("Billing"), &rated), 75.0, 1e-9);
    EXPECT_EQ(rated, 2);
    EXPECT_FALSE(meanOverall(r, QStringLiteral("Nobody"), &rated).has_value());
    EXPECT_EQ(rated, 0);
}
