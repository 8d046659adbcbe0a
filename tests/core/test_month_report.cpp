// scoreMonth over a ScoringSource: frozen months, JSON shape and round trip.
#include "core/scoring_source.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace sc;
using ::testing::Return;

namespace {

class MockSource : public ScoringSource {
public:
    MOCK_METHOD(std::vector<Agent>, agents, (), (const, override));
    MOCK_METHOD((QHash<QString, ActivitySums>), agentSums, (Month), (const, override));
    MOCK_METHOD((QHash<QString, ActivitySums>), serviceLevelSums, (Month), (const, override));
    MOCK_METHOD(std::vector<ScorecardTemplate>, templates, (), (const, override));
    MOCK_METHOD(std::optional<QByteArray>, frozenSnapshot, (Month), (const, override));
};

Agent makeAgent()
{
    Agent a;
    a.id = QStringLiteral("A001");
    a.name = QStringLiteral("Dana Levi");
    a.team = QStringLiteral("Billing");
    return a;
}

ActivitySums qaOnly(double sum, qint64 n)
{
    ActivitySums s;
    s.agentsWithRecord = 1;
    s.qaEvaluations = n;
    s.qaScoreSum = sum;
    return s;
}

} // namespace

TEST(ScoreMonth, ComputesWhenNotFrozen)
{
    MockSource source;
    EXPECT_CALL(source, frozenSnapshot(Month(2026, 10))).WillOnce(Return(std::nullopt));
    EXPECT_CALL(source, agents()).WillOnce(Return(std::vector<Agent>{makeAgent()}));
    EXPECT_CALL(source, agentSums(Month(2026, 10)))
        .WillOnce(Return(QHash<QString, ActivitySums>{{QStringLiteral("A001"), qaOnly(255, 3)}}));
    EXPECT_CALL(source, serviceLevelSums(Month(2026, 10))).WillOnce(Return(QHash<QString, ActivitySums>{}));
    EXPECT_CALL(source, templates()).WillOnce(Return(std::vector<ScorecardTemplate>{}));
    const MonthReport r = scoreMonth(source, Month(2026, 10));
    EXPECT_FALSE(r.frozen);
    ASSERT_EQ(r.agents.size(), 1u);
    EXPECT_DOUBLE_EQ(*r.agents[0].metric(u"qa")->value.value, 85.0); // 255 / 3
}

TEST(ScoreMonth, FrozenMonthReturnsItsSnapshotWhateverTheDataSays)
{
    // The month was finalized when A001's QA was 85 (score 75) ...
    MonthReport atFinalize =
        buildMonthReport(Month(2026, 10), {makeAgent()}, {{QStringLiteral("A001"), qaOnly(255, 3)}}, {}, {});
    const QByteArray snapshot = QJsonDocument(monthReportToJson(atFinalize)).toJson();

    // ... and new evaluations arrived later (QA now 95); the card must not move.
    MockSource source;
    EXPECT_CALL(source, frozenSnapshot(Month(2026, 10))).WillRepeatedly(Return(snapshot));
    EXPECT_CALL(source, agentSums(::testing::_)).Times(0);
    const MonthReport r = scoreMonth(source, Month(2026, 10));
    EXPECT_TRUE(r.frozen);
    EXPECT_DOUBLE_EQ(*r.agents[0].metric(u"qa")->value.value, 85.0);
    EXPECT_DOUBLE_EQ(*r.agents[0].metric(u"qa")->score, 75.0);

    // computeMonth (used to finalize) ignores the snapshot.
    EXPECT_CALL(source, agents()).WillOnce(Return(std::vector<Agent>{makeAgent()}));
    EXPECT_CALL(source, agentSums(Month(2026, 10)))
        .WillOnce(Return(QHash<QString, ActivitySums>{{QStringLiteral("A001"), qaOnly(380, 4)}}));
    EXPECT_CALL(source, serviceLevelSums(Month(2026, 10))).WillOnce(Return(QHash<QString, ActivitySums>{}));
    EXPECT_CALL(source, templates()).WillOnce(Return(std::vector<ScorecardTemplate>{}));
    EXPECT_DOUBLE_EQ(*computeMonth(source, Month(2026, 10)).agents[0].metric(u"qa")->value.value, 95.0);
}

TEST(MonthReportJson, ShapeFollowsSpecSectionFive)
{
    ActivitySums s = qaOnly(255, 3);
    const MonthReport r = buildMonthReport(Month(2026, 10), {makeAgent()}, {{QStringLiteral("A001"), s}}, {}, {});
    const QJsonObject o = monthReportToJson(r);
    EXPECT_EQ(o.value(u"month").toString(), QStringLiteral("2026-10"));
    const QJsonObject agent = o.value(u"agents").toArray().at(0).toObject();
    EXPECT_EQ(agent.value(u"agent_id").toString(), QStringLiteral("A001"));
    EXPECT_EQ(agent.value(u"name").toString(), QStringLiteral("Dana Levi"));
    // Only qa (w 25) and kcs (w 15, 0 points) scored: coverage 0.4, overall null.
    EXPECT_TRUE(agent.value(u"overall").isNull());
    EXPECT_DOUBLE_EQ(agent.value(u"coverage").toDouble(), 0.4);
    EXPECT_EQ(agent.value(u"rating").toString(), QStringLiteral("insufficient_data"));
    const QJsonArray metrics = agent.value(u"metrics").toArray();
    ASSERT_EQ(metrics.size(), 9);
    const QJsonObject cph = metrics.at(0).toObject();
    EXPECT_EQ(cph.value(u"key").toString(), QStringLiteral("contacts_per_hour"));
    for (const char *field : {"value", "numerator", "denominator", "team_value", "score"})
        EXPECT_TRUE(cph.value(QLatin1String(field)).isNull()) << field;
    EXPECT_EQ(cph.value(u"status").toString(), QStringLiteral("no_data"));
    EXPECT_DOUBLE_EQ(cph.value(u"goal").toDouble(), 8);
    EXPECT_DOUBLE_EQ(cph.value(u"floor").toDouble(), 4);
    EXPECT_DOUBLE_EQ(cph.value(u"weight").toDouble(), 25);
    const QJsonObject qa = metrics.at(2).toObject();
    EXPECT_EQ(qa.value(u"key").toString(), QStringLiteral("qa"));
    EXPECT_DOUBLE_EQ(qa.value(u"value").toDouble(), 85);
    EXPECT_DOUBLE_EQ(qa.value(u"numerator").toDouble(), 255);
    EXPECT_DOUBLE_EQ(qa.value(u"denominator").toDouble(), 3);
    EXPECT_DOUBLE_EQ(qa.value(u"team_value").toDouble(), 85);
    EXPECT_DOUBLE_EQ(qa.value(u"score").toDouble(), 75);
    EXPECT_EQ(qa.value(u"status").toString(), QStringLiteral("ok"));
    const QJsonArray teams = o.value(u"teams").toArray();
    ASSERT_EQ(teams.size(), 1);
    EXPECT_EQ(teams.at(0).toObject().value(u"metrics").toArray().size(), 10);
    EXPECT_EQ(teams.at(0).toObject().value(u"metrics").toArray().at(9).toObject().value(u"key").toString(),
              QStringLiteral("service_level"));
}

TEST(MonthReportJson, NumbersKeepFullPrecisionAndRoundTrip)
{
    ActivitySums s = qaOnly(250, 3); // 83.333...
    const MonthReport r = buildMonthReport(Month(2026, 10), {makeAgent()}, {{QStringLiteral("A001"), s}}, {}, {});
    const QByteArray text = QJsonDocument(monthReportToJson(r)).toJson(QJsonDocument::Compact);
    EXPECT_TRUE(text.contains("83.33333333333333")) << text.constData();
    const auto back = monthReportFromJson(QJsonDocument::fromJson(text).object());
    ASSERT_TRUE(back);
    EXPECT_EQ(QJsonDocument(monthReportToJson(*back)).toJson(QJsonDocument::Compact), text);
}
