// scoreMonth over a ScoringSource: frozen months, JSON shape and round trip.
#include "core/scoring_source.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace sc;
using ::testing::Return;

namespace {

class MockSource : public ScoringSource {
public:
    MOCK_METHOD(std::vector<Agent>, agents, (), (const, override));
    MOCK_METHOD(SumsByKey, agentSums, (Month), (const, override));
    MOCK_METHOD(SumsByKey, serviceLevelSums, (Month), (const, override));
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
    EXPECT_CALL(source, frozenSnapshot(::testing::_)).WillRepeatedly(Return(std::nullopt));
    EXPECT_CALL(source, agents()).WillOnce(Return(std::vector<Agent>{makeAgent()}));
    EXPECT_CALL(source, agentSums(Month(2026, 10)))
        .WillOnce(Return(SumsByKey{{QStringLiteral("A001"), qaOnly(255, 3)}}));
    // needs_attention (SPEC section 6) rates the three months before, too.
    for (int m : {7, 8, 9})
        EXPECT_CALL(source, agentSums(Month(2026, m))).WillOnce(Return(SumsByKey{}));
    EXPECT_CALL(source, serviceLevelSums(Month(2026, 10))).WillOnce(Return(SumsByKey{}));
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
    EXPECT_CALL(source, frozenSnapshot(::testing::_)).WillRepeatedly(Return(std::nullopt));
    EXPECT_CALL(source, frozenSnapshot(Month(2026, 10))).WillRepeatedly(Return(snapshot));
    EXPECT_CALL(source, agentSums(::testing::_)).Times(0);
    const MonthReport r = scoreMonth(source, Month(2026, 10));
    EXPECT_TRUE(r.frozen);
    EXPECT_DOUBLE_EQ(*r.agents[0].metric(u"qa")->value.value, 85.0);
    EXPECT_DOUBLE_EQ(*r.agents[0].metric(u"qa")->score, 75.0);

    // computeMonth (used to finalize) ignores the snapshot.
    EXPECT_CALL(source, agents()).WillOnce(Return(std::vector<Agent>{makeAgent()}));
    EXPECT_CALL(source, agentSums(Month(2026, 10)))
        .WillOnce(Return(SumsByKey{{QStringLiteral("A001"), qaOnly(380, 4)}}));
    for (int m : {7, 8, 9}) // needs_attention rates the months before
        EXPECT_CALL(source, agentSums(Month(2026, m))).WillOnce(Return(SumsByKey{}));
    EXPECT_CALL(source, serviceLevelSums(Month(2026, 10))).WillOnce(Return(SumsByKey{}));
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
    // Only qa (w 25) scored; the team has no kcs rows, so kcs is no_data:
    // coverage 25/100 = 0.25, overall null.
    EXPECT_TRUE(agent.value(u"overall").isNull());
    EXPECT_DOUBLE_EQ(agent.value(u"coverage").toDouble(), 0.25);
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
    EXPECT_EQ(teams.at(0).toObject().value(u"metrics").toArray().size(), 11);
    EXPECT_EQ(teams.at(0).toObject().value(u"metrics").toArray().at(9).toObject().value(u"key").toString(),
              QStringLiteral("service_level"));
    EXPECT_EQ(teams.at(0).toObject().value(u"metrics").toArray().at(10).toObject().value(u"key").toString(),
              QStringLiteral("asa"));
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

// ---------------------------------------------------------------- issue 14
// KCS with no knowledge-base data is "no data", not 0 points (SPEC section 3).

namespace {

Agent agentIn(const char *id, const char *team)
{
    Agent a;
    a.id = QString::fromLatin1(id);
    a.name = QStringLiteral("Agent ") + a.id;
    a.team = QString::fromLatin1(team);
    return a;
}

// Default-template scores worked by hand:
//   contacts_per_hour 60*1152/9600 = 7.2  -> 100*(7.2-4)/(8-4)   = 80  (w 25)
//   qa 340/4 = 85                         -> 100*(85-70)/(90-70) = 75  (w 25)
//   csat 100*16/20 = 80                   -> 100*(80-70)/(90-70) = 50  (w 15)
//   adherence 100*8832/9600 = 92          -> 100*(92-80)/(95-80) = 80  (w 20)
// Weighted: 25*80 + 25*75 + 15*50 + 20*80 = 2000 + 1875 + 750 + 1600 = 6225.
ActivitySums noKcsAgent()
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
    return s;
}

// The same plus 2 links and 1 edit: 1*2 + 2*1 = 4 points -> 100*4/20 = 20 (w 15).
ActivitySums withKcsAgent()
{
    ActivitySums s = noKcsAgent();
    s.kcsLinks = 2;
    s.kcsEdits = 1;
    return s;
}

void expectKcsNoData(const MetricValue &v)
{
    EXPECT_EQ(v.status, MetricStatus::NoData);
    EXPECT_FALSE(v.value);
    EXPECT_FALSE(v.numerator);
    EXPECT_FALSE(v.denominator);
}

QJsonObject jsonMetric(const QJsonObject &report, const QString &agentId, const QString &key)
{
    for (const QJsonValue &a : report.value(u"agents").toArray())
        if (a.toObject().value(u"agent_id").toString() == agentId)
            for (const QJsonValue &m : a.toObject().value(u"metrics").toArray())
                if (m.toObject().value(u"key").toString() == key)
                    return m.toObject();
    return {};
}

} // namespace

TEST(KcsNoData, TeamWithNoKcsRowsAtAll)
{
    const MonthReport r =
        buildMonthReport(Month(2026, 10), {agentIn("A001", "Billing"), agentIn("A002", "Billing")},
                         {{QStringLiteral("A001"), noKcsAgent()}, {QStringLiteral("A002"), noKcsAgent()}}, {}, {});
    ASSERT_EQ(r.agents.size(), 2u);
    for (const AgentScorecard &a : r.agents) {
        const MetricResult *kcs = a.metric(u"kcs");
        expectKcsNoData(kcs->value);
        EXPECT_FALSE(kcs->score);
        EXPECT_FALSE(kcs->teamValue);
        // kcs's weight 15 leaves the denominator: 6225 / 85, coverage 85/100.
        EXPECT_DOUBLE_EQ(*a.overall, 6225.0 / 85.0); // 73.235...
        EXPECT_DOUBLE_EQ(a.coverage, 0.85);
        EXPECT_EQ(a.rating, Rating::Below);
        const auto knowledge =
            std::find_if(a.perspectives.begin(), a.perspectives.end(),
                         [](const PerspectiveScore &p) { return p.perspective == Perspective::Knowledge; });
        ASSERT_NE(knowledge, a.perspectives.end());
        EXPECT_FALSE(knowledge->score);
    }
    expectKcsNoData(*r.team(QStringLiteral("Billing"))->metric(u"kcs"));

    const QJsonObject json = monthReportToJson(r);
    const QJsonObject kcs = jsonMetric(json, QStringLiteral("A001"), QStringLiteral("kcs"));
    EXPECT_EQ(kcs.value(u"status").toString(), QStringLiteral("no_data"));
    for (const char *field : {"value", "numerator", "denominator", "team_value", "score"})
        EXPECT_TRUE(kcs.value(QLatin1String(field)).isNull()) << field;
}

TEST(KcsNoData, OneAgentWithKcsRowsTheOtherWithoutKeepsZeroPoints)
{
    const MonthReport r =
        buildMonthReport(Month(2026, 10), {agentIn("A001", "Billing"), agentIn("A002", "Billing")},
                         {{QStringLiteral("A001"), withKcsAgent()}, {QStringLiteral("A002"), noKcsAgent()}}, {}, {});
    const AgentScorecard *a1 = r.agent(QStringLiteral("A001"));
    const AgentScorecard *a2 = r.agent(QStringLiteral("A002"));
    ASSERT_TRUE(a1 && a2);
    EXPECT_EQ(a1->metric(u"kcs")->value.status, MetricStatus::Ok);
    EXPECT_DOUBLE_EQ(*a1->metric(u"kcs")->value.value, 4.0);
    EXPECT_DOUBLE_EQ(*a1->metric(u"kcs")->score, 20.0);
    EXPECT_DOUBLE_EQ(*a1->overall, (6225.0 + 15 * 20) / 100); // 65.25
    // The team has a KCS source: A002 did not contribute, 0 points, scored 0.
    const MetricResult *k2 = a2->metric(u"kcs");
    EXPECT_EQ(k2->value.status, MetricStatus::Ok);
    EXPECT_DOUBLE_EQ(*k2->value.value, 0.0);
    EXPECT_DOUBLE_EQ(*k2->value.numerator, 0.0);
    EXPECT_DOUBLE_EQ(*k2->value.denominator, 1.0);
    EXPECT_DOUBLE_EQ(*k2->score, 0.0);
    EXPECT_DOUBLE_EQ(*a2->overall, 6225.0 / 100); // 62.25
    EXPECT_DOUBLE_EQ(a2->coverage, 1.0);
    // Team: 4 points over 2 agents with a record.
    const MetricValue *team = r.team(QStringLiteral("Billing"))->metric(u"kcs");
    EXPECT_DOUBLE_EQ(*team->value, 2.0);
    EXPECT_DOUBLE_EQ(*team->numerator, 4.0);
    EXPECT_DOUBLE_EQ(*team->denominator, 2.0);
    EXPECT_DOUBLE_EQ(*k2->teamValue, 2.0);
}

TEST(KcsNoData, TwoTeamsOnlyOneWithKcsData)
{
    const MonthReport r =
        buildMonthReport(Month(2026, 10), {agentIn("A001", "Billing"), agentIn("B001", "Tech")},
                         {{QStringLiteral("A001"), withKcsAgent()}, {QStringLiteral("B001"), noKcsAgent()}}, {}, {});
    const AgentScorecard *billing = r.agent(QStringLiteral("A001"));
    const AgentScorecard *tech = r.agent(QStringLiteral("B001"));
    ASSERT_TRUE(billing && tech);
    EXPECT_DOUBLE_EQ(*billing->metric(u"kcs")->value.value, 4.0);
    EXPECT_DOUBLE_EQ(*billing->metric(u"kcs")->teamValue, 4.0); // 4 points / 1 agent
    EXPECT_DOUBLE_EQ(*billing->overall, 65.25);
    EXPECT_DOUBLE_EQ(billing->coverage, 1.0);
    // Tech has no knowledge-base source, whatever Billing has.
    expectKcsNoData(tech->metric(u"kcs")->value);
    EXPECT_FALSE(tech->metric(u"kcs")->score);
    EXPECT_DOUBLE_EQ(*tech->overall, 6225.0 / 85.0);
    EXPECT_DOUBLE_EQ(tech->coverage, 0.85);
    EXPECT_DOUBLE_EQ(*r.team(QStringLiteral("Billing"))->metric(u"kcs")->value, 4.0);
    expectKcsNoData(*r.team(QStringLiteral("Tech"))->metric(u"kcs"));

    const QJsonObject json = monthReportToJson(r);
    EXPECT_EQ(jsonMetric(json, QStringLiteral("B001"), QStringLiteral("kcs")).value(u"status").toString(),
              QStringLiteral("no_data"));
    EXPECT_EQ(jsonMetric(json, QStringLiteral("A001"), QStringLiteral("kcs")).value(u"status").toString(),
              QStringLiteral("ok"));
}

// SPEC section 5: sums are pooled in a fixed order (agent_id), so the team
// value's bits never depend on a hash table. 0.1, 0.2 and 0.3 give
// (0.1 + 0.2) + 0.3 = 0.6000000000000001 but 0.1 + (0.2 + 0.3) = 0.6.
TEST(MonthReport, TeamSumsArePooledInAgentIdOrder)
{
    SumsByKey sums;
    // Inserted out of order on purpose.
    sums.insert(QStringLiteral("A3"), qaOnly(0.3, 1));
    sums.insert(QStringLiteral("A1"), qaOnly(0.1, 1));
    sums.insert(QStringLiteral("A2"), qaOnly(0.2, 1));
    std::vector<Agent> agents;
    for (const char *id : {"A2", "A3", "A1"}) {
        Agent a = makeAgent();
        a.id = QString::fromLatin1(id);
        agents.push_back(a);
    }
    const MonthReport r = buildMonthReport(Month(2026, 10), agents, sums, {}, {});
    const double pooled = (0.1 + 0.2) + 0.3;
    ASSERT_NE(pooled, 0.1 + (0.2 + 0.3)); // the order matters for these numbers
    EXPECT_EQ(*r.team(QStringLiteral("Billing"))->metric(u"qa")->numerator, pooled);
    EXPECT_EQ(r.agents.at(0).agent.id, QStringLiteral("A1"));
}

// needs_attention through scoreMonth: the previous months as they stand, a
// finalized one from its snapshot, the others computed.
TEST(ScoreMonth, NeedsAttentionReadsThePreviousMonthsAsTheyStand)
{
    const Agent a = agentIn("A001", "Billing");
    // noKcsAgent() rates below: 6225/85 = 73.2 < 80.
    MonthReport september = buildMonthReport(Month(2026, 9), {a}, {{QStringLiteral("A001"), noKcsAgent()}}, {}, {});
    ASSERT_EQ(september.agents.at(0).rating, Rating::Below);
    const QByteArray septemberSnapshot = QJsonDocument(monthReportToJson(september)).toJson();

    MockSource source;
    EXPECT_CALL(source, frozenSnapshot(::testing::_)).WillRepeatedly(Return(std::nullopt));
    EXPECT_CALL(source, frozenSnapshot(Month(2026, 9))).WillRepeatedly(Return(septemberSnapshot));
    EXPECT_CALL(source, agents()).WillRepeatedly(Return(std::vector<Agent>{a}));
    EXPECT_CALL(source, templates()).WillRepeatedly(Return(std::vector<ScorecardTemplate>{}));
    EXPECT_CALL(source, serviceLevelSums(Month(2026, 10))).WillRepeatedly(Return(SumsByKey{}));
    EXPECT_CALL(source, agentSums(Month(2026, 10)))
        .WillRepeatedly(Return(SumsByKey{{QStringLiteral("A001"), noKcsAgent()}})); // below
    EXPECT_CALL(source, agentSums(Month(2026, 9))).Times(0);                        // finalized: its snapshot
    EXPECT_CALL(source, agentSums(Month(2026, 8)))
        .WillRepeatedly(Return(SumsByKey{{QStringLiteral("A001"), qaOnly(270, 3)}})); // no overall
    EXPECT_CALL(source, agentSums(Month(2026, 7)))
        .WillRepeatedly(Return(SumsByKey{{QStringLiteral("A001"), noKcsAgent()}})); // below
    // Below in October, September and July: 3 of the last 4.
    EXPECT_TRUE(scoreMonth(source, Month(2026, 10)).agents.at(0).needsAttention);
    // Without the July month: 2 of 4.
    EXPECT_CALL(source, agentSums(Month(2026, 7))).WillRepeatedly(Return(SumsByKey{}));
    EXPECT_FALSE(scoreMonth(source, Month(2026, 10)).agents.at(0).needsAttention);
}
