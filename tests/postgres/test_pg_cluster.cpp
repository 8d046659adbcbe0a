// The test server itself: reachable over the socket and over TLS, with the
// certificate checked, passwords required, and cleaned up after a crash.
#include "pg_test_util.h"
#include "storage/postgres/pg_connection.h"
#include "storage/postgres/pg_schema.h"
#include "storage/postgres/pg_users.h"
#include "support/pg_test_cluster.h"

#include <cerrno>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

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

// --- signing in: TLS, host names, passwords --------------------------------

namespace sc::test {
namespace {

class PgSignIn : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        PgTestCluster &cluster = PgTestEnvironment::cluster();
        cluster.createDatabase(QStringLiteral("signin"));
        pg::Connection su = pg::Connection::open(cluster.superuserUri(QStringLiteral("signin")));
        pg::initServer(su);
        pg::ServerUser u;
        u.login = QStringLiteral("s_lead");
        u.role = pg::Role::Leadership;
        pg::addUser(su, u, "right password");
    }
    static std::string openError(const QString &uri, const QString &password)
    {
        try {
            pg::Connection::open(uri, [&](const QString &) { return std::optional<QByteArray>(password.toUtf8()); });
            return {};
        } catch (const pg::PgError &e) {
            return e.what();
        }
    }
};

TEST_F(PgSignIn, RightPasswordOverVerifiedTls)
{
    pg::Connection c = connectAs(QStringLiteral("s_lead"), QStringLiteral("right password"), QStringLiteral("signin"));
    EXPECT_TRUE(c.usesSsl());
    EXPECT_EQ(scalar(c, "SELECT current_user"), QStringLiteral("s_lead"));
    // The verifier the server stores is SCRAM-SHA-256, computed by the client.
    pg::Connection su = pg::Connection::open(PgTestEnvironment::cluster().superuserUri(QStringLiteral("signin")));
    EXPECT_TRUE(scalar(su, "SELECT rolpassword FROM pg_authid WHERE rolname = 's_lead'")
                    .startsWith(QStringLiteral("SCRAM-SHA-256$4096:")));
}

TEST_F(PgSignIn, WrongPasswordFailsClearly)
{
    const std::string error =
        openError(PgTestEnvironment::cluster().tcpUri(QStringLiteral("s_lead"), QStringLiteral("signin")),
                  QStringLiteral("wrong"));
    EXPECT_NE(error.find("password authentication failed for user \"s_lead\""), std::string::npos) << error;
    EXPECT_EQ(error.find('\n'), std::string::npos) << "one line: " << error;
}

TEST_F(PgSignIn, VerifyFullAgainstTheWrongHostNameFailsClearly)
{
    PgTestCluster &cluster = PgTestEnvironment::cluster();
    // Same server (hostaddr 127.0.0.1), but checked against a name the
    // certificate does not carry.
    const std::string error = openError(cluster.tcpUri(QStringLiteral("s_lead"), QStringLiteral("signin"),
                                                       QStringLiteral("verify-full"), QStringLiteral("wrong.example")),
                                        QStringLiteral("right password"));
    EXPECT_NE(error.find("does not match host name \"wrong.example\""), std::string::npos) << error;
    // 127.0.0.1 is in the certificate's names: that works.
    EXPECT_EQ(openError(cluster.tcpUri(QStringLiteral("s_lead"), QStringLiteral("signin"),
                                       QStringLiteral("verify-full"), QStringLiteral("127.0.0.1")),
                        QStringLiteral("right password")),
              "");
}

TEST_F(PgSignIn, PlainTcpWithoutTlsIsRefused)
{
    const std::string error =
        openError(PgTestEnvironment::cluster().tcpUri(QStringLiteral("s_lead"), QStringLiteral("signin"),
                                                      QStringLiteral("disable")),
                  QStringLiteral("right password"));
    EXPECT_NE(error.find("no encryption"), std::string::npos) << error;
}

TEST_F(PgSignIn, OnlyScorecardUsersMayConnect)
{
    // A login role of the cluster that is not a user of this database.
    pg::Connection su = pg::Connection::open(PgTestEnvironment::cluster().superuserUri());
    su.exec("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 's_stranger') THEN "
            "CREATE ROLE s_stranger LOGIN PASSWORD 'stranger'; END IF; END $$");
    const std::string error =
        openError(PgTestEnvironment::cluster().tcpUri(QStringLiteral("s_stranger"), QStringLiteral("signin")),
                  QStringLiteral("stranger"));
    EXPECT_NE(error.find("permission denied for database \"signin\""), std::string::npos) << error;
}

TEST_F(PgSignIn, PsqlSignsInAndIsRefusedTheSame)
{
    PgTestCluster &cluster = PgTestEnvironment::cluster();
    const QString uri = cluster.tcpUri(QStringLiteral("s_lead"), QStringLiteral("signin"));
    PsqlResult ok =
        runPsql(uri, QStringLiteral("s_lead"), QStringLiteral("right password"), QStringLiteral("SELECT current_user"));
    EXPECT_EQ(ok.exitCode, 0) << ok.err.toStdString();
    EXPECT_EQ(ok.out.trimmed(), QStringLiteral("s_lead"));
    PsqlResult wrong =
        runPsql(uri, QStringLiteral("s_lead"), QStringLiteral("wrong"), QStringLiteral("SELECT current_user"));
    EXPECT_NE(wrong.exitCode, 0);
    EXPECT_TRUE(wrong.err.contains(QLatin1String("password authentication failed"))) << wrong.err.toStdString();
}

// --- crash safety ----------------------------------------------------------

TEST(PgTestClusterCleanup, RemovesTheClusterOfADeadProcess)
{
    // A cluster started by a child process that is then killed: the server
    // dies with it (parent-death signal) and the next sweep removes its
    // folder.
    const pid_t child = fork();
    if (child == 0) {
        try {
            auto cluster = PgTestCluster::start();
            const std::string root = cluster->root().toStdString();
            // Tell the parent where, then wait to be killed.
            FILE *f = fopen("/tmp/scorecard-pg-cleanup-test.path", "w");
            if (f) {
                fputs(root.c_str(), f);
                fclose(f);
            }
            cluster.release(); // no destructor: as after a crash
            pause();
        } catch (...) {
        }
        _exit(1);
    }
    ASSERT_GT(child, 0);
    std::string root;
    for (int i = 0; i < 1500 && root.empty(); ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        std::ifstream in("/tmp/scorecard-pg-cleanup-test.path");
        std::getline(in, root);
    }
    std::remove("/tmp/scorecard-pg-cleanup-test.path");
    ASSERT_FALSE(root.empty()) << "the child could not start a cluster";
    std::ifstream pidFile(root + "/data/postmaster.pid");
    pid_t postmaster = 0;
    pidFile >> postmaster;
    ASSERT_GT(postmaster, 0);
    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    // The server shuts down on its own.
    bool gone = false;
    for (int i = 0; i < 1500 && !gone; ++i) {
        gone = kill(postmaster, 0) != 0 && errno == ESRCH;
        if (!gone)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    EXPECT_TRUE(gone) << "postmaster " << postmaster << " outlived its test process";
    EXPECT_TRUE(std::filesystem::exists(root));
    EXPECT_GE(PgTestCluster::removeStaleClusters(), 1);
    EXPECT_FALSE(std::filesystem::exists(root));
    // The environment's own cluster is alive and untouched.
    EXPECT_TRUE(std::filesystem::exists(PgTestEnvironment::cluster().root().toStdString()));
}

} // namespace
} // namespace sc::test
