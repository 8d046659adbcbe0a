// The app on a shared server (SPEC section 8), against a real throwaway
// PostgreSQL server: the login dialog and the URI it makes (no password in
// QSettings), who is signed in, a supervisor seeing only their teams,
// leadership read-only with every team, an agent getting "My card" only,
// and a connection loss that keeps the typed note and saves it on Retry.
#include "app/main_window.h"
#include "app/my_card_window.h"
#include "app/notes_panel.h"
#include "app/server_login.h"
#include "app/team_table_model.h"
#include "storage/postgres/pg_schema.h"
#include "storage/postgres/pg_store.h"
#include "storage/postgres/pg_users.h"
#include "support/pg_test_cluster.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace sc;
using namespace sc::test;

namespace {

const QString kDb = QStringLiteral("app_server");
const QByteArray kPassword = "app test password";

QStringList comboTexts(const QComboBox *c)
{
    QStringList out;
    for (int i = 0; i < c->count(); ++i)
        out << c->itemText(i);
    return out;
}

// With SCORECARD_SHOTS=DIR set, the windows are saved as PNGs there to be
// looked at (what a user sees).
void shot(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("SCORECARD_SHOTS");
    if (!dir.isEmpty())
        w->grab().save(dir + QStringLiteral("/") + QString::fromLatin1(name) + QStringLiteral(".png"));
}

class ServerApp : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        PgTestCluster &cluster = PgTestEnvironment::cluster();
        cluster.createDatabase(kDb);
        pg::Connection su = pg::Connection::open(cluster.superuserUri(kDb));
        pg::initServer(su);
        auto add = [&](const char *login, pg::Role role, const char *agent = nullptr, QStringList teams = {}) {
            pg::ServerUser u;
            u.login = QString::fromLatin1(login);
            u.role = role;
            if (agent)
                u.agentId = QString::fromLatin1(agent);
            u.teams = teams;
            pg::addUser(su, u, kPassword);
        };
        add("sa_admin", pg::Role::Admin);
        add("sa_sup", pg::Role::Supervisor, nullptr, {QStringLiteral("North")});
        add("sa_lead", pg::Role::Leadership);
        add("sa_agent", pg::Role::Agent, "N1");

        SystemClock clock;
        PostgresStore admin(cluster.tcpUri(QStringLiteral("sa_admin"), kDb), clock,
                            [](const QString &) { return std::optional<QByteArray>(kPassword); });
        ImportBatch agents;
        agents.kind = ImportKind::Agents;
        for (const char *id : {"N1", "N2", "S1", "S2"}) {
            Agent a;
            a.id = QString::fromLatin1(id);
            a.name = QStringLiteral("Agent ") + a.id;
            a.team = a.id.startsWith(u'N') ? QStringLiteral("North") : QStringLiteral("South");
            agents.agents.push_back(a);
        }
        ImportBatch time;
        time.kind = ImportKind::Time;
        for (const Agent &a : agents.agents)
            time.time.push_back(TimeRecord{a.id, QDate(2026, 3, 2), 480, 480, 450, 400});
        admin.importBatches({agents, time});
    }

    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        QSettings().clear();
        window = std::make_unique<MainWindow>(openStore(dir.filePath(QStringLiteral("local.sqlite")), clock),
                                              dir.filePath(QStringLiteral("local.sqlite")), clock);
        window->resize(1280, 800);
        window->show();
    }

    static ServerLogin loginOf(const char *user)
    {
        ServerLogin l;
        l.host = QStringLiteral("localhost");
        l.port = PgTestEnvironment::cluster().port();
        l.database = kDb;
        l.user = QString::fromLatin1(user);
        l.sslmode = QStringLiteral("require");
        return l;
    }

    static pg::Connection superuser() { return pg::Connection::open(PgTestEnvironment::cluster().superuserUri(kDb)); }

    QTemporaryDir dir;
    FixedClock clock{QDateTime(QDate(2026, 4, 10), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<MainWindow> window;
};

TEST(ServerLoginDialog, MakesTheUriAndNeverKeepsThePasswordInSettings)
{
    ServerLogin odd;
    odd.host = QStringLiteral("db.example.org");
    odd.port = 6543;
    odd.database = QStringLiteral("score card");
    odd.user = QStringLiteral("o'hara@x");
    odd.sslmode = QStringLiteral("verify-full");
    EXPECT_EQ(serverUri(odd),
              QStringLiteral("postgresql://o%27hara%40x@db.example.org:6543/score%20card?sslmode=verify-full"));
    ServerLogin v6 = odd;
    v6.host = QStringLiteral("::1");
    EXPECT_TRUE(serverUri(v6).contains(QLatin1String("@[::1]:6543/"))) << serverUri(v6).toStdString();

    ServerLoginDialog dialog;
    dialog.setLogin(odd, true);
    EXPECT_EQ(dialog.login(), odd);
    EXPECT_TRUE(dialog.remember());
    EXPECT_EQ(dialog.passwordEdit()->echoMode(), QLineEdit::Password);
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("s3cret pw"));
    dialog.setError(QStringLiteral("PostgreSQL: connection to server at \"db.example.org\" failed: password "
                                   "authentication failed for user \"o'hara@x\""));
    dialog.show();
    shot(&dialog, "login_dialog");
    EXPECT_EQ(dialog.password(), QByteArray("s3cret pw"));
    // Connect is off until host, database and user are given.
    QPushButton *connectButton = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("&Connect"))
            connectButton = b;
    ASSERT_NE(connectButton, nullptr);
    EXPECT_TRUE(connectButton->isEnabled());
    dialog.userEdit()->clear();
    EXPECT_FALSE(connectButton->isEnabled());
    dialog.userEdit()->setText(odd.user);

    QSettings().clear();
    saveServerLogin(dialog.login(), dialog.remember());
    EXPECT_EQ(lastServerLogin().host, odd.host);
    EXPECT_TRUE(lastServerLoginRemembered());
    QSettings settings;
    for (const QString &key : settings.allKeys())
        EXPECT_FALSE(settings.value(key).toString().contains(QLatin1String("s3cret"))) << key.toStdString();
}

TEST_F(ServerApp, SupervisorSeesOnlyTheirTeamsAndWhoIsSignedIn)
{
    window->signIn(loginOf("sa_sup"), kPassword, false);
    EXPECT_EQ(window->signedInLabel()->text(), QStringLiteral("Signed in as sa_sup (supervisor: North)"));
    EXPECT_EQ(comboTexts(window->teamCombo()), (QStringList{QStringLiteral("All teams"), QStringLiteral("North")}));
    EXPECT_EQ(window->month(), Month(2026, 3));
    ASSERT_EQ(window->teamModel()->rowCount(), 2);
    QStringList ids;
    for (int r = 0; r < 2; ++r)
        ids << window->teamModel()->index(r, 0).data(TeamTableModel::AgentIdRole).toString();
    EXPECT_EQ(ids, (QStringList{QStringLiteral("N1"), QStringLiteral("N2")}));
    EXPECT_FALSE(window->readOnlyBanner()->isVisible());
    EXPECT_TRUE(window->windowTitle().contains(kDb)) << window->windowTitle().toStdString();
    shot(window.get(), "supervisor_window");
    // Nothing of the password in the settings, remembered or not.
    QSettings settings;
    for (const QString &key : settings.allKeys())
        EXPECT_FALSE(settings.value(key).toString().contains(QString::fromUtf8(kPassword))) << key.toStdString();
}

TEST_F(ServerApp, LeadershipReadsEveryTeamAndChangesNothing)
{
    window->signIn(loginOf("sa_lead"), kPassword, false);
    EXPECT_EQ(window->signedInLabel()->text(), QStringLiteral("Signed in as sa_lead (leadership)"));
    EXPECT_EQ(comboTexts(window->teamCombo()),
              (QStringList{QStringLiteral("All teams"), QStringLiteral("North"), QStringLiteral("South")}));
    EXPECT_EQ(window->teamModel()->rowCount(), 4);
    EXPECT_TRUE(window->readOnlyBanner()->isVisible());
    EXPECT_TRUE(window->findChild<QLabel *>(QStringLiteral("readOnlyBannerText"))
                    ->text()
                    .contains(QLatin1String("signed in as sa_lead (leadership)")));
}

TEST_F(ServerApp, AnAgentGetsMyCardAndNothingElse)
{
    window->signIn(loginOf("sa_agent"), kPassword, false);
    ASSERT_NE(window->agentWindow(), nullptr);
    EXPECT_TRUE(window->agentWindow()->isVisible());
    EXPECT_FALSE(window->isVisible());
    EXPECT_TRUE(window->agentWindow()->hasCard());
    shot(window->agentWindow(), "agent_my_card");
    window->agentWindow()->close();
}

TEST_F(ServerApp, AWrongPasswordIsRefusedAndTheWindowKeepsItsDatabase)
{
    try {
        window->signIn(loginOf("sa_sup"), "not the password", false);
        FAIL() << "expected StoreError";
    } catch (const StoreError &e) {
        EXPECT_NE(std::string(e.what()).find("password authentication failed"), std::string::npos) << e.what();
    }
    EXPECT_TRUE(window->signedInLabel()->text().startsWith(QLatin1String("Local database")))
        << window->signedInLabel()->text().toStdString();
}

TEST_F(ServerApp, ConnectionLossKeepsTheTypedNoteAndRetrySavesIt)
{
    window->signIn(loginOf("sa_sup"), kPassword, false);
    ASSERT_TRUE(window->selectAgent(QStringLiteral("N2")));
    auto *editor = window->notesPanel()->findChild<QPlainTextEdit *>();
    ASSERT_NE(editor, nullptr);

    // The server stops answering for this login: its sessions end and it
    // may not sign in again.
    pg::Connection su = superuser();
    su.exec("ALTER ROLE sa_sup NOLOGIN");
    su.exec("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'sa_sup'");
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("Talked about breaks."));
    window->notesPanel()->flush(); // what the autosave timer does
    EXPECT_TRUE(window->connectionBanner()->isVisible());
    EXPECT_EQ(editor->toPlainText(), QStringLiteral("Talked about breaks."));
    shot(window.get(), "connection_lost");
    EXPECT_EQ(su.exec("SELECT count(*) FROM scorecard.one_on_one_notes").value(0, 0), QStringLiteral("0"));
    // Retry while the server still refuses: the banner stays, nothing lost.
    EXPECT_FALSE(window->retryConnection());
    EXPECT_TRUE(window->connectionBanner()->isVisible());

    su.exec("ALTER ROLE sa_sup LOGIN");
    EXPECT_TRUE(window->retryConnection());
    EXPECT_FALSE(window->connectionBanner()->isVisible());
    const pg::Result note = su.exec("SELECT agent_id, month, text, author FROM scorecard.one_on_one_notes");
    ASSERT_EQ(note.rows(), 1);
    EXPECT_EQ(note.value(0, 0), QStringLiteral("N2"));
    EXPECT_EQ(note.value(0, 2), QStringLiteral("Talked about breaks."));
    EXPECT_EQ(note.value(0, 3), QStringLiteral("sa_sup"));
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ScorecardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("scorecard-server-app-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    ::testing::AddGlobalTestEnvironment(new PgTestEnvironment);
    return RUN_ALL_TESTS();
}
