// `scorecard server init` and `scorecard user ...` as a shell runs them:
// the real executable, passwords from stdin or PGPASSFILE, exit codes.
#include "pg_test_util.h"
#include "storage/postgres/pg_schema.h"

#include <QTemporaryDir>
#include <QTemporaryFile>
#include <gtest/gtest.h>

namespace sc::test {
namespace {

const QString kDb = QStringLiteral("cli");

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs scorecard with `stdinText` on a pipe (not a terminal), PGPASSFILE
// holding `login`'s password when given.
CliRun scorecard(const QStringList &args, const QByteArray &stdinText = {}, const QString &login = {},
                 const QString &password = {})
{
    QTemporaryFile passfile;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PGPASSWORD"));
    env.insert(QStringLiteral("PGPASSFILE"), QStringLiteral("/nonexistent"));
    if (!login.isEmpty()) {
        if (!passfile.open())
            return {};
        passfile.write(QStringLiteral("*:*:*:%1:%2\n").arg(login, password).toUtf8());
        passfile.flush();
        passfile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        env.insert(QStringLiteral("PGPASSFILE"), passfile.fileName());
    }
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SCORECARD_BINARY), args);
    p.write(stdinText);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

class ServerCli : public ::testing::Test {
protected:
    static void SetUpTestSuite() { PgTestEnvironment::cluster().createDatabase(kDb); }
    static QString su() { return PgTestEnvironment::cluster().superuserUri(kDb); }
    static QString tcp(const QString &login) { return PgTestEnvironment::cluster().tcpUri(login, kDb); }
};

TEST_F(ServerCli, InitTwiceThenUsersEndToEnd)
{
    CliRun first = scorecard({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--db"), su()});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_EQ(first.out, QStringLiteral("Database 'cli': schema version 0 -> 3, with the roles scorecard_agent, "
                                        "scorecard_supervisor, scorecard_leadership and scorecard_admin.\n"));
    CliRun second = scorecard({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--db"), su()});
    EXPECT_EQ(second.exitCode, 0) << second.err.toStdString();
    EXPECT_EQ(second.out, QStringLiteral("Database 'cli' is already at schema version 3; roles and grants checked.\n"));
    EXPECT_EQ(second.err, QString());

    // The first admin, by the superuser; the new password on stdin.
    CliRun admin = scorecard({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), su(),
                              QStringLiteral("--login"), QStringLiteral("c_boss"), QStringLiteral("--role"),
                              QStringLiteral("admin")},
                             "boss pw\n");
    ASSERT_EQ(admin.exitCode, 0) << admin.err.toStdString();
    EXPECT_EQ(admin.out, QStringLiteral("Added c_boss (admin)\n"));

    // The admin adds the others over TLS, its own password from PGPASSFILE.
    const QString odd = QStringLiteral("o'hara \"q\"; DROP ROLE c_boss; --");
    const std::vector<QStringList> adds{
        {QStringLiteral("--login"), QStringLiteral("c_sup"), QStringLiteral("--role"), QStringLiteral("supervisor"),
         QStringLiteral("--teams"), QStringLiteral("North, South")},
        {QStringLiteral("--login"), odd, QStringLiteral("--role"), QStringLiteral("agent"), QStringLiteral("--agent"),
         QStringLiteral("A' OR '1'='1")},
        {QStringLiteral("--login"), QStringLiteral("c_lead"), QStringLiteral("--role"), QStringLiteral("leadership")}};
    for (const QStringList &add : adds) {
        CliRun r = scorecard(QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"),
                                         tcp(QStringLiteral("c_boss"))}
                                 + add,
                             "their pw\n", QStringLiteral("c_boss"), QStringLiteral("boss pw"));
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    CliRun list = scorecard(
        {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), tcp(QStringLiteral("c_boss"))}, {},
        QStringLiteral("c_boss"), QStringLiteral("boss pw"));
    EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_EQ(list.out, QStringLiteral("c_boss\tadmin\t\n"
                                       "c_lead\tleadership\t\n"
                                       "c_sup\tsupervisor\tNorth,South\n")
                            + odd + QStringLiteral("\tagent\tA' OR '1'='1\n"));

    // The odd login signs in with its password and is the agent it maps to.
    pg::Connection agent = connectAs(odd, QStringLiteral("their pw"), kDb);
    EXPECT_EQ(scalar(agent, "SELECT agent_id FROM scorecard.whoami()"), QStringLiteral("A' OR '1'='1"));

    // A supervisor may not manage users.
    CliRun refused =
        scorecard({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), tcp(QStringLiteral("c_sup")),
                   QStringLiteral("--login"), QStringLiteral("c_x"), QStringLiteral("--role"), QStringLiteral("admin")},
                  "x\n", QStringLiteral("c_sup"), QStringLiteral("their pw"));
    EXPECT_EQ(refused.exitCode, 74);
    EXPECT_TRUE(refused.err.startsWith(QStringLiteral("scorecard user: only an admin may manage users (")))
        << refused.err.toStdString();

    // Everyone changes their own password; then only the new one works.
    CliRun passwd = scorecard(
        {QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("--db"), tcp(QStringLiteral("c_sup"))},
        "new sup pw\n", QStringLiteral("c_sup"), QStringLiteral("their pw"));
    EXPECT_EQ(passwd.exitCode, 0) << passwd.err.toStdString();
    EXPECT_EQ(passwd.out, QStringLiteral("Changed the password of c_sup\n"));
    EXPECT_NO_THROW(connectAs(QStringLiteral("c_sup"), QStringLiteral("new sup pw"), kDb));
    EXPECT_THROW(connectAs(QStringLiteral("c_sup"), QStringLiteral("their pw"), kDb), pg::PgError);
    // ... but not someone else's.
    CliRun other = scorecard({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("--db"),
                              tcp(QStringLiteral("c_sup")), QStringLiteral("--login"), QStringLiteral("c_boss")},
                             "hijack\n", QStringLiteral("c_sup"), QStringLiteral("new sup pw"));
    EXPECT_EQ(other.exitCode, 74);
    EXPECT_TRUE(other.err.contains(QLatin1String("only an admin may set another user's password")))
        << other.err.toStdString();

    // Remove: not yourself, not the last admin; then a user.
    CliRun self = scorecard({QStringLiteral("user"), QStringLiteral("remove"), QStringLiteral("--db"),
                             tcp(QStringLiteral("c_boss")), QStringLiteral("--login"), QStringLiteral("c_boss")},
                            {}, QStringLiteral("c_boss"), QStringLiteral("boss pw"));
    EXPECT_EQ(self.exitCode, 65);
    EXPECT_TRUE(self.err.contains(QLatin1String("you cannot remove yourself"))) << self.err.toStdString();
    CliRun removed = scorecard({QStringLiteral("user"), QStringLiteral("remove"), QStringLiteral("--db"),
                                tcp(QStringLiteral("c_boss")), QStringLiteral("--login"), QStringLiteral("c_lead")},
                               {}, QStringLiteral("c_boss"), QStringLiteral("boss pw"));
    EXPECT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    EXPECT_THROW(connectAs(QStringLiteral("c_lead"), QStringLiteral("their pw"), kDb), pg::PgError);

    // The audit log names who did each, as the server saw them.
    pg::Connection boss = connectAs(QStringLiteral("c_boss"), QStringLiteral("boss pw"), kDb);
    EXPECT_EQ(column(boss, "SELECT user_name || ' ' || action || ' ' || details FROM scorecard.audit_log ORDER BY id"),
              (QStringList{QStringLiteral("postgres user add c_boss: admin"),
                           QStringLiteral("c_boss user add c_sup: supervisor of North, South"),
                           QStringLiteral("c_boss user add ") + odd + QStringLiteral(": agent of agent A' OR '1'='1"),
                           QStringLiteral("c_boss user add c_lead: leadership"),
                           QStringLiteral("c_sup user passwd c_sup"), QStringLiteral("c_boss user remove c_lead")}));
}

TEST_F(ServerCli, BadRequestsExitWithTheirCodes)
{
    scorecard({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--db"), su()});
    // A password in the URI: refused before connecting.
    CliRun inUri = scorecard({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--db"),
                              QStringLiteral("postgresql://postgres:secret@localhost/cli")});
    EXPECT_EQ(inUri.exitCode, 64);
    EXPECT_TRUE(inUri.err.contains(QLatin1String("carries a password"))) << inUri.err.toStdString();
    // No password anywhere and no terminal to ask on.
    CliRun noPassword = scorecard(
        {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), tcp(QStringLiteral("nobody_here"))});
    EXPECT_EQ(noPassword.exitCode, 74);
    EXPECT_TRUE(noPassword.err.contains(QLatin1String("put the password in PGPASSFILE")))
        << noPassword.err.toStdString();
    // Usage: role without its mapping, a reserved login, an empty password.
    CliRun noAgent =
        scorecard({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), su(),
                   QStringLiteral("--login"), QStringLiteral("c_a"), QStringLiteral("--role"), QStringLiteral("agent")},
                  "pw\n");
    EXPECT_EQ(noAgent.exitCode, 64);
    EXPECT_TRUE(noAgent.err.contains(QLatin1String("--role agent needs --agent ID"))) << noAgent.err.toStdString();
    CliRun reserved = scorecard({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), su(),
                                 QStringLiteral("--login"), QStringLiteral("scorecard_admin"), QStringLiteral("--role"),
                                 QStringLiteral("admin")},
                                "pw\n");
    EXPECT_EQ(reserved.exitCode, 64);
    EXPECT_TRUE(reserved.err.contains(QLatin1String("login \"scorecard_admin\" is reserved")))
        << reserved.err.toStdString();
    CliRun empty = scorecard({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), su(),
                              QStringLiteral("--login"), QStringLiteral("c_e"), QStringLiteral("--role"),
                              QStringLiteral("leadership")},
                             "\n");
    EXPECT_EQ(empty.exitCode, 64);
    // An existing role.
    CliRun exists = scorecard({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), su(),
                               QStringLiteral("--login"), QStringLiteral("postgres"), QStringLiteral("--role"),
                               QStringLiteral("leadership")},
                              "pw\n");
    EXPECT_EQ(exists.exitCode, 65);
    EXPECT_TRUE(exists.err.contains(QLatin1String("a role named \"postgres\" already exists")))
        << exists.err.toStdString();
    CliRun unknownAction = scorecard({QStringLiteral("user"), QStringLiteral("rename"), QStringLiteral("--db"), su()});
    EXPECT_EQ(unknownAction.exitCode, 64);
}

// `server push`, then every command on the server URI: the score output of
// every month is the same bytes from the SQLite file and from the server.
TEST(ServerPush, PushVerifiesAndScoreIsByteIdenticalOnBothStores)
{
    const QString db = QStringLiteral("push");
    PgTestCluster &cluster = PgTestEnvironment::cluster();
    cluster.createDatabase(db);
    const QString su = cluster.superuserUri(db);
    ASSERT_EQ(scorecard({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--db"), su}).exitCode, 0);
    ASSERT_EQ(
        scorecard({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), su, QStringLiteral("--login"),
                   QStringLiteral("p_boss"), QStringLiteral("--role"), QStringLiteral("admin")},
                  "boss pw\n")
            .exitCode,
        0);
    ASSERT_EQ(scorecard({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), su,
                         QStringLiteral("--login"), QStringLiteral("p_sup"), QStringLiteral("--role"),
                         QStringLiteral("supervisor"), QStringLiteral("--teams"), QStringLiteral("North")},
                        "sup pw\n")
                  .exitCode,
              0);
    const QString admin = cluster.tcpUri(QStringLiteral("p_boss"), db);
    const QString sup = cluster.tcpUri(QStringLiteral("p_sup"), db);

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString local = dir.filePath(QStringLiteral("local.sqlite"));
    CliRun demo = scorecard({QStringLiteral("demo"), QStringLiteral("--db"), local, QStringLiteral("--agents"),
                             QStringLiteral("30"), QStringLiteral("--months"), QStringLiteral("3"),
                             QStringLiteral("--end-month"), QStringLiteral("2026-10")});
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    ASSERT_EQ(scorecard({QStringLiteral("month"), QStringLiteral("--db"), local, QStringLiteral("--month"),
                         QStringLiteral("2026-08"), QStringLiteral("--finalize")})
                  .exitCode,
              0);

    const QStringList push{QStringLiteral("server"), QStringLiteral("push"), QStringLiteral("--from"), local,
                           QStringLiteral("--db")};
    // Not an admin: refused before anything is written.
    CliRun bySupervisor = scorecard(push + QStringList{sup}, {}, QStringLiteral("p_sup"), QStringLiteral("sup pw"));
    EXPECT_EQ(bySupervisor.exitCode, 74);
    EXPECT_TRUE(bySupervisor.err.contains(QLatin1String("only a Scorecard admin may push")))
        << bySupervisor.err.toStdString();
    // No such file.
    CliRun missing = scorecard({QStringLiteral("server"), QStringLiteral("push"), QStringLiteral("--from"),
                                dir.filePath(QStringLiteral("nope.sqlite")), QStringLiteral("--db"), admin},
                               {}, QStringLiteral("p_boss"), QStringLiteral("boss pw"));
    EXPECT_EQ(missing.exitCode, 66);
    // A password in the URI is a usage error, and not repeated.
    CliRun withPassword = scorecard(push + QStringList{QStringLiteral("postgresql://p_boss:hunter2@localhost/push")});
    EXPECT_EQ(withPassword.exitCode, 64);
    EXPECT_FALSE(withPassword.err.contains(QLatin1String("hunter2")));

    CliRun pushed = scorecard(push + QStringList{admin}, {}, QStringLiteral("p_boss"), QStringLiteral("boss pw"));
    ASSERT_EQ(pushed.exitCode, 0) << pushed.err.toStdString();
    EXPECT_TRUE(pushed.out.contains(QLatin1String(": 30 agents, "))) << pushed.out.toStdString();
    EXPECT_TRUE(pushed.out.contains(QLatin1String("1 finalized months"))) << pushed.out.toStdString();
    EXPECT_TRUE(
        pushed.out.endsWith(QLatin1String("Verified: the score output of all 3 months is identical on the server.\n")))
        << pushed.out.toStdString();
    // Pushing again: the server is no longer empty.
    CliRun again = scorecard(push + QStringList{admin}, {}, QStringLiteral("p_boss"), QStringLiteral("boss pw"));
    EXPECT_EQ(again.exitCode, 65);
    EXPECT_TRUE(again.err.contains(QLatin1String("already holds Scorecard data"))) << again.err.toStdString();

    // The same commands on both stores print the same bytes.
    for (const char *month : {"2026-08", "2026-09", "2026-10"})
        for (const char *format : {"json", "csv", "table"}) {
            const QStringList args{QStringLiteral("score"),    QStringLiteral("--month"),   QString::fromLatin1(month),
                                   QStringLiteral("--format"), QString::fromLatin1(format), QStringLiteral("--db")};
            const CliRun fromFile = scorecard(args + QStringList{local});
            const CliRun fromServer =
                scorecard(args + QStringList{admin}, {}, QStringLiteral("p_boss"), QStringLiteral("boss pw"));
            ASSERT_EQ(fromFile.exitCode, 0) << fromFile.err.toStdString();
            ASSERT_EQ(fromServer.exitCode, 0) << fromServer.err.toStdString();
            EXPECT_GT(fromFile.out.size(), 500) << month << format;
            EXPECT_EQ(fromServer.out.toUtf8(), fromFile.out.toUtf8()) << month << " " << format;
        }
    CliRun status = scorecard({QStringLiteral("month"), QStringLiteral("--db"), admin, QStringLiteral("--month"),
                               QStringLiteral("2026-08"), QStringLiteral("--status")},
                              {}, QStringLiteral("p_boss"), QStringLiteral("boss pw"));
    EXPECT_EQ(status.out, QStringLiteral("2026-08: finalized\n")) << status.err.toStdString();
    // The audit log on the server: the push, by the admin's login.
    CliRun audit = scorecard({QStringLiteral("audit"), QStringLiteral("--db"), admin}, {}, QStringLiteral("p_boss"),
                             QStringLiteral("boss pw"));
    EXPECT_EQ(audit.exitCode, 0) << audit.err.toStdString();
    EXPECT_TRUE(audit.out.contains(QLatin1String("push"))) << audit.out.toStdString();
    EXPECT_TRUE(audit.out.contains(QLatin1String("p_boss"))) << audit.out.toStdString();
    // Without a password anywhere and no terminal: a clear error, exit 74.
    CliRun noPassword = scorecard(
        {QStringLiteral("score"), QStringLiteral("--db"), admin, QStringLiteral("--month"), QStringLiteral("2026-09")});
    EXPECT_EQ(noPassword.exitCode, 74);
    EXPECT_TRUE(noPassword.err.contains(QLatin1String("password"))) << noPassword.err.toStdString();
}

} // namespace
} // namespace sc::test
