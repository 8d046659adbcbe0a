// SPEC section 8's table of roles, enforced by the server: each role signs
// in (libpq over TLS with verify-full, and psql) and tries every read and
// write the table forbids; each is refused or returns no rows. Expected rows
// and sums are worked out by hand from the data below.
#include "pg_test_util.h"
#include "storage/postgres/pg_schema.h"
#include "storage/postgres/pg_store.h"
#include "storage/postgres/pg_users.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

namespace sc::test {
namespace {

const QString kDb = QStringLiteral("roles");

QStringList strs(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *s : items)
        out << QString::fromUtf8(s);
    return out;
}
const QString kPassword = QStringLiteral("correct horse 'battery' staple");

// Logins are cluster-wide: this suite's start with "r_".
const QString kAdmin = QStringLiteral("r_admin");
const QString kLead = QStringLiteral("r_lead");
const QString kSupA = QStringLiteral("r_sup_alpha");
const QString kSupB = QStringLiteral("r_sup_beta");
const QString kSupSql = QStringLiteral("r_sup_sql");
const QString kAgentA1 = QStringLiteral("r_agent_a1");
const QString kAgentB1 = QStringLiteral("r_agent_b1");
const QString kAgentSql = QStringLiteral("r_agent_sql");
const QString kSqlAgentId = QStringLiteral("X' OR '1'='1");
const QString kEvilName = QStringLiteral("Robert'); DROP TABLE scorecard.agents;--");

// Every table of the schema.
const char *const kTables[] = {
    "schema_version",   "imports",      "agents",          "time_records", "contacts",         "qa_evaluations",
    "survey_responses", "kcs_events",   "service_levels",  "templates",    "finalized_months", "audit_log",
    "one_on_one_notes", "action_items", "one_on_one_done", "users",        "user_teams"};

// The finalized 2026-09 snapshot: Alpha has 5 agents, Beta 4.
QByteArray snapshot()
{
    QJsonArray agents;
    auto agent = [&](const QString &id, const QString &team, double teamValue) {
        agents.append(QJsonObject{
            {QStringLiteral("agent_id"), id},
            {QStringLiteral("team"), team},
            {QStringLiteral("metrics"), QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("qa")},
                                                               {QStringLiteral("value"), 80},
                                                               {QStringLiteral("team_value"), teamValue}}}}});
    };
    for (int i = 1; i <= 5; ++i)
        agent(QStringLiteral("A%1").arg(i), QStringLiteral("Alpha"), 85);
    for (int i = 1; i <= 4; ++i)
        agent(QStringLiteral("B%1").arg(i), QStringLiteral("Beta"), 75);
    const QJsonArray teams{QJsonObject{{QStringLiteral("team"), QStringLiteral("Alpha")}},
                           QJsonObject{{QStringLiteral("team"), QStringLiteral("Beta")}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("month"), QStringLiteral("2026-09")},
                                     {QStringLiteral("agents"), agents},
                                     {QStringLiteral("teams"), teams}})
        .toJson(QJsonDocument::Compact);
}

class PgRoles : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        PgTestCluster &cluster = PgTestEnvironment::cluster();
        cluster.createDatabase(kDb);
        pg::Connection su = pg::Connection::open(cluster.superuserUri(kDb));
        pg::initServer(su);

        // Teams: Alpha (A1..A5 with records in 2026-10, plus NO_SERVER
        // excluded and A6 inactive from 2026-10, both with records), Beta
        // (B1..B4 with records in 2026-10, B5 only in 2026-09), Small (the
        // agent whose id is SQL).
        su.exec("INSERT INTO scorecard.agents (agent_id, name, team, excluded, inactive_from) VALUES "
                "('A1', 'Ann', 'Alpha', false, NULL), ('A2', $1, 'Alpha', false, NULL), "
                "('A3', 'Cy', 'Alpha', false, NULL), ('A4', 'Di', 'Alpha', false, NULL), "
                "('A5', 'Ed', 'Alpha', false, NULL), ('NO_SERVER', 'No server', 'Alpha', true, NULL), "
                "('A6', 'Flo', 'Alpha', false, '2026-10'), "
                "('B1', 'Bea', 'Beta', false, NULL), ('B2', 'Bo', 'Beta', false, NULL), "
                "('B3', 'Bu', 'Beta', false, NULL), ('B4', 'Bi', 'Beta', false, NULL), "
                "('B5', 'By', 'Beta', false, NULL), ($2, 'Sly', 'Small', false, NULL)",
                {pg::text(kEvilName), pg::text(kSqlAgentId)});
        su.exec("INSERT INTO scorecard.time_records (agent_id, date, worked_minutes, scheduled_minutes, "
                "adherent_minutes, occupied_minutes) VALUES "
                "('A1', '2026-10-01', 480, 500, 450, 400), ('A2', '2026-10-01', 480, 500, 450, NULL), "
                "('A3', '2026-10-01', 480, 500, 450, NULL), ('A4', '2026-10-01', 480, 500, 450, NULL), "
                "('A5', '2026-10-01', 480, 500, NULL, NULL), ('A6', '2026-10-01', 999, 999, 999, 999), "
                "('B1', '2026-10-01', 300, NULL, NULL, NULL), ('B2', '2026-10-01', 300, NULL, NULL, NULL), "
                "('B3', '2026-10-01', 300, NULL, NULL, NULL), ('B4', '2026-10-01', 300, NULL, NULL, NULL), "
                "('B5', '2026-09-30', 300, NULL, NULL, NULL), ($1, '2026-10-01', 60, NULL, NULL, NULL)",
                {pg::text(kSqlAgentId)});
        su.exec(
            "INSERT INTO scorecard.contacts (agent_id, date, channel, contacts, handle_seconds, handle_contacts, "
            "fcr, fcr_contacts) VALUES "
            "('A1', '2026-10-01', 'phone', 10, 3000, 10, 8, 10), ('A2', '2026-10-01', 'phone', 10, 3000, 10, 8, 10), "
            "('A3', '2026-10-01', 'phone', 10, 3000, 10, NULL, 0), "
            "('A4', '2026-10-01', 'phone', 10, 3000, 10, NULL, 0), "
            "('A5', '2026-10-01', 'phone', 10, 3000, 10, NULL, 0), "
            "('A1', '2026-11-01', 'phone', 999, NULL, 0, NULL, 0), "
            "('NO_SERVER', '2026-10-01', 'phone', 100, NULL, 0, NULL, 0), "
            "('A6', '2026-10-01', 'phone', 7, NULL, 0, NULL, 0), "
            "('B1', '2026-10-01', 'phone', 5, NULL, 0, NULL, 0)");
        su.exec("INSERT INTO scorecard.qa_evaluations (evaluation_id, agent_id, date, score) VALUES "
                "('Q1', 'A1', '2026-10-02', 80), ('Q2', 'A2', '2026-10-03', 90), ('Q3', 'B1', '2026-10-03', 70)");
        su.exec("INSERT INTO scorecard.survey_responses (response_id, agent_id, date, csat, nps) VALUES "
                "('S1', 'A1', '2026-10-02', 5, 10), ('S2', 'A2', '2026-10-02', 3, 5), "
                "('S3', 'A3', '2026-10-02', NULL, NULL), ('S4', 'B1', '2026-10-02', 4, 9)");
        su.exec("INSERT INTO scorecard.kcs_events (event_id, agent_id, date, type) VALUES "
                "('K1', 'A1', '2026-10-02', 'link'), ('K2', 'A1', '2026-10-03', 'edit'), "
                "('K3', 'A2', '2026-10-04', 'draft'), ('K4', 'B1', '2026-10-04', 'link')");
        su.exec("INSERT INTO scorecard.service_levels (team, date, offered, answered_in_sl, answered, answer_seconds, "
                "asa_answered) VALUES "
                "('Alpha', '2026-10-01', 100, 80, 95, 1900, 95), ('Alpha', '2026-10-02', 50, 40, 48, NULL, 0), "
                "('Beta', '2026-10-01', 60, 30, 55, NULL, 0)");
        su.exec("INSERT INTO scorecard.templates (team, effective_from, name, definition) VALUES "
                "('', '2026-01', 'Default', '{}'), ('Alpha', '2026-01', 'Alpha', '{}'), "
                "('Beta', '2026-01', 'Beta', '{}')");
        su.exec("INSERT INTO scorecard.finalized_months (month, snapshot) VALUES ('2026-09', $1)",
                {QByteArray(snapshot())});
        su.exec("INSERT INTO scorecard.action_items (agent_id, created_month, text) VALUES "
                "('A1', '2026-10', 'Goal A1'), ('B1', '2026-10', 'Goal B1')");
        su.exec("INSERT INTO scorecard.one_on_one_done (agent_id, month) VALUES ('A1', '2026-10'), ('B1', '2026-10')");

        auto add = [&](const QString &login, pg::Role role, const QString &agent, const QStringList &teams) {
            pg::ServerUser u;
            u.login = login;
            u.role = role;
            u.agentId = agent;
            u.teams = teams;
            pg::addUser(su, u, kPassword.toUtf8());
        };
        add(kAdmin, pg::Role::Admin, {}, {});
        add(kLead, pg::Role::Leadership, {}, {});
        add(kSupA, pg::Role::Supervisor, {}, {QStringLiteral("Alpha")});
        add(kSupB, pg::Role::Supervisor, {}, {QStringLiteral("Beta")});
        add(kSupSql, pg::Role::Supervisor, {},
            {QStringLiteral("Alpha' OR '1'='1"), QStringLiteral("Beta\"); DROP TABLE scorecard.agents; --")});
        add(kAgentA1, pg::Role::Agent, QStringLiteral("A1"), {});
        add(kAgentB1, pg::Role::Agent, QStringLiteral("B1"), {});
        add(kAgentSql, pg::Role::Agent, kSqlAgentId, {});

        // Notes written by their authors: a shared and a private one on A1
        // by Alpha's supervisor, a private one on B1 by Beta's, a shared and
        // a private one on B1 by the admin. Audit entries by each writer.
        {
            pg::Connection supA = connectAs(kSupA, kPassword, kDb);
            supA.exec("INSERT INTO scorecard.one_on_one_notes (agent_id, month, visibility, text) VALUES "
                      "('A1', '2026-10', 'shared', 'shared A1'), ('A1', '2026-10', 'private', 'private A1 by alpha')");
            supA.exec("INSERT INTO scorecard.audit_log (action, details) VALUES ('import', 'alpha import')");
            supA.exec("INSERT INTO scorecard.imports (source_file, kind) VALUES ('alpha.csv', 'contacts')");
        }
        {
            pg::Connection supB = connectAs(kSupB, kPassword, kDb);
            supB.exec("INSERT INTO scorecard.one_on_one_notes (agent_id, month, visibility, text) VALUES "
                      "('B1', '2026-10', 'private', 'private B1 by beta')");
            supB.exec("INSERT INTO scorecard.audit_log (action, details) VALUES ('import', 'beta import')");
            const QString importId = scalar(supB, "INSERT INTO scorecard.imports (source_file, kind) "
                                                  "VALUES ('beta.csv', 'qa') RETURNING id");
            supB.exec("INSERT INTO scorecard.qa_evaluations (evaluation_id, agent_id, date, score, import_id) "
                      "VALUES ('Q4', 'B2', '2026-10-05', 60, $1)",
                      {pg::text(importId)});
        }
        {
            pg::Connection admin = connectAs(kAdmin, kPassword, kDb);
            admin.exec("INSERT INTO scorecard.one_on_one_notes (agent_id, month, visibility, text) VALUES "
                       "('B1', '2026-10', 'shared', 'shared B1'), ('B1', '2026-10', 'private', 'private B1 by admin')");
        }
    }

    static pg::Connection as(const QString &login) { return connectAs(login, kPassword, kDb); }

    // Expects `sql` to be refused with `state` (42501: insufficient
    // privilege, also a row-level security WITH CHECK violation).
    static void expectRefused(pg::Connection &conn, const QString &sql, const std::string &state = "42501",
                              const std::vector<pg::Param> &params = {})
    {
        ++probes;
        EXPECT_EQ(errorState(conn, sql, params), state) << sql.toStdString();
    }
    static void expectRows(pg::Connection &conn, const char *sql, const QStringList &rows,
                           const std::vector<pg::Param> &params = {})
    {
        ++probes;
        EXPECT_EQ(column(conn, sql, params), rows) << sql;
    }
    static void expectAffected(pg::Connection &conn, const char *sql, qint64 affected,
                               const std::vector<pg::Param> &params = {})
    {
        ++probes;
        EXPECT_EQ(conn.exec(sql, params).affectedRows(), affected) << sql;
    }

    static void TearDownTestSuite()
    {
        std::cout << "[ role checks ] " << probes << " probes of SPEC section 8's table through libpq\n";
    }

    static inline int probes = 0;
};

// --- agent -----------------------------------------------------------------

TEST_F(PgRoles, AgentReadsOnlyTheirOwnRows)
{
    pg::Connection c = as(kAgentA1);
    expectRows(c, "SELECT agent_id FROM scorecard.agents ORDER BY agent_id", {QStringLiteral("A1")});
    expectRows(c, "SELECT name FROM scorecard.agents WHERE agent_id = 'A2'", {});
    expectRows(c, "SELECT agent_id || ' ' || date FROM scorecard.time_records ORDER BY 1",
               {QStringLiteral("A1 2026-10-01")});
    expectRows(c, "SELECT agent_id || ' ' || contacts FROM scorecard.contacts ORDER BY date",
               {QStringLiteral("A1 10"), QStringLiteral("A1 999")});
    expectRows(c, "SELECT evaluation_id FROM scorecard.qa_evaluations", {QStringLiteral("Q1")});
    expectRows(c, "SELECT response_id FROM scorecard.survey_responses", {QStringLiteral("S1")});
    expectRows(c, "SELECT event_id FROM scorecard.kcs_events ORDER BY 1", {QStringLiteral("K1"), QStringLiteral("K2")});
    expectRows(c, "SELECT text FROM scorecard.one_on_one_notes", {QStringLiteral("shared A1")});
    expectRows(c, "SELECT text FROM scorecard.action_items", {QStringLiteral("Goal A1")});
    expectRows(c, "SELECT agent_id FROM scorecard.one_on_one_done", {QStringLiteral("A1")});
    expectRows(c, "SELECT name FROM scorecard.templates ORDER BY name",
               {QStringLiteral("Alpha"), QStringLiteral("Default")});
    expectRows(c, "SELECT login || ' ' || agent_id FROM scorecard.users", {QStringLiteral("r_agent_a1 A1")});
    expectRows(c, "SELECT team FROM scorecard.user_teams", {});
    // Finalized or not is no secret; the snapshot is (other agents).
    expectRows(c, "SELECT month FROM scorecard.finalized_months", {QStringLiteral("2026-09")});
    // Imports: only those that wrote one of the agent's rows (none here).
    expectRows(c, "SELECT source_file FROM scorecard.imports", {});
    // A bound value with SQL in it is a value: no row has that id.
    expectRows(c, "SELECT agent_id FROM scorecard.agents WHERE agent_id = $1", {},
               {pg::text(QStringLiteral("A1' OR '1'='1"))});
    expectRows(c, "SELECT count(*) FROM scorecard.contacts WHERE agent_id <> 'A1'", {QStringLiteral("0")});
}

TEST_F(PgRoles, AgentCannotReadTeamOnlyOrOthersTables)
{
    pg::Connection c = as(kAgentA1);
    expectRefused(c, QStringLiteral("SELECT * FROM scorecard.service_levels"));
    expectRefused(c, QStringLiteral("SELECT * FROM scorecard.audit_log"));
    expectRefused(c, QStringLiteral("SELECT snapshot FROM scorecard.finalized_months"));
    expectRefused(c, QStringLiteral("SELECT * FROM scorecard.user_list()"));
    // Helpers of the policies are not there to be called with another name.
    expectRefused(c, QStringLiteral("SELECT scorecard.stamp_user()"));
}

TEST_F(PgRoles, AgentWithSqlInTheirIdSeesOnlyThemselves)
{
    pg::Connection c = as(kAgentSql);
    expectRows(c, "SELECT agent_id FROM scorecard.agents", {kSqlAgentId});
    expectRows(c, "SELECT agent_id FROM scorecard.time_records", {kSqlAgentId});
    expectRows(c, "SELECT count(*) FROM scorecard.contacts", {QStringLiteral("0")});
    // Team Small has one agent with a record: no pooled values.
    expectRows(c, "SELECT team FROM scorecard.team_pooled_sums('2026-10')", {});
}

TEST_F(PgRoles, NobodyWithoutWriteRightsWrites)
{
    // Every table, every kind of write, for the two roles that write
    // nothing: refused before any row or constraint is looked at.
    for (const QString &login : {kAgentA1, kLead}) {
        pg::Connection c = as(login);
        for (const char *table : kTables) {
            const QString t = QStringLiteral("scorecard.") + QLatin1String(table);
            expectRefused(c, QStringLiteral("INSERT INTO %1 DEFAULT VALUES").arg(t));
            expectRefused(c, QStringLiteral("DELETE FROM %1").arg(t));
            expectRefused(c, QStringLiteral("TRUNCATE %1").arg(t));
        }
        for (const char *update :
             {"UPDATE scorecard.agents SET name = 'x'", "UPDATE scorecard.time_records SET worked_minutes = 0",
              "UPDATE scorecard.contacts SET contacts = 0", "UPDATE scorecard.qa_evaluations SET score = 0",
              "UPDATE scorecard.survey_responses SET csat = 1", "UPDATE scorecard.kcs_events SET type = 'link'",
              "UPDATE scorecard.service_levels SET offered = 0", "UPDATE scorecard.templates SET name = 'x'",
              "UPDATE scorecard.finalized_months SET snapshot = '{}'", "UPDATE scorecard.audit_log SET details = 'x'",
              "UPDATE scorecard.one_on_one_notes SET text = 'x'", "UPDATE scorecard.action_items SET text = 'x'",
              "UPDATE scorecard.one_on_one_done SET month = '2026-01'", "UPDATE scorecard.users SET role = 'admin'",
              "UPDATE scorecard.user_teams SET team = 'Beta'", "UPDATE scorecard.imports SET user_name = 'x'",
              "UPDATE scorecard.schema_version SET version = 0"})
            expectRefused(c, QString::fromUtf8(update));
        expectRefused(c, QStringLiteral("SELECT scorecard.user_add('r_x', 'admin', 'SCRAM-SHA-256$x', NULL, NULL)"));
        expectRefused(c, QStringLiteral("SELECT scorecard.user_remove('r_admin')"));
        expectRefused(c, QStringLiteral("SELECT scorecard.user_set_password('r_admin', 'SCRAM-SHA-256$x')"));
        expectRefused(c, QStringLiteral("CREATE TABLE scorecard.mine (x int)"));
        expectRefused(c, QStringLiteral("SET SESSION AUTHORIZATION r_admin"));
        expectRefused(c, QStringLiteral("SET ROLE r_admin"));
        expectRefused(c, QStringLiteral("CREATE ROLE r_sneaky"));
    }
}

// --- pooled team values ----------------------------------------------------

TEST_F(PgRoles, PooledValuesForATeamOfFiveAreItsSums)
{
    pg::Connection c = as(kAgentA1);
    const pg::Result r = c.exec("SELECT * FROM scorecard.team_pooled_sums('2026-10')");
    ASSERT_EQ(r.rows(), 1);
    // By hand, Alpha in 2026-10 over A1..A5 (NO_SERVER excluded, A6
    // inactive from 2026-10, A1's November row outside the month):
    const QStringList expected{QStringLiteral("Alpha"), QStringLiteral("5"),
                               // time: 5 rows, 5 x 480 worked; adherence A1..A4: 4 x 450 of 4 x 500;
                               // occupancy A1 only: 400 of 500
                               QStringLiteral("5"), QStringLiteral("2400"), QStringLiteral("4"), QStringLiteral("1800"),
                               QStringLiteral("2000"), QStringLiteral("1"), QStringLiteral("400"),
                               QStringLiteral("500"),
                               // contacts: 5 rows of 10, handle 5 x 3000 of 50; fcr A1, A2: 16 of 20
                               QStringLiteral("5"), QStringLiteral("50"), QStringLiteral("5"), QStringLiteral("15000"),
                               QStringLiteral("50"), QStringLiteral("2"), QStringLiteral("16"), QStringLiteral("20"),
                               // qa: 80 + 90, 6400 + 8100
                               QStringLiteral("2"), QStringLiteral("170"), QStringLiteral("14500"),
                               // survey: 3 rows, csat 5 and 3 (1 positive), nps 10 and 5 (1 each)
                               QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("2"),
                               QStringLiteral("1"), QStringLiteral("1"),
                               // kcs: a link, an edit, a draft
                               QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1"),
                               // service level: 2 days, 150 offered, 120 in SL, 143 answered; ASA
                               // from the one day with answer_seconds: 1900 s over 95
                               QStringLiteral("2"), QStringLiteral("150"), QStringLiteral("120"), QStringLiteral("143"),
                               QStringLiteral("1"), QStringLiteral("1900"), QStringLiteral("95")};
    QStringList got;
    for (int i = 0; i < r.columns(); ++i)
        got << r.value(0, i);
    ++probes;
    EXPECT_EQ(got, expected);
}

TEST_F(PgRoles, PooledValuesForATeamOfFourAreNothing)
{
    // Beta has 4 agents with a record in 2026-10 (B5's is in September).
    pg::Connection b1 = as(kAgentB1);
    expectRows(b1, "SELECT team FROM scorecard.team_pooled_sums('2026-10')", {});
    // Not for Beta's supervisor or an admin either: the function gives only
    // values that are shareable.
    pg::Connection supB = as(kSupB);
    expectRows(supB, "SELECT team FROM scorecard.team_pooled_sums('2026-10')", {});
    pg::Connection admin = as(kAdmin);
    expectRows(admin, "SELECT team FROM scorecard.team_pooled_sums('2026-10')", {QStringLiteral("Alpha")});
    // A fifth agent with a record makes the team's values appear.
    pg::Transaction tx(admin);
    admin.exec("INSERT INTO scorecard.time_records (agent_id, date, worked_minutes) VALUES ('B5', '2026-10-09', 60)");
    expectRows(admin,
               "SELECT team || ' ' || agents_with_record || ' ' || worked_minutes "
               "FROM scorecard.team_pooled_sums('2026-10') ORDER BY team",
               {QStringLiteral("Alpha 5 2400"), QStringLiteral("Beta 5 1260")});
    // (rolled back when tx goes out of scope)
}

// "My card" on the server: an agent sees only their own rows, so their
// team's values come from team_pooled_sums, never from their own rows, and
// not at all for a team of fewer than five agents with a record.
TEST_F(PgRoles, AnAgentsCardShowsTheTeamsPooledValuesNotTheirOwn)
{
    SystemClock clock;
    auto signIn = [&](const QString &login) {
        return std::make_unique<PostgresStore>(
            PgTestEnvironment::cluster().tcpUri(login, kDb), clock,
            [](const QString &) { return std::optional<QByteArray>(kPassword.toUtf8()); });
    };
    // The fixture's templates are names only ('{}'); scoring needs real
    // ones: the default, as stored for each row, put back at the end.
    pg::Connection su = pg::Connection::open(PgTestEnvironment::cluster().superuserUri(kDb));
    auto setDefinitions = [&](bool real) {
        for (const auto &[team, from] :
             {std::pair{"", "2026-01"}, std::pair{"Alpha", "2026-01"}, std::pair{"Beta", "2026-01"}}) {
            ScorecardTemplate t = defaultTemplate();
            t.team = QLatin1String(team);
            t.effectiveFrom = Month(2026, 1);
            su.exec("UPDATE scorecard.templates SET definition = $1 WHERE team = $2 AND effective_from = $3",
                    {pg::text(real ? QString::fromUtf8(QJsonDocument(templateToJson(t)).toJson(QJsonDocument::Compact))
                                   : QStringLiteral("{}")),
                     pg::text(QLatin1String(team)), pg::text(QLatin1String(from))});
        }
    };
    setDefinitions(true);
    struct Restore {
        std::function<void()> f;
        ~Restore() { f(); }
    } restore{[&] { setDefinitions(false); }};
    ++probes;
    const MonthReport a1 = computeMonth(*signIn(kAgentA1), Month(2026, 10));
    ASSERT_EQ(a1.agents.size(), 1u);
    const AgentScorecard &ann = a1.agents.front();
    // Ann's QA 80 and CSAT 1 of 1 = 100%; Alpha's pooled QA (80 + 90) / 2 =
    // 85 and CSAT 1 positive of 2 = 50% (by hand from the fixture).
    EXPECT_DOUBLE_EQ(*ann.metric(u"qa")->value.value, 80);
    EXPECT_DOUBLE_EQ(*ann.metric(u"qa")->teamValue, 85);
    EXPECT_DOUBLE_EQ(*ann.metric(u"csat")->value.value, 100);
    EXPECT_DOUBLE_EQ(*ann.metric(u"csat")->teamValue, 50);
    ASSERT_NE(a1.team(QStringLiteral("Alpha")), nullptr);
    // Service level 120 of 150 = 80%, from the function too.
    EXPECT_DOUBLE_EQ(*a1.team(QStringLiteral("Alpha"))->metric(u"service_level")->value, 80);

    // Beta has 4 agents with a record: no team values on Bea's card, and
    // her own KCS link still counts (1 point, not "no data").
    const MonthReport b1 = computeMonth(*signIn(kAgentB1), Month(2026, 10));
    ASSERT_EQ(b1.agents.size(), 1u);
    const AgentScorecard &bea = b1.agents.front();
    EXPECT_DOUBLE_EQ(*bea.metric(u"qa")->value.value, 70);
    EXPECT_FALSE(bea.metric(u"qa")->teamValue.has_value());
    EXPECT_FALSE(bea.metric(u"contacts_per_hour")->teamValue.has_value());
    EXPECT_EQ(b1.team(QStringLiteral("Beta")), nullptr);
    EXPECT_EQ(bea.metric(u"kcs")->value.status, MetricStatus::Ok);
    EXPECT_DOUBLE_EQ(*bea.metric(u"kcs")->value.value, 1);
}

TEST_F(PgRoles, PooledValuesRefuseABadMonth)
{
    pg::Connection c = as(kAgentA1);
    expectRefused(c, QStringLiteral("SELECT * FROM scorecard.team_pooled_sums('2026-13')"), "22023");
    expectRefused(c, QStringLiteral("SELECT * FROM scorecard.team_pooled_sums($1)"), "22023",
                  {pg::text(QStringLiteral("2026-10' OR '1'='1"))});
}

// --- finalized months ------------------------------------------------------

QJsonObject snapshotAs(const QString &login)
{
    pg::Connection c = connectAs(login, kPassword, kDb);
    return QJsonDocument::fromJson(scalar(c, "SELECT scorecard.finalized_snapshot('2026-09')").toUtf8()).object();
}

QStringList idsIn(const QJsonArray &array, const QString &key)
{
    QStringList out;
    for (const QJsonValue &v : array)
        out << v.toObject().value(key).toString();
    return out;
}

TEST_F(PgRoles, FinalizedSnapshotIsCutToWhatEachRoleSees)
{
    const QJsonObject a1 = snapshotAs(kAgentA1);
    ++probes;
    EXPECT_EQ(idsIn(a1.value(QStringLiteral("agents")).toArray(), QStringLiteral("agent_id")), strs({"A1"}));
    ++probes;
    EXPECT_EQ(idsIn(a1.value(QStringLiteral("teams")).toArray(), QStringLiteral("team")), strs({"Alpha"}));
    const QJsonObject a1Metric = a1.value(QStringLiteral("agents"))[0][QStringLiteral("metrics")][0].toObject();
    ++probes;
    EXPECT_EQ(a1Metric.value(QStringLiteral("team_value")).toDouble(), 85.0);

    // Beta has 4 agents in the snapshot: no team values for its agents.
    const QJsonObject b1 = snapshotAs(kAgentB1);
    ++probes;
    EXPECT_EQ(idsIn(b1.value(QStringLiteral("agents")).toArray(), QStringLiteral("agent_id")), strs({"B1"}));
    ++probes;
    EXPECT_TRUE(b1.value(QStringLiteral("teams")).toArray().isEmpty());
    const QJsonObject b1Metric = b1.value(QStringLiteral("agents"))[0][QStringLiteral("metrics")][0].toObject();
    ++probes;
    EXPECT_TRUE(b1Metric.value(QStringLiteral("team_value")).isNull());
    EXPECT_EQ(b1Metric.value(QStringLiteral("value")).toDouble(), 80.0);

    const QJsonObject supA = snapshotAs(kSupA);
    ++probes;
    EXPECT_EQ(idsIn(supA.value(QStringLiteral("agents")).toArray(), QStringLiteral("agent_id")),
              strs({"A1", "A2", "A3", "A4", "A5"}));
    ++probes;
    EXPECT_EQ(idsIn(supA.value(QStringLiteral("teams")).toArray(), QStringLiteral("team")), strs({"Alpha"}));

    const QJsonObject sql = snapshotAs(kSupSql);
    ++probes;
    EXPECT_TRUE(sql.value(QStringLiteral("agents")).toArray().isEmpty());

    // Leadership and admins get the stored bytes.
    for (const QString &login : {kLead, kAdmin}) {
        pg::Connection c = as(login);
        ++probes;
        EXPECT_EQ(scalar(c, "SELECT scorecard.finalized_snapshot('2026-09')").toUtf8(), snapshot());
    }
}

// --- supervisor ------------------------------------------------------------

TEST_F(PgRoles, SupervisorReadsTheirTeamsOnly)
{
    pg::Connection c = as(kSupA);
    expectRows(c, "SELECT agent_id FROM scorecard.agents ORDER BY agent_id",
               strs({"A1", "A2", "A3", "A4", "A5", "A6", "NO_SERVER"}));
    expectRows(c, "SELECT name FROM scorecard.agents WHERE agent_id = 'A2'", {kEvilName});
    expectRows(c, "SELECT DISTINCT a.team FROM scorecard.contacts c JOIN scorecard.agents a USING (agent_id)",
               {QStringLiteral("Alpha")});
    expectRows(c, "SELECT count(*) FROM scorecard.time_records WHERE agent_id LIKE 'B%'", {QStringLiteral("0")});
    expectRows(c, "SELECT evaluation_id FROM scorecard.qa_evaluations ORDER BY 1", strs({"Q1", "Q2"}));
    expectRows(c, "SELECT response_id FROM scorecard.survey_responses ORDER BY 1", strs({"S1", "S2", "S3"}));
    expectRows(c, "SELECT event_id FROM scorecard.kcs_events ORDER BY 1", strs({"K1", "K2", "K3"}));
    expectRows(c, "SELECT DISTINCT team FROM scorecard.service_levels", {QStringLiteral("Alpha")});
    expectRows(c, "SELECT text FROM scorecard.action_items", {QStringLiteral("Goal A1")});
    expectRows(c, "SELECT agent_id FROM scorecard.one_on_one_done", {QStringLiteral("A1")});
    expectRows(c, "SELECT name FROM scorecard.templates ORDER BY name", strs({"Alpha", "Default"}));
    // Shared notes of the team and their own private notes; not Beta's
    // supervisor's nor the admin's.
    expectRows(c, "SELECT text FROM scorecard.one_on_one_notes ORDER BY text",
               {QStringLiteral("private A1 by alpha"), QStringLiteral("shared A1")});
    expectRows(c, "SELECT details FROM scorecard.audit_log", {QStringLiteral("alpha import")});
    expectRows(c, "SELECT source_file FROM scorecard.imports", {QStringLiteral("alpha.csv")});
    expectRows(c, "SELECT login FROM scorecard.users", {kSupA});
    expectRows(c, "SELECT team FROM scorecard.user_teams", {QStringLiteral("Alpha")});
    expectRefused(c, QStringLiteral("SELECT snapshot FROM scorecard.finalized_months"));
    expectRefused(c, QStringLiteral("SELECT * FROM scorecard.user_list()"));
}

TEST_F(PgRoles, SupervisorWithSqlInTeamNamesSeesNothing)
{
    pg::Connection c = as(kSupSql);
    for (const char *table :
         {"agents", "time_records", "contacts", "qa_evaluations", "survey_responses", "kcs_events", "service_levels",
          "one_on_one_notes", "action_items", "one_on_one_done", "imports", "audit_log"}) {
        expectRows(c,
                   QStringLiteral("SELECT count(*) FROM scorecard.%1").arg(QLatin1String(table)).toUtf8().constData(),
                   {QStringLiteral("0")});
    }
}

TEST_F(PgRoles, SupervisorWritesTheirTeamsOnly)
{
    pg::Connection c = as(kSupA);
    {
        pg::Transaction tx(c); // allowed writes, rolled back at the end
        expectAffected(c,
                       "INSERT INTO scorecard.contacts (agent_id, date, channel, contacts) "
                       "VALUES ('A1', '2026-10-05', 'chat', 3)",
                       1);
        expectAffected(c, "INSERT INTO scorecard.agents (agent_id, name, team) VALUES ('A9', 'New', 'Alpha')", 1);
        expectAffected(c, "UPDATE scorecard.qa_evaluations SET score = 81 WHERE evaluation_id = 'Q1'", 1);
        // Rows of other teams are not there to change.
        expectAffected(c, "UPDATE scorecard.qa_evaluations SET score = 0 WHERE agent_id LIKE 'B%'", 0);
        expectAffected(c, "DELETE FROM scorecard.contacts WHERE agent_id = 'B1'", 0);
        expectAffected(c, "UPDATE scorecard.service_levels SET offered = 0 WHERE team = 'Beta'", 0);
        expectAffected(c, "UPDATE scorecard.one_on_one_notes SET text = 'x' WHERE agent_id = 'B1'", 0);
        expectAffected(c, "DELETE FROM scorecard.action_items WHERE agent_id = 'B1'", 0);
    }
    // A row for another team's agent is refused, so an import that has one
    // fails whole; each statement here runs on its own and changes nothing.
    for (const char *sql :
         {"INSERT INTO scorecard.contacts (agent_id, date, channel, contacts) VALUES ('B1', '2026-10-05', 'chat', 3)",
          "INSERT INTO scorecard.time_records (agent_id, date, worked_minutes) VALUES ('B1', '2026-10-05', 1)",
          "INSERT INTO scorecard.qa_evaluations (evaluation_id, agent_id, date, score) VALUES ('Q9', 'B1', "
          "'2026-10-05', 1)",
          "INSERT INTO scorecard.survey_responses (response_id, agent_id, date) VALUES ('S9', 'B1', '2026-10-05')",
          "INSERT INTO scorecard.kcs_events (event_id, agent_id, date, type) VALUES ('K9', 'B1', '2026-10-05', "
          "'link')",
          "INSERT INTO scorecard.service_levels (team, date, offered, answered_in_sl) VALUES ('Beta', '2026-10-05', "
          "1, 1)",
          "INSERT INTO scorecard.agents (agent_id, name, team) VALUES ('B9', 'Mole', 'Beta')",
          // Taking Beta's agent by an upsert; moving one's own agent to Beta.
          "INSERT INTO scorecard.agents (agent_id, name, team) VALUES ('B1', 'Bea', 'Alpha') "
          "ON CONFLICT (agent_id) DO UPDATE SET team = EXCLUDED.team",
          "UPDATE scorecard.agents SET team = 'Beta' WHERE agent_id = 'A1'",
          "UPDATE scorecard.contacts SET agent_id = 'B1' WHERE agent_id = 'A1'",
          "INSERT INTO scorecard.one_on_one_notes (agent_id, month, visibility, text) VALUES ('B1', '2026-11', "
          "'shared', 'x')",
          "INSERT INTO scorecard.one_on_one_notes (agent_id, month, visibility, text) VALUES ('B1', '2026-11', "
          "'private', 'x')",
          "INSERT INTO scorecard.action_items (agent_id, created_month, text) VALUES ('B1', '2026-11', 'x')",
          "INSERT INTO scorecard.one_on_one_done (agent_id, month) VALUES ('B1', '2026-11')"}) {
        const std::string state = errorState(c, sql);
        ++probes;
        EXPECT_EQ(state, "42501") << sql;
    }
    // Provenance: rows may name the supervisor's own import, not Beta's.
    {
        pg::Transaction tx(c);
        const QString own = scalar(c, "INSERT INTO scorecard.imports (kind) VALUES ('contacts') RETURNING id");
        expectAffected(c,
                       "INSERT INTO scorecard.contacts (agent_id, date, channel, contacts, import_id) "
                       "VALUES ('A1', '2026-10-08', 'chat', 1, $1)",
                       1, {pg::text(own)});
    }
    pg::Connection su = pg::Connection::open(PgTestEnvironment::cluster().superuserUri(kDb));
    const QString betaImportId = scalar(su, "SELECT id FROM scorecard.imports WHERE source_file = 'beta.csv'");
    expectRefused(c,
                  QStringLiteral("INSERT INTO scorecard.contacts (agent_id, date, channel, contacts, import_id) "
                                 "VALUES ('A1', '2026-10-08', 'chat', 1, $1)"),
                  "42501", {pg::text(betaImportId)});
    // Tables that are not a supervisor's to write.
    for (const char *sql : {"INSERT INTO scorecard.templates (team, effective_from, name, definition) VALUES "
                            "('Alpha', '2026-11', 'x', '{}')",
                            "DELETE FROM scorecard.templates", "UPDATE scorecard.templates SET name = 'x'",
                            "INSERT INTO scorecard.finalized_months (month, snapshot) VALUES ('2026-10', '{}')",
                            "DELETE FROM scorecard.finalized_months", "DELETE FROM scorecard.agents",
                            "UPDATE scorecard.audit_log SET details = 'x'", "DELETE FROM scorecard.audit_log",
                            "UPDATE scorecard.imports SET source_file = 'x'", "DELETE FROM scorecard.imports",
                            "INSERT INTO scorecard.users (login, role) VALUES ('r_x', 'admin')",
                            "INSERT INTO scorecard.user_teams (login, team) VALUES ('r_sup_alpha', 'Beta')",
                            "UPDATE scorecard.schema_version SET version = 0"})
        expectRefused(c, QString::fromUtf8(sql));
}

TEST_F(PgRoles, PrivateNotesAreTheirAuthorsOnly)
{
    pg::Connection supA = as(kSupA);
    // The author is the server's current_user, whatever the client sends.
    {
        pg::Transaction tx(supA);
        supA.exec("INSERT INTO scorecard.one_on_one_notes (agent_id, month, visibility, author, text) "
                  "VALUES ('A2', '2026-10', 'private', 'r_sup_beta', 'mine')");
        expectRows(supA, "SELECT author FROM scorecard.one_on_one_notes WHERE text = 'mine'", {kSupA});
    }
    // Leadership: shared notes only; the admin: shared ones and their own.
    pg::Connection lead = as(kLead);
    expectRows(lead, "SELECT text FROM scorecard.one_on_one_notes ORDER BY text",
               {QStringLiteral("shared A1"), QStringLiteral("shared B1")});
    expectRows(lead, "SELECT count(*) FROM scorecard.one_on_one_notes WHERE visibility = 'private'",
               {QStringLiteral("0")});
    pg::Connection admin = as(kAdmin);
    expectRows(admin, "SELECT text FROM scorecard.one_on_one_notes ORDER BY text",
               {QStringLiteral("private B1 by admin"), QStringLiteral("shared A1"), QStringLiteral("shared B1")});
    expectAffected(admin, "UPDATE scorecard.one_on_one_notes SET text = 'x' WHERE text LIKE 'private % by alpha'", 0);
    expectAffected(admin, "DELETE FROM scorecard.one_on_one_notes WHERE text LIKE 'private % by beta'", 0);
    // Beta's supervisor sees their own private note on B1, not the admin's.
    pg::Connection supB = as(kSupB);
    expectRows(supB, "SELECT text FROM scorecard.one_on_one_notes WHERE visibility = 'private'",
               {QStringLiteral("private B1 by beta")});
    // The agent: their shared note only.
    pg::Connection b1 = as(kAgentB1);
    expectRows(b1, "SELECT text FROM scorecard.one_on_one_notes", {QStringLiteral("shared B1")});
}

// --- leadership and admin --------------------------------------------------

TEST_F(PgRoles, LeadershipReadsEveryTeam)
{
    pg::Connection c = as(kLead);
    expectRows(c, "SELECT count(*) FROM scorecard.agents", {QStringLiteral("13")});
    expectRows(c, "SELECT count(*) FROM scorecard.contacts", {QStringLiteral("9")});
    expectRows(c, "SELECT count(*) FROM scorecard.qa_evaluations", {QStringLiteral("4")});
    expectRows(c, "SELECT DISTINCT team FROM scorecard.service_levels ORDER BY 1", strs({"Alpha", "Beta"}));
    expectRows(c, "SELECT count(*) FROM scorecard.templates", {QStringLiteral("3")});
    expectRows(c, "SELECT count(*) FROM scorecard.finalized_months WHERE snapshot <> ''", {QStringLiteral("1")});
    expectRows(c, "SELECT count(*) FROM scorecard.action_items", {QStringLiteral("2")});
    expectRows(c, "SELECT count(*) FROM scorecard.imports", {QStringLiteral("2")});
    expectRows(c, "SELECT details FROM scorecard.audit_log WHERE action = 'import' ORDER BY id",
               {QStringLiteral("alpha import"), QStringLiteral("beta import")});
    // Users: only their own row; the list is for admins.
    expectRows(c, "SELECT login FROM scorecard.users", {kLead});
    expectRefused(c, QStringLiteral("SELECT * FROM scorecard.user_list()"));
}

TEST_F(PgRoles, AdminWritesTemplatesMonthsAnyImportButNotTheLog)
{
    pg::Connection c = as(kAdmin);
    {
        pg::Transaction tx(c);
        expectAffected(c,
                       "INSERT INTO scorecard.templates (team, effective_from, name, definition) VALUES "
                       "('Beta', '2026-11', 'New', '{}')",
                       1);
        expectAffected(c,
                       "INSERT INTO scorecard.finalized_months (month, snapshot, finalized_by) "
                       "VALUES ('2026-10', '{}', 'someone else')",
                       1);
        expectRows(c, "SELECT finalized_by FROM scorecard.finalized_months WHERE month = '2026-10'", {kAdmin});
        expectAffected(c, "DELETE FROM scorecard.finalized_months WHERE month = '2026-09'", 1);
        expectAffected(c,
                       "INSERT INTO scorecard.contacts (agent_id, date, channel, contacts) VALUES "
                       "('B1', '2026-10-05', 'chat', 3), ('A1', '2026-10-05', 'chat', 3)",
                       2);
    }
    expectRows(c, "SELECT count(*) FROM scorecard.users", {QStringLiteral("8")});
    // The log is append-only, the mapping written only through functions.
    for (const char *sql :
         {"UPDATE scorecard.audit_log SET details = 'x'", "DELETE FROM scorecard.audit_log",
          "UPDATE scorecard.imports SET user_name = 'x'", "DELETE FROM scorecard.imports",
          "INSERT INTO scorecard.users (login, role) VALUES ('r_x', 'admin')",
          "UPDATE scorecard.users SET role = 'admin'", "DELETE FROM scorecard.user_teams",
          "UPDATE scorecard.schema_version SET version = 0", "CREATE TABLE scorecard.mine (x int)",
          "DROP TABLE scorecard.contacts", "ALTER TABLE scorecard.contacts DISABLE ROW LEVEL SECURITY",
          "DROP POLICY agent_reads ON scorecard.contacts"})
        expectRefused(c, QString::fromUtf8(sql));
}

// --- the audit user is the server's ----------------------------------------

TEST_F(PgRoles, AuditUserIsCurrentUserWhateverTheClientSends)
{
    for (const QString &login : {kSupA, kAdmin}) {
        pg::Connection c = as(login);
        pg::Transaction tx(c);
        c.exec("INSERT INTO scorecard.audit_log (at, user_name, action, details) "
               "VALUES ('2000-01-01T00:00:00Z', 'r_lead', 'forged', 'claims to be leadership')");
        expectRows(c,
                   "SELECT user_name || ' ' || (at > now() - interval '1 hour') FROM scorecard.audit_log "
                   "WHERE action = 'forged'",
                   {login + QStringLiteral(" true")});
        // The client's session settings change nothing either.
        c.exec("SET LOCAL application_name = 'r_lead'");
        c.exec("INSERT INTO scorecard.imports (user_name, kind) VALUES ('r_lead', 'contacts')");
        expectRows(c, "SELECT user_name FROM scorecard.imports WHERE id = (SELECT max(id) FROM scorecard.imports)",
                   {login});
    }
    // A login that switches to its group role writes as the group, never
    // as someone else, and sees nothing of a supervisor's teams then.
    pg::Connection c = as(kSupA);
    c.exec("SET ROLE scorecard_supervisor");
    expectRows(c, "SELECT count(*) FROM scorecard.agents", {QStringLiteral("0")});
    expectRefused(c, QStringLiteral("SET ROLE r_admin"));
}

// --- the same through psql ---------------------------------------------------

struct PsqlProbe {
    QString login;
    QString sql;
    QString output;  // expected stdout when it succeeds
    QString refusal; // expected part of stderr when refused
};

TEST_F(PgRoles, PsqlSeesAndIsRefusedWhatTheAppIs)
{
    std::vector<PsqlProbe> probesList{
        {kAgentA1, QStringLiteral("SELECT string_agg(agent_id, ',') FROM scorecard.agents"), QStringLiteral("A1"), {}},
        {kAgentA1,
         QStringLiteral("SELECT count(*) FROM scorecard.contacts WHERE agent_id <> 'A1'"),
         QStringLiteral("0"),
         {}},
        {kAgentA1,
         QStringLiteral("SELECT count(*) FROM scorecard.one_on_one_notes WHERE visibility = 'private'"),
         QStringLiteral("0"),
         {}},
        {kAgentA1,
         QStringLiteral("SELECT * FROM scorecard.service_levels"),
         {},
         QStringLiteral("permission denied for table service_levels")},
        {kAgentA1,
         QStringLiteral("SELECT snapshot FROM scorecard.finalized_months"),
         {},
         QStringLiteral("permission denied for table finalized_months")},
        {kAgentB1,
         QStringLiteral("SELECT count(*) FROM scorecard.team_pooled_sums('2026-10')"),
         QStringLiteral("0"),
         {}},
        {kAgentA1,
         QStringLiteral("SELECT team FROM scorecard.team_pooled_sums('2026-10')"),
         QStringLiteral("Alpha"),
         {}},
        {kSupA, QStringLiteral("SELECT count(*) FROM scorecard.agents WHERE team <> 'Alpha'"), QStringLiteral("0"), {}},
        {kSupA,
         QStringLiteral("INSERT INTO scorecard.contacts (agent_id, date, channel, contacts) VALUES ('B1', "
                        "'2026-10-05', 'chat', 3)"),
         {},
         QStringLiteral("new row violates row-level security policy for table \"contacts\"")},
        {kSupA,
         QStringLiteral("INSERT INTO scorecard.templates (team, effective_from, name, definition) VALUES "
                        "('Alpha', '2026-11', 'x', '{}')"),
         {},
         QStringLiteral("permission denied for table templates")},
        {kSupA,
         QStringLiteral("SELECT count(*) FROM scorecard.one_on_one_notes WHERE agent_id = 'B1'"),
         QStringLiteral("0"),
         {}},
        {kSupSql, QStringLiteral("SELECT count(*) FROM scorecard.agents"), QStringLiteral("0"), {}},
        {kLead, QStringLiteral("SELECT count(*) FROM scorecard.agents"), QStringLiteral("13"), {}},
        {kLead,
         QStringLiteral("SELECT count(*) FROM scorecard.one_on_one_notes WHERE visibility = 'private'"),
         QStringLiteral("0"),
         {}},
        {kAdmin,
         QStringLiteral("SELECT count(*) FROM scorecard.one_on_one_notes WHERE author <> current_user AND "
                        "visibility = 'private'"),
         QStringLiteral("0"),
         {}},
        {kAdmin,
         QStringLiteral("DELETE FROM scorecard.audit_log"),
         {},
         QStringLiteral("permission denied for table audit_log")},
        {kAdmin,
         QStringLiteral("INSERT INTO scorecard.users (login, role) VALUES ('r_x', 'admin')"),
         {},
         QStringLiteral("permission denied for table users")},
    };
    // Every write to every table, for the roles that write nothing.
    for (const QString &login : {kAgentA1, kLead})
        for (const char *table : kTables)
            probesList.push_back({login,
                                  QStringLiteral("DELETE FROM scorecard.%1").arg(QLatin1String(table)),
                                  {},
                                  QStringLiteral("permission denied for table %1").arg(QLatin1String(table))});
    int ran = 0;
    for (const PsqlProbe &p : probesList) {
        const PsqlResult r = runPsql(PgTestEnvironment::cluster().tcpUri(p.login, kDb), p.login, kPassword, p.sql);
        ++ran;
        if (p.refusal.isEmpty()) {
            EXPECT_EQ(r.exitCode, 0) << p.login.toStdString() << ": " << p.sql.toStdString() << ": "
                                     << r.err.toStdString();
            EXPECT_EQ(r.out.trimmed(), p.output) << p.login.toStdString() << ": " << p.sql.toStdString();
        } else {
            EXPECT_NE(r.exitCode, 0) << p.login.toStdString() << ": " << p.sql.toStdString();
            EXPECT_TRUE(r.err.contains(p.refusal))
                << p.login.toStdString() << ": " << p.sql.toStdString() << ": " << r.err.toStdString();
        }
    }
    std::cout << "[ role checks ] " << ran << " probes through psql\n";
}

} // namespace
} // namespace sc::test
