// The Store behaviour, one suite run against both stores (SqliteStore on a
// file, PostgresStore on a throwaway server, tests/support): round trips,
// import statistics, all-or-nothing imports, month sums, templates,
// finalization, notes and action items. Where the stores differ by design
// (the server stamps who and when; its error texts are its own) the
// expectation says so; tests of the SQLite file itself run on SQLite only.
#include "storage/postgres/pg_schema.h"
#include "storage/postgres/pg_store.h"
#include "storage/postgres/pg_users.h"
#include "storage/server_location.h"
#include "storage/sqlite_schema.h"
#include "storage/sqlite_store.h"
#include "storage_test_util.h"
#include "support/pg_test_cluster.h"

#include "core/identity.h"
#include "core/scoring.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace sc;
using namespace sc::test;

namespace {

enum class Backend { Sqlite, Postgres };

std::string backendName(const ::testing::TestParamInfo<Backend> &info)
{
    return info.param == Backend::Sqlite ? "Sqlite" : "Postgres";
}

// The server side of the suite: a database set up once by `server init`
// with an admin login, copied (CREATE DATABASE ... TEMPLATE) for each test.
const QString kPgAdmin = QStringLiteral("store_admin");
const QString kPgPassword = QStringLiteral("store admin's password");
const QString kPgTemplate = QStringLiteral("store_template");

void preparePgTemplate()
{
    static bool done = false;
    if (done)
        return;
    PgTestCluster &cluster = PgTestEnvironment::cluster();
    cluster.createDatabase(kPgTemplate);
    {
        pg::Connection su = pg::Connection::open(cluster.superuserUri(kPgTemplate));
        pg::initServer(su);
        pg::ServerUser admin;
        admin.login = kPgAdmin;
        admin.role = pg::Role::Admin;
        pg::addUser(su, admin, kPgPassword.toUtf8());
        // Each test starts with an empty audit log, as on SQLite.
        su.exec("DELETE FROM scorecard.audit_log");
    }
    done = true;
}

class StoreTest : public ::testing::TestWithParam<Backend> {
protected:
    void SetUp() override
    {
        started = QDateTime::currentDateTimeUtc().addSecs(-1);
        if (isSqlite()) {
            ASSERT_TRUE(dir.isValid());
            path = dir.filePath(QStringLiteral("test.sqlite"));
            store = openStore(path, clock);
            return;
        }
        ASSERT_NO_THROW(preparePgTemplate());
        static int counter = 0;
        pgDatabase = QStringLiteral("store_%1").arg(++counter);
        PgTestCluster &cluster = PgTestEnvironment::cluster();
        pg::Connection su = pg::Connection::open(cluster.superuserUri());
        su.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(pgDatabase, kPgTemplate));
        path = cluster.socketUri(kPgAdmin, pgDatabase);
        store = std::make_unique<PostgresStore>(
            path, clock, [](const QString &) { return std::optional<QByteArray>(kPgPassword.toUtf8()); });
    }
    void TearDown() override
    {
        store.reset();
        if (!isSqlite() && !pgDatabase.isEmpty()) {
            pg::Connection su = pg::Connection::open(PgTestEnvironment::cluster().superuserUri());
            su.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(pgDatabase));
        }
    }
    bool isSqlite() const { return GetParam() == Backend::Sqlite; }
    SqliteStore &sqlite() { return static_cast<SqliteStore &>(*store); }

    void importAgents()
    {
        store->importBatches({batchOf(ImportKind::Agents,
                                      std::vector<Agent>{agent("A1", "T1"), agent("A2", "T1", Employment::PartTime),
                                                         agent("A3", "T2"), agent("A4", "T2"), agent("A5", "T2")},
                                      "agents.csv")});
    }

    // Every row of every table, for "nothing changed" comparisons.
    QStringList dump() const
    {
        if (isSqlite())
            return RawDb(path).dump();
        pg::Connection su = superuser();
        QStringList out;
        for (const char *table : {"agents", "time_records", "contacts", "qa_evaluations", "survey_responses",
                                  "kcs_events", "service_levels", "templates", "finalized_months", "audit_log",
                                  "imports", "one_on_one_notes", "action_items"}) {
            const pg::Result r =
                su.exec(QStringLiteral("SELECT t::text FROM scorecard.%1 t ORDER BY 1").arg(QLatin1String(table)));
            for (int i = 0; i < r.rows(); ++i)
                out << QLatin1String(table) + QStringLiteral(": ") + r.value(i, 0);
        }
        return out;
    }
    // The data without the logs of who imported what (imports, audit_log).
    QStringList dataDump() const
    {
        QStringList out;
        for (const QString &line : dump())
            if (!line.startsWith(QLatin1String("imports: ")) && !line.startsWith(QLatin1String("audit_log: ")))
                out << line;
        return out;
    }
    // One value, read behind the store's back (SQL both dialects share).
    QString scalar(const QString &sql) const
    {
        if (isSqlite())
            return RawDb(path).scalar(sql);
        pg::Connection su = superuser();
        su.exec("SET search_path = scorecard");
        const pg::Result r = su.exec(sql);
        return r.rows() > 0 ? r.value(0, 0) : QStringLiteral("<no row>");
    }
    pg::Connection superuser() const
    {
        return pg::Connection::open(PgTestEnvironment::cluster().superuserUri(pgDatabase));
    }

    // Who an audit entry names: the user the caller passed on SQLite; on the
    // server always the login, whatever the client says.
    QString expectedUser(const QString &passed) const { return isSqlite() ? passed : kPgAdmin; }
    // When: the injected clock on SQLite; the server's clock (now) there.
    void expectTime(const QDateTime &at, const QDateTime &clockTime) const
    {
        if (isSqlite()) {
            EXPECT_EQ(at, clockTime);
        } else {
            EXPECT_GE(at, started) << at.toString(Qt::ISODateWithMs).toStdString();
            EXPECT_LE(at, QDateTime::currentDateTimeUtc().addSecs(1)) << at.toString(Qt::ISODateWithMs).toStdString();
        }
    }

    QTemporaryDir dir;
    QString path;
    QString pgDatabase;
    QDateTime started;
    FixedClock clock{QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<Store> store;
};

// Values as text ("null" for NULL): both stores' QVariants compare alike.
QStringList texts(const QVariantList &values)
{
    QStringList out;
    for (const QVariant &v : values)
        out << (v.isNull() ? QStringLiteral("null") : v.toString());
    return out;
}

INSTANTIATE_TEST_SUITE_P(Stores, StoreTest, ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);

#define SQLITE_ONLY()                                                                                                  \
    if (!isSqlite())                                                                                                   \
    GTEST_SKIP() << "a property of the SQLite file"

TEST_P(StoreTest, FreshDatabaseHasLatestSchemaWalAndForeignKeys)
{
    SQLITE_ONLY();
    QSqlDatabase db = sqlite().database();
    QSqlQuery q(db);
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1); // NORMAL
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA temp_store")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 2); // MEMORY: no statement-journal temp file during imports
    EXPECT_EQ(sqlite::schemaVersion(db), sqlite::latestSchemaVersion());
    // WAL is a property of the file: another connection sees it too.
    EXPECT_EQ(RawDb(path).scalar(QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
}

TEST_P(StoreTest, ForeignKeysRejectActivityOfUnknownAgent)
{
    importAgents();
    EXPECT_THROW(store->importBatches({batchOf(
                     ImportKind::Time, std::vector<TimeRecord>{timeRow("NOPE", "2026-03-02", 60, {}, {}, {})})}),
                 StoreError);
    OneOnOneNote n{QStringLiteral("NOPE"), Month(2026, 3), QStringLiteral("x"), {}};
    EXPECT_THROW(store->saveNote(n), StoreError);
}

TEST_P(StoreTest, AgentsRoundTripAndReplace)
{
    importAgents();
    std::vector<Agent> got = store->agents();
    ASSERT_EQ(got.size(), 5u);
    EXPECT_EQ(got[0], agent("A1", "T1"));
    EXPECT_EQ(got[1], agent("A2", "T1", Employment::PartTime));
    EXPECT_EQ(store->agentIds(), (QSet<QString>{QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("A3"),
                                                QStringLiteral("A4"), QStringLiteral("A5")}));

    // Move A2 to T3, deactivate; A1 is sent unchanged; A6 is new.
    Agent moved = agent("A2", "T3", Employment::PartTime);
    moved.active = false;
    const auto stats = store->importBatches(
        {batchOf(ImportKind::Agents, std::vector<Agent>{agent("A1", "T1"), moved, agent("A6", "T3")})});
    ASSERT_EQ(stats.size(), 1u);
    EXPECT_EQ(stats[0].stored, 1);    // A6
    EXPECT_EQ(stats[0].replaced, 1);  // A2
    EXPECT_EQ(stats[0].unchanged, 1); // A1
    got = store->agents();
    ASSERT_EQ(got.size(), 6u);
    EXPECT_EQ(got[1], moved);
    EXPECT_EQ(store->teams(), (QStringList{QStringLiteral("T1"), QStringLiteral("T2"), QStringLiteral("T3")}));
}

TEST_P(StoreTest, EveryActivityKindRoundTripsWithNulls)
{
    importAgents();
    store->importBatches({
        batchOf(ImportKind::Time, std::vector<TimeRecord>{timeRow("A1", "2026-03-02", 480.25, 480, 450.5, {}),
                                                          timeRow("A2", "2026-03-02", 240, {}, {}, {})}),
        batchOf(ImportKind::Contacts,
                std::vector<ContactRecord>{contactRow("A1", "2026-03-02", "phone", 40, 12000.5, 40, 30, 40),
                                           contactRow("A1", "2026-03-02", "chat", 7, {}, 0, {}, 0)}),
        batchOf(ImportKind::Qa, std::vector<QaEvaluation>{qaRow("Q1", "A1", "2026-03-05", 87.5,
                                                                QStringLiteral("Great \"empathy\", ünïcode"))}),
        batchOf(ImportKind::Survey, std::vector<SurveyResponse>{surveyRow("S1", "A1", "2026-03-03", 5, 10),
                                                                surveyRow("S2", "A1", "2026-03-03", {}, {})}),
        batchOf(ImportKind::Kcs, std::vector<KcsEvent>{kcsRow("K1", "A1", "2026-03-04", KcsType::Edit)}),
        batchOf(ImportKind::ServiceLevel, std::vector<ServiceLevelRecord>{slRow("T1", "2026-03-02", 100, 81)}),
    });
    // Through the store: values, NULLs and types as stored, on both stores.
    const Month march(2026, 3);
    const SourceRows time = store->sourceRows(ImportKind::Time, QStringLiteral("A1"), march);
    ASSERT_EQ(time.rows.size(), 1u);
    EXPECT_EQ(texts(time.rows[0].values),
              (QStringList{u"A1"_qs, u"2026-03-02"_qs, u"480.25"_qs, u"480"_qs, u"450.5"_qs, u"null"_qs}));
    const SourceRows contacts = store->sourceRows(ImportKind::Contacts, QStringLiteral("A1"), march);
    ASSERT_EQ(contacts.rows.size(), 2u); // by date, then agent, then channel: chat before phone
    EXPECT_EQ(texts(contacts.rows[0].values),
              (QStringList{u"A1"_qs, u"2026-03-02"_qs, u"chat"_qs, u"7"_qs, u"null"_qs, u"0"_qs, u"null"_qs, u"0"_qs}));
    EXPECT_EQ(contacts.rows[1].values.at(4).toDouble(), 12000.5);
    const SourceRows qa = store->sourceRows(ImportKind::Qa, QStringLiteral("A1"), march);
    ASSERT_EQ(qa.rows.size(), 1u);
    EXPECT_EQ(qa.rows[0].values.at(6).toString(), QStringLiteral("Great \"empathy\", ünïcode"));
    const SourceRows survey = store->sourceRows(ImportKind::Survey, QStringLiteral("A1"), march);
    ASSERT_EQ(survey.rows.size(), 2u);
    EXPECT_EQ(texts(survey.rows[1].values),
              (QStringList{u"S2"_qs, u"A1"_qs, u"2026-03-03"_qs, u"null"_qs, u"null"_qs, QString()}));
    const SourceRows sl = store->sourceRows(ImportKind::ServiceLevel, QStringLiteral("T1"), march);
    ASSERT_EQ(sl.rows.size(), 1u);
    EXPECT_EQ(texts(sl.rows[0].values),
              (QStringList{u"T1"_qs, u"2026-03-02"_qs, u"100"_qs, u"81"_qs, u"null"_qs, u"null"_qs, u"0"_qs}));
    ASSERT_TRUE(sl.rows[0].import.has_value());
    EXPECT_EQ(sl.rows[0].import->kind, QStringLiteral("service_level"));
    EXPECT_EQ(sl.rows[0].import->user, expectedUser(currentUserName()));
    if (!isSqlite())
        return;
    // The SQLite file's storage classes.
    RawDb raw(path);
    const QStringList rows = raw.dump();
    auto has = [&](const QString &line) { return rows.contains(line); };
    EXPECT_TRUE(has(QStringLiteral("time_records: text:'A1' | text:'2026-03-02' | real:480.25 | real:480.0 | "
                                   "real:450.5 | null:NULL | integer:2")));
    EXPECT_TRUE(has(QStringLiteral("time_records: text:'A2' | text:'2026-03-02' | real:240.0 | null:NULL | "
                                   "null:NULL | null:NULL | integer:2")));
    EXPECT_TRUE(has(QStringLiteral("contacts: text:'A1' | text:'2026-03-02' | text:'phone' | integer:40 | "
                                   "real:12000.5 | integer:40 | integer:30 | integer:40 | integer:3")));
    EXPECT_TRUE(has(QStringLiteral("contacts: text:'A1' | text:'2026-03-02' | text:'chat' | integer:7 | "
                                   "null:NULL | integer:0 | null:NULL | integer:0 | integer:3")));
    EXPECT_TRUE(has(QStringLiteral("qa_evaluations: text:'Q1' | text:'A1' | text:'2026-03-05' | real:87.5 | "
                                   "text:'Eve' | text:'Phone v2' | text:'Great \"empathy\", ünïcode' | integer:4")));
    EXPECT_TRUE(has(QStringLiteral("survey_responses: text:'S1' | text:'A1' | text:'2026-03-03' | integer:5 | "
                                   "integer:10 | text:'' | integer:5")));
    EXPECT_TRUE(has(QStringLiteral("survey_responses: text:'S2' | text:'A1' | text:'2026-03-03' | null:NULL | "
                                   "null:NULL | text:'' | integer:5")));
    EXPECT_TRUE(has(QStringLiteral("kcs_events: text:'K1' | text:'A1' | text:'2026-03-04' | text:'edit' | integer:6")));
    // answered and answer_seconds absent; asa_answered 0.
    EXPECT_TRUE(has(QStringLiteral("service_levels: text:'T1' | text:'2026-03-02' | integer:100 | integer:81 | "
                                   "null:NULL | null:NULL | integer:0 | integer:7")));
}

TEST_P(StoreTest, StatsCountNewReplacedAndUnchangedKeys)
{
    importAgents();
    auto first = store->importBatches(
        {batchOf(ImportKind::Time, std::vector<TimeRecord>{timeRow("A1", "2026-03-02", 480, 480, 450, 400),
                                                           timeRow("A1", "2026-03-03", 480, 480, 470, {}),
                                                           timeRow("A2", "2026-03-02", 240, {}, {}, {})})});
    ASSERT_EQ(first.size(), 1u);
    EXPECT_EQ(first[0].stored, 3);
    EXPECT_EQ(first[0].replaced, 0);
    EXPECT_EQ(first[0].unchanged, 0);

    // Same keys: one value changed (470 -> 471), one NULL that becomes a value
    // (A2 scheduled), one identical; plus one new key.
    auto second = store->importBatches(
        {batchOf(ImportKind::Time, std::vector<TimeRecord>{timeRow("A1", "2026-03-02", 480, 480, 450, 400),
                                                           timeRow("A1", "2026-03-03", 480, 480, 471, {}),
                                                           timeRow("A2", "2026-03-02", 240, 240, {}, {}),
                                                           timeRow("A2", "2026-03-03", 240, {}, {}, {})}),
         // A value that becomes NULL is a change too.
         batchOf(ImportKind::Survey, std::vector<SurveyResponse>{surveyRow("S1", "A1", "2026-03-03", 5, 10)})});
    ASSERT_EQ(second.size(), 2u);
    EXPECT_EQ(second[0].stored, 1);
    EXPECT_EQ(second[0].replaced, 2);
    EXPECT_EQ(second[0].unchanged, 1);
    EXPECT_EQ(second[1].stored, 1);

    auto third = store->importBatches(
        {batchOf(ImportKind::Survey, std::vector<SurveyResponse>{surveyRow("S1", "A1", "2026-03-03", 5, {})})});
    EXPECT_EQ(third[0].stored, 0);
    EXPECT_EQ(third[0].replaced, 1);
    EXPECT_EQ(third[0].unchanged, 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM survey_responses WHERE nps IS NULL")), QStringLiteral("1"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT adherent_minutes FROM time_records "
                                    "WHERE agent_id = 'A1' AND date = '2026-03-03'")),
              QStringLiteral("471"));
}

TEST_P(StoreTest, DuplicateKeyInsideOneBatchLastRowWins)
{
    importAgents();
    auto stats =
        store->importBatches({batchOf(ImportKind::Qa, std::vector<QaEvaluation>{qaRow("Q1", "A1", "2026-03-05", 80),
                                                                                qaRow("Q1", "A1", "2026-03-05", 90),
                                                                                qaRow("Q1", "A1", "2026-03-05", 90)})});
    EXPECT_EQ(stats[0].stored, 1);
    EXPECT_EQ(stats[0].replaced, 1);
    EXPECT_EQ(stats[0].unchanged, 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT score FROM qa_evaluations WHERE evaluation_id = 'Q1'")),
              QStringLiteral("90"));
}

QaEvaluation numberedQa(int i, double score, const char *agentId = "A1")
{
    QaEvaluation q = qaRow("", agentId, "2026-03-05", score);
    q.evaluationId = QStringLiteral("Q%1").arg(i, 3, 10, QLatin1Char('0'));
    return q;
}

// Batches larger than the store's internal chunks (64 rows), mixing new,
// changed, unchanged and repeated keys across chunk boundaries.
TEST_P(StoreTest, StatsAreExactAcrossLargeBatches)
{
    importAgents();
    std::vector<QaEvaluation> first;
    for (int i = 0; i < 100; ++i)
        first.push_back(numberedQa(i, 50));
    EXPECT_EQ(store->importBatches({batchOf(ImportKind::Qa, first)})[0].stored, 100);

    std::vector<QaEvaluation> second;
    for (int i = 50; i < 200; ++i)
        second.push_back(numberedQa(i, i % 2 == 0 ? 60 : 50));
    second.push_back(numberedQa(150, 70)); // was 60 earlier in this batch
    second.push_back(numberedQa(151, 50)); // same as earlier in this batch
    const ImportStats s = store->importBatches({batchOf(ImportKind::Qa, second)})[0];
    // 50..99 existed with 50: the 25 even ones change to 60, the 25 odd stay.
    // 100..199 are new: 100. Q150 again with 70: replaced; Q151 again: unchanged.
    EXPECT_EQ(s.stored, 100);
    EXPECT_EQ(s.replaced, 26);
    EXPECT_EQ(s.unchanged, 26);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM qa_evaluations")), QStringLiteral("200"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT score FROM qa_evaluations WHERE evaluation_id = 'Q150'")),
              QStringLiteral("70"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT score FROM qa_evaluations WHERE evaluation_id = 'Q052'")),
              QStringLiteral("60"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT score FROM qa_evaluations WHERE evaluation_id = 'Q053'")),
              QStringLiteral("50"));

    // A bad row deep in a later chunk is named by its position in the batch.
    const QStringList before = dump();
    std::vector<QaEvaluation> bad;
    for (int i = 300; i < 430; ++i)
        bad.push_back(numberedQa(i, 80, i == 399 ? "GHOST" : "A2"));
    try {
        store->importBatches({batchOf(ImportKind::Qa, bad, "bad.csv")});
        FAIL() << "expected StoreError";
    } catch (const StoreError &e) {
        // Q399 is the 100th row (300 is the 1st).
        EXPECT_NE(std::string(e.what()).find("record 100 "), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("Q399"), std::string::npos) << e.what();
    }
    EXPECT_EQ(dump(), before);
}

std::vector<ImportBatch> everyKind()
{
    return {
        batchOf(ImportKind::Agents, std::vector<Agent>{agent("A1", "T1"), agent("A2", "T1")}, "agents.csv"),
        batchOf(ImportKind::Time,
                std::vector<TimeRecord>{timeRow("A1", "2026-03-02", 480, 480, 450, 400),
                                        timeRow("A2", "2026-03-02", 300.5, {}, {}, {})},
                "time.csv"),
        batchOf(ImportKind::Contacts,
                std::vector<ContactRecord>{contactRow("A1", "2026-03-02", "phone", 40, 12000, 40, 30, 40),
                                           contactRow("A1", "2026-03-02", "chat", 7, {}, 0, {}, 0)},
                "contacts.csv"),
        batchOf(ImportKind::Qa, std::vector<QaEvaluation>{qaRow("Q1", "A1", "2026-03-05", 87.5, QStringLiteral("ok"))},
                "qa.csv"),
        batchOf(ImportKind::Survey,
                std::vector<SurveyResponse>{surveyRow("S1", "A1", "2026-03-03", 5, 10),
                                            surveyRow("S2", "A2", "2026-03-03", {}, 3)},
                "survey.csv"),
        batchOf(ImportKind::Kcs, std::vector<KcsEvent>{kcsRow("K1", "A1", "2026-03-04", KcsType::Draft)}, "kcs.csv"),
        batchOf(ImportKind::ServiceLevel, std::vector<ServiceLevelRecord>{slRow("T1", "2026-03-02", 100, 81)},
                "sl.csv"),
    };
}

TEST_P(StoreTest, ReimportingTheSameBatchesChangesNothing)
{
    const auto firstStats = store->importBatches(everyKind());
    ASSERT_EQ(firstStats.size(), 7u);
    // 2 agents, 2 time, 2 contacts, 1 qa, 2 survey, 1 kcs, 1 sl: all new.
    const qint64 expectedStored[] = {2, 2, 2, 1, 2, 1, 1};
    for (size_t i = 0; i < 7; ++i) {
        EXPECT_EQ(firstStats[i].stored, expectedStored[i]) << i;
        EXPECT_EQ(firstStats[i].replaced + firstStats[i].unchanged, 0) << i;
    }
    const QStringList before = dataDump();
    const auto again = store->importBatches(everyKind());
    for (size_t i = 0; i < 7; ++i) {
        EXPECT_EQ(again[i].stored, 0) << i;
        EXPECT_EQ(again[i].replaced, 0) << i;
        EXPECT_EQ(again[i].unchanged, expectedStored[i]) << i;
    }
    // Unchanged rows keep the import they came from; only the log grows.
    EXPECT_EQ(dataDump(), before);
}

TEST_P(StoreTest, FailedImportRollsBackEveryBatch)
{
    store->importBatches(everyKind());
    const QStringList before = dump();
    ASSERT_FALSE(before.isEmpty());

    // New agent, changed time row, then a QA row for an unknown agent: the
    // first two batches must be undone too.
    std::vector<ImportBatch> batches{
        batchOf(ImportKind::Agents, std::vector<Agent>{agent("A9", "T9")}, "agents2.csv"),
        batchOf(ImportKind::Time, std::vector<TimeRecord>{timeRow("A1", "2026-03-02", 1, 1, 1, 1)}, "time2.csv"),
        batchOf(ImportKind::Qa,
                std::vector<QaEvaluation>{qaRow("Q7", "A1", "2026-03-06", 50), qaRow("Q8", "GHOST", "2026-03-06", 50)},
                "qa2.csv"),
    };
    try {
        store->importBatches(batches);
        FAIL() << "expected StoreError";
    } catch (const StoreError &e) {
        const std::string msg = e.what();
        EXPECT_NE(msg.find("qa2.csv"), std::string::npos) << msg;
        EXPECT_NE(msg.find("GHOST"), std::string::npos) << msg; // the unknown agent
        EXPECT_NE(msg.find("Q8"), std::string::npos) << msg;
    }
    EXPECT_EQ(dump(), before);
    // The store still works after the rollback.
    const auto stats = store->importBatches({batches[0]});
    EXPECT_EQ(stats[0].stored, 1);
}

// The import binds through the sqlite3 C API; its error text must read as
// it did through QSqlQuery: QSqlError::text() of the Qt driver is
// "<sqlite3_errmsg> Unable to fetch row" (checked against Qt 6.4's QSQLITE).
// The server names the same record and key, with its own words for why.
TEST_P(StoreTest, ImportErrorMessageIsWordedAsBefore)
{
    importAgents();
    const QStringList before = dump();
    std::vector<QaEvaluation> rows{qaRow("Q1", "A1", "2026-03-05", 50), qaRow("Q2", "NOBODY", "2026-03-05", 50)};
    try {
        store->importBatches({batchOf(ImportKind::Qa, rows, "qa.csv")});
        FAIL() << "expected StoreError";
    } catch (const StoreError &e) {
        // Record 2 of qa.csv; key evaluation_id, plus agent_id (a value column).
        const std::string prefix =
            "qa.csv: cannot store record 2 (evaluation_id=Q2, agent_id=NOBODY) in qa_evaluations: ";
        if (isSqlite()) {
            EXPECT_EQ(std::string(e.what()), prefix + "FOREIGN KEY constraint failed Unable to fetch row");
        } else {
            EXPECT_EQ(std::string(e.what()).substr(0, prefix.size()), prefix) << e.what();
            EXPECT_NE(std::string(e.what()).find("no such agent"), std::string::npos) << e.what();
            EXPECT_NE(std::string(e.what()).find("qa_evaluations_agent_id_fkey"), std::string::npos) << e.what();
        }
    }
    // A CHECK constraint on a contacts row past the first chunk of 64 rows:
    // contacts -1 on the 70th row (dates 2026-03-01 + 0..69 days).
    std::vector<ContactRecord> contacts;
    for (int i = 0; i < 70; ++i) {
        ContactRecord c = contactRow("A1", "2026-03-01", "phone", i == 69 ? -1 : 1, {}, 0, {}, 0);
        c.date = c.date.addDays(i);
        contacts.push_back(c);
    }
    try {
        store->importBatches({batchOf(ImportKind::Contacts, contacts, "c.csv")});
        FAIL() << "expected StoreError";
    } catch (const StoreError &e) {
        // 2026-03-01 + 69 days: 30 days reach 03-31, 30 more 04-30, the last 9 05-09.
        const std::string prefix =
            "c.csv: cannot store record 70 (agent_id=A1, date=2026-05-09, channel=phone) in contacts: ";
        if (isSqlite()) {
            EXPECT_EQ(std::string(e.what()), prefix + "CHECK constraint failed: contacts >= 0 Unable to fetch row");
        } else {
            EXPECT_EQ(std::string(e.what()).substr(0, prefix.size()), prefix) << e.what();
            EXPECT_NE(std::string(e.what()).find("check constraint \"contacts_contacts_check\""), std::string::npos)
                << e.what();
        }
    }
    EXPECT_EQ(dump(), before);
}

// Text is bound as UTF-8 (ASCII narrowed by hand, the rest through Qt) and
// dates as ISO text written by hand: what lands in the file must be the
// same characters, typed TEXT, as QDate::toString(Qt::ISODate) gives.
TEST_P(StoreTest, TextAndDatesAreStoredExactly)
{
    importAgents();
    const QString accented = QStringLiteral(u"Très bien — réponse ✓ 😀 ok");
    std::vector<QaEvaluation> rows{qaRow("Q1", "A1", "0999-01-02", 50, accented),
                                   qaRow("Q2", "A1", "2026-12-31", 60, QStringLiteral("plain ascii")),
                                   qaRow("Q3", "A1", "9999-09-09", 70)};
    EXPECT_EQ(store->importBatches({batchOf(ImportKind::Qa, rows)})[0].stored, 3);
    EXPECT_EQ(scalar(QStringLiteral("SELECT comment FROM qa_evaluations WHERE evaluation_id = 'Q1'")), accented);
    // 26 characters: 21 ASCII plus è é — ✓ 😀. UTF-8 bytes: 21 + 2 (è) + 2 (é)
    // + 3 (—) + 3 (✓) + 4 (😀, one code point from a UTF-16 surrogate pair) = 35.
    EXPECT_EQ(scalar(QStringLiteral("SELECT length(comment) FROM qa_evaluations WHERE evaluation_id = 'Q1'")),
              QStringLiteral("26"));
    EXPECT_EQ(scalar(isSqlite() ? QStringLiteral("SELECT length(CAST(comment AS BLOB)) FROM qa_evaluations "
                                                 "WHERE evaluation_id = 'Q1'")
                                : QStringLiteral("SELECT octet_length(comment) FROM qa_evaluations "
                                                 "WHERE evaluation_id = 'Q1'")),
              QStringLiteral("35"));
    const SourceRows first = store->sourceRows(ImportKind::Qa, QStringLiteral("A1"), Month(999, 1));
    ASSERT_EQ(first.rows.size(), 1u);
    EXPECT_EQ(first.rows[0].values.at(2).toString(), QStringLiteral("0999-01-02"));
    EXPECT_EQ(store->sourceRows(ImportKind::Qa, QStringLiteral("A1"), Month(9999, 9)).rows.size(), 1u);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM qa_evaluations WHERE comment = ''")), QStringLiteral("1"));
    if (!isSqlite()) {
        const auto comments = store->latestComments(QStringLiteral("A1"), Month(2026, 12), 5);
        ASSERT_EQ(comments.size(), 2u);
        EXPECT_EQ(comments[1].text, accented);
        return;
    }
    RawDb raw(path);
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT group_concat(typeof(date) || ' ' || date, ', ') FROM "
                                        "(SELECT date FROM qa_evaluations ORDER BY evaluation_id)")),
              QStringLiteral("text 0999-01-02, text 2026-12-31, text 9999-09-09"));
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT typeof(comment) || ':' || quote(comment) FROM qa_evaluations"
                                        " WHERE evaluation_id = 'Q3'")),
              QStringLiteral("text:''"));
    // Read back through the store: the same comment.
    const auto comments = store->latestComments(QStringLiteral("A1"), Month(2026, 12), 5);
    ASSERT_EQ(comments.size(), 2u); // Q3 has no comment; Q2 first (newest), then Q1
    EXPECT_EQ(comments[1].text, accented);
}

TEST_P(StoreTest, InvalidValuesAreRefusedByTheSchema)
{
    importAgents();
    const QStringList before = dump();
    EXPECT_THROW(store->importBatches(
                     {batchOf(ImportKind::Qa, std::vector<QaEvaluation>{qaRow("Q1", "A1", "2026-03-05", 101)})}),
                 StoreError);
    EXPECT_THROW(store->importBatches({batchOf(
                     ImportKind::Survey, std::vector<SurveyResponse>{surveyRow("S1", "A1", "2026-03-05", 6, {})})}),
                 StoreError);
    try {
        store->importBatches(
            {batchOf(ImportKind::Time, std::vector<TimeRecord>{timeRow("A1", "", 1, {}, {}, {})}, "t.csv")});
        FAIL() << "expected StoreError";
    } catch (const StoreError &e) {
        EXPECT_NE(std::string(e.what()).find("t.csv: cannot store record 1"), std::string::npos) << e.what();
    }
    EXPECT_EQ(dump(), before);
}

// The hand-built month of the agentSums test. March 2026 is the month; rows
// on 2026-02-28 and 2026-04-01 sit just outside it and must be ignored.
std::vector<ImportBatch> handBuiltMonth()
{
    return {
        batchOf(ImportKind::Agents, std::vector<Agent>{agent("A1", "T1"), agent("A2", "T1"), agent("A3", "T2"),
                                                       agent("A4", "T2"), agent("A5", "T2")}),
        batchOf(ImportKind::Time,
                std::vector<TimeRecord>{
                    timeRow("A1", "2026-03-02", 480, 480, 450, 400),
                    timeRow("A1", "2026-03-31", 240.5, 240, {}, 200), // no adherence: counts for occupancy only
                    timeRow("A1", "2026-04-01", 999, 999, 999, 999),  // outside
                    timeRow("A1", "2026-02-28", 111, 111, 111, 111),  // outside
                    timeRow("A2", "2026-03-10", 300, {}, {}, {}),
                    timeRow("A4", "2026-04-01", 480, 480, 480, 480), // A4 has nothing in March
                }),
        batchOf(ImportKind::Contacts,
                std::vector<ContactRecord>{
                    contactRow("A1", "2026-03-02", "phone", 40, 12000, 40, 30, 40),
                    // handle_contacts without handle_seconds must not count (inconsistent on purpose)
                    contactRow("A1", "2026-03-02", "chat", 10, {}, 3, 6, 8),
                    contactRow("A1", "2026-03-31", "email", 5, 3000, 5, {}, 0),
                    contactRow("A1", "2026-04-01", "phone", 100, 100, 100, 100, 100), // outside
                }),
        batchOf(ImportKind::Qa,
                std::vector<QaEvaluation>{
                    qaRow("Q1", "A1", "2026-03-05", 80),
                    qaRow("Q2", "A1", "2026-03-20", 95.5),
                    qaRow("Q3", "A1", "2026-02-27", 10), // outside
                    qaRow("Q4", "A3", "2026-03-15", 70),
                }),
        batchOf(ImportKind::Survey,
                std::vector<SurveyResponse>{
                    surveyRow("S1", "A1", "2026-03-03", 5, 10), surveyRow("S2", "A1", "2026-03-04", 4, 9),
                    surveyRow("S3", "A1", "2026-03-05", 3, 7), surveyRow("S4", "A1", "2026-03-06", {}, 6),
                    surveyRow("S5", "A1", "2026-03-07", 1, {}), surveyRow("S6", "A1", "2026-03-08", {}, {}),
                    surveyRow("S7", "A1", "2026-04-02", 5, 10), // outside
                    surveyRow("S8", "A1", "2026-03-09", 2, 0), surveyRow("S9", "A2", "2026-03-31", 4, {}),
                    surveyRow("S10", "A5", "2026-03-12", {}, {}), // a record without any value
                }),
        batchOf(ImportKind::Kcs,
                std::vector<KcsEvent>{
                    kcsRow("K1", "A1", "2026-03-01", KcsType::Link), kcsRow("K2", "A1", "2026-03-02", KcsType::Link),
                    kcsRow("K3", "A1", "2026-03-03", KcsType::Edit), kcsRow("K4", "A1", "2026-03-04", KcsType::Draft),
                    kcsRow("K5", "A1", "2026-04-01", KcsType::Draft), // outside
                    kcsRow("K6", "A4", "2026-02-15", KcsType::Edit),  // outside
                }),
        batchOf(ImportKind::ServiceLevel,
                std::vector<ServiceLevelRecord>{
                    slRow("T1", "2026-03-01", 100, 80), slRow("T1", "2026-03-31", 50, 45),
                    slRow("T1", "2026-04-01", 1000, 1),                                   // outside
                    slRow("T2", "2026-03-15", 10, 10), slRow("T3", "2026-02-28", 20, 20), // outside; T3 has no agents
                }),
    };
}

TEST_P(StoreTest, AgentSumsOfAHandBuiltMonth)
{
    store->importBatches(handBuiltMonth());
    const SumsByKey sums = store->agentSums(Month(2026, 3));
    // A4 only has rows in February and April.
    EXPECT_EQ(QSet<QString>(sums.keyBegin(), sums.keyEnd()),
              (QSet<QString>{QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("A3"), QStringLiteral("A5")}));

    const ActivitySums a1 = sums.value(QStringLiteral("A1"));
    EXPECT_EQ(a1.agentsWithRecord, 1);
    // time: rows 03-02 and 03-31; worked 480 + 240.5 = 720.5
    EXPECT_EQ(a1.timeRows, 2);
    EXPECT_DOUBLE_EQ(a1.workedMinutes, 720.5);
    // adherence only on 03-02: adherent 450 of scheduled 480
    EXPECT_EQ(a1.adherenceRows, 1);
    EXPECT_DOUBLE_EQ(a1.adherentMinutes, 450);
    EXPECT_DOUBLE_EQ(a1.adherenceScheduledMinutes, 480);
    // occupancy on both: occupied 400 + 200 = 600 of scheduled 480 + 240 = 720
    EXPECT_EQ(a1.occupancyRows, 2);
    EXPECT_DOUBLE_EQ(a1.occupiedMinutes, 600);
    EXPECT_DOUBLE_EQ(a1.occupancyScheduledMinutes, 720);
    // contacts: phone 40 + chat 10 + email 5 = 55 over 3 rows
    EXPECT_EQ(a1.contactRows, 3);
    EXPECT_EQ(a1.contacts, 55);
    // handle on phone and email: 12000 + 3000 = 15000 s over 40 + 5 = 45 contacts
    EXPECT_EQ(a1.handleRows, 2);
    EXPECT_DOUBLE_EQ(a1.handleSeconds, 15000);
    EXPECT_EQ(a1.handleContacts, 45);
    // fcr on phone and chat: 30 + 6 = 36 resolved of 40 + 8 = 48
    EXPECT_EQ(a1.fcrRows, 2);
    EXPECT_EQ(a1.fcrResolved, 36);
    EXPECT_EQ(a1.fcrContacts, 48);
    // qa: Q1 80 + Q2 95.5 = 175.5 over 2 (Q3 is February)
    EXPECT_EQ(a1.qaEvaluations, 2);
    EXPECT_DOUBLE_EQ(a1.qaScoreSum, 175.5);
    EXPECT_DOUBLE_EQ(a1.qaScoreSquares, 80.0 * 80 + 95.5 * 95.5); // 6400 + 9120.25, for the QA interval
    // survey: S1..S6 and S8 = 7 rows; csat 5,4,3,1,2 -> 5 responses, 2 >= 4;
    // nps 10,9,7,6,0 -> 5 responses, promoters 10,9 = 2, detractors 6,0 = 2
    EXPECT_EQ(a1.surveyRows, 7);
    EXPECT_EQ(a1.csatResponses, 5);
    EXPECT_EQ(a1.csatPositive, 2);
    EXPECT_EQ(a1.npsResponses, 5);
    EXPECT_EQ(a1.npsPromoters, 2);
    EXPECT_EQ(a1.npsDetractors, 2);
    // kcs: K1, K2 links, K3 edit, K4 draft (K5 is April)
    EXPECT_EQ(a1.kcsLinks, 2);
    EXPECT_EQ(a1.kcsEdits, 1);
    EXPECT_EQ(a1.kcsDrafts, 1);
    // no service level on agents
    EXPECT_EQ(a1.serviceLevelRows, 0);
    EXPECT_EQ(a1.offered, 0);

    const ActivitySums a2 = sums.value(QStringLiteral("A2"));
    EXPECT_EQ(a2.agentsWithRecord, 1);
    EXPECT_EQ(a2.timeRows, 1);
    EXPECT_DOUBLE_EQ(a2.workedMinutes, 300);
    EXPECT_EQ(a2.adherenceRows, 0);
    EXPECT_DOUBLE_EQ(a2.adherenceScheduledMinutes, 0);
    EXPECT_EQ(a2.occupancyRows, 0);
    EXPECT_EQ(a2.contactRows, 0);
    EXPECT_EQ(a2.surveyRows, 1);
    EXPECT_EQ(a2.csatResponses, 1); // S9 csat 4
    EXPECT_EQ(a2.csatPositive, 1);
    EXPECT_EQ(a2.npsResponses, 0);
    EXPECT_EQ(a2.qaEvaluations, 0);

    const ActivitySums a3 = sums.value(QStringLiteral("A3"));
    EXPECT_EQ(a3.agentsWithRecord, 1);
    EXPECT_EQ(a3.qaEvaluations, 1);
    EXPECT_DOUBLE_EQ(a3.qaScoreSum, 70);
    EXPECT_EQ(a3.timeRows, 0);
    EXPECT_EQ(a3.surveyRows, 0);

    // A5's only row is a survey without csat or nps: still a record.
    const ActivitySums a5 = sums.value(QStringLiteral("A5"));
    EXPECT_EQ(a5.agentsWithRecord, 1);
    EXPECT_EQ(a5.surveyRows, 1);
    EXPECT_EQ(a5.csatResponses, 0);
    EXPECT_EQ(a5.npsResponses, 0);

    // February: A1 (time 02-28, qa 02-27) and A4 (kcs 02-15).
    const auto feb = store->agentSums(Month(2026, 2));
    EXPECT_EQ(feb.size(), 2);
    EXPECT_DOUBLE_EQ(feb.value(QStringLiteral("A1")).workedMinutes, 111);
    EXPECT_DOUBLE_EQ(feb.value(QStringLiteral("A1")).qaScoreSum, 10);
    EXPECT_EQ(feb.value(QStringLiteral("A4")).kcsEdits, 1);
    EXPECT_TRUE(store->agentSums(Month(2026, 5)).isEmpty());
}

TEST_P(StoreTest, ServiceLevelSumsMonthsAndTeams)
{
    store->importBatches(handBuiltMonth());
    const auto sl = store->serviceLevelSums(Month(2026, 3));
    EXPECT_EQ(sl.size(), 2); // T1 and T2; T3 only in February
    // T1: 03-01 and 03-31: offered 100 + 50 = 150, answered 80 + 45 = 125
    EXPECT_EQ(sl.value(QStringLiteral("T1")).serviceLevelRows, 2);
    EXPECT_EQ(sl.value(QStringLiteral("T1")).offered, 150);
    EXPECT_EQ(sl.value(QStringLiteral("T1")).answeredInSl, 125);
    EXPECT_EQ(sl.value(QStringLiteral("T2")).offered, 10);
    EXPECT_EQ(sl.value(QStringLiteral("T2")).answeredInSl, 10);
    EXPECT_EQ(sl.value(QStringLiteral("T1")).agentsWithRecord, 0);

    EXPECT_EQ(store->monthsWithData(), (std::vector<Month>{Month(2026, 2), Month(2026, 3), Month(2026, 4)}));
    EXPECT_EQ(store->teams(), (QStringList{QStringLiteral("T1"), QStringLiteral("T2"), QStringLiteral("T3")}));
}

TEST_P(StoreTest, MonthsWithDataAcrossGapsAndYears)
{
    importAgents();
    store->importBatches({
        batchOf(ImportKind::Kcs, std::vector<KcsEvent>{kcsRow("K1", "A1", "2024-12-31", KcsType::Link),
                                                       kcsRow("K2", "A1", "2026-01-01", KcsType::Link)}),
        batchOf(ImportKind::Time, std::vector<TimeRecord>{timeRow("A1", "2025-06-15", 60, {}, {}, {}),
                                                          timeRow("A1", "2025-06-16", 60, {}, {}, {})}),
        // A month with only service level counts as a month with data.
        batchOf(ImportKind::ServiceLevel, std::vector<ServiceLevelRecord>{slRow("T1", "2025-09-01", 1, 1)}),
    });
    EXPECT_EQ(store->monthsWithData(),
              (std::vector<Month>{Month(2024, 12), Month(2025, 6), Month(2025, 9), Month(2026, 1)}));
}

TEST_P(StoreTest, DataAndSchemaSurviveReopening)
{
    store->importBatches(handBuiltMonth());
    const auto before = store->agentSums(Month(2026, 3));
    store.reset();
    // Already at the latest version: nothing to migrate.
    if (isSqlite()) {
        store = openStore(path, clock);
        QSqlDatabase db = sqlite().database();
        EXPECT_EQ(sqlite::schemaVersion(db), sqlite::latestSchemaVersion());
    } else {
        setServerPasswordPrompt([](const QString &) { return std::optional<QByteArray>(kPgPassword.toUtf8()); });
        store = openStore(path, clock);
        setServerPasswordPrompt({});
        EXPECT_EQ(pg::schemaVersion(static_cast<PostgresStore &>(*store).connection()), pg::latestSchemaVersion());
        EXPECT_EQ(static_cast<PostgresStore &>(*store).identity().role, pg::Role::Admin);
        EXPECT_EQ(store->userName(), kPgAdmin);
    }
    const auto after = store->agentSums(Month(2026, 3));
    ASSERT_EQ(after.size(), before.size());
    EXPECT_DOUBLE_EQ(after.value(QStringLiteral("A1")).workedMinutes, 720.5);
    EXPECT_EQ(after.value(QStringLiteral("A1")).contacts, 55);
}

TEST_P(StoreTest, EmptyStore)
{
    EXPECT_TRUE(store->agents().empty());
    EXPECT_TRUE(store->agentIds().isEmpty());
    EXPECT_TRUE(store->monthsWithData().empty());
    EXPECT_TRUE(store->teams().isEmpty());
    EXPECT_TRUE(store->templates().empty());
    EXPECT_TRUE(store->auditLog().empty());
    EXPECT_TRUE(store->agentSums(Month(2026, 3)).isEmpty());
    EXPECT_FALSE(store->frozenSnapshot(Month(2026, 3)).has_value());
    EXPECT_TRUE(store->importBatches({}).empty());
}

TEST_P(StoreTest, TemplatesAreEffectiveDatedAndAudited)
{
    ScorecardTemplate all = defaultTemplate();
    all.name = QStringLiteral("All 2026");
    all.effectiveFrom = Month(2026, 1);
    ScorecardTemplate t1 = defaultTemplate();
    t1.name = QStringLiteral("T1 from June");
    t1.team = QStringLiteral("T1");
    t1.effectiveFrom = Month(2026, 6);
    t1.rule(u"qa")->goal = 92;
    store->saveTemplate(all);
    store->saveTemplate(t1);

    auto got = store->templates();
    ASSERT_EQ(got.size(), 2u);
    EXPECT_EQ(got[0], all); // ordered by team ('' first), then month
    EXPECT_EQ(got[1], t1);
    // The scorer picks by date: May is the all-teams one, June T1's.
    EXPECT_EQ(templateFor(got, QStringLiteral("T1"), Month(2026, 5)).name, QStringLiteral("All 2026"));
    EXPECT_EQ(templateFor(got, QStringLiteral("T1"), Month(2026, 6)).name, QStringLiteral("T1 from June"));

    // The same month for another team is another template.
    ScorecardTemplate t2 = t1;
    t2.team = QStringLiteral("T2");
    t2.effectiveFrom = Month(2026, 1);
    store->saveTemplate(t2);
    EXPECT_EQ(store->templates().size(), 3u);
    store->removeTemplate(QStringLiteral("T2"), Month(2026, 1));
    EXPECT_EQ(store->templates().size(), 2u);

    // Saving the same (team, month) again replaces it.
    t1.rule(u"qa")->goal = 95;
    store->saveTemplate(t1);
    got = store->templates();
    ASSERT_EQ(got.size(), 2u);
    EXPECT_EQ(got[1].rule(u"qa")->goal, std::optional<double>(95));

    store->removeTemplate(QString(), Month(2026, 1));
    store->removeTemplate(QStringLiteral("T9"), Month(2026, 1)); // nothing there: no audit entry
    got = store->templates();
    ASSERT_EQ(got.size(), 1u);
    EXPECT_EQ(got[0], t1);

    const auto log = store->auditLog();
    ASSERT_EQ(log.size(), 6u); // 4 saves + 2 removals
    EXPECT_EQ(log[0].action, QStringLiteral("template"));
    EXPECT_TRUE(log[0].details.contains(QLatin1String("removed"))) << log[0].details.toStdString();
    EXPECT_EQ(log[0].month, QStringLiteral("2026-01"));
    EXPECT_TRUE(log[5].details.contains(QLatin1String("All 2026"))) << log[5].details.toStdString();
    EXPECT_TRUE(log[3].details.contains(QLatin1String("team 'T2'"))) << log[3].details.toStdString();

    ScorecardTemplate bad = defaultTemplate();
    bad.rule(u"qa")->goal = bad.rule(u"qa")->floor; // goal == floor is not a template
    EXPECT_THROW(store->saveTemplate(bad), StoreError);
    EXPECT_EQ(store->templates().size(), 1u);
}

TEST_P(StoreTest, FinalizeReopenAndAuditLog)
{
    const Month march(2026, 3);
    const QByteArray snapshot = R"({"month":"2026-03","agents":[],"teams":[],"note":"ü"})";
    EXPECT_FALSE(store->isFinalized(march));
    store->finalizeMonth(march, snapshot, QStringLiteral("sam"));
    EXPECT_TRUE(store->isFinalized(march));
    EXPECT_FALSE(store->isFinalized(Month(2026, 4)));
    EXPECT_EQ(store->frozenSnapshot(march), std::optional<QByteArray>(snapshot));
    EXPECT_THROW(store->finalizeMonth(march, "{}", QStringLiteral("sam")), StoreError);
    EXPECT_EQ(store->frozenSnapshot(march), std::optional<QByteArray>(snapshot));

    clock.set(QDateTime(QDate(2026, 11, 3), QTime(14, 0), Qt::UTC));
    store->reopenMonth(march, QStringLiteral("kim"), QStringLiteral("late QA import"));
    EXPECT_FALSE(store->isFinalized(march));
    EXPECT_FALSE(store->frozenSnapshot(march).has_value());
    EXPECT_THROW(store->reopenMonth(march, QStringLiteral("kim"), QStringLiteral("again")), StoreError);

    clock.set(QDateTime(QDate(2026, 11, 4), QTime(8, 15, 30), Qt::UTC));
    store->addAuditEntry(QStringLiteral("cli"), QStringLiteral("import"), QString(),
                         QStringLiteral("qa.csv: 12 stored"));

    const auto log = store->auditLog();
    ASSERT_EQ(log.size(), 3u);
    EXPECT_EQ(log[0].action, QStringLiteral("import"));
    EXPECT_EQ(log[0].user, expectedUser(QStringLiteral("cli")));
    EXPECT_EQ(log[0].month, QString());
    EXPECT_EQ(log[0].details, QStringLiteral("qa.csv: 12 stored"));
    expectTime(log[0].at, QDateTime(QDate(2026, 11, 4), QTime(8, 15, 30), Qt::UTC));
    EXPECT_EQ(log[1].action, QStringLiteral("reopen"));
    EXPECT_EQ(log[1].user, expectedUser(QStringLiteral("kim")));
    EXPECT_EQ(log[1].month, QStringLiteral("2026-03"));
    EXPECT_EQ(log[1].details, QStringLiteral("late QA import"));
    expectTime(log[1].at, QDateTime(QDate(2026, 11, 3), QTime(14, 0), Qt::UTC));
    EXPECT_EQ(log[2].action, QStringLiteral("finalize"));
    EXPECT_EQ(log[2].user, expectedUser(QStringLiteral("sam")));
    expectTime(log[2].at, QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC));
    EXPECT_GT(log[0].id, log[1].id);
}

// Through the ScoringSource interface: a finalized month keeps its snapshot
// while later imports change the data underneath; reopening lets them in.
TEST_P(StoreTest, FinalizedMonthIsFrozenForTheScorer)
{
    store->importBatches(handBuiltMonth());
    const Month march(2026, 3);
    const MonthReport live = computeMonth(*store, march);
    ASSERT_NE(live.agent(QStringLiteral("A1")), nullptr);
    // A1's QA: (80 + 95.5) / 2 = 87.75
    EXPECT_EQ(live.agent(QStringLiteral("A1"))->metric(u"qa")->value.value, std::optional<double>(87.75));
    EXPECT_EQ(live.agent(QStringLiteral("A4")), nullptr); // no record in March

    store->finalizeMonth(march, QJsonDocument(monthReportToJson(live)).toJson(QJsonDocument::Compact),
                         QStringLiteral("sam"));
    // Q1 is re-exported with 20 instead of 80.
    store->importBatches({batchOf(ImportKind::Qa, std::vector<QaEvaluation>{qaRow("Q1", "A1", "2026-03-05", 20)})});

    const MonthReport frozen = scoreMonth(*store, march);
    EXPECT_TRUE(frozen.frozen);
    EXPECT_EQ(frozen.agent(QStringLiteral("A1"))->metric(u"qa")->value.value, std::optional<double>(87.75));
    // (20 + 95.5) / 2 = 57.75
    EXPECT_EQ(computeMonth(*store, march).agent(QStringLiteral("A1"))->metric(u"qa")->value.value,
              std::optional<double>(57.75));

    store->reopenMonth(march, QStringLiteral("sam"), QStringLiteral("QA re-scored"));
    const MonthReport reopened = scoreMonth(*store, march);
    EXPECT_FALSE(reopened.frozen);
    EXPECT_EQ(reopened.agent(QStringLiteral("A1"))->metric(u"qa")->value.value, std::optional<double>(57.75));
}

TEST(DefaultDatabasePath, IsInTheAppDataFolderWhichExists)
{
    QStandardPaths::setTestModeEnabled(true);
    const QString path = defaultDatabasePath();
    EXPECT_TRUE(path.endsWith(QLatin1String("/scorecard.sqlite"))) << path.toStdString();
    EXPECT_TRUE(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    EXPECT_TRUE(QFileInfo(path).dir().exists());
    QStandardPaths::setTestModeEnabled(false);
}

TEST_P(StoreTest, AuditLogIsNewestFirstEvenWithTheSameTime)
{
    store->addAuditEntry(QStringLiteral("u"), QStringLiteral("import"), QString(), QStringLiteral("first"));
    store->addAuditEntry(QStringLiteral("u"), QStringLiteral("import"), QString(), QStringLiteral("second"));
    const auto log = store->auditLog();
    ASSERT_EQ(log.size(), 2u);
    EXPECT_EQ(log[0].details, QStringLiteral("second"));
}

TEST_P(StoreTest, NotesOnePerAgentAndMonth)
{
    importAgents();
    EXPECT_FALSE(store->note(QStringLiteral("A1"), Month(2026, 3)).has_value());
    store->saveNote({QStringLiteral("A1"), Month(2026, 3), QStringLiteral("Talked about AHT.\nGoal: 420 s."), {}});
    store->saveNote({QStringLiteral("A1"), Month(2026, 4), QStringLiteral("April"), {}});
    clock.set(QDateTime(QDate(2026, 11, 5), QTime(10, 0), Qt::UTC));
    store->saveNote({QStringLiteral("A1"), Month(2026, 3), QStringLiteral("Talked about AHT and QA."), {}});

    const auto march = store->note(QStringLiteral("A1"), Month(2026, 3));
    ASSERT_TRUE(march.has_value());
    EXPECT_EQ(march->agentId, QStringLiteral("A1"));
    EXPECT_EQ(march->month, Month(2026, 3));
    EXPECT_EQ(march->text, QStringLiteral("Talked about AHT and QA."));
    expectTime(march->updatedAt, QDateTime(QDate(2026, 11, 5), QTime(10, 0), Qt::UTC));
    EXPECT_EQ(store->note(QStringLiteral("A1"), Month(2026, 4))->text, QStringLiteral("April"));
    EXPECT_FALSE(store->note(QStringLiteral("A2"), Month(2026, 3)).has_value());
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM one_on_one_notes")), QStringLiteral("2"));
}

// SPEC section 8: a shared and a private note of one agent and month are
// two notes; the private one is read back by its author only (on a file,
// the store's user). Issue 11.6: a finalized month's notes are read-only.
TEST_P(StoreTest, SharedAndPrivateNotesAndAFinalizedMonthsNotesAreReadOnly)
{
    importAgents();
    OneOnOneNote shared{QStringLiteral("A1"), Month(2026, 3), QStringLiteral("Agreed: QA first"), {}};
    OneOnOneNote priv{QStringLiteral("A1"), Month(2026, 3), QStringLiteral("Worried about attendance"), {}};
    priv.visibility = NoteVisibility::Private;
    store->saveNote(shared);
    store->saveNote(priv);
    EXPECT_EQ(store->note(QStringLiteral("A1"), Month(2026, 3))->text, QStringLiteral("Agreed: QA first"));
    EXPECT_EQ(store->note(QStringLiteral("A1"), Month(2026, 3))->visibility, NoteVisibility::Shared);
    const auto mine = store->note(QStringLiteral("A1"), Month(2026, 3), NoteVisibility::Private);
    ASSERT_TRUE(mine.has_value());
    EXPECT_EQ(mine->text, QStringLiteral("Worried about attendance"));
    EXPECT_EQ(mine->author, store->userName());
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM one_on_one_notes")), QStringLiteral("2"));

    store->finalizeMonth(Month(2026, 3), "{}", QStringLiteral("sam"));
    const QString before = scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    for (NoteVisibility v : {NoteVisibility::Shared, NoteVisibility::Private}) {
        OneOnOneNote late{QStringLiteral("A1"), Month(2026, 3), QStringLiteral("changed after finalizing"), {}};
        late.visibility = v;
        try {
            store->saveNote(late);
            ADD_FAILURE() << "a note of a finalized month was saved";
        } catch (const StoreError &e) {
            EXPECT_NE(std::string(e.what()).find("2026-03 is finalized"), std::string::npos) << e.what();
        }
    }
    EXPECT_EQ(store->note(QStringLiteral("A1"), Month(2026, 3))->text, QStringLiteral("Agreed: QA first"));
    EXPECT_EQ(store->note(QStringLiteral("A1"), Month(2026, 3), NoteVisibility::Private)->text,
              QStringLiteral("Worried about attendance"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")), before); // nothing logged either
    // Reopened, the month's notes can change again.
    store->reopenMonth(Month(2026, 3), QStringLiteral("sam"), QStringLiteral("typo"));
    shared.text = QStringLiteral("Agreed: QA first, then AHT");
    store->saveNote(shared);
    EXPECT_EQ(store->note(QStringLiteral("A1"), Month(2026, 3))->text, QStringLiteral("Agreed: QA first, then AHT"));
}

TEST(SqliteStoreNotes, AnotherUsersPrivateNoteIsNeverReadBack)
{
    QTemporaryDir dir;
    SystemClock clock;
    auto store = std::make_unique<SqliteStore>(dir.filePath(QStringLiteral("notes.sqlite")), clock);
    store->importBatches({batchOf(ImportKind::Agents, std::vector<Agent>{agent("A1", "T1")})});
    store->setUserName(QStringLiteral("sam"));
    OneOnOneNote priv{QStringLiteral("A1"), Month(2026, 3), QStringLiteral("Sam's own"), {}};
    priv.visibility = NoteVisibility::Private;
    store->saveNote(priv);
    store->setUserName(QStringLiteral("kim"));
    EXPECT_FALSE(store->note(QStringLiteral("A1"), Month(2026, 3), NoteVisibility::Private).has_value());
    EXPECT_FALSE(store->note(QStringLiteral("A1"), Month(2026, 3)).has_value()); // not shared either
    priv.text = QStringLiteral("Kim's own");
    store->saveNote(priv); // a second private note, Kim's
    EXPECT_EQ(store->note(QStringLiteral("A1"), Month(2026, 3), NoteVisibility::Private)->text,
              QStringLiteral("Kim's own"));
    store->setUserName(QStringLiteral("sam"));
    EXPECT_EQ(store->note(QStringLiteral("A1"), Month(2026, 3), NoteVisibility::Private)->text,
              QStringLiteral("Sam's own"));
}

TEST_P(StoreTest, ActionItemsInsertUpdateListRemove)
{
    importAgents();
    ActionItem goal;
    goal.agentId = QStringLiteral("A1");
    goal.createdMonth = Month(2026, 3);
    goal.text = QStringLiteral("Bring AHT under 7 minutes");
    goal.metricKey = QStringLiteral("aht");
    goal.targetValue = 420;
    goal.dueMonth = Month(2026, 5);
    const qint64 id1 = store->saveActionItem(goal);
    EXPECT_GT(id1, 0);

    ActionItem habit;
    habit.agentId = QStringLiteral("A1");
    habit.createdMonth = Month(2026, 2);
    habit.text = QStringLiteral("Shadow a senior");
    const qint64 id2 = store->saveActionItem(habit);
    EXPECT_NE(id1, id2);

    ActionItem later = habit;
    later.createdMonth = Month(2026, 4);
    later.text = QStringLiteral("April goal");
    const qint64 id3 = store->saveActionItem(later);

    ActionItem other = habit;
    other.agentId = QStringLiteral("A2");
    store->saveActionItem(other);

    // Up to March: February's then March's, not April's, not A2's.
    auto items = store->actionItems(QStringLiteral("A1"), Month(2026, 3));
    ASSERT_EQ(items.size(), 2u);
    EXPECT_EQ(items[0].id, id2);
    EXPECT_EQ(items[0].text, QStringLiteral("Shadow a senior"));
    EXPECT_FALSE(items[0].targetValue.has_value());
    EXPECT_FALSE(items[0].dueMonth.isValid());
    EXPECT_EQ(items[0].metricKey, QString());
    EXPECT_EQ(items[1].id, id1);
    EXPECT_EQ(items[1].agentId, QStringLiteral("A1"));
    EXPECT_EQ(items[1].createdMonth, Month(2026, 3));
    EXPECT_EQ(items[1].metricKey, QStringLiteral("aht"));
    EXPECT_EQ(items[1].targetValue, std::optional<double>(420));
    EXPECT_EQ(items[1].dueMonth, Month(2026, 5));
    EXPECT_EQ(items[1].status, ActionStatus::Open);

    goal.id = id1;
    goal.status = ActionStatus::Done;
    goal.targetValue.reset();
    EXPECT_EQ(store->saveActionItem(goal), id1);
    items = store->actionItems(QStringLiteral("A1"), Month(2026, 12));
    ASSERT_EQ(items.size(), 3u);
    EXPECT_EQ(items[1].status, ActionStatus::Done);
    EXPECT_FALSE(items[1].targetValue.has_value());
    EXPECT_EQ(items[2].id, id3);

    store->removeActionItem(id2);
    items = store->actionItems(QStringLiteral("A1"), Month(2026, 12));
    ASSERT_EQ(items.size(), 2u);
    EXPECT_EQ(items[0].id, id1);

    ActionItem ghost = goal;
    ghost.id = 999999;
    EXPECT_THROW(store->saveActionItem(ghost), StoreError);
    ActionItem unknownAgent = habit;
    unknownAgent.agentId = QStringLiteral("NOPE");
    EXPECT_THROW(store->saveActionItem(unknownAgent), StoreError);
}

// Issue 7.2: every write is audited in its own transaction, notes and goals
// included; a write that fails leaves no entry. Expected texts by hand.
TEST_P(StoreTest, NotesAndGoalsAreAuditedWithTheirChange)
{
    importAgents();
    auto entries = [&] {
        std::vector<AuditEntry> out; // oldest first
        for (const AuditEntry &e : store->auditLog())
            if (e.action == QLatin1String("note") || e.action == QLatin1String("goal"))
                out.insert(out.begin(), e);
        return out;
    };
    store->saveNote({QStringLiteral("A1"), Month(2026, 3), QStringLiteral("Hello"), {}});
    ActionItem goal;
    goal.agentId = QStringLiteral("A1");
    goal.createdMonth = Month(2026, 3);
    goal.text = QStringLiteral("Shadow a senior");
    goal.id = store->saveActionItem(goal);
    goal.status = ActionStatus::Done;
    goal.dueMonth = Month(2026, 5);
    store->saveActionItem(goal);
    store->removeActionItem(goal.id);
    store->removeActionItem(goal.id); // nothing left to remove: no entry

    ActionItem unknownAgent = goal;
    unknownAgent.id = 0;
    unknownAgent.agentId = QStringLiteral("NOPE");
    EXPECT_THROW(store->saveActionItem(unknownAgent), StoreError); // rolled back with its entry

    const auto log = entries();
    ASSERT_EQ(log.size(), 4u);
    const QString id = QString::number(goal.id);
    EXPECT_EQ(log[0].action, QStringLiteral("note"));
    EXPECT_EQ(log[0].month, QStringLiteral("2026-03"));
    EXPECT_EQ(log[0].details, QStringLiteral("A1: shared note saved (5 characters)"));
    EXPECT_EQ(log[1].action, QStringLiteral("goal"));
    EXPECT_EQ(log[1].details, QStringLiteral("A1: goal #%1 added: Shadow a senior, status open").arg(id));
    EXPECT_EQ(log[2].details,
              QStringLiteral("A1: goal #%1 changed: Shadow a senior, status done, due 2026-05").arg(id));
    EXPECT_EQ(log[3].details, QStringLiteral("A1: goal #%1 removed").arg(id));
    for (const AuditEntry &e : log) {
        EXPECT_EQ(e.month, QStringLiteral("2026-03"));
        EXPECT_EQ(e.user, store->userName());
    }
}

TEST(ActionStatusNames, RoundTrip)
{
    for (ActionStatus s : {ActionStatus::Open, ActionStatus::Done, ActionStatus::Dropped})
        EXPECT_EQ(actionStatusFromName(actionStatusName(s)), s);
    EXPECT_EQ(actionStatusName(ActionStatus::Dropped), QStringLiteral("dropped"));
    EXPECT_FALSE(actionStatusFromName(u"closed").has_value());
}

TEST_P(StoreTest, LatestCommentsNewestFirstUpToMonthEnd)
{
    importAgents();
    store->importBatches({
        batchOf(ImportKind::Qa,
                std::vector<QaEvaluation>{
                    qaRow("Q1", "A1", "2026-03-05", 80, QStringLiteral("Good opening")),
                    qaRow("Q2", "A1", "2026-03-20", 95.5, QStringLiteral("Excellent close")),
                    qaRow("Q3", "A1", "2026-03-25", 60, QStringLiteral("   ")), // blank: skipped
                    qaRow("Q4", "A1", "2026-04-01", 70, QStringLiteral("April: after the month")),
                    qaRow("Q5", "A2", "2026-03-21", 70, QStringLiteral("Other agent")),
                }),
        batchOf(ImportKind::Survey,
                std::vector<SurveyResponse>{
                    surveyRow("S1", "A1", "2026-03-31", 5, 10, QStringLiteral("Very helpful")),
                    surveyRow("S2", "A1", "2026-03-10", {}, 3, QStringLiteral("Slow")),
                    surveyRow("S3", "A1", "2026-03-11", 4, 9),
                    surveyRow("S4", "A1", "2026-02-11", 2, 0, QStringLiteral("February")),
                }),
    });
    auto comments = store->latestComments(QStringLiteral("A1"), Month(2026, 3), 10);
    // Newest first: S1 03-31, Q2 03-20, S2 03-10, Q1 03-05, S4 02-11.
    ASSERT_EQ(comments.size(), 5u);
    EXPECT_EQ(comments[0].date, d("2026-03-31"));
    EXPECT_EQ(comments[0].source, QStringLiteral("survey"));
    EXPECT_EQ(comments[0].text, QStringLiteral("Very helpful"));
    EXPECT_EQ(comments[0].score, std::optional<double>(5));
    EXPECT_EQ(comments[1].source, QStringLiteral("qa"));
    EXPECT_EQ(comments[1].text, QStringLiteral("Excellent close"));
    EXPECT_EQ(comments[1].score, std::optional<double>(95.5));
    EXPECT_EQ(comments[2].text, QStringLiteral("Slow"));
    EXPECT_FALSE(comments[2].score.has_value()); // no csat
    EXPECT_EQ(comments[3].text, QStringLiteral("Good opening"));
    EXPECT_EQ(comments[4].text, QStringLiteral("February"));

    comments = store->latestComments(QStringLiteral("A1"), Month(2026, 3), 2);
    ASSERT_EQ(comments.size(), 2u);
    EXPECT_EQ(comments[1].text, QStringLiteral("Excellent close"));
    EXPECT_TRUE(store->latestComments(QStringLiteral("A1"), Month(2026, 1), 5).empty());
    EXPECT_TRUE(store->latestComments(QStringLiteral("A1"), Month(2026, 3), 0).empty());
}

TEST(SqliteStoreOpen, TwoStoresOnOneFileSeeEachOther)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    SystemClock clock;
    auto a = openStore(path, clock);
    auto b = openStore(path, clock);
    a->importBatches({batchOf(ImportKind::Agents, std::vector<Agent>{agent("A1", "T1")})});
    EXPECT_EQ(b->agentIds(), QSet<QString>{QStringLiteral("A1")});
    a.reset();
    EXPECT_EQ(b->agents().size(), 1u);
}

TEST(SqliteStoreOpen, InMemoryDatabaseWorks)
{
    SystemClock clock;
    auto s = openStore(QStringLiteral(":memory:"), clock);
    s->importBatches({batchOf(ImportKind::Agents, std::vector<Agent>{agent("A1", "T1")})});
    EXPECT_EQ(s->agents().size(), 1u);
}

TEST(SqliteStoreOpen, ClosingRemovesTheConnection)
{
    QTemporaryDir dir;
    SystemClock clock;
    const int before = QSqlDatabase::connectionNames().size();
    {
        auto s = openStore(dir.filePath(QStringLiteral("x.sqlite")), clock);
        EXPECT_EQ(QSqlDatabase::connectionNames().size(), before + 1);
    }
    EXPECT_EQ(QSqlDatabase::connectionNames().size(), before);
}

TEST(SqliteStoreOpen, BadLocationsFailWithStoreError)
{
    QTemporaryDir dir;
    SystemClock clock;
    const int before = QSqlDatabase::connectionNames().size();

    const QString garbage = dir.filePath(QStringLiteral("garbage.sqlite"));
    QFile f(garbage);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    try {
        openStore(garbage, clock);
        FAIL() << "expected StoreError";
    } catch (const StoreError &e) {
        const std::string msg = e.what();
        EXPECT_NE(msg.find("garbage.sqlite"), std::string::npos) << msg;
        EXPECT_NE(msg.find("not a database"), std::string::npos) << msg; // SQLite's own words
    }
    EXPECT_THROW(openStore(dir.filePath(QStringLiteral("no/such/dir/x.sqlite")), clock), StoreError);
    EXPECT_THROW(openStore(dir.path(), clock), StoreError); // a folder
    EXPECT_THROW(openStore(QString(), clock), StoreError);
    // A server URI never carries its password (SPEC section 8), and the
    // refusal does not repeat it.
    try {
        openStore(QStringLiteral("postgresql://sam:s3cret@db.example/scorecard"), clock);
        FAIL();
    } catch (const StoreError &e) {
        EXPECT_NE(std::string(e.what()).find("PostgreSQL"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("password"), std::string::npos) << e.what();
        EXPECT_EQ(std::string(e.what()).find("s3cret"), std::string::npos) << e.what();
    }
    // Failed opens leave no connection behind.
    EXPECT_EQ(QSqlDatabase::connectionNames().size(), before);
}

} // namespace
