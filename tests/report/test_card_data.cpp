// Card data gathered from a fixed store (see report_fixture.h for the rows).
#include "report/card_data.h"
#include "report_fixture.h"

#include <gtest/gtest.h>
#include <map>

using namespace sc;
using sc::test::ReportFixture;

namespace {

const GoalStatus *goalNamed(const CardData &d, const QString &text)
{
    for (const GoalStatus &g : d.goals)
        if (g.item.text == text)
            return &g;
    return nullptr;
}

} // namespace

TEST(CardData, NoRecordGivesNothing)
{
    ReportFixture f;
    // Eve (B001) has rows only in October; Z999 does not exist.
    EXPECT_FALSE(buildCardData(f.store(), QStringLiteral("B001"), Month(2026, 9)).has_value());
    EXPECT_FALSE(buildCardData(f.store(), QStringLiteral("Z999"), ReportFixture::cardMonth()).has_value());
}

TEST(CardData, CurrentAndPreviousMonth)
{
    ReportFixture f;
    const auto d = buildCardData(f.store(), QStringLiteral("A001"), ReportFixture::cardMonth());
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->card.agent.name, QStringLiteral("Alice Archer"));
    EXPECT_EQ(d->card.month, Month(2026, 10));
    // October QA: (92 + 90 + 94) / 3 = 92.
    ASSERT_NE(d->card.metric(u"qa"), nullptr);
    EXPECT_DOUBLE_EQ(*d->card.metric(u"qa")->value.value, 92.0);
    // October AHT: 20 days x 900 s / (20 days x 2 contacts) = 450 s.
    EXPECT_DOUBLE_EQ(*d->card.metric(u"aht")->value.value, 450.0);
    ASSERT_TRUE(d->previous.has_value());
    EXPECT_EQ(d->previous->month, Month(2026, 9));
    // September QA: 80, 80, 80.
    EXPECT_DOUBLE_EQ(*d->previous->metric(u"qa")->value.value, 80.0);
    EXPECT_EQ(d->team.team, QStringLiteral("Alpha"));
    // Team service level in October: 10 days x 85 / (10 days x 100) = 85%.
    ASSERT_NE(d->team.metric(u"service_level"), nullptr);
    EXPECT_DOUBLE_EQ(*d->team.metric(u"service_level")->value, 85.0);
    EXPECT_FALSE(d->agentView);
}

TEST(CardData, NoPreviousMonthForANewAgent)
{
    ReportFixture f;
    const auto d = buildCardData(f.store(), QStringLiteral("A002"), ReportFixture::cardMonth());
    ASSERT_TRUE(d.has_value());
    EXPECT_FALSE(d->previous.has_value());
    ASSERT_EQ(d->trend.size(), 1u); // only October
    EXPECT_EQ(d->trend.front().month, Month(2026, 10));
}

TEST(CardData, TrendStartsAtTheFirstMonthWithARecord)
{
    ReportFixture f;
    const auto d = buildCardData(f.store(), QStringLiteral("A001"), ReportFixture::cardMonth());
    ASSERT_TRUE(d.has_value());
    // Alice has rows in August, September, October: three points, oldest first.
    ASSERT_EQ(d->trend.size(), 3u);
    EXPECT_EQ(d->trend[0].month, Month(2026, 8));
    EXPECT_EQ(d->trend[2].month, Month(2026, 10));
    // August QA (78 + 80 + 82) / 3 = 80; October 92.
    EXPECT_DOUBLE_EQ(*d->trend[0].metricValues.value(QStringLiteral("qa")), 80.0);
    EXPECT_DOUBLE_EQ(*d->trend[2].metricValues.value(QStringLiteral("qa")), 92.0);
    // QA is weighted in the default template: its score is in the trend,
    // October 100 x (92 - 70) / (90 - 70) = 110. AHT (weight 0) is not.
    EXPECT_DOUBLE_EQ(*d->trend[2].metricScores.value(QStringLiteral("qa")), 110.0);
    EXPECT_FALSE(d->trend[2].metricScores.contains(QStringLiteral("aht")));
    EXPECT_EQ(d->trend[2].overall, d->card.overall);
}

TEST(CardData, TrendIsAtMostTwelveMonths)
{
    ReportFixture f;
    std::vector<ImportBatch> b;
    for (int i = 0; i < 15; ++i)
        ReportFixture::addMonth(b, QStringLiteral("B001"), Month(2025, 7).addMonths(i), {});
    f.store().importBatches(b);
    const auto d = buildCardData(f.store(), QStringLiteral("B001"), ReportFixture::cardMonth());
    ASSERT_TRUE(d.has_value());
    // 2025-07 .. 2026-09 plus October's fixture rows: 16 months; the card shows 12 (2025-11 .. 2026-10).
    ASSERT_EQ(d->trend.size(), 12u);
    EXPECT_EQ(d->trend.front().month, Month(2025, 11));
    EXPECT_EQ(d->trend.back().month, Month(2026, 10));
}

TEST(CardData, GoalsMetAndNotMet)
{
    ReportFixture f;
    const auto d = buildCardData(f.store(), QStringLiteral("A001"), ReportFixture::cardMonth());
    ASSERT_TRUE(d.has_value());
    // Four items were agreed in September; the dropped one is not shown.
    EXPECT_EQ(d->goals.size(), 3u);
    EXPECT_EQ(goalNamed(*d, QStringLiteral("Dropped goal")), nullptr);

    // QA >= 90: October's 92 reaches it.
    const GoalStatus *qa = goalNamed(*d, QStringLiteral("Raise the quality score to 90"));
    ASSERT_NE(qa, nullptr);
    ASSERT_TRUE(qa->met.has_value());
    EXPECT_TRUE(*qa->met);
    EXPECT_DOUBLE_EQ(*qa->latestValue, 92.0);

    // AHT <= 400 (lower is better): October's 450 does not.
    const GoalStatus *aht = goalNamed(*d, QStringLiteral("Bring handle time under 400 seconds"));
    ASSERT_NE(aht, nullptr);
    ASSERT_TRUE(aht->met.has_value());
    EXPECT_FALSE(*aht->met);
    EXPECT_DOUBLE_EQ(*aht->latestValue, 450.0);

    // No metric: met because the supervisor marked it done.
    const GoalStatus *mentor = goalNamed(*d, QStringLiteral("Shadow a senior agent for two sessions"));
    ASSERT_NE(mentor, nullptr);
    EXPECT_EQ(mentor->met, std::optional<bool>(true));
}

TEST(CardData, GoalIsNotJudgedOnItsOwnMonth)
{
    ReportFixture f;
    // On September's card the goals agreed in September have no later month yet.
    const auto d = buildCardData(f.store(), QStringLiteral("A001"), Month(2026, 9));
    ASSERT_TRUE(d.has_value());
    const GoalStatus *qa = goalNamed(*d, QStringLiteral("Raise the quality score to 90"));
    ASSERT_NE(qa, nullptr);
    EXPECT_FALSE(qa->met.has_value());
    EXPECT_FALSE(qa->latestValue.has_value());
}

TEST(CardData, GoalReachedFollowsTheDirection)
{
    const MetricDefinition *qa = findMetric(u"qa");
    const MetricDefinition *aht = findMetric(u"aht");
    const MetricDefinition *occ = findMetric(u"occupancy");
    ASSERT_TRUE(qa && aht && occ);
    MetricRule rule;
    EXPECT_TRUE(goalReached(*qa, rule, 90, 90));
    EXPECT_FALSE(goalReached(*qa, rule, 89.9, 90));
    EXPECT_TRUE(goalReached(*aht, rule, 400, 400));
    EXPECT_FALSE(goalReached(*aht, rule, 401, 400));
    MetricRule band;
    band.low = 75;
    band.high = 85;
    EXPECT_TRUE(goalReached(*occ, band, 80, 0));
    EXPECT_FALSE(goalReached(*occ, band, 86, 0));
}

TEST(CardData, InsufficientDataKeepsTheSample)
{
    ReportFixture f;
    const auto d = buildCardData(f.store(), QStringLiteral("A003"), ReportFixture::cardMonth());
    ASSERT_TRUE(d.has_value());
    const MetricResult *qa = d->card.metric(u"qa");
    ASSERT_NE(qa, nullptr);
    EXPECT_EQ(qa->value.status, MetricStatus::InsufficientData);
    EXPECT_DOUBLE_EQ(*qa->value.denominator, 2.0); // two evaluations of the three needed
    EXPECT_FALSE(qa->score.has_value());
    EXPECT_EQ(d->card.agent.employment, Employment::PartTime);
}

TEST(CardData, TeamAverageOverall)
{
    ReportFixture f;
    // A template for Alpha scoring QA only, so overall = QA score:
    // Alice 100 x (92 - 70) / 20 = 110, Bob 100 x (80 - 70) / 20 = 50,
    // Cara has 2 evaluations (insufficient) and no overall.
    ScorecardTemplate t = defaultTemplate();
    t.name = QStringLiteral("QA only");
    t.team = QStringLiteral("Alpha");
    for (MetricRule &r : t.rules)
        r.weight = r.key == u"qa" ? 1 : 0;
    f.store().saveTemplate(t);
    const auto d = buildCardData(f.store(), QStringLiteral("A002"), ReportFixture::cardMonth());
    ASSERT_TRUE(d.has_value());
    EXPECT_DOUBLE_EQ(*d->card.overall, 50.0);
    // (110 + 50) / 2 = 80; Eve (team Beta) is not counted.
    ASSERT_TRUE(d->teamAverageOverall.has_value());
    EXPECT_DOUBLE_EQ(*d->teamAverageOverall, 80.0);
}

TEST(CardData, CommentsAndNote)
{
    ReportFixture f;
    const auto d = buildCardData(f.store(), QStringLiteral("A001"), ReportFixture::cardMonth());
    ASSERT_TRUE(d.has_value());
    // One QA and one survey comment, both from October.
    ASSERT_EQ(d->comments.size(), 2u);
    int qa = 0, survey = 0;
    for (const Comment &c : d->comments) {
        qa += c.source == u"qa";
        survey += c.source == u"survey";
        EXPECT_EQ(Month::of(c.date), Month(2026, 10));
    }
    EXPECT_EQ(qa, 1);
    EXPECT_EQ(survey, 1);
    ASSERT_TRUE(d->note.has_value());
    EXPECT_TRUE(d->note->text.startsWith(QStringLiteral("Great progress")));
}

TEST(CardData, CommentsAreCappedPerSource)
{
    ReportFixture f;
    // Ten more commented survey responses in October must not push out the QA comment.
    std::vector<ImportBatch> b(1);
    b[0].kind = ImportKind::Survey;
    for (int i = 0; i < 10; ++i) {
        SurveyResponse s;
        s.responseId = QStringLiteral("X%1").arg(i);
        s.agentId = QStringLiteral("A001");
        s.date = QDate(2026, 10, 28);
        s.csat = 5;
        s.comment = QStringLiteral("Great %1").arg(i);
        b[0].surveys.push_back(s);
    }
    f.store().importBatches(b);
    const auto d = buildCardData(f.store(), QStringLiteral("A001"), ReportFixture::cardMonth());
    ASSERT_TRUE(d.has_value());
    int qa = 0, survey = 0;
    for (const Comment &c : d->comments) {
        qa += c.source == u"qa";
        survey += c.source == u"survey";
    }
    EXPECT_EQ(qa, 1);
    EXPECT_EQ(survey, kCardCommentsPerSource);
}

TEST(CardData, CachedOverloadScoresEachMonthOnce)
{
    ReportFixture f;
    std::map<Month, MonthReport> cache;
    std::map<Month, int> calls;
    auto report = [&](Month m) -> const MonthReport & {
        auto it = cache.find(m);
        if (it == cache.end()) {
            ++calls[m];
            it = cache.emplace(m, scoreMonth(f.store(), m)).first;
        }
        return it->second;
    };
    for (const QString &id : {QStringLiteral("A001"), QStringLiteral("A002"), QStringLiteral("A003")})
        ASSERT_TRUE(buildCardData(f.store(), id, ReportFixture::cardMonth(), report).has_value());
    for (const auto &[m, n] : calls) {
        EXPECT_EQ(n, 1);
        EXPECT_LE(m, ReportFixture::cardMonth()); // never looks into the future
    }
    const auto direct = buildCardData(f.store(), QStringLiteral("A001"), ReportFixture::cardMonth());
    const auto cached = buildCardData(f.store(), QStringLiteral("A001"), ReportFixture::cardMonth(), report);
    EXPECT_EQ(direct->card.overall, cached->card.overall);
    EXPECT_EQ(direct->trend.size(), cached->trend.size());
    EXPECT_EQ(direct->goals.size(), cached->goals.size());
}
