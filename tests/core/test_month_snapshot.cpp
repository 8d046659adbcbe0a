// Finalized-month snapshots carry a format version: written as
// "snapshot_format": 1; old snapshots without it read as version 1; a newer
// or malformed version is refused with a message.
#include "core/month_snapshot.h"
#include "core/scoring_source.h"

#include <QJsonDocument>
#include <QJsonObject>
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

// October 2026: one agent whose three evaluations sum to 255, QA 85.
MonthReport october()
{
    Agent a;
    a.id = QStringLiteral("A001");
    a.name = QStringLiteral("Dana Levi");
    a.team = QStringLiteral("Billing");
    ActivitySums s;
    s.agentsWithRecord = 1;
    s.qaEvaluations = 3;
    s.qaScoreSum = 255;
    return buildMonthReport(Month(2026, 10), {a}, {{a.id, s}}, {}, {});
}

QJsonObject objectOf(const QByteArray &json) { return QJsonDocument::fromJson(json).object(); }

} // namespace

TEST(MonthSnapshot, IsTheMonthReportJsonWithFormatOne)
{
    const MonthReport report = october();
    QJsonObject o = objectOf(monthSnapshotToJson(report));
    EXPECT_EQ(o.value(QStringLiteral("snapshot_format")).toInt(), 1);
    o.remove(QStringLiteral("snapshot_format"));
    EXPECT_EQ(o, monthReportToJson(report)); // nothing else added or changed
}

TEST(MonthSnapshot, CurrentAndOldSnapshotsReadTheSameFrozenReport)
{
    const MonthReport report = october();
    const MonthSnapshotRead current = monthSnapshotFromJson(monthSnapshotToJson(report));
    // What Scorecard wrote before snapshots had a version.
    const MonthSnapshotRead old =
        monthSnapshotFromJson(QJsonDocument(monthReportToJson(report)).toJson(QJsonDocument::Compact));
    for (const MonthSnapshotRead *read : {&current, &old}) {
        ASSERT_TRUE(read->report) << read->error.toStdString();
        EXPECT_EQ(read->format, 1);
        EXPECT_TRUE(read->error.isEmpty());
        EXPECT_TRUE(read->report->frozen);
        ASSERT_EQ(read->report->agents.size(), 1u);
        EXPECT_DOUBLE_EQ(*read->report->agents[0].metric(u"qa")->value.value, 85.0); // 255 / 3
    }
    EXPECT_EQ(monthReportToJson(*current.report), monthReportToJson(*old.report));
}

TEST(MonthSnapshot, NewerOrMalformedFormatIsRefusedWithAMessage)
{
    QJsonObject o = monthReportToJson(october());
    o.insert(QStringLiteral("snapshot_format"), 2);
    const MonthSnapshotRead newer = monthSnapshotFromJson(QJsonDocument(o).toJson());
    EXPECT_FALSE(newer.report);
    EXPECT_EQ(newer.format, 2);
    EXPECT_EQ(newer.error, QStringLiteral("the snapshot has format 2, newer than this version of Scorecard reads (1)"));

    for (const QJsonValue &bad : {QJsonValue(1.5), QJsonValue(0), QJsonValue(QStringLiteral("1"))}) {
        o.insert(QStringLiteral("snapshot_format"), bad);
        const MonthSnapshotRead read = monthSnapshotFromJson(QJsonDocument(o).toJson());
        EXPECT_FALSE(read.report);
        EXPECT_EQ(read.error, QStringLiteral("the snapshot's snapshot_format is not a version number"));
    }
    const MonthSnapshotRead notJson = monthSnapshotFromJson("{\"month\": ");
    EXPECT_FALSE(notJson.report);
    EXPECT_TRUE(notJson.error.startsWith(QStringLiteral("the snapshot is not JSON: "))) << notJson.error.toStdString();
}

TEST(MonthSnapshot, ScoreMonthReadsOldAndVersionedSnapshotsAsFrozen)
{
    const MonthReport report = october();
    for (const QByteArray &snapshot :
         {monthSnapshotToJson(report), QJsonDocument(monthReportToJson(report)).toJson(QJsonDocument::Compact)}) {
        MockSource source;
        EXPECT_CALL(source, frozenSnapshot(Month(2026, 10))).WillRepeatedly(Return(snapshot));
        EXPECT_CALL(source, agentSums(::testing::_)).Times(0); // nothing computed
        const MonthReport r = scoreMonth(source, Month(2026, 10));
        EXPECT_TRUE(r.frozen);
        ASSERT_EQ(r.agents.size(), 1u);
        EXPECT_DOUBLE_EQ(*r.agents[0].metric(u"qa")->value.value, 85.0);
    }
}
