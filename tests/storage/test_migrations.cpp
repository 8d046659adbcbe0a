// Schema migrations: an old database upgrades step by step to exactly the
// schema a fresh one gets, keeps its data, and a newer one is refused.
#include "storage/sqlite_file.h"
#include "storage/sqlite_schema.h"
#include "storage/sqlite_store.h"
#include "storage_test_util.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace sc;
using namespace sc::test;

namespace {

QString readFixture(const char *name)
{
    QFile f(QStringLiteral(SCORECARD_TEST_DATA_DIR "/storage/") + QLatin1String(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << f.fileName().toStdString();
    return QString::fromUtf8(f.readAll());
}

// The same content as tests/data/storage/schema_v1.sql, written through the API.
std::vector<ImportBatch> fixtureRecords()
{
    Agent a1{QStringLiteral("A1"),
             QStringLiteral("Ana Alves"),
             QStringLiteral("T1"),
             QStringLiteral("Sam"),
             Employment::FullTime,
             QStringLiteral("ana@example.com"),
             true};
    Agent a2{QStringLiteral("A2"),
             QStringLiteral("Bo Berg"),
             QStringLiteral("T2"),
             QString(),
             Employment::PartTime,
             QString(),
             false};
    QaEvaluation q1 = qaRow("Q1", "A1", "2026-03-05", 87.5, QStringLiteral("Warm greeting"));
    return {
        batchOf(ImportKind::Agents, std::vector<Agent>{a1, a2}),
        batchOf(ImportKind::Time, std::vector<TimeRecord>{timeRow("A1", "2026-03-02", 480, 480, 450, {}),
                                                          timeRow("A2", "2026-03-02", 240.5, {}, {}, {})}),
        batchOf(ImportKind::Contacts,
                std::vector<ContactRecord>{contactRow("A1", "2026-03-02", "phone", 40, 12000, 40, 30, 40),
                                           contactRow("A1", "2026-03-02", "chat", 7, {}, 0, {}, 0)}),
        batchOf(ImportKind::Qa, std::vector<QaEvaluation>{q1}),
        batchOf(ImportKind::Survey,
                std::vector<SurveyResponse>{surveyRow("S1", "A1", "2026-03-03", 5, 10),
                                            surveyRow("S2", "A2", "2026-03-04", {}, 3, QStringLiteral("Slow"))}),
        batchOf(ImportKind::Kcs, std::vector<KcsEvent>{kcsRow("K1", "A1", "2026-03-04", KcsType::Draft)}),
        batchOf(ImportKind::ServiceLevel, std::vector<ServiceLevelRecord>{slRow("T1", "2026-03-02", 100, 81)}),
    };
}

class MigrationTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        oldPath = dir.filePath(QStringLiteral("old.sqlite"));
        freshPath = dir.filePath(QStringLiteral("fresh.sqlite"));
    }
    QTemporaryDir dir;
    QString oldPath, freshPath;
    FixedClock clock{QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC)};
};

TEST_F(MigrationTest, FrozenVersion1FileUpgradesToTheFreshSchemaAndKeepsItsData)
{
    {
        RawDb old(oldPath);
        old.execScript(readFixture("schema_v1.sql"));
        ASSERT_EQ(old.scalar(QStringLiteral("PRAGMA user_version")), QStringLiteral("1"));
        ASSERT_EQ(old.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'audit_log'")),
                  QStringLiteral("0"));
    }
    auto upgraded = openStore(oldPath, clock);
    auto fresh = openStore(freshPath, clock);
    fresh->importBatches(fixtureRecords());

    RawDb a(oldPath), b(freshPath);
    // The old file's rows predate provenance (import_id NULL) and its imports
    // were never logged: compare the data without what the fresh import logged.
    for (const char *table :
         {"agents", "time_records", "contacts", "qa_evaluations", "survey_responses", "kcs_events", "service_levels"})
        b.exec(QStringLiteral("UPDATE %1 SET import_id = NULL").arg(QLatin1String(table)));
    b.exec(QStringLiteral("DELETE FROM audit_log"));
    b.exec(QStringLiteral("DELETE FROM imports"));
    EXPECT_EQ(a.scalar(QStringLiteral("PRAGMA user_version")), QString::number(sqlite::latestSchemaVersion()));
    EXPECT_EQ(a.schema(), b.schema());
    EXPECT_EQ(a.dump(), b.dump());
    EXPECT_EQ(upgraded->agents(), fresh->agents());

    // The version 2 features work on the upgraded file.
    upgraded->saveNote({QStringLiteral("A1"), Month(2026, 3), QStringLiteral("ok"), {}});
    upgraded->finalizeMonth(Month(2026, 3), "{}", QStringLiteral("sam"));
    EXPECT_TRUE(upgraded->isFinalized(Month(2026, 3)));
    const auto log = upgraded->auditLog(); // newest first: the finalize, then the note
    ASSERT_EQ(log.size(), 2u);
    EXPECT_EQ(log[0].action, QStringLiteral("finalize"));
    EXPECT_EQ(log[1].action, QStringLiteral("note"));
}

TEST_F(MigrationTest, StepOneDatabaseWithRowsUpgrades)
{
    {
        RawDb old(oldPath);
        QSqlDatabase db = old.db();
        sqlite::migrate(db, 1); // only the first step
        ASSERT_EQ(sqlite::schemaVersion(db), 1);
        old.exec(QStringLiteral("INSERT INTO agents (agent_id, name, team) VALUES ('A1', 'Ana', 'T1')"));
        old.exec(QStringLiteral("INSERT INTO time_records VALUES ('A1', '2026-03-02', 480.0, NULL, NULL, NULL)"));
    }
    auto upgraded = openStore(oldPath, clock);
    auto fresh = openStore(freshPath, clock);
    RawDb a(oldPath), b(freshPath);
    EXPECT_EQ(a.schema(), b.schema());
    EXPECT_EQ(a.scalar(QStringLiteral("PRAGMA user_version")), QString::number(sqlite::latestSchemaVersion()));
    // 480 minutes on 2026-03-02, nothing else.
    const auto sums = upgraded->agentSums(Month(2026, 3));
    ASSERT_EQ(sums.size(), 1);
    EXPECT_DOUBLE_EQ(sums.value(QStringLiteral("A1")).workedMinutes, 480);
    EXPECT_EQ(upgraded->agents().front().employment, Employment::FullTime); // the column default
}

TEST_F(MigrationTest, VersionFiveNotesStayTheAgentsSharedNotes)
{
    {
        RawDb old(oldPath);
        QSqlDatabase db = old.db();
        sqlite::migrate(db, 5);
        ASSERT_EQ(sqlite::schemaVersion(db), 5);
        old.exec(QStringLiteral("INSERT INTO agents (agent_id, name, team) VALUES ('A1', 'Ana', 'T1')"));
        old.exec(QStringLiteral("INSERT INTO one_on_one_notes VALUES ('A1', '2026-03', 'Talked about AHT', "
                                "'2026-04-01T09:00:00Z')"));
    }
    auto upgraded = openStore(oldPath, clock);
    RawDb a(oldPath), b(freshPath);
    openStore(freshPath, clock);
    EXPECT_EQ(a.schema(), b.schema());
    // Version 5 notes were on the agent's card: they stay shared, their text
    // and time kept, with no author recorded.
    const auto shared = upgraded->note(QStringLiteral("A1"), Month(2026, 3));
    ASSERT_TRUE(shared.has_value());
    EXPECT_EQ(shared->text, QStringLiteral("Talked about AHT"));
    EXPECT_EQ(shared->visibility, NoteVisibility::Shared);
    EXPECT_EQ(shared->updatedAt, QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC));
    EXPECT_FALSE(upgraded->note(QStringLiteral("A1"), Month(2026, 3), NoteVisibility::Private).has_value());
    // A private note of the same month is a second row beside it.
    OneOnOneNote priv{QStringLiteral("A1"), Month(2026, 3), QStringLiteral("Only for me"), {}};
    priv.visibility = NoteVisibility::Private;
    upgraded->saveNote(priv);
    EXPECT_EQ(upgraded->note(QStringLiteral("A1"), Month(2026, 3))->text, QStringLiteral("Talked about AHT"));
    EXPECT_EQ(upgraded->note(QStringLiteral("A1"), Month(2026, 3), NoteVisibility::Private)->text,
              QStringLiteral("Only for me"));
    EXPECT_EQ(a.scalar(QStringLiteral("SELECT COUNT(*) FROM one_on_one_notes")), QStringLiteral("2"));
}

TEST_F(MigrationTest, EveryStepIsNonEmptyAndVersionsAreContiguous)
{
    for (int v = 1; v <= sqlite::latestSchemaVersion(); ++v)
        EXPECT_FALSE(sqlite::migrationStep(v).isEmpty()) << v;
    EXPECT_TRUE(sqlite::migrationStep(sqlite::latestSchemaVersion() + 1).isEmpty());
    EXPECT_GE(sqlite::latestSchemaVersion(), 2);
}

TEST_F(MigrationTest, NewerDatabaseIsRefusedAndLeftAlone)
{
    {
        RawDb future(oldPath);
        future.exec(QStringLiteral("CREATE TABLE from_the_future (x)"));
        future.exec(QStringLiteral("PRAGMA user_version = 99"));
        // Every Scorecard from this one on stamps its databases.
        future.exec(QStringLiteral("PRAGMA application_id = %1").arg(sqlite::kApplicationId));
    }
    try {
        openStore(oldPath, clock);
        FAIL() << "expected StoreError";
    } catch (const StoreError &e) {
        const std::string msg = e.what();
        EXPECT_NE(msg.find("newer"), std::string::npos) << msg;
        EXPECT_NE(msg.find("99"), std::string::npos) << msg;
        EXPECT_NE(msg.find(oldPath.toStdString()), std::string::npos) << msg;
    }
    RawDb future(oldPath);
    EXPECT_EQ(future.scalar(QStringLiteral("PRAGMA user_version")), QStringLiteral("99"));
    EXPECT_EQ(future.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")), QStringLiteral("1"));
}

TEST_F(MigrationTest, FailingStepRollsBackToThePreviousVersion)
{
    {
        RawDb old(oldPath);
        QSqlDatabase db = old.db();
        sqlite::migrate(db, 1);
        // Something in the way of step 2's CREATE TABLE audit_log.
        old.exec(QStringLiteral("CREATE TABLE audit_log (whatever TEXT)"));
    }
    EXPECT_THROW(openStore(oldPath, clock), StoreError);
    RawDb old(oldPath);
    EXPECT_EQ(old.scalar(QStringLiteral("PRAGMA user_version")), QStringLiteral("1"));
    // Step 2 creates finalized_months before audit_log: it must be gone again.
    EXPECT_EQ(old.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'finalized_months'")),
              QStringLiteral("0"));
}

} // namespace
