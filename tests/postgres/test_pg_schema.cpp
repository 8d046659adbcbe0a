// `server init`'s schema: versions step by step, idempotence, and a
// database from a newer Scorecard refused.
#include "pg_test_util.h"
#include "storage/postgres/pg_schema.h"
#include "storage/postgres/pg_users.h"
#include "support/pg_test_cluster.h"

#include <gtest/gtest.h>

namespace sc::test {
namespace {

// Everything a migration defines, as text, to compare two databases.
QString catalogDump(pg::Connection &conn)
{
    QStringList parts;
    for (const char *sql :
         {"SELECT string_agg(table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || "
          "coalesce(column_default, '') || ' ' || coalesce(collation_name, ''), E'\\n' ORDER BY table_name, "
          "column_name) FROM information_schema.columns WHERE table_schema = 'scorecard'",
          "SELECT string_agg(tablename || ' ' || policyname || ' ' || array_to_string(roles, ',') || ' ' || cmd || ' ' "
          "|| coalesce(qual, '') || ' ' || coalesce(with_check, ''), E'\\n' ORDER BY tablename, policyname) FROM "
          "pg_policies WHERE schemaname = 'scorecard'",
          "SELECT string_agg(c.relname || ' ' || c.relrowsecurity || ' ' || coalesce(array_to_string(c.relacl, ','), "
          "''), "
          "E'\\n' ORDER BY c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = "
          "'scorecard'",
          "SELECT string_agg(p.proname || ' ' || p.prosecdef || ' ' || coalesce(array_to_string(p.proacl, ','), '') || "
          "' ' || md5(p.prosrc), E'\\n' ORDER BY p.proname) FROM pg_proc p JOIN pg_namespace n ON n.oid = "
          "p.pronamespace WHERE n.nspname = 'scorecard'",
          "SELECT string_agg(indexname || ' ' || indexdef, E'\\n' ORDER BY indexname) FROM pg_indexes WHERE "
          "schemaname = 'scorecard'",
          "SELECT string_agg(tgname || ' ' || tgrelid::regclass::text, E'\\n' ORDER BY tgrelid::regclass::text) FROM "
          "pg_trigger WHERE NOT tgisinternal AND tgrelid::regclass::text LIKE 'scorecard.%'"})
        parts << scalar(conn, sql);
    return parts.join(QStringLiteral("\n---\n"));
}

TEST(PgSchema, StepByStepEqualsFresh)
{
    PgTestCluster &cluster = PgTestEnvironment::cluster();
    cluster.createDatabase(QStringLiteral("schema_steps"));
    cluster.createDatabase(QStringLiteral("schema_fresh"));
    pg::Connection steps = pg::Connection::open(cluster.superuserUri(QStringLiteral("schema_steps")));
    pg::Connection fresh = pg::Connection::open(cluster.superuserUri(QStringLiteral("schema_fresh")));
    EXPECT_EQ(pg::schemaVersion(steps), 0);
    for (int v = 1; v <= pg::latestSchemaVersion(); ++v) {
        EXPECT_EQ(pg::initServer(steps, v), v - 1);
        EXPECT_EQ(pg::schemaVersion(steps), v);
    }
    EXPECT_EQ(pg::initServer(fresh), 0);
    EXPECT_EQ(pg::schemaVersion(fresh), pg::latestSchemaVersion());
    const QString dump = catalogDump(fresh);
    EXPECT_EQ(catalogDump(steps), dump);
    // Every table has row-level security on.
    EXPECT_EQ(scalar(fresh, "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                            "WHERE n.nspname = 'scorecard' AND c.relkind = 'r' AND NOT c.relrowsecurity"),
              QStringLiteral("0"));
    EXPECT_EQ(scalar(fresh, "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                            "WHERE n.nspname = 'scorecard' AND c.relkind = 'r'"),
              QStringLiteral("17"));
    // Owned by the owner role, not by whoever ran init.
    EXPECT_EQ(scalar(fresh, "SELECT string_agg(DISTINCT pg_get_userbyid(c.relowner), ',') FROM pg_class c "
                            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'scorecard'"),
              QStringLiteral("scorecard_owner"));
}

TEST(PgSchema, InitTwiceIsHarmless)
{
    PgTestCluster &cluster = PgTestEnvironment::cluster();
    cluster.createDatabase(QStringLiteral("schema_twice"));
    pg::Connection su = pg::Connection::open(cluster.superuserUri(QStringLiteral("schema_twice")));
    EXPECT_EQ(pg::initServer(su), 0);
    su.exec("INSERT INTO scorecard.agents (agent_id, name, team) VALUES ('T1', 'Tess', 'Twice')");
    pg::ServerUser u;
    u.login = QStringLiteral("t_sup");
    u.role = pg::Role::Supervisor;
    u.teams = {QStringLiteral("Twice")};
    pg::addUser(su, u, "pw");
    const QString before = catalogDump(su);
    EXPECT_EQ(pg::initServer(su), pg::latestSchemaVersion());
    EXPECT_EQ(pg::initServer(su), pg::latestSchemaVersion());
    EXPECT_EQ(catalogDump(su), before);
    EXPECT_EQ(scalar(su, "SELECT name FROM scorecard.agents"), QStringLiteral("Tess"));
    // The user and their rights survive.
    pg::Connection sup = connectAs(QStringLiteral("t_sup"), QStringLiteral("pw"), QStringLiteral("schema_twice"));
    EXPECT_EQ(scalar(sup, "SELECT agent_id FROM scorecard.agents"), QStringLiteral("T1"));
}

TEST(PgSchema, NewerDatabaseIsRefused)
{
    PgTestCluster &cluster = PgTestEnvironment::cluster();
    cluster.createDatabase(QStringLiteral("schema_newer"));
    pg::Connection su = pg::Connection::open(cluster.superuserUri(QStringLiteral("schema_newer")));
    pg::initServer(su);
    su.exec("UPDATE scorecard.schema_version SET version = 99");
    try {
        pg::initServer(su);
        FAIL() << "a database from a newer Scorecard was accepted";
    } catch (const pg::PgError &e) {
        EXPECT_NE(std::string(e.what()).find("schema version 99, newer than this Scorecard supports (3)"),
                  std::string::npos)
            << e.what();
    }
}

TEST(PgSchema, NonUtf8DatabaseIsRefused)
{
    PgTestCluster &cluster = PgTestEnvironment::cluster();
    pg::Connection admin = pg::Connection::open(cluster.superuserUri());
    admin.exec("CREATE DATABASE schema_latin1 ENCODING 'LATIN1' TEMPLATE template0");
    pg::Connection su = pg::Connection::open(cluster.superuserUri(QStringLiteral("schema_latin1")));
    try {
        pg::initServer(su);
        FAIL() << "a LATIN1 database was accepted";
    } catch (const pg::PgError &e) {
        EXPECT_NE(std::string(e.what()).find("encoding is LATIN1; Scorecard needs UTF8"), std::string::npos)
            << e.what();
    }
    EXPECT_EQ(pg::schemaVersion(su), 0);
}

} // namespace
} // namespace sc::test
