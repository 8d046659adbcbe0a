// Provenance and the write path's transactions: one `imports` row per file
// stamped on the rows it wrote, the audit entry inside the import's
// transaction, BEGIN IMMEDIATE writers that wait and then give up with
// StoreBusyError, and read snapshots that see one state of the data.
#include "storage/sqlite_store.h"
#include "storage_test_util.h"

#include "core/scorecard_template.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace sc;
using namespace sc::test;

namespace {

class ProvenanceTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("p.sqlite"));
        store = std::make_unique<SqliteStore>(path, clock);
        store->setUserName(QStringLiteral("rita"));
        store->importBatches({batchOf(ImportKind::Agents, std::vector<Agent>{agent("A1", "T1"), agent("A2", "T1")},
                                      "/exports/agents.csv")});
    }
    QString scalar(const QString &sql) const { return RawDb(path).scalar(sql); }

    QTemporaryDir dir;
    QString path;
    FixedClock clock{QDateTime(QDate(2026, 11, 2), QTime(9, 30, 5), Qt::UTC)};
    std::unique_ptr<SqliteStore> store;
};

TEST_F(ProvenanceTest, EachFileGetsOneImportsRowStampedOnItsRows)
{
    std::vector<TimeRecord> rows{timeRow("A1", "2026-03-02", 480, 480, 450, {}),
                                 timeRow("A1", "2026-03-03", 470, {}, {}, {}),
                                 timeRow("A2", "2026-03-02", 240, {}, {}, {})};
    ImportBatch time = batchOf(ImportKind::Time, rows, "/exports/time-march.csv");
    time.rowsRead = 4; // one row of the file was left out by a filter
    store->importBatches({time, batchOf(ImportKind::Qa, std::vector<QaEvaluation>{qaRow("Q1", "A1", "2026-03-05", 90)},
                                        "/exports/qa.csv")});

    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM imports")), QStringLiteral("3"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT kind || '|' || source_file || '|' || imported_at || '|' || user_name || '|'"
                                    " || row_count FROM imports WHERE id = 2")),
              QStringLiteral("time|/exports/time-march.csv|2026-11-02T09:30:05.000Z|rita|4"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT kind || '|' || row_count FROM imports WHERE id = 3")),
              QStringLiteral("qa|1"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT group_concat(DISTINCT import_id) FROM time_records")), QStringLiteral("2"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT import_id FROM qa_evaluations")), QStringLiteral("3"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT group_concat(DISTINCT import_id) FROM agents")), QStringLiteral("1"));
}

TEST_F(ProvenanceTest, ReplacedRowsNameTheNewImportUnchangedOnesKeepTheirs)
{
    store->importBatches({batchOf(ImportKind::Time,
                                  std::vector<TimeRecord>{timeRow("A1", "2026-03-02", 480, {}, {}, {}),
                                                          timeRow("A1", "2026-03-03", 470, {}, {}, {})},
                                  "first.csv")});
    const auto stats =
        store->importBatches({batchOf(ImportKind::Time,
                                      std::vector<TimeRecord>{timeRow("A1", "2026-03-02", 480, {}, {}, {}),
                                                              timeRow("A1", "2026-03-03", 400, {}, {}, {}),
                                                              timeRow("A1", "2026-03-04", 300, {}, {}, {})},
                                      "second.csv")});
    ASSERT_EQ(stats.size(), 1u);
    EXPECT_EQ(stats[0].stored, 1);
    EXPECT_EQ(stats[0].replaced, 1);
    EXPECT_EQ(stats[0].unchanged, 1);

    const SourceRows got = store->sourceRows(ImportKind::Time, QStringLiteral("A1"), Month(2026, 3));
    EXPECT_EQ(got.table, QStringLiteral("time_records"));
    EXPECT_EQ(got.columns, (QStringList{QStringLiteral("agent_id"), QStringLiteral("date"),
                                        QStringLiteral("worked_minutes"), QStringLiteral("scheduled_minutes"),
                                        QStringLiteral("adherent_minutes"), QStringLiteral("occupied_minutes")}));
    ASSERT_EQ(got.rows.size(), 3u);
    EXPECT_EQ(got.rows[0].values[1].toString(), QStringLiteral("2026-03-02"));
    EXPECT_EQ(got.rows[0].values[2].toDouble(), 480.0);
    ASSERT_TRUE(got.rows[0].import);
    EXPECT_EQ(got.rows[0].import->sourceFile, QStringLiteral("first.csv")); // unchanged: still the first file's
    EXPECT_EQ(got.rows[1].values[2].toDouble(), 400.0);
    ASSERT_TRUE(got.rows[1].import);
    EXPECT_EQ(got.rows[1].import->sourceFile, QStringLiteral("second.csv")); // replaced
    EXPECT_EQ(got.rows[2].import->sourceFile, QStringLiteral("second.csv")); // new
    EXPECT_EQ(got.rows[2].import->kind, QStringLiteral("time"));
    EXPECT_EQ(got.rows[2].import->user, QStringLiteral("rita"));
    EXPECT_EQ(got.rows[2].import->rowCount, 3);
    EXPECT_EQ(got.rows[2].import->importedAt, QDateTime(QDate(2026, 11, 2), QTime(9, 30, 5), Qt::UTC));
}

TEST_F(ProvenanceTest, SourceRowsAreTheAgentsMonthOnlyAndServiceLevelsByTeam)
{
    store->importBatches(
        {batchOf(ImportKind::Time,
                 std::vector<TimeRecord>{
                     timeRow("A1", "2026-02-28", 1, {}, {}, {}), timeRow("A1", "2026-03-31", 2, {}, {}, {}),
                     timeRow("A2", "2026-03-10", 3, {}, {}, {}), timeRow("A1", "2026-04-01", 4, {}, {}, {})},
                 "t.csv"),
         batchOf(ImportKind::ServiceLevel,
                 std::vector<ServiceLevelRecord>{slRow("T1", "2026-03-02", 100, 81), slRow("T2", "2026-03-02", 50, 40)},
                 "sl.csv")});
    const SourceRows t = store->sourceRows(ImportKind::Time, QStringLiteral("A1"), Month(2026, 3));
    ASSERT_EQ(t.rows.size(), 1u);
    EXPECT_EQ(t.rows[0].values[2].toDouble(), 2.0);
    const SourceRows sl = store->sourceRows(ImportKind::ServiceLevel, QStringLiteral("T1"), Month(2026, 3));
    ASSERT_EQ(sl.rows.size(), 1u);
    EXPECT_EQ(sl.rows[0].values[2].toLongLong(), 100);
    EXPECT_EQ(sl.rows[0].import->sourceFile, QStringLiteral("sl.csv"));
    const SourceRows ag = store->sourceRows(ImportKind::Agents, QStringLiteral("A2"), Month(2026, 3));
    ASSERT_EQ(ag.rows.size(), 1u);
    EXPECT_EQ(ag.rows[0].import->sourceFile, QStringLiteral("/exports/agents.csv"));
}

TEST_F(ProvenanceTest, RowsStoredBeforeProvenanceHaveNone)
{
    RawDb(path).exec(QStringLiteral("UPDATE agents SET import_id = NULL"));
    const SourceRows ag = store->sourceRows(ImportKind::Agents, QStringLiteral("A1"), Month(2026, 3));
    ASSERT_EQ(ag.rows.size(), 1u);
    EXPECT_FALSE(ag.rows[0].import.has_value());
}

TEST_F(ProvenanceTest, TheAuditEntryIsWrittenInTheImportsTransaction)
{
    const auto before = RawDb(path).dump();
    // The audit text is built from the stored counts; when building it fails,
    // nothing of the import is left.
    EXPECT_THROW(store->importBatches(
                     {batchOf(ImportKind::Time, std::vector<TimeRecord>{timeRow("A1", "2026-03-02", 1, {}, {}, {})})},
                     [](const std::vector<ImportStats> &) -> AuditText { throw StoreError("audit failed"); }),
                 StoreError);
    EXPECT_EQ(RawDb(path).dump(), before);

    store->importBatches(
        {batchOf(ImportKind::Time, std::vector<TimeRecord>{timeRow("A1", "2026-03-02", 1, {}, {}, {})})},
        [](const std::vector<ImportStats> &s) {
            return AuditText{QStringLiteral("import"), QStringLiteral("2026-03"),
                             QStringLiteral("stored %1").arg(s.at(0).stored)};
        });
    const auto log = store->auditLog();
    ASSERT_EQ(log.size(), 2u); // the agents' generic entry and this one
    EXPECT_EQ(log[0].details, QStringLiteral("stored 1"));
    EXPECT_EQ(log[0].user, QStringLiteral("rita"));
    EXPECT_EQ(log[0].month, QStringLiteral("2026-03"));
    EXPECT_EQ(log[1].action, QStringLiteral("import"));
    EXPECT_EQ(log[1].details, QStringLiteral("/exports/agents.csv (agents): 2 stored, 0 replaced, 0 unchanged"));
}

TEST_F(ProvenanceTest, AFailedImportLeavesNoImportsRowNoAuditEntry)
{
    const auto before = RawDb(path).dump();
    EXPECT_THROW(store->importBatches({batchOf(ImportKind::Time,
                                               std::vector<TimeRecord>{timeRow("A1", "2026-03-02", 1, {}, {}, {}),
                                                                       timeRow("NOPE", "2026-03-02", 1, {}, {}, {})})}),
                 StoreError);
    EXPECT_EQ(RawDb(path).dump(), before);
}

TEST_F(ProvenanceTest, AnImportWithoutItsOwnAuditNeedsAnOuterTransaction)
{
    const auto before = RawDb(path).dump();
    auto none = [](const std::vector<ImportStats> &) { return AuditText{}; };
    ImportBatch b = batchOf(ImportKind::Time, std::vector<TimeRecord>{timeRow("A1", "2026-03-02", 1, {}, {}, {})});
    EXPECT_THROW(store->importBatches({b}, none), StoreError);
    EXPECT_EQ(RawDb(path).dump(), before);
    {
        auto tx = store->beginWrite();
        store->importBatches({b}, none);
        store->addAuditEntry(store->userName(), QStringLiteral("import"), QString(), QStringLiteral("outer"));
        tx->commit();
    }
    EXPECT_EQ(store->auditLog().front().details, QStringLiteral("outer"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM time_records")), QStringLiteral("1"));
}

// --- transactions between connections (as between processes) ---------------

TEST_F(ProvenanceTest, AWriterWaitsForTheBusyTimeoutThenChangesNothing)
{
    qputenv("SCORECARD_BUSY_TIMEOUT_MS", "300");
    SqliteStore other(path, clock);
    qunsetenv("SCORECARD_BUSY_TIMEOUT_MS");
    auto held = store->beginWrite(); // another writer holds the lock
    const auto before = RawDb(path).dump();
    QElapsedTimer t;
    t.start();
    EXPECT_THROW(other.importBatches(
                     {batchOf(ImportKind::Time, std::vector<TimeRecord>{timeRow("A1", "2026-03-02", 1, {}, {}, {})})}),
                 StoreBusyError);
    EXPECT_GE(t.elapsed(), 250); // it waited
    EXPECT_THROW(other.saveTemplate(defaultTemplate()), StoreBusyError);
    held.reset(); // rolled back, nothing written
    EXPECT_EQ(RawDb(path).dump(), before);
    // Once the lock is free the same write goes through.
    other.importBatches(
        {batchOf(ImportKind::Time, std::vector<TimeRecord>{timeRow("A1", "2026-03-02", 1, {}, {}, {})})});
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM time_records")), QStringLiteral("1"));
}

TEST_F(ProvenanceTest, AReadSnapshotSeesOneStateWhateverIsWrittenMeanwhile)
{
    store->importBatches(
        {batchOf(ImportKind::Time, std::vector<TimeRecord>{timeRow("A1", "2026-03-02", 100, {}, {}, {})})});
    SqliteStore writer(path, clock);
    {
        const auto view = store->readSnapshot();
        EXPECT_EQ(store->agentSums(Month(2026, 3)).value(QStringLiteral("A1")).workedMinutes, 100.0);
        writer.importBatches(
            {batchOf(ImportKind::Time, std::vector<TimeRecord>{timeRow("A1", "2026-03-03", 50, {}, {}, {})}),
             batchOf(ImportKind::Contacts,
                     std::vector<ContactRecord>{contactRow("A1", "2026-03-03", "phone", 10, {}, 0, {}, 0)})});
        // Still the state before the import, in every table.
        const auto sums = store->agentSums(Month(2026, 3)).value(QStringLiteral("A1"));
        EXPECT_EQ(sums.workedMinutes, 100.0);
        EXPECT_EQ(sums.contacts, 0);
        EXPECT_EQ(store->auditLog().size(), 2u);
    }
    const auto sums = store->agentSums(Month(2026, 3)).value(QStringLiteral("A1"));
    EXPECT_EQ(sums.workedMinutes, 150.0);
    EXPECT_EQ(sums.contacts, 10);
}

TEST_F(ProvenanceTest, AWriteCannotStartInsideAReadSnapshot)
{
    const auto view = store->readSnapshot();
    EXPECT_THROW(store->beginWrite(), StoreError);
}

} // namespace
