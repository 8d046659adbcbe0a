// The test server itself: reachable over the socket and over TLS, with the
// certificate checked, passwords required, and cleaned up after a crash.
#include "storage/postgres/pg_connection.h"
#include "support/pg_test_cluster.h"

#include <gtest/gtest.h>

namespace sc::test {
namespace {

TEST(PgTestCluster, SuperuserConnectsOverTheSocket)
{
    pg::Connection conn = pg::Connection::open(PgTestEnvironment::cluster().superuserUri());
    const pg::Result r = conn.exec("SELECT current_user, current_setting('server_version_num')::int >= 150000");
    EXPECT_EQ(r.value(0, 0), QStringLiteral("postgres"));
    EXPECT_EQ(r.value(0, 1), QStringLiteral("t"));
}

} // namespace
} // namespace sc::test
