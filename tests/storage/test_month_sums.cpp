// The month sums cache (schema version 5): a month is scored from sums the
// import stored with its rows, and they are always exactly the sums its rows
// give, whatever the rows went through (replaced, moved to another month,
// deleted, a failed import, an upgraded file).
#include "storage/sqlite_store.h"
#include "storage_test_util.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace sc;
using namespace sc::test;

namespace {

class MonthSumsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("sums.sqlite"));
        store = openStore(path, clock);
        store->importBatches({batchOf(ImportKind::Agents, std::vector<Agent>{agent("A1", "T1"), agent("A2", "T1")}),
                              batchOf(ImportKind::Qa,
                                      std::vector<QaEvaluation>{
                                          qaRow("Q1", "A1", "2026-03-05", 80),
                                          qaRow("Q2", "A1", "2026-03-20", 90),
                                          qaRow("Q3", "A2", "2026-04-02", 70),
                                      }),
                              batchOf(ImportKind::Time, std::vector<TimeRecord>{
                                                            timeRow("A1", "2026-03-02", 480, {}, {}, {}),
                                                            timeRow("A2", "2026-04-01", 300, {}, {}, {}),
                                                        })});
    }
    QString cachedMonths() const
    {
        RawDb raw(path);
        return raw.scalar(QStringLiteral("SELECT group_concat(month, ',') FROM (SELECT month FROM month_sums"
                                         " ORDER BY month)"));
    }
    // The cache answers exactly what the rows give, field by field.
    void expectCacheMatchesRows(Month m) const
    {
        EXPECT_EQ(encodeSums(store->agentSums(m)), encodeSums(store->agentSumsFromRows(m)))
            << m.toString().toStdString();
    }

    QTemporaryDir dir;
    QString path;
    FixedClock clock{QDateTime(QDate(2026, 5, 2), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Store> store;
};

TEST(MonthSumsEncoding, RoundTripsEveryFieldAndRefusesOtherBytes)
{
    SumsByKey sums;
    ActivitySums a;
    a.timeRows = 3;
    a.workedMinutes = 720.25;
    a.qaScoreSquares = 0.1 + 0.2; // not a round number: must come back to the bit
    a.kcsDrafts = 2;
    a.asaAnswered = 41;
    a.agentsWithRecord = 1;
    sums.insert(QStringLiteral("Zoë"), a);
    sums.insert(QStringLiteral("A1"), ActivitySums{});
    const QByteArray bytes = encodeSums(sums);
    const auto back = decodeSums(bytes);
    ASSERT_TRUE(back.has_value());
    ASSERT_EQ(back->keys(), sums.keys());
    const ActivitySums z = back->value(QStringLiteral("Zoë"));
    EXPECT_EQ(z.timeRows, 3);
    EXPECT_EQ(z.workedMinutes, 720.25);
    EXPECT_EQ(z.qaScoreSquares, 0.1 + 0.2);
    EXPECT_EQ(z.kcsDrafts, 2);
    EXPECT_EQ(z.asaAnswered, 41);
    EXPECT_EQ(encodeSums(*back), bytes);

    EXPECT_FALSE(decodeSums(QByteArray()).has_value());
    EXPECT_FALSE(decodeSums(bytes.left(bytes.size() - 3)).has_value()); // cut short
    EXPECT_FALSE(decodeSums(bytes + "x").has_value());                  // trailing bytes
    QByteArray otherFormat = bytes;
    otherFormat[7] = char(otherFormat[7] ^ 0x01); // the format tag: another field list
    EXPECT_FALSE(decodeSums(otherFormat).has_value());
}

TEST_F(MonthSumsTest, AnImportStoresTheSumsOfEachMonthItWrote)
{
    EXPECT_EQ(cachedMonths(), QStringLiteral("2026-03,2026-04"));
    // March from the cache: A1 has Q1 + Q2 = 170 over 2 and 480 minutes.
    const SumsByKey march = store->agentSums(Month(2026, 3));
    ASSERT_EQ(march.keys(), QStringList{QStringLiteral("A1")});
    EXPECT_EQ(march.value(QStringLiteral("A1")).qaEvaluations, 2);
    EXPECT_DOUBLE_EQ(march.value(QStringLiteral("A1")).qaScoreSum, 170);
    EXPECT_DOUBLE_EQ(march.value(QStringLiteral("A1")).workedMinutes, 480);
    expectCacheMatchesRows(Month(2026, 3));
    expectCacheMatchesRows(Month(2026, 4));
    EXPECT_TRUE(store->agentSums(Month(2026, 5)).isEmpty());
}

TEST_F(MonthSumsTest, ARowMovedToAnotherMonthLeavesBothMonthsRight)
{
    // Q2 re-exported with an April date: March keeps only Q1 (80 over 1),
    // April gains Q2 beside A2's Q3.
    store->importBatches({batchOf(ImportKind::Qa, std::vector<QaEvaluation>{qaRow("Q2", "A1", "2026-04-03", 90)})});
    const ActivitySums march = store->agentSums(Month(2026, 3)).value(QStringLiteral("A1"));
    EXPECT_EQ(march.qaEvaluations, 1);
    EXPECT_DOUBLE_EQ(march.qaScoreSum, 80);
    const SumsByKey april = store->agentSums(Month(2026, 4));
    EXPECT_EQ(april.value(QStringLiteral("A1")).qaEvaluations, 1);
    EXPECT_DOUBLE_EQ(april.value(QStringLiteral("A1")).qaScoreSum, 90);
    EXPECT_EQ(april.value(QStringLiteral("A2")).qaEvaluations, 1);
    expectCacheMatchesRows(Month(2026, 3));
    expectCacheMatchesRows(Month(2026, 4));
    EXPECT_EQ(cachedMonths(), QStringLiteral("2026-03,2026-04"));
}

TEST_F(MonthSumsTest, AFailedImportLeavesTheSumsAsTheyWere)
{
    const QStringList before = RawDb(path).dump();
    // Q4 names an agent the database lacks: the whole import fails.
    EXPECT_THROW(store->importBatches({batchOf(ImportKind::Qa,
                                               std::vector<QaEvaluation>{
                                                   qaRow("Q1", "A1", "2026-03-05", 10),
                                                   qaRow("Q4", "NOBODY", "2026-03-06", 50),
                                               })}),
                 StoreError);
    EXPECT_EQ(RawDb(path).dump(), before);
    EXPECT_DOUBLE_EQ(store->agentSums(Month(2026, 3)).value(QStringLiteral("A1")).qaScoreSum, 170);
}

TEST_F(MonthSumsTest, DeletedRowsDropTheMonthsSumsAndTheRowsAnswer)
{
    {
        RawDb raw(path);
        raw.exec(QStringLiteral("DELETE FROM qa_evaluations WHERE evaluation_id = 'Q1'"));
    }
    EXPECT_EQ(cachedMonths(), QStringLiteral("2026-04"));
    const ActivitySums march = store->agentSums(Month(2026, 3)).value(QStringLiteral("A1"));
    EXPECT_EQ(march.qaEvaluations, 1); // Q2 only
    EXPECT_DOUBLE_EQ(march.qaScoreSum, 90);
    // The next import caches the month again, whatever it wrote.
    store->importBatches(
        {batchOf(ImportKind::Time, std::vector<TimeRecord>{timeRow("A2", "2026-04-02", 60, {}, {}, {})})});
    EXPECT_EQ(cachedMonths(), QStringLiteral("2026-03,2026-04"));
    expectCacheMatchesRows(Month(2026, 3));
    expectCacheMatchesRows(Month(2026, 4));
}

TEST_F(MonthSumsTest, UnreadableSumsAreNeverUsed)
{
    {
        RawDb raw(path);
        raw.exec(QStringLiteral("UPDATE month_sums SET sums = x'00010203' WHERE month = '2026-03'"));
    }
    EXPECT_DOUBLE_EQ(store->agentSums(Month(2026, 3)).value(QStringLiteral("A1")).qaScoreSum, 170);
}

TEST_F(MonthSumsTest, ADatabaseFromBeforeTheCacheGetsEveryMonthsSumsWhenOpened)
{
    store.reset();
    {
        // Back to version 4: no month_sums table, no triggers.
        RawDb raw(path);
        raw.exec(QStringLiteral("DROP TABLE month_sums"));
        for (const char *t : {"time_records", "contacts", "qa_evaluations", "survey_responses", "kcs_events"}) {
            raw.exec(QStringLiteral("DROP TRIGGER %1_leaves_month").arg(QLatin1String(t)));
            raw.exec(QStringLiteral("DROP TRIGGER %1_deleted").arg(QLatin1String(t)));
        }
        raw.exec(QStringLiteral("PRAGMA user_version = 4"));
    }
    store = openStore(path, clock);
    EXPECT_EQ(cachedMonths(), QStringLiteral("2026-03,2026-04"));
    expectCacheMatchesRows(Month(2026, 3));
    expectCacheMatchesRows(Month(2026, 4));
}

} // namespace
