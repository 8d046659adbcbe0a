// The PostgresStore against SqliteStore on the same data: `score` output
// (JSON, CSV and table) byte for byte for every month of a demo year, live
// and finalized; imports through COPY count and refuse as SQLite does; a
// supervisor's import of another team's agent fails whole, naming the row.
// The rest of the Store behaviour is the shared suite tests/storage/test_store.cpp.
#include "pg_test_util.h"

#include "cli/score_output.h"
#include "core/scoring.h"
#include "demo/demo_data.h"
#include "storage/postgres/pg_schema.h"
#include "storage/postgres/pg_store.h"
#include "storage/postgres/pg_users.h"
#include "storage/sqlite_store.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace sc::test {
namespace {

const QString kPassword = QStringLiteral("pw of the store tests");

// A fresh database set up by `server init`, with the logins given (all
// share kPassword). Logins are cluster-wide: these start with "ps_".
void createServerDatabase(const QString &db, const std::vector<pg::ServerUser> &users)
{
    PgTestCluster &cluster = PgTestEnvironment::cluster();
    cluster.createDatabase(db);
    pg::Connection su = pg::Connection::open(cluster.superuserUri(db));
    pg::initServer(su);
    for (const pg::ServerUser &u : users)
        pg::addUser(su, u, kPassword.toUtf8());
}

pg::ServerUser user(const char *login, pg::Role role, QStringList teams = {})
{
    pg::ServerUser u;
    u.login = QString::fromLatin1(login);
    u.role = role;
    u.teams = std::move(teams);
    return u;
}

std::unique_ptr<PostgresStore> signIn(const QString &login, const QString &db, const Clock &clock)
{
    return std::make_unique<PostgresStore>(PgTestEnvironment::cluster().tcpUri(login, db), clock, [](const QString &) {
        return std::optional<QByteArray>(kPassword.toUtf8());
    });
}

TEST(PgStore, ScoreOutputIsByteIdenticalToSqliteForEveryMonth)
{
    createServerDatabase(QStringLiteral("store_bytes"), {user("ps_admin", pg::Role::Admin)});
    SystemClock clock;
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    SqliteStore sqlite(dir.filePath(QStringLiteral("same.sqlite")), clock);
    auto server = signIn(QStringLiteral("ps_admin"), QStringLiteral("store_bytes"), clock);

    DemoOptions options;
    options.agents = 60;
    options.months = 12;
    options.seed = 7;
    const std::vector<ImportBatch> demo = generateDemo(options);
    const auto sqliteStats = sqlite.importBatches(demo);
    const auto serverStats = server->importBatches(demo);
    ASSERT_EQ(sqliteStats.size(), serverStats.size());
    for (size_t i = 0; i < sqliteStats.size(); ++i) {
        EXPECT_EQ(serverStats[i].stored, sqliteStats[i].stored) << i;
        EXPECT_GT(serverStats[i].stored + (demo[i].recordCount() == 0 ? 1 : 0), 0) << i;
    }

    ScorecardTemplate custom = defaultTemplate();
    custom.name = QStringLiteral("Stricter QA");
    custom.effectiveFrom = demoMonths(options)[6];
    custom.rule(u"qa")->goal = 93;
    sqlite.saveTemplate(custom);
    server->saveTemplate(custom);

    const std::vector<Month> months = sqlite.monthsWithData();
    ASSERT_EQ(months.size(), 12u);
    EXPECT_EQ(server->monthsWithData(), months);
    EXPECT_EQ(server->teams(), sqlite.teams());
    EXPECT_EQ(server->agents(), sqlite.agents());
    int compared = 0;
    for (Month m : months) {
        const MonthReport a = scoreMonth(sqlite, m);
        const MonthReport b = scoreMonth(*server, m);
        ASSERT_FALSE(a.agents.empty()) << m.toString().toStdString();
        EXPECT_EQ(scoreJson(b), scoreJson(a)) << m.toString().toStdString();
        EXPECT_EQ(scoreCsv(b), scoreCsv(a)) << m.toString().toStdString();
        EXPECT_EQ(scoreTable(b), scoreTable(a)) << m.toString().toStdString();
        ++compared;
    }
    EXPECT_EQ(compared, 12);

    // A finalized month: each store freezes its own computation; the
    // snapshots and what score prints from them are the same bytes.
    const Month first = months.front();
    const QByteArray snapshot =
        QJsonDocument(monthReportToJson(computeMonth(sqlite, first))).toJson(QJsonDocument::Compact);
    EXPECT_EQ(QJsonDocument(monthReportToJson(computeMonth(*server, first))).toJson(QJsonDocument::Compact), snapshot);
    sqlite.finalizeMonth(first, snapshot, QStringLiteral("ps_admin"));
    server->finalizeMonth(first, snapshot, QStringLiteral("ignored: the server stamps its user"));
    EXPECT_EQ(server->frozenSnapshot(first), std::optional<QByteArray>(snapshot));
    EXPECT_EQ(scoreJson(scoreMonth(*server, first)), scoreJson(scoreMonth(sqlite, first)));
    EXPECT_EQ(server->auditLog().front().user, QStringLiteral("ps_admin"));
}

// SPEC section 8: a supervisor imports for their teams' agents only; a row
// for another team's agent fails the whole import, named by its record.
TEST(PgStore, SupervisorImportOfAnotherTeamsAgentFailsWholeNamingTheRecord)
{
    const QString db = QStringLiteral("store_supervisor");
    createServerDatabase(
        db, {user("ps_boss", pg::Role::Admin), user("ps_sup_north", pg::Role::Supervisor, {QStringLiteral("North")})});
    SystemClock clock;
    auto admin = signIn(QStringLiteral("ps_boss"), db, clock);
    Agent n1{QStringLiteral("N1"), QStringLiteral("Nora"), QStringLiteral("North"), {}, Employment::FullTime, {}, true};
    Agent s1{QStringLiteral("S1"), QStringLiteral("Sven"), QStringLiteral("South"), {}, Employment::FullTime, {}, true};
    ImportBatch agents;
    agents.kind = ImportKind::Agents;
    agents.sourceFile = QStringLiteral("agents.csv");
    agents.agents = {n1, s1};
    admin->importBatches({agents});

    auto sup = signIn(QStringLiteral("ps_sup_north"), db, clock);
    EXPECT_EQ(sup->identity().role, pg::Role::Supervisor);
    EXPECT_EQ(sup->identity().teams, QStringList{QStringLiteral("North")});
    EXPECT_FALSE(sup->isReadOnly());
    // The supervisor sees only North.
    ASSERT_EQ(sup->agents().size(), 1u);
    EXPECT_EQ(sup->agents()[0].id, QStringLiteral("N1"));

    ImportBatch time;
    time.kind = ImportKind::Time;
    time.sourceFile = QStringLiteral("time.csv");
    time.time = {TimeRecord{QStringLiteral("N1"), QDate(2026, 3, 2), 480, 480, 470, 400},
                 TimeRecord{QStringLiteral("S1"), QDate(2026, 3, 2), 480, 480, 470, 400},
                 TimeRecord{QStringLiteral("N1"), QDate(2026, 3, 3), 480, 480, 470, 400}};
    try {
        sup->importBatches({time});
        FAIL() << "expected StoreError";
    } catch (const StoreError &e) {
        const std::string msg = e.what();
        EXPECT_EQ(msg.rfind("time.csv: cannot store record 2 (agent_id=S1, date=2026-03-02) in time_records: ", 0), 0u)
            << msg;
        EXPECT_NE(msg.find("not an agent or team you may import for"), std::string::npos) << msg;
    }
    // Nothing landed, not even N1's rows or the imports row.
    EXPECT_TRUE(admin->agentSums(Month(2026, 3)).isEmpty());
    pg::Connection su = pg::Connection::open(PgTestEnvironment::cluster().superuserUri(db));
    EXPECT_EQ(scalar(su, "SELECT count(*) FROM scorecard.imports WHERE kind = 'time'"), QStringLiteral("0"));

    // Without S1's row the import lands, stamped with the supervisor's login.
    time.time.erase(time.time.begin() + 1);
    const auto stats = sup->importBatches({time});
    EXPECT_EQ(stats[0].stored, 2);
    EXPECT_EQ(scalar(su, "SELECT string_agg(DISTINCT user_name, ',') FROM scorecard.imports WHERE kind = 'time'"),
              QStringLiteral("ps_sup_north"));
    EXPECT_EQ(scalar(su, "SELECT user_name || ' ' || action FROM scorecard.audit_log ORDER BY id DESC LIMIT 1"),
              QStringLiteral("ps_sup_north import"));
    // Writes a supervisor may not make are refused by the server.
    ScorecardTemplate t = defaultTemplate();
    t.effectiveFrom = Month(2026, 1);
    EXPECT_THROW(sup->saveTemplate(t), StoreError);
    EXPECT_TRUE(admin->templates().empty());
}

TEST(PgStore, UninitializedDatabaseIsRefusedWithTheFix)
{
    PgTestCluster &cluster = PgTestEnvironment::cluster();
    cluster.createDatabase(QStringLiteral("store_bare"));
    SystemClock clock;
    try {
        PostgresStore store(cluster.superuserUri(QStringLiteral("store_bare")), clock);
        FAIL() << "expected StoreError";
    } catch (const StoreError &e) {
        EXPECT_NE(std::string(e.what()).find("server init"), std::string::npos) << e.what();
    }
}

} // namespace
} // namespace sc::test
