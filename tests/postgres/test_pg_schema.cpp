// `server init`'s schema: versions, idempotence.
#include "storage/postgres/pg_schema.h"
#include "support/pg_test_cluster.h"

#include <gtest/gtest.h>

namespace sc::test {
namespace {

TEST(PgSchema, InitCreatesTheLatestVersion)
{
    PgTestCluster &cluster = PgTestEnvironment::cluster();
    cluster.createDatabase(QStringLiteral("schema_init"));
    pg::Connection conn = pg::Connection::open(cluster.superuserUri(QStringLiteral("schema_init")));
    EXPECT_EQ(pg::schemaVersion(conn), 0);
    EXPECT_EQ(pg::initServer(conn), 0);
    EXPECT_EQ(pg::schemaVersion(conn), 2);
}

} // namespace
} // namespace sc::test
