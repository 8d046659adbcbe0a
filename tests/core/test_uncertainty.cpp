// SPEC section 6's intervals, each expected value worked by hand from the
// formulas (z = 1.6448536269514722, z² = 2.7055434540954146).
#include "core/metrics.h"
#include "core/uncertainty.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace sc;

namespace {
constexpr double z = 1.6448536269514722;
constexpr double z2 = z * z;
} // namespace

TEST(StudentT, MatchesPublishedTablesAndClosedForms)
{
    // df 1: tan(π · 0.45); df 2: (2p − 1)/√(2p(1 − p)) = 0.9/√0.095.
    EXPECT_NEAR(studentTQuantile(0.95, 1), 6.313751514675043, 1e-12);
    EXPECT_NEAR(studentTQuantile(0.95, 2), 0.9 / std::sqrt(0.095), 1e-12); // 2.919985580...
    // Tabled 95th percentiles of Student's t.
    EXPECT_NEAR(studentTQuantile(0.95, 3), 2.353363435, 1e-9);
    EXPECT_NEAR(studentTQuantile(0.95, 4), 2.131846786, 1e-9);
    EXPECT_NEAR(studentTQuantile(0.95, 9), 1.833112933, 1e-9);
    EXPECT_NEAR(studentTQuantile(0.95, 29), 1.699127027, 1e-9);
    EXPECT_NEAR(studentTQuantile(0.95, 120), 1.657650899, 1e-8);
    // Symmetric, and tends to z.
    EXPECT_NEAR(studentTQuantile(0.05, 9), -1.833112933, 1e-9);
    EXPECT_NEAR(studentTQuantile(0.95, 100000), z, 1e-4);
}

TEST(Wilson, TypicalCsat)
{
    // k = 16, n = 20, p = 0.8:
    //   c = (0.8 + z²/40) / (1 + z²/20) = 0.86763859 / 1.13527717 = 0.76425265
    //   h = z / 1.13527717 · √(0.16/20 + z²/1600) = 1.44886828 · √0.00969097 = 0.14262934
    //   interval 100 · [0.62162331, 0.90688198]
    const auto i = wilsonInterval(16, 20);
    ASSERT_TRUE(i);
    EXPECT_NEAR(i->lo, 62.162331, 1e-6);
    EXPECT_NEAR(i->hi, 90.688198, 1e-6);
}

TEST(Wilson, OneResponseAndTheEdges)
{
    // n = 1, k = 1 (p = 1): c = (1 + z²/2)/(1 + z²), h = z/(1 + z²) · z/2, so
    // c − h = 1/(1 + z²) and c + h = 1.
    auto i = wilsonInterval(1, 1);
    ASSERT_TRUE(i);
    EXPECT_NEAR(i->lo, 100 / (1 + z2), 1e-9); // 26.98659
    EXPECT_NEAR(i->hi, 100, 1e-9);
    // n = 1, k = 0 (p = 0): the mirror image.
    i = wilsonInterval(0, 1);
    EXPECT_NEAR(i->lo, 0, 1e-9);
    EXPECT_NEAR(i->hi, 100 - 100 / (1 + z2), 1e-9);
    // p = 0, n = 20: c = h = (z²/40)/(1 + z²/20): [0, 100 z²/(20 + z²)] = [0, 11.915784].
    i = wilsonInterval(0, 20);
    EXPECT_GE(i->lo, 0.0); // never below 0 (rounding is clipped)
    EXPECT_NEAR(i->lo, 0, 1e-9);
    EXPECT_NEAR(i->hi, 100 * z2 / (20 + z2), 1e-9);
    // p = 1, n = 20: [100 · 20/(20 + z²), 100] = [88.084216, 100].
    i = wilsonInterval(20, 20);
    EXPECT_NEAR(i->lo, 100 * 20 / (20 + z2), 1e-9);
    EXPECT_LE(i->hi, 100.0);
    EXPECT_NEAR(i->hi, 100, 1e-9);
    EXPECT_FALSE(wilsonInterval(0, 0));
}

TEST(QaInterval, MeanPlusMinusT)
{
    // 80, 85, 90, 85: n = 4, mean 85, Σx² = 28950, s² = (28950 − 340²/4)/3 = 50/3,
    // s = 4.0824829, t(0.95, 3) = 2.3533634: half = 2.3533634 · 4.0824829/2 = 4.8037830.
    auto i = meanInterval(4, 340, 28950);
    ASSERT_TRUE(i);
    EXPECT_NEAR(i->lo, 80.196217, 1e-6);
    EXPECT_NEAR(i->hi, 89.803783, 1e-6);
    // 80, 90, 100: mean 90, s = 10, t(0.95, 2) = 2.9199856: half = 29.199856/√3 = 16.858545;
    // 106.858545 is clipped to 100.
    i = meanInterval(3, 270, 6400 + 8100 + 10000);
    EXPECT_NEAR(i->lo, 73.141455, 1e-6);
    EXPECT_DOUBLE_EQ(i->hi, 100.0);
    // Identical scores: s = 0, the interval is the mean.
    i = meanInterval(3, 255, 3 * 85 * 85);
    EXPECT_DOUBLE_EQ(i->lo, 85.0);
    EXPECT_DOUBLE_EQ(i->hi, 85.0);
    // n = 1 (and 0): no interval.
    EXPECT_FALSE(meanInterval(1, 85, 85 * 85));
    EXPECT_FALSE(meanInterval(0, 0, 0));
}

TEST(NpsInterval, TypicalAndPlusMinusHundred)
{
    // 12 promoters, 3 detractors of 20: p = 0.6, d = 0.15, nps = 45,
    // half = z · 100 · √((0.75 − 0.45²)/20) = z · 100 · √0.027375 = 27.214748.
    auto i = npsInterval(12, 3, 20);
    ASSERT_TRUE(i);
    EXPECT_NEAR(i->lo, 17.785252, 1e-6);
    EXPECT_NEAR(i->hi, 72.214748, 1e-6);
    // NPS +100: p = 1, d = 0, variance 1 − 1 = 0.
    i = npsInterval(15, 0, 15);
    EXPECT_DOUBLE_EQ(i->lo, 100.0);
    EXPECT_DOUBLE_EQ(i->hi, 100.0);
    // NPS −100.
    i = npsInterval(0, 15, 15);
    EXPECT_DOUBLE_EQ(i->lo, -100.0);
    EXPECT_DOUBLE_EQ(i->hi, -100.0);
    // n = 1, a passive: p = d = 0, [0, 0]; a promoter: [100, 100].
    i = npsInterval(0, 0, 1);
    EXPECT_DOUBLE_EQ(i->lo, 0.0);
    EXPECT_DOUBLE_EQ(i->hi, 0.0);
    i = npsInterval(1, 0, 1);
    EXPECT_DOUBLE_EQ(i->lo, 100.0);
    // 9 promoters, 1 detractor of 10: nps 80, half = z · 100 · √((1 − 0.64)/10) = 31.209;
    // 111.2 is clipped to 100.
    i = npsInterval(9, 1, 10);
    EXPECT_NEAR(i->lo, 80 - z * 100 * std::sqrt(0.036), 1e-9);
    EXPECT_DOUBLE_EQ(i->hi, 100.0);
    EXPECT_FALSE(npsInterval(0, 0, 0));
}

TEST(MetricInterval, SampledMetricsOnlyFromTheirSums)
{
    ActivitySums s;
    s.agentsWithRecord = 1;
    s.timeRows = 20;
    s.workedMinutes = 9600;
    s.contacts = 1152;
    s.csatResponses = 20;
    s.csatPositive = 16;
    s.qaEvaluations = 4;
    s.qaScoreSum = 340;
    s.qaScoreSquares = 28950;
    s.fcrRows = 10;
    s.fcrContacts = 40;
    s.fcrResolved = 30; // p = 0.75, n = 40
    const MetricValue csat = computeMetric(*findMetric(u"csat"), s);
    ASSERT_TRUE(csat.interval);
    EXPECT_NEAR(csat.interval->lo, 62.162331, 1e-6);
    const MetricValue qa = computeMetric(*findMetric(u"qa"), s);
    EXPECT_NEAR(qa.interval->hi, 89.803783, 1e-6);
    // fcr: c = (0.75 + z²/80)/(1 + z²/40), h = z/(1 + z²/40) · √(0.1875/40 + z²/6400)
    const double d = 1 + z2 / 40, c = (0.75 + z2 / 80) / d, h = z / d * std::sqrt(0.1875 / 40 + z2 / 6400);
    const MetricValue fcr = computeMetric(*findMetric(u"fcr"), s);
    EXPECT_NEAR(fcr.interval->lo, 100 * (c - h), 1e-9);
    EXPECT_NEAR(fcr.interval->hi, 100 * (c + h), 1e-9);
    // Census metrics and metrics without rows have none.
    for (const char *key : {"contacts_per_hour", "aht", "adherence", "occupancy", "kcs", "service_level", "nps"})
        EXPECT_FALSE(computeMetric(*findMetric(QString::fromLatin1(key)), s).interval) << key;
}

// ------------------------------------------------- within noise, score and overall intervals

#include "core/scoring.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

// The card of docs/scoring.md: 80, 85, 90, 85 in QA (Σx² = 28950), 16 of 20 CSAT.
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
    s.qaScoreSquares = 28950;
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

Agent agentNamed(const QString &id)
{
    Agent a;
    a.id = id;
    a.name = QStringLiteral("Agent ") + id;
    a.team = QStringLiteral("Billing");
    return a;
}

} // namespace

TEST(WithinNoise, ScoreAndOverallIntervalsOfTheWorkedCard)
{
    const AgentScorecard card =
        scoreAgent(agentNamed(QStringLiteral("A001")), Month(2026, 10), typicalAgent(), defaultTemplate(), nullptr);
    // csat: [62.162331, 90.688198] holds the goal 90: within noise. Scores at the
    // ends: 100 (62.16 − 70)/20 < 0 → 0, 100 (90.688198 − 70)/20 = 103.440992.
    const MetricResult *csat = card.metric(u"csat");
    EXPECT_TRUE(csat->value.withinNoise);
    ASSERT_TRUE(csat->scoreInterval);
    EXPECT_DOUBLE_EQ(csat->scoreInterval->lo, 0.0);
    EXPECT_NEAR(csat->scoreInterval->hi, 103.440992, 1e-6);
    // qa: [80.196217, 89.803783] misses the goal 90: not within noise. Scores
    // 100 (80.196217 − 70)/20 = 50.981085 and 99.018915.
    const MetricResult *qa = card.metric(u"qa");
    EXPECT_FALSE(qa->value.withinNoise);
    EXPECT_NEAR(qa->scoreInterval->lo, 50.981085, 1e-6);
    EXPECT_NEAR(qa->scoreInterval->hi, 99.018915, 1e-6);
    // Census metrics: no interval, no score interval, never within noise.
    EXPECT_FALSE(card.metric(u"contacts_per_hour")->value.interval);
    EXPECT_FALSE(card.metric(u"contacts_per_hour")->scoreInterval);
    EXPECT_FALSE(card.metric(u"adherence")->value.withinNoise);
    // overall 70.5 (below); its interval takes census scores at both ends:
    //   lo = (25·80 + 25·50.981085 + 15·0 + 20·80 + 15·55)/100 = 56.995271
    //   hi = (25·80 + 25·99.018915 + 15·103.440992 + 20·80 + 15·55)/100 = 84.520878
    EXPECT_DOUBLE_EQ(*card.overall, 70.5);
    ASSERT_TRUE(card.overallInterval);
    EXPECT_NEAR(card.overallInterval->lo, 56.995271, 1e-6);
    EXPECT_NEAR(card.overallInterval->hi, 84.520878, 1e-6);
    // below at one end, approaching at the other: the rating is not certain.
    EXPECT_EQ(card.rating, Rating::Below);
    EXPECT_FALSE(card.ratingCertain);
}

TEST(WithinNoise, CertainWhenBothEndsRateTheSame)
{
    ActivitySums s = typicalAgent();
    s.csatResponses = 200;
    s.csatPositive = 190; // 95 %
    s.qaEvaluations = 3;
    s.qaScoreSum = 285;
    s.qaScoreSquares = 3 * 95 * 95; // 95, 95, 95: s = 0, interval [95, 95]
    const AgentScorecard card =
        scoreAgent(agentNamed(QStringLiteral("A001")), Month(2026, 10), s, defaultTemplate(), nullptr);
    // csat, Wilson on 190 of 200: c = (0.95 + z²/400)/(1 + z²/200), h = z/(1 + z²/200) · √(0.0475/200 + z²/160000)
    const double d = 1 + z2 / 200, c = (0.95 + z2 / 400) / d, h = z / d * std::sqrt(0.0475 / 200 + z2 / 160000);
    EXPECT_NEAR(card.metric(u"csat")->value.interval->lo, 100 * (c - h), 1e-9); // 91.810817
    EXPECT_NEAR(card.metric(u"csat")->value.interval->hi, 100 * (c + h), 1e-9); // 96.987939
    EXPECT_FALSE(card.metric(u"csat")->value.withinNoise);                      // wholly above the goal 90
    EXPECT_FALSE(card.metric(u"qa")->value.withinNoise);
    // qa: 95 -> 125, capped 120 at both ends. csat: 100 (91.810817 − 70)/20 = 109.054084 and
    // 100 (96.99 − 70)/20 = 134.9, capped 120. overall = (25·80 + 25·120 + 15·120 + 20·80 + 15·55)/100
    // = 92.25; low end (2000 + 3000 + 15·109.054084 + 1600 + 825)/100 = 90.608113. Approaching at both.
    EXPECT_DOUBLE_EQ(*card.overall, 92.25);
    EXPECT_NEAR(card.overallInterval->lo, (7425 + 15 * 100 * (100 * (c - h) - 70) / 20) / 100, 1e-9);
    EXPECT_NEAR(card.overallInterval->lo, 90.608113, 1e-6);
    EXPECT_NEAR(card.overallInterval->hi, 92.25, 1e-9);
    EXPECT_TRUE(card.ratingCertain);
}

TEST(WithinNoise, InsufficientDataAndBandAreNeverWithinNoise)
{
    MetricValue v;
    v.status = MetricStatus::InsufficientData;
    v.interval = Interval{50, 95};
    MetricRule r;
    r.goal = 90;
    EXPECT_FALSE(isWithinNoise(v, r, Direction::Higher));
    v.status = MetricStatus::Ok;
    EXPECT_TRUE(isWithinNoise(v, r, Direction::Higher));
    EXPECT_FALSE(isWithinNoise(v, r, Direction::Band));
    r.goal = 95; // the ends count as inside
    EXPECT_TRUE(isWithinNoise(v, r, Direction::Higher));
}

namespace {

MonthReport monthWith(Month m, const std::vector<std::pair<QString, Rating>> &ratings)
{
    MonthReport r;
    r.month = m;
    for (const auto &[id, rating] : ratings) {
        AgentScorecard c;
        c.agent = agentNamed(id);
        c.month = m;
        c.rating = rating;
        r.agents.push_back(c);
    }
    return r;
}

} // namespace

TEST(NeedsAttention, ThreeOfTheLastFourMonths)
{
    const QString a = QStringLiteral("A"), b = QStringLiteral("B"), c = QStringLiteral("C"), d = QStringLiteral("D");
    using R = Rating;
    // This month (2026-10) and the three before it, newest first.
    MonthReport now = monthWith(Month(2026, 10), {{a, R::Below}, {b, R::Below}, {c, R::Approaching}, {d, R::Below}});
    const MonthReport m1 = monthWith(Month(2026, 9), {{a, R::Below}, {b, R::Below}, {c, R::Below}});
    const MonthReport m2 = monthWith(Month(2026, 8), {{a, R::AtGoal}, {b, R::Approaching}, {c, R::Below}});
    const MonthReport m3 = monthWith(Month(2026, 7), {{a, R::Below}, {b, R::AtGoal}, {c, R::Below}, {d, R::Below}});
    applyNeedsAttention(now, {&m1, &m2, &m3}, {});
    EXPECT_TRUE(now.agent(a)->needsAttention);  // below now, in 9 and 7: 3 of 4
    EXPECT_FALSE(now.agent(b)->needsAttention); // below now and in 9: 2 of 4
    EXPECT_TRUE(now.agent(c)->needsAttention);  // below in 9, 8, 7 (not now): 3 of 4, this one included
    EXPECT_FALSE(now.agent(d)->needsAttention); // no record in 9 and 8: 2 of 4
    // One month alone is never enough, and months before the data count as not below.
    MonthReport alone = monthWith(Month(2026, 10), {{a, R::Below}});
    applyNeedsAttention(alone, {}, {});
    EXPECT_FALSE(alone.agent(a)->needsAttention);
    // The template's fields: 2 of the last 2.
    ScorecardTemplate t = defaultTemplate();
    t.attentionBelow = 2;
    t.attentionMonths = 2;
    MonthReport strict = monthWith(Month(2026, 10), {{a, R::Below}, {b, R::Below}});
    applyNeedsAttention(strict, {&m2}, {t});
    EXPECT_FALSE(strict.agent(a)->needsAttention);         // at goal last month
    EXPECT_TRUE(strict.agent(b)->needsAttention == false); // approaching last month
    applyNeedsAttention(strict, {&m1}, {t});
    EXPECT_TRUE(strict.agent(a)->needsAttention);
}

TEST(RankRanges, OverlappingIntervalsShareRanks)
{
    auto card = [](double overall, double lo, double hi) {
        AgentScorecard c;
        c.overall = overall;
        c.overallInterval = Interval{lo, hi};
        return c;
    };
    const AgentScorecard a = card(65, 60, 70), b = card(72, 65, 80), c = card(90, 85, 95);
    AgentScorecard none; // no overall
    const auto ranks = rankRanges({&a, &b, &c, &none});
    ASSERT_EQ(ranks.size(), 4u);
    // a: only c lies wholly above (85 > 70); nothing wholly below: ranks 2 to 3.
    EXPECT_EQ(ranks[0], (RankRange{2, 3}));
    // b overlaps a: also 2 to 3.
    EXPECT_EQ(ranks[1], (RankRange{2, 3}));
    // c: a (70 < 85) and b (80 < 85) lie wholly below: rank 1 for sure.
    EXPECT_EQ(ranks[2], (RankRange{1, 1}));
    EXPECT_FALSE(ranks[3]);
}

TEST(Section6Json, FieldsForAgentsAndTeams)
{
    const MonthReport r = buildMonthReport(Month(2026, 10), {agentNamed(QStringLiteral("A001"))},
                                           {{QStringLiteral("A001"), typicalAgent()}}, {}, {});
    const QJsonObject o = monthReportToJson(r);
    const QJsonObject agent = o.value(u"agents").toArray().at(0).toObject();
    EXPECT_FALSE(agent.value(u"rating_certain").toBool(true));
    EXPECT_FALSE(agent.value(u"needs_attention").toBool(true));
    const QJsonArray overall = agent.value(u"overall_interval").toArray();
    ASSERT_EQ(overall.size(), 2);
    EXPECT_NEAR(overall.at(0).toDouble(), 56.995271, 1e-6);
    for (const QJsonValue &mv : agent.value(u"metrics").toArray()) {
        const QJsonObject m = mv.toObject();
        ASSERT_TRUE(m.contains(u"interval") && m.contains(u"within_noise") && m.contains(u"score_interval"))
            << m.value(u"key").toString().toStdString();
        if (m.value(u"key").toString() == u"csat") {
            EXPECT_NEAR(m.value(u"interval").toArray().at(1).toDouble(), 90.688198, 1e-6);
            EXPECT_TRUE(m.value(u"within_noise").toBool());
        }
        if (m.value(u"key").toString() == u"contacts_per_hour") {
            EXPECT_TRUE(m.value(u"interval").isNull());
            EXPECT_TRUE(m.value(u"score_interval").isNull());
        }
    }
    // The team's csat is the same single agent's: same interval, goal 90 inside.
    const QJsonObject team = o.value(u"teams").toArray().at(0).toObject();
    for (const QJsonValue &mv : team.value(u"metrics").toArray()) {
        const QJsonObject m = mv.toObject();
        EXPECT_TRUE(m.contains(u"interval") && m.contains(u"within_noise"));
        if (m.value(u"key").toString() == u"csat") {
            EXPECT_TRUE(m.value(u"within_noise").toBool());
        }
    }
    // The snapshot round trip keeps every field.
    const auto back = monthReportFromJson(o);
    ASSERT_TRUE(back);
    EXPECT_EQ(monthReportToJson(*back), o);
}
