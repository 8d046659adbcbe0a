// The command line as a user and a script see it (SPEC section 5): exit
// codes, the exact JSON shape on a small dataset worked by hand, imports that
// are all-or-nothing, templates, finalize/reopen and the audit log.
#include "cli_test_util.h"

#include "cli/score_output.h"
#include "core/scorecard_template.h"
#include "core/scoring_source.h"
#include "storage/store.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <cmath>

using namespace sc;
using namespace sc::test;

namespace {

QString dataFile(const QString &name) { return QStringLiteral(SCORECARD_TEST_DATA_DIR "/cli/") + name; }

class CliTest : public ::testing::Test {
protected:
    CliTest() : clock(QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC)) {}

    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        db = dir.filePath(QStringLiteral("test.sqlite"));
    }

    CliRun run(QStringList args) { return runIn(args, clock); }

    // The hand-made October 2026 dataset: every kind, three agents with
    // records (one more without), two teams.
    void importAll()
    {
        const CliRun r =
            run({QStringLiteral("import"), QStringLiteral("--db"), db, dataFile(QStringLiteral("agents.csv")),
                 dataFile(QStringLiteral("time.csv")), dataFile(QStringLiteral("contacts.csv")),
                 dataFile(QStringLiteral("qa.csv")), dataFile(QStringLiteral("survey.csv")),
                 dataFile(QStringLiteral("kcs.csv")), dataFile(QStringLiteral("service_level.csv"))});
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
    }

    QJsonObject scoreJson(const QString &month = QStringLiteral("2026-10"), QStringList extra = {})
    {
        const CliRun r = run(QStringList{QStringLiteral("score"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                                         month, QStringLiteral("--format"), QStringLiteral("json")}
                             + extra);
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        return r.json();
    }

    QTemporaryDir dir;
    QString db;
    FixedClock clock;
};

QJsonObject agentOf(const QJsonObject &report, const QString &id)
{
    for (const QJsonValue &a : report.value(QStringLiteral("agents")).toArray())
        if (a.toObject().value(QStringLiteral("agent_id")).toString() == id)
            return a.toObject();
    ADD_FAILURE() << "no agent " << id.toStdString();
    return {};
}

QJsonObject metricOf(const QJsonObject &owner, const QString &key)
{
    for (const QJsonValue &m : owner.value(QStringLiteral("metrics")).toArray())
        if (m.toObject().value(QStringLiteral("key")).toString() == key)
            return m.toObject();
    ADD_FAILURE() << "no metric " << key.toStdString();
    return {};
}

QJsonObject teamOf(const QJsonObject &report, const QString &team)
{
    for (const QJsonValue &t : report.value(QStringLiteral("teams")).toArray())
        if (t.toObject().value(QStringLiteral("team")).toString() == team)
            return t.toObject();
    ADD_FAILURE() << "no team " << team.toStdString();
    return {};
}

double num(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    EXPECT_TRUE(v.isDouble()) << key << " is not a number";
    return v.toDouble();
}

bool isNull(const QJsonObject &o, const char *key)
{
    return o.contains(QLatin1String(key)) && o.value(QLatin1String(key)).isNull();
}

const QStringList kAgentMetrics{QStringLiteral("contacts_per_hour"),
                                QStringLiteral("aht"),
                                QStringLiteral("qa"),
                                QStringLiteral("csat"),
                                QStringLiteral("fcr"),
                                QStringLiteral("nps"),
                                QStringLiteral("adherence"),
                                QStringLiteral("occupancy"),
                                QStringLiteral("kcs")};

} // namespace

// --- exit codes ----------------------------------------------------------------

TEST_F(CliTest, RecognisesSubcommandsOnly)
{
    EXPECT_TRUE(isCliInvocation({QStringLiteral("score"), QStringLiteral("--db"), db}));
    EXPECT_TRUE(isCliInvocation({QStringLiteral("demo")}));
    EXPECT_TRUE(isCliInvocation({QStringLiteral("month")}));
    EXPECT_TRUE(isCliInvocation({QStringLiteral("audit")}));
    EXPECT_TRUE(isCliInvocation({QStringLiteral("--help")}));
    EXPECT_TRUE(isCliInvocation({QStringLiteral("--version")}));
    // The GUI's own options (and no arguments) open the app.
    EXPECT_TRUE(isCliInvocation({QStringLiteral("frobnicate")})); // answered with "unknown command"
    EXPECT_FALSE(isCliInvocation({}));
    EXPECT_FALSE(isCliInvocation({QStringLiteral("--db"), db, QStringLiteral("--agent"), QStringLiteral("A001")}));
    EXPECT_TRUE(cliNeedsGui({QStringLiteral("report")}));
    EXPECT_FALSE(cliNeedsGui({QStringLiteral("score")}));
}

TEST_F(CliTest, HelpAndVersion)
{
    CliRun r = run({QStringLiteral("--help")});
    EXPECT_EQ(r.code, 0);
    for (const char *cmd : {"demo", "import", "score", "report", "template", "month", "audit"})
        EXPECT_TRUE(r.out.contains(QLatin1String(cmd))) << cmd;
    r = run({QStringLiteral("--version")});
    EXPECT_EQ(r.code, 0);
    EXPECT_EQ(r.out.trimmed(), QStringLiteral("scorecard " SCORECARD_VERSION));
    for (const char *cmd : {"demo", "import", "score", "report", "template", "month", "audit"}) {
        r = run({QLatin1String(cmd), QStringLiteral("--help")});
        EXPECT_EQ(r.code, 0) << cmd;
        EXPECT_TRUE(r.out.startsWith(QStringLiteral("Usage: scorecard ") + QLatin1String(cmd))) << r.out.toStdString();
        EXPECT_TRUE(r.out.contains(QStringLiteral("--db"))) << cmd;
    }
    r = run({QStringLiteral("help"), QStringLiteral("score")});
    EXPECT_EQ(r.code, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("--format")));
}

TEST_F(CliTest, UsageErrorsExit64WithOneLine)
{
    struct Case {
        QStringList args;
        const char *mention;
    };
    const std::vector<Case> cases{
        {{QStringLiteral("frobnicate")}, "frobnicate"},
        {{QStringLiteral("score"), QStringLiteral("--db"), db, QStringLiteral("--month"), QStringLiteral("2026-13")},
         "2026-13"},
        {{QStringLiteral("score"), QStringLiteral("--db"), db, QStringLiteral("--month"), QStringLiteral("Oct 2026")},
         "Oct 2026"},
        {{QStringLiteral("score"), QStringLiteral("--db"), db}, "--month"},
        {{QStringLiteral("score"), QStringLiteral("--db"), db, QStringLiteral("--month"), QStringLiteral("2026-10"),
          QStringLiteral("--format"), QStringLiteral("xml")},
         "xml"},
        {{QStringLiteral("score"), QStringLiteral("--db"), db, QStringLiteral("--month"), QStringLiteral("2026-10"),
          QStringLiteral("--colour")},
         "--colour"},
        {{QStringLiteral("score"), QStringLiteral("--db")}, "--db"},
        {{QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"), QStringLiteral("agents")},
         "FILE"},
        {{QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"), QStringLiteral("agents"),
          QStringLiteral("--mapping"), dataFile(QStringLiteral("x.json")), dataFile(QStringLiteral("agents.csv"))},
         "--mapping"},
        {{QStringLiteral("template"), QStringLiteral("--db"), db}, "--export"},
        {{QStringLiteral("month"), QStringLiteral("--db"), db, QStringLiteral("--month"), QStringLiteral("2026-10")},
         "--finalize"},
        {{QStringLiteral("month"), QStringLiteral("--db"), db, QStringLiteral("--month"), QStringLiteral("2026-10"),
          QStringLiteral("--finalize"), QStringLiteral("--reopen")},
         "--finalize"},
        {{QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--agents"), QStringLiteral("lots")},
         "lots"},
        {{QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--month"), QStringLiteral("2026-10"),
          QStringLiteral("--all")},
         "--out"},
        {{QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--month"), QStringLiteral("2026-10"),
          QStringLiteral("--agent"), QStringLiteral("A001"), QStringLiteral("--team"), QStringLiteral("Billing"),
          QStringLiteral("--out"), dir.filePath(QStringLiteral("x.pdf"))},
         "exactly one"},
        {{QStringLiteral("audit"), QStringLiteral("--db"), db, QStringLiteral("extra")}, "extra"},
    };
    for (const Case &c : cases) {
        const CliRun r = run(c.args);
        EXPECT_EQ(r.code, 64) << c.args.join(u' ').toStdString() << "\n" << r.err.toStdString();
        EXPECT_EQ(r.errLines().size(), 1) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QLatin1String(c.mention))) << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    }
    // Nothing was created by a usage error.
    EXPECT_FALSE(QFile::exists(db));
}

TEST_F(CliTest, MissingInputFileExits66)
{
    CliRun r = run({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
                    QStringLiteral("agents"), dir.filePath(QStringLiteral("nope.csv"))});
    EXPECT_EQ(r.code, 66);
    ASSERT_EQ(r.errLines().size(), 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("nope.csv")));
    r = run({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--mapping"),
             dir.filePath(QStringLiteral("profile.json")), dataFile(QStringLiteral("agents.csv"))});
    EXPECT_EQ(r.code, 66);
    r = run({QStringLiteral("template"), QStringLiteral("--db"), db, QStringLiteral("--import"),
             dir.filePath(QStringLiteral("t.json"))});
    EXPECT_EQ(r.code, 66);
}

TEST_F(CliTest, BadDataExits65)
{
    // Unknown kind.
    CliRun r = run({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
                    QStringLiteral("tickets"), dataFile(QStringLiteral("agents.csv"))});
    EXPECT_EQ(r.code, 65);
    EXPECT_TRUE(r.err.contains(QStringLiteral("tickets")));
    // A header no kind matches, with no --kind to say what it is.
    QFile f(dir.filePath(QStringLiteral("weird.csv")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("colour,shape\nred,square\n");
    f.close();
    r = run({QStringLiteral("import"), QStringLiteral("--db"), db, f.fileName()});
    EXPECT_EQ(r.code, 65);
    EXPECT_TRUE(r.err.contains(QStringLiteral("weird.csv"))) << r.err.toStdString();
    // An invalid mapping profile.
    QFile p(dir.filePath(QStringLiteral("profile.json")));
    ASSERT_TRUE(p.open(QIODevice::WriteOnly));
    p.write("{\"name\": \"x\", \"kind\": \"tickets\", \"columns\": {}}");
    p.close();
    r = run({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--mapping"), p.fileName(),
             dataFile(QStringLiteral("agents.csv"))});
    EXPECT_EQ(r.code, 65);
    EXPECT_EQ(r.errLines().size(), 1);
}

TEST_F(CliTest, DatabaseErrorExits74)
{
    // A file that is not a database.
    // A typo in a cron job: no display and no platform plugin to fall back on,
    // yet the answer is a usage error, not an attempt to open a window.
    {
        QProcess typo;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        typo.setProcessEnvironment(env);
        typo.start(QStringLiteral(SCORECARD_BINARY), {QStringLiteral("frobnicate"), QStringLiteral("--db"), db});
        ASSERT_TRUE(typo.waitForFinished(60000));
        EXPECT_EQ(typo.exitStatus(), QProcess::NormalExit);
        EXPECT_EQ(typo.exitCode(), 64);
        EXPECT_EQ(typo.readAllStandardError(),
                  QByteArray("scorecard: unknown command 'frobnicate' (see scorecard --help)\n"));
    }

    QFile f(dir.filePath(QStringLiteral("notadb.sqlite")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    CliRun r = run({QStringLiteral("score"), QStringLiteral("--db"), f.fileName(), QStringLiteral("--month"),
                    QStringLiteral("2026-10")});
    EXPECT_EQ(r.code, 74);
    EXPECT_EQ(r.errLines().size(), 1) << r.err.toStdString();
    // A folder that does not exist.
    r = run({QStringLiteral("audit"), QStringLiteral("--db"), dir.filePath(QStringLiteral("no/such/dir/x.sqlite"))});
    EXPECT_EQ(r.code, 74);
    EXPECT_EQ(r.errLines().size(), 1) << r.err.toStdString();
    // Export to a place that cannot be written.
    r = run({QStringLiteral("template"), QStringLiteral("--db"), db, QStringLiteral("--export"),
             dir.filePath(QStringLiteral("no/such/dir/t.json"))});
    EXPECT_EQ(r.code, 74);
}

TEST_F(CliTest, MonthWithNoDataIsEmptyNotAnError)
{
    importAll();
    const QJsonObject o = scoreJson(QStringLiteral("2026-09"));
    EXPECT_EQ(o.value(QStringLiteral("month")).toString(), QStringLiteral("2026-09"));
    EXPECT_TRUE(o.value(QStringLiteral("agents")).isArray());
    EXPECT_TRUE(o.value(QStringLiteral("agents")).toArray().isEmpty());
    EXPECT_TRUE(o.value(QStringLiteral("teams")).isArray());
    EXPECT_TRUE(o.value(QStringLiteral("teams")).toArray().isEmpty());
    // Even on a brand-new database.
    const CliRun r = run({QStringLiteral("score"), QStringLiteral("--db"), dir.filePath(QStringLiteral("fresh.sqlite")),
                          QStringLiteral("--month"), QStringLiteral("2026-10")});
    EXPECT_EQ(r.code, 0);
    EXPECT_TRUE(r.json().value(QStringLiteral("agents")).toArray().isEmpty());
}

// --- score JSON on the hand-made dataset ------------------------------------------

TEST_F(CliTest, ImportPrintsASummaryPerFile)
{
    const CliRun r = run({QStringLiteral("import"), QStringLiteral("--db"), db, dataFile(QStringLiteral("agents.csv")),
                          dataFile(QStringLiteral("contacts.csv"))});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    // agents.csv: 4 rows, 4 new agents. contacts.csv: 5 rows, 5 distinct keys.
    EXPECT_TRUE(lines[0].contains(QStringLiteral(
        "agents.csv (agents): 4 rows read, 4 stored, 0 replaced, 0 unchanged, 0 collapsed, 0 skipped by filter")))
        << lines[0].toStdString();
    EXPECT_TRUE(lines[1].contains(QStringLiteral(
        "contacts.csv (contacts): 5 rows read, 5 stored, 0 replaced, 0 unchanged, 0 collapsed, 0 skipped by filter")))
        << lines[1].toStdString();
    EXPECT_TRUE(r.err.isEmpty());
}

TEST_F(CliTest, ScoreJsonShapeAndHandComputedValues)
{
    importAll();
    const QJsonObject o = scoreJson();
    EXPECT_EQ(o.value(QStringLiteral("month")).toString(), QStringLiteral("2026-10"));

    // Only agents with a record, sorted by agent_id (the file lists B001 first;
    // A003 has no rows in October).
    const QJsonArray agents = o.value(QStringLiteral("agents")).toArray();
    ASSERT_EQ(agents.size(), 3);
    EXPECT_EQ(agents[0].toObject().value(QStringLiteral("agent_id")).toString(), QStringLiteral("A001"));
    EXPECT_EQ(agents[1].toObject().value(QStringLiteral("agent_id")).toString(), QStringLiteral("A002"));
    EXPECT_EQ(agents[2].toObject().value(QStringLiteral("agent_id")).toString(), QStringLiteral("B001"));

    for (const QJsonValue &av : agents) {
        const QJsonObject a = av.toObject();
        for (const char *key : {"agent_id", "name", "team", "overall", "coverage", "rating", "metrics"})
            EXPECT_TRUE(a.contains(QLatin1String(key))) << key;
        // Every metric of section 3 but service_level, in SPEC order.
        const QJsonArray metrics = a.value(QStringLiteral("metrics")).toArray();
        ASSERT_EQ(metrics.size(), kAgentMetrics.size());
        for (qsizetype i = 0; i < metrics.size(); ++i) {
            const QJsonObject m = metrics[i].toObject();
            EXPECT_EQ(m.value(QStringLiteral("key")).toString(), kAgentMetrics[i]);
            for (const char *key : {"key", "value", "numerator", "denominator", "team_value", "goal", "floor", "weight",
                                    "score", "status"})
                EXPECT_TRUE(m.contains(QLatin1String(key))) << key << " in " << kAgentMetrics[i].toStdString();
        }
    }

    // A001 (Billing). Time: worked 480+480+300 = 1260 min; scheduled 3*480 =
    // 1440; adherent 456+444+420 = 1320; occupied 384+408+400 = 1192.
    // Contacts 60+40+20 = 120; handle 24000+20000 = 44000 s on 100 contacts
    // (the third row has none); fcr 45+30 = 75 of 100.
    const QJsonObject a1 = agentOf(o, QStringLiteral("A001"));
    EXPECT_EQ(a1.value(QStringLiteral("name")).toString(), QStringLiteral("Alice Moreau"));
    EXPECT_EQ(a1.value(QStringLiteral("team")).toString(), QStringLiteral("Billing"));
    QJsonObject m = metricOf(a1, QStringLiteral("contacts_per_hour"));
    EXPECT_DOUBLE_EQ(num(m, "numerator"), 120);
    EXPECT_DOUBLE_EQ(num(m, "denominator"), 1260);
    EXPECT_DOUBLE_EQ(num(m, "value"), 60.0 * 120 / 1260);                 // 5.714285...
    EXPECT_DOUBLE_EQ(num(m, "score"), 100 * (60.0 * 120 / 1260 - 4) / 4); // 42.857...
    EXPECT_DOUBLE_EQ(num(m, "goal"), 8);
    EXPECT_DOUBLE_EQ(num(m, "floor"), 4);
    EXPECT_DOUBLE_EQ(num(m, "weight"), 25);
    EXPECT_EQ(m.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    // Billing pools A001 and A002: 150 contacts over 1500 minutes = 6.0/h.
    EXPECT_DOUBLE_EQ(num(m, "team_value"), 6.0);

    m = metricOf(a1, QStringLiteral("aht"));
    EXPECT_DOUBLE_EQ(num(m, "numerator"), 44000);
    EXPECT_DOUBLE_EQ(num(m, "denominator"), 100);
    EXPECT_DOUBLE_EQ(num(m, "value"), 440);
    EXPECT_DOUBLE_EQ(num(m, "score"), 100.0 * (440 - 900) / (420 - 900)); // 95.83, weight 0: context only
    EXPECT_DOUBLE_EQ(num(m, "weight"), 0);
    EXPECT_DOUBLE_EQ(num(m, "team_value"), (44000.0 + 13500) / 130); // 442.3

    m = metricOf(a1, QStringLiteral("qa"));
    EXPECT_DOUBLE_EQ(num(m, "numerator"), 255); // 90 + 85 + 80
    EXPECT_DOUBLE_EQ(num(m, "denominator"), 3);
    EXPECT_DOUBLE_EQ(num(m, "value"), 85);
    EXPECT_DOUBLE_EQ(num(m, "score"), 75);      // 100 * (85 - 70) / 20
    EXPECT_DOUBLE_EQ(num(m, "team_value"), 85); // (255 + 170) / 5

    // Surveys: csat 5,5,4,4,4,3,2,5,4,1 -> 7 of 10 are >= 4 -> 70 %, score 0.
    m = metricOf(a1, QStringLiteral("csat"));
    EXPECT_DOUBLE_EQ(num(m, "numerator"), 7);
    EXPECT_DOUBLE_EQ(num(m, "denominator"), 10);
    EXPECT_DOUBLE_EQ(num(m, "value"), 70);
    EXPECT_DOUBLE_EQ(num(m, "score"), 0);
    // nps 10,9,9,8,7,6,3,10,9,7: promoters 5, detractors 2 -> 100 * 3 / 10 = 30.
    m = metricOf(a1, QStringLiteral("nps"));
    EXPECT_DOUBLE_EQ(num(m, "numerator"), 3);
    EXPECT_DOUBLE_EQ(num(m, "denominator"), 10);
    EXPECT_DOUBLE_EQ(num(m, "value"), 30);
    EXPECT_DOUBLE_EQ(num(m, "score"), 60); // 100 * 30 / 50

    m = metricOf(a1, QStringLiteral("fcr"));
    EXPECT_DOUBLE_EQ(num(m, "numerator"), 75);
    EXPECT_DOUBLE_EQ(num(m, "denominator"), 100);
    EXPECT_DOUBLE_EQ(num(m, "value"), 75);
    EXPECT_DOUBLE_EQ(num(m, "team_value"), 100.0 * 95 / 130); // (75 + 20) / (100 + 30)

    m = metricOf(a1, QStringLiteral("adherence"));
    EXPECT_DOUBLE_EQ(num(m, "numerator"), 1320);
    EXPECT_DOUBLE_EQ(num(m, "denominator"), 1440);
    EXPECT_DOUBLE_EQ(num(m, "value"), 100.0 * 1320 / 1440);                   // 91.67
    EXPECT_DOUBLE_EQ(num(m, "score"), 100 * (100.0 * 1320 / 1440 - 80) / 15); // 77.78
    EXPECT_DOUBLE_EQ(num(m, "team_value"), 100.0 * 1560 / 1680);              // A002 adds 240/240

    m = metricOf(a1, QStringLiteral("occupancy"));
    EXPECT_DOUBLE_EQ(num(m, "value"), 100.0 * 1192 / 1440); // 82.78: inside the 75-85 band
    EXPECT_DOUBLE_EQ(num(m, "score"), 100);
    EXPECT_TRUE(isNull(m, "goal"));

    // KCS: link + link + edit + draft = 1 + 1 + 2 + 3 = 7 points; score 35.
    m = metricOf(a1, QStringLiteral("kcs"));
    EXPECT_DOUBLE_EQ(num(m, "numerator"), 7);
    EXPECT_DOUBLE_EQ(num(m, "denominator"), 1);
    EXPECT_DOUBLE_EQ(num(m, "score"), 35);
    EXPECT_DOUBLE_EQ(num(m, "team_value"), 4); // (7 + 1) / 2 agents with a record

    // overall = (25*42.857 + 25*75 + 15*0 + 20*77.778 + 15*35) / 100 = 50.27: below.
    const double expected = (25 * (100 * (60.0 * 120 / 1260 - 4) / 4) + 25 * 75.0 + 15 * 0.0
                             + 20 * (100 * (100.0 * 1320 / 1440 - 80) / 15) + 15 * 35.0)
                            / 100;
    EXPECT_NEAR(num(a1, "overall"), expected, 1e-9);
    EXPECT_NEAR(expected, 50.2698, 1e-4);
    EXPECT_DOUBLE_EQ(num(a1, "coverage"), 1.0);
    EXPECT_EQ(a1.value(QStringLiteral("rating")).toString(), QStringLiteral("below"));

    // A002: 240 worked minutes (< 1200), 2 evaluations (< 3), no surveys.
    const QJsonObject a2 = agentOf(o, QStringLiteral("A002"));
    m = metricOf(a2, QStringLiteral("contacts_per_hour"));
    EXPECT_EQ(m.value(QStringLiteral("status")).toString(), QStringLiteral("insufficient_data"));
    EXPECT_DOUBLE_EQ(num(m, "value"), 7.5); // 60 * 30 / 240, shown but not scored
    EXPECT_TRUE(isNull(m, "score"));
    m = metricOf(a2, QStringLiteral("qa"));
    EXPECT_EQ(m.value(QStringLiteral("status")).toString(), QStringLiteral("insufficient_data"));
    EXPECT_DOUBLE_EQ(num(m, "value"), 85); // (95 + 75) / 2
    m = metricOf(a2, QStringLiteral("csat"));
    EXPECT_EQ(m.value(QStringLiteral("status")).toString(), QStringLiteral("no_data"));
    EXPECT_TRUE(isNull(m, "value"));
    EXPECT_TRUE(isNull(m, "numerator"));
    EXPECT_TRUE(isNull(m, "denominator"));
    EXPECT_TRUE(isNull(m, "score"));
    m = metricOf(a2, QStringLiteral("occupancy")); // the one time row has no occupied_minutes
    EXPECT_EQ(m.value(QStringLiteral("status")).toString(), QStringLiteral("no_data"));
    // Only kcs (weight 15) is scored: coverage 15/100 < 0.5 -> overall null.
    EXPECT_DOUBLE_EQ(num(a2, "coverage"), 0.15);
    EXPECT_TRUE(isNull(a2, "overall"));
    EXPECT_EQ(a2.value(QStringLiteral("rating")).toString(), QStringLiteral("insufficient_data"));

    // B001 (Support): no time rows; qa (70+80+90+100)/4 = 85 -> 75; csat
    // 12 of 12 -> 100 % -> 150 capped at 120. No agent of Support has a kcs
    // row, so kcs is no_data (issue 14), not 0 points: coverage
    // (25+15)/100 = 0.4 < 0.5, overall null.
    const QJsonObject b1 = agentOf(o, QStringLiteral("B001"));
    EXPECT_EQ(metricOf(b1, QStringLiteral("contacts_per_hour")).value(QStringLiteral("status")).toString(),
              QStringLiteral("no_data"));
    EXPECT_DOUBLE_EQ(num(metricOf(b1, QStringLiteral("csat")), "score"), 120);
    EXPECT_EQ(metricOf(b1, QStringLiteral("aht")).value(QStringLiteral("status")).toString(),
              QStringLiteral("insufficient_data"));                    // 10 contacts < 30
    EXPECT_TRUE(isNull(metricOf(b1, QStringLiteral("nps")), "value")); // no response had nps
    EXPECT_EQ(metricOf(b1, QStringLiteral("kcs")).value(QStringLiteral("status")).toString(),
              QStringLiteral("no_data"));
    EXPECT_TRUE(isNull(metricOf(b1, QStringLiteral("kcs")), "value"));
    EXPECT_TRUE(isNull(metricOf(b1, QStringLiteral("kcs")), "score"));
    EXPECT_DOUBLE_EQ(num(b1, "coverage"), 0.4);
    EXPECT_TRUE(isNull(b1, "overall"));
    EXPECT_EQ(b1.value(QStringLiteral("rating")).toString(), QStringLiteral("insufficient_data"));

    // Teams: both have a record; all ten metrics; service_level only here.
    const QJsonArray teams = o.value(QStringLiteral("teams")).toArray();
    ASSERT_EQ(teams.size(), 2);
    for (const QJsonValue &tv : teams) {
        const QJsonArray metrics = tv.toObject().value(QStringLiteral("metrics")).toArray();
        ASSERT_EQ(metrics.size(), 11);
        EXPECT_EQ(metrics[9].toObject().value(QStringLiteral("key")).toString(), QStringLiteral("service_level"));
        EXPECT_EQ(metrics[10].toObject().value(QStringLiteral("key")).toString(), QStringLiteral("asa"));
        for (const QJsonValue &mv : metrics)
            for (const char *key : {"key", "value", "numerator", "denominator"})
                EXPECT_TRUE(mv.toObject().contains(QLatin1String(key))) << key;
    }
    // Billing service level: (80 + 45) / (100 + 50) = 83.33 %.
    const QJsonObject sl = metricOf(teamOf(o, QStringLiteral("Billing")), QStringLiteral("service_level"));
    EXPECT_DOUBLE_EQ(num(sl, "numerator"), 125);
    EXPECT_DOUBLE_EQ(num(sl, "denominator"), 150);
    EXPECT_DOUBLE_EQ(num(sl, "value"), 100.0 * 125 / 150);
    const QJsonObject supportSl = metricOf(teamOf(o, QStringLiteral("Support")), QStringLiteral("service_level"));
    EXPECT_TRUE(isNull(supportSl, "value"));
    EXPECT_TRUE(isNull(supportSl, "numerator"));
    EXPECT_TRUE(isNull(supportSl, "denominator"));
    // Billing's team csat is A001's 7/10 (A002 has no surveys).
    EXPECT_DOUBLE_EQ(num(metricOf(teamOf(o, QStringLiteral("Billing")), QStringLiteral("csat")), "value"), 70);
}

TEST_F(CliTest, ScoreFiltersByTeamAndAgent)
{
    importAll();
    QJsonObject o = scoreJson(QStringLiteral("2026-10"), {QStringLiteral("--team"), QStringLiteral("Billing")});
    QJsonArray agents = o.value(QStringLiteral("agents")).toArray();
    ASSERT_EQ(agents.size(), 2);
    EXPECT_EQ(agents[0].toObject().value(QStringLiteral("agent_id")).toString(), QStringLiteral("A001"));
    EXPECT_EQ(agents[1].toObject().value(QStringLiteral("agent_id")).toString(), QStringLiteral("A002"));
    ASSERT_EQ(o.value(QStringLiteral("teams")).toArray().size(), 1);
    EXPECT_EQ(o.value(QStringLiteral("teams")).toArray()[0].toObject().value(QStringLiteral("team")).toString(),
              QStringLiteral("Billing"));

    o = scoreJson(QStringLiteral("2026-10"), {QStringLiteral("--agent"), QStringLiteral("B001")});
    agents = o.value(QStringLiteral("agents")).toArray();
    ASSERT_EQ(agents.size(), 1);
    EXPECT_EQ(agents[0].toObject().value(QStringLiteral("agent_id")).toString(), QStringLiteral("B001"));
    // The agent's team stays as context.
    ASSERT_EQ(o.value(QStringLiteral("teams")).toArray().size(), 1);
    EXPECT_EQ(o.value(QStringLiteral("teams")).toArray()[0].toObject().value(QStringLiteral("team")).toString(),
              QStringLiteral("Support"));
    // Filtering must not change the numbers: team values stay pooled over the whole team.
    o = scoreJson(QStringLiteral("2026-10"), {QStringLiteral("--agent"), QStringLiteral("A001")});
    EXPECT_DOUBLE_EQ(
        num(metricOf(agentOf(o, QStringLiteral("A001")), QStringLiteral("contacts_per_hour")), "team_value"), 6.0);

    o = scoreJson(QStringLiteral("2026-10"), {QStringLiteral("--team"), QStringLiteral("Nobody")});
    EXPECT_TRUE(o.value(QStringLiteral("agents")).toArray().isEmpty());
    EXPECT_TRUE(o.value(QStringLiteral("teams")).toArray().isEmpty());
}

TEST_F(CliTest, ScoreCsvHasOneRowPerAgentMetric)
{
    importAll();
    const CliRun r = run({QStringLiteral("score"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                          QStringLiteral("2026-10"), QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(r.code, 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 1 + 3 * 9); // header + 3 agents x 9 metrics
    const QStringList header = lines[0].split(u',');
    EXPECT_EQ(header.mid(0, 2), (QStringList{QStringLiteral("month"), QStringLiteral("agent_id")}));
    const qsizetype iMetric = header.indexOf(QStringLiteral("metric"));
    const qsizetype iNum = header.indexOf(QStringLiteral("numerator"));
    const qsizetype iValue = header.indexOf(QStringLiteral("value"));
    const qsizetype iStatus = header.indexOf(QStringLiteral("status"));
    ASSERT_GE(iMetric, 0);
    // A001's qa row: numerator 255, value 85.
    bool found = false;
    for (const QString &line : lines) {
        const QStringList cells = line.split(u',');
        if (cells.size() == header.size() && cells[1] == QLatin1String("A001")
            && cells[iMetric] == QLatin1String("qa")) {
            EXPECT_EQ(cells[iNum], QStringLiteral("255"));
            EXPECT_EQ(cells[iValue], QStringLiteral("85"));
            found = true;
        }
        // A002's csat: no data -> empty value cell.
        if (cells.size() == header.size() && cells[1] == QLatin1String("A002")
            && cells[iMetric] == QLatin1String("csat")) {
            EXPECT_EQ(cells[iValue], QString());
            EXPECT_EQ(cells[iStatus], QStringLiteral("no_data"));
        }
    }
    EXPECT_TRUE(found);
}

TEST_F(CliTest, ScoreTableIsRoundedAndAligned)
{
    importAll();
    const CliRun r = run({QStringLiteral("score"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                          QStringLiteral("2026-10"), QStringLiteral("--format"), QStringLiteral("table")});
    ASSERT_EQ(r.code, 0);
    const QStringList lines = r.out.split(u'\n');
    const auto a001 =
        std::find_if(lines.begin(), lines.end(), [](const QString &l) { return l.startsWith(QLatin1String("A001")); });
    ASSERT_NE(a001, lines.end());
    // overall 50.27 -> 50.3, cph 5.714 -> 5.7, aht 440, adherence 91.67 -> 91.7
    EXPECT_TRUE(a001->contains(QStringLiteral(" 50.3 "))) << a001->toStdString();
    EXPECT_TRUE(a001->contains(QStringLiteral(" 5.7 "))) << a001->toStdString();
    EXPECT_TRUE(a001->contains(QStringLiteral(" 91.7 "))) << a001->toStdString();
    EXPECT_FALSE(a001->contains(QStringLiteral("5.714")));
    // A002's insufficient cph shows in parentheses.
    const auto a002 =
        std::find_if(lines.begin(), lines.end(), [](const QString &l) { return l.startsWith(QLatin1String("A002")); });
    ASSERT_NE(a002, lines.end());
    EXPECT_TRUE(a002->contains(QStringLiteral("(7.5)"))) << a002->toStdString();
    // Columns line up: the rating column starts at the same offset in every agent row.
    const qsizetype col = a001->indexOf(QStringLiteral("below"));
    EXPECT_EQ(a002->indexOf(QStringLiteral("insufficient_data")), col);
    EXPECT_TRUE(r.out.contains(QStringLiteral("Billing")));
}

// --- imports: all or nothing, idempotent -------------------------------------------

TEST_F(CliTest, ImportErrorLeavesTheDatabaseExactlyAsItWas)
{
    importAll();
    const QStringList before = dumpDatabase(db);
    // A good file followed by a bad one, in one command: nothing is stored.
    const QString bad = dataFile(QStringLiteral("contacts_bad.csv"));
    const CliRun r = run({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
                          QStringLiteral("contacts"), dataFile(QStringLiteral("contacts_more.csv")), bad});
    EXPECT_EQ(r.code, 65);
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    const QStringList errors = r.errLines();
    // Line 3: month 13; line 4: unknown agent; line 5: negative count; then a summary.
    ASSERT_GE(errors.size(), 3) << r.err.toStdString();
    const QRegularExpression shape(
        QStringLiteral("^%1:(\\d+): column '([^']*)': value '([^']*)': .+$").arg(QRegularExpression::escape(bad)));
    QSet<int> badLines;
    for (const QString &line : errors) {
        const auto match = shape.match(line);
        if (match.hasMatch())
            badLines.insert(match.captured(1).toInt());
    }
    EXPECT_EQ(badLines, (QSet<int>{3, 4, 5})) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(bad + QStringLiteral(":3: column 'date': value '2026-13-01': "))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(bad + QStringLiteral(":4: column 'agent_id': value 'Z999': "))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(bad + QStringLiteral(":5: column 'contacts': value '-3': "))) << r.err.toStdString();
    EXPECT_EQ(dumpDatabase(db), before);
}

TEST_F(CliTest, LaterFilesKnowTheAgentsOfEarlierFiles)
{
    // Fresh database: time.csv's agents exist only in agents.csv before it.
    CliRun r = run({QStringLiteral("import"), QStringLiteral("--db"), db, dataFile(QStringLiteral("agents.csv")),
                    dataFile(QStringLiteral("time.csv"))});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    // Without agents.csv, time.csv names agents nobody knows: nothing is stored.
    const QString db2 = dir.filePath(QStringLiteral("second.sqlite"));
    r = run({QStringLiteral("import"), QStringLiteral("--db"), db2, dataFile(QStringLiteral("time.csv"))});
    EXPECT_EQ(r.code, 65);
    EXPECT_TRUE(r.err.contains(QStringLiteral("value 'A001'"))) << r.err.toStdString();
    r = run(
        {QStringLiteral("score"), QStringLiteral("--db"), db2, QStringLiteral("--month"), QStringLiteral("2026-10")});
    EXPECT_EQ(r.code, 0);
    EXPECT_TRUE(r.json().value(QStringLiteral("agents")).toArray().isEmpty());
}

TEST_F(CliTest, AgentsFilesAreReadFirstWhateverTheOrderGiven)
{
    // The import session of the app and the command line: agents files are
    // checked and stored first, so time.csv given before agents.csv knows
    // agents.csv's agents (4 agents, 4 time rows, in one transaction).
    const CliRun r = run({QStringLiteral("import"), QStringLiteral("--db"), db, dataFile(QStringLiteral("time.csv")),
                          dataFile(QStringLiteral("agents.csv"))});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2) << r.out.toStdString();
    EXPECT_TRUE(lines[0].contains(QStringLiteral("agents.csv (agents): 4 rows read, 4 stored")))
        << lines[0].toStdString();
    EXPECT_TRUE(lines[1].contains(QStringLiteral("time.csv (time): 4 rows read, 4 stored"))) << lines[1].toStdString();
    // One import, one audit entry naming both files with their counts.
    auto store = openStore(db, clock);
    const std::vector<AuditEntry> log = store->auditLog();
    ASSERT_EQ(log.size(), 1u);
    EXPECT_EQ(log[0].action, QStringLiteral("import"));
    EXPECT_EQ(log[0].month, QStringLiteral("2026-10"));
    EXPECT_EQ(log[0].details, QStringLiteral("agents.csv (agents): 4 read, 4 stored, 0 replaced, 0 unchanged, "
                                             "0 collapsed, 0 skipped; time.csv (time): 4 read, 4 stored, 0 replaced, "
                                             "0 unchanged, 0 collapsed, 0 skipped"));
    EXPECT_EQ(log[0].user, store->userName());
}

TEST_F(CliTest, ImportingTwiceChangesNothing)
{
    importAll();
    const QStringList before = dumpDatabase(db);
    const CliRun r = run({QStringLiteral("import"), QStringLiteral("--db"), db, dataFile(QStringLiteral("agents.csv")),
                          dataFile(QStringLiteral("time.csv")), dataFile(QStringLiteral("contacts.csv")),
                          dataFile(QStringLiteral("qa.csv")), dataFile(QStringLiteral("survey.csv")),
                          dataFile(QStringLiteral("kcs.csv")), dataFile(QStringLiteral("service_level.csv"))});
    ASSERT_EQ(r.code, 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 7);
    // Every key already existed with the same values.
    const int expectedRows[7] = {4, 4, 5, 9, 22, 5, 2};
    for (int i = 0; i < 7; ++i)
        EXPECT_TRUE(lines[i].contains(
            QStringLiteral(": %1 rows read, 0 stored, 0 replaced, %1 unchanged").arg(expectedRows[i])))
            << lines[i].toStdString();
    // Data tables are identical; only the audit log gained the second import.
    QStringList after = dumpDatabase(db);
    auto withoutAudit = [](QStringList l) {
        l.removeIf([](const QString &s) {
            return s.startsWith(QLatin1String("audit_log")) || s.startsWith(QLatin1String("imports"));
        });
        return l;
    };
    EXPECT_EQ(withoutAudit(after), withoutAudit(before));
}

TEST_F(CliTest, ReplacedRowsAreCounted)
{
    importAll();
    QFile f(dir.filePath(QStringLiteral("qa_fix.csv")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("evaluation_id,agent_id,date,score\nE1,A001,2026-10-03,100\nE10,A001,2026-10-21,60\n");
    f.close();
    const CliRun r = run({QStringLiteral("import"), QStringLiteral("--db"), db, f.fileName()});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("2 rows read, 1 stored, 1 replaced, 0 unchanged")))
        << r.out.toStdString();
    // A001's qa is now (100 + 85 + 80 + 60) / 4 = 81.25.
    EXPECT_DOUBLE_EQ(num(metricOf(agentOf(scoreJson(), QStringLiteral("A001")), QStringLiteral("qa")), "value"), 81.25);
}

// --- templates --------------------------------------------------------------------

TEST_F(CliTest, TemplateExportImportRoundTrip)
{
    importAll();
    const QString file = dir.filePath(QStringLiteral("templates.json"));
    CliRun r = run({QStringLiteral("template"), QStringLiteral("--db"), db, QStringLiteral("--export"), file});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    // No stored template yet: the default one.
    QJsonArray templates = root.value(QStringLiteral("templates")).toArray();
    ASSERT_EQ(templates.size(), 1);
    EXPECT_EQ(templates[0].toObject(), templateToJson(defaultTemplate()));

    // Raise the bar on QA for Billing from 2026-10: goal 85, so A001's 85 scores 100.
    QJsonObject t = templates[0].toObject();
    t.insert(QStringLiteral("team"), QStringLiteral("Billing"));
    t.insert(QStringLiteral("name"), QStringLiteral("Billing 2026"));
    t.insert(QStringLiteral("effective_from"), QStringLiteral("2026-10"));
    QJsonArray metrics = t.value(QStringLiteral("metrics")).toArray();
    for (qsizetype i = 0; i < metrics.size(); ++i) {
        QJsonObject m = metrics[i].toObject();
        if (m.value(QStringLiteral("key")).toString() == QLatin1String("qa")) {
            m.insert(QStringLiteral("goal"), 85);
            metrics[i] = m;
        }
    }
    t.insert(QStringLiteral("metrics"), metrics);
    // A single template object (not the wrapper) is accepted too.
    const QString single = dir.filePath(QStringLiteral("billing.json"));
    QFile out(single);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(t).toJson());
    out.close();
    r = run({QStringLiteral("template"), QStringLiteral("--db"), db, QStringLiteral("--import"), single});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();

    EXPECT_DOUBLE_EQ(num(metricOf(agentOf(scoreJson(), QStringLiteral("A001")), QStringLiteral("qa")), "score"), 100);
    // Support keeps the default: B001's 85 still scores 75.
    EXPECT_DOUBLE_EQ(num(metricOf(agentOf(scoreJson(), QStringLiteral("B001")), QStringLiteral("qa")), "score"), 75);
    // September is before the template's effective month: untouched history.

    // Export again: the stored template, and importing that file into a new
    // database reproduces it exactly.
    r = run({QStringLiteral("template"), QStringLiteral("--db"), db, QStringLiteral("--export"), file});
    ASSERT_EQ(r.code, 0);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray exported = f.readAll();
    f.close();
    root = QJsonDocument::fromJson(exported).object();
    templates = root.value(QStringLiteral("templates")).toArray();
    ASSERT_EQ(templates.size(), 1);
    EXPECT_EQ(templates[0].toObject().value(QStringLiteral("team")).toString(), QStringLiteral("Billing"));
    const QString db2 = dir.filePath(QStringLiteral("copy.sqlite"));
    r = run({QStringLiteral("template"), QStringLiteral("--db"), db2, QStringLiteral("--import"), file});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QString file2 = dir.filePath(QStringLiteral("templates2.json"));
    r = run({QStringLiteral("template"), QStringLiteral("--db"), db2, QStringLiteral("--export"), file2});
    ASSERT_EQ(r.code, 0);
    QFile f2(file2);
    ASSERT_TRUE(f2.open(QIODevice::ReadOnly));
    EXPECT_EQ(QJsonDocument::fromJson(f2.readAll()), QJsonDocument::fromJson(exported));
}

TEST_F(CliTest, InvalidTemplateIsRejectedWith65)
{
    importAll();
    const QStringList before = dumpDatabase(db);
    for (const char *name : {"template_bad.json", "template_truncated.json"}) {
        const CliRun r = run({QStringLiteral("template"), QStringLiteral("--db"), db, QStringLiteral("--import"),
                              dataFile(QLatin1String(name))});
        EXPECT_EQ(r.code, 65) << name;
        EXPECT_GE(r.errLines().size(), 1);
        EXPECT_TRUE(r.err.contains(QLatin1String(name))) << r.err.toStdString();
    }
    // A wrapper with one good and one bad template saves neither.
    QJsonArray both{templateToJson(defaultTemplate()), QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}};
    QFile f(dir.filePath(QStringLiteral("both.json")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(QJsonObject{{QStringLiteral("templates"), both}}).toJson());
    f.close();
    const CliRun r =
        run({QStringLiteral("template"), QStringLiteral("--db"), db, QStringLiteral("--import"), f.fileName()});
    EXPECT_EQ(r.code, 65);
    EXPECT_TRUE(r.err.contains(QStringLiteral("template 2"))) << r.err.toStdString();
    EXPECT_EQ(dumpDatabase(db), before);
}

// --- finalize, reopen, audit ------------------------------------------------------

TEST_F(CliTest, FinalizedMonthIsFrozenUntilReopened)
{
    importAll();
    const QJsonObject live = scoreJson();
    CliRun r = run({QStringLiteral("month"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                    QStringLiteral("2026-10"), QStringLiteral("--finalize")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    r = run({QStringLiteral("month"), QStringLiteral("--db"), db, QStringLiteral("--month"), QStringLiteral("2026-10"),
             QStringLiteral("--status")});
    EXPECT_EQ(r.code, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("finalized")));
    // Finalizing twice is refused.
    r = run({QStringLiteral("month"), QStringLiteral("--db"), db, QStringLiteral("--month"), QStringLiteral("2026-10"),
             QStringLiteral("--finalize")});
    EXPECT_EQ(r.code, 65);

    // New October contacts for A001: 40 more on 2026-10-06.
    r = run({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"), QStringLiteral("contacts"),
             dataFile(QStringLiteral("contacts_more.csv"))});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    QJsonObject frozen = scoreJson();
    // The frozen card: A001 still has 120 contacts.
    EXPECT_DOUBLE_EQ(
        num(metricOf(agentOf(frozen, QStringLiteral("A001")), QStringLiteral("contacts_per_hour")), "numerator"), 120);
    EXPECT_EQ(frozen.value(QStringLiteral("agents")), live.value(QStringLiteral("agents")));
    EXPECT_EQ(frozen.value(QStringLiteral("teams")), live.value(QStringLiteral("teams")));

    r = run({QStringLiteral("month"), QStringLiteral("--db"), db, QStringLiteral("--month"), QStringLiteral("2026-10"),
             QStringLiteral("--reopen"), QStringLiteral("--reason"), QStringLiteral("late WFM export")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject reopened = scoreJson();
    // 120 + 40 = 160 contacts over 1260 minutes.
    const QJsonObject cph = metricOf(agentOf(reopened, QStringLiteral("A001")), QStringLiteral("contacts_per_hour"));
    EXPECT_DOUBLE_EQ(num(cph, "numerator"), 160);
    EXPECT_DOUBLE_EQ(num(cph, "value"), 60.0 * 160 / 1260);
    r = run({QStringLiteral("month"), QStringLiteral("--db"), db, QStringLiteral("--month"), QStringLiteral("2026-10"),
             QStringLiteral("--reopen")});
    EXPECT_EQ(r.code, 65); // not finalized any more

    r = run({QStringLiteral("audit"), QStringLiteral("--db"), db});
    ASSERT_EQ(r.code, 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    auto has = [&](const QString &action, const QString &needle) {
        return std::any_of(lines.begin(), lines.end(), [&](const QString &l) {
            return l.contains(QStringLiteral("  ") + action + u' ') && l.contains(QStringLiteral("2026-10"))
                   && l.contains(needle);
        });
    };
    EXPECT_TRUE(has(QStringLiteral("finalize"), QString())) << r.out.toStdString();
    EXPECT_TRUE(has(QStringLiteral("reopen"), QStringLiteral("late WFM export"))) << r.out.toStdString();
    EXPECT_TRUE(has(QStringLiteral("import"), QStringLiteral("contacts_more.csv"))) << r.out.toStdString();
    // --month narrows the log.
    r = run(
        {QStringLiteral("audit"), QStringLiteral("--db"), db, QStringLiteral("--month"), QStringLiteral("2026-09")});
    EXPECT_EQ(r.code, 0);
    EXPECT_FALSE(r.out.contains(QStringLiteral("finalize")));
}

// --- demo -------------------------------------------------------------------------

TEST_F(CliTest, DemoFillsADatabaseDeterministically)
{
    CliRun r = run({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--agents"),
                    QStringLiteral("20"), QStringLiteral("--months"), QStringLiteral("3")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    // The clock says 2026-11-23: the last complete month is October.
    EXPECT_TRUE(r.out.contains(QStringLiteral("2026-08 to 2026-10"))) << r.out.toStdString();
    const QJsonObject o = scoreJson();
    EXPECT_GE(o.value(QStringLiteral("agents")).toArray().size(), 15);
    EXPECT_GE(o.value(QStringLiteral("teams")).toArray().size(), 3);
    EXPECT_TRUE(scoreJson(QStringLiteral("2026-11")).value(QStringLiteral("agents")).toArray().isEmpty());
    // Again with the same seed: every row unchanged.
    const QStringList before = dumpDatabase(db);
    r = run({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--agents"), QStringLiteral("20"),
             QStringLiteral("--months"), QStringLiteral("3")});
    ASSERT_EQ(r.code, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral(" 0 stored, 0 replaced, "))) << r.out.toStdString();
    QStringList after = dumpDatabase(db);
    auto withoutAudit = [](QStringList l) {
        l.removeIf([](const QString &s) {
            return s.startsWith(QLatin1String("audit_log")) || s.startsWith(QLatin1String("imports"));
        });
        return l;
    };
    EXPECT_EQ(withoutAudit(after), withoutAudit(before));
}

// --- reports ----------------------------------------------------------------------

#ifdef SCORECARD_HAVE_REPORT
TEST_F(CliTest, ReportWritesPdfs)
{
    importAll();
    const QString pdf = dir.filePath(QStringLiteral("a001.pdf"));
    CliRun r = run({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                    QStringLiteral("2026-10"), QStringLiteral("--agent"), QStringLiteral("A001"),
                    QStringLiteral("--out"), pdf, QStringLiteral("--page-size"), QStringLiteral("Letter")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    QFile f(pdf);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.read(5).startsWith("%PDF-"));
    f.close();
    const QString teamPdf = dir.filePath(QStringLiteral("billing.pdf"));
    r = run({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--month"), QStringLiteral("2026-10"),
             QStringLiteral("--team"), QStringLiteral("Billing"), QStringLiteral("--out"), teamPdf});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(QFile::exists(teamPdf));
    const QString allPdf = dir.filePath(QStringLiteral("all.pdf"));
    r = run({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--month"), QStringLiteral("2026-10"),
             QStringLiteral("--all"), QStringLiteral("--out"), allPdf});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(QFile::exists(allPdf));
    const QString split = dir.filePath(QStringLiteral("cards"));
    r = run({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--month"), QStringLiteral("2026-10"),
             QStringLiteral("--all"), QStringLiteral("--split"), split});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(QDir(split).entryList({QStringLiteral("*.pdf")}, QDir::Files).size(), 3);
    // An agent without a record that month is bad input, not a crash.
    r = run({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--month"), QStringLiteral("2026-10"),
             QStringLiteral("--agent"), QStringLiteral("A003"), QStringLiteral("--out"),
             dir.filePath(QStringLiteral("x.pdf"))});
    EXPECT_EQ(r.code, 65);
    EXPECT_EQ(r.errLines().size(), 1);
    // A folder that cannot be written.
    r = run({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--month"), QStringLiteral("2026-10"),
             QStringLiteral("--agent"), QStringLiteral("A001"), QStringLiteral("--out"),
             dir.filePath(QStringLiteral("no/such/dir/x.pdf"))});
    EXPECT_EQ(r.code, 74);
}
#endif

// --- the real executable ------------------------------------------------------------

#ifdef SCORECARD_BINARY
TEST_F(CliTest, ExecutableExitCodes)
{
    ProcessRun p = runBinary({QStringLiteral("--version")});
    EXPECT_EQ(p.code, 0);
    EXPECT_EQ(p.out.trimmed(), QByteArray("scorecard " SCORECARD_VERSION));

    p = runBinary(
        {QStringLiteral("score"), QStringLiteral("--db"), db, QStringLiteral("--month"), QStringLiteral("10/2026")});
    EXPECT_EQ(p.code, 64);
    EXPECT_EQ(p.err.count('\n'), 1) << p.err.toStdString();
    EXPECT_TRUE(p.out.isEmpty());

    p = runBinary({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
                   QStringLiteral("agents"), dir.filePath(QStringLiteral("missing.csv"))});
    EXPECT_EQ(p.code, 66);

    p = runBinary({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
                   QStringLiteral("contacts"), dataFile(QStringLiteral("contacts.csv"))});
    EXPECT_EQ(p.code, 65); // no agents yet: unknown agent ids
    EXPECT_TRUE(p.err.contains("contacts.csv:2: column 'agent_id': value 'A001': ")) << p.err.toStdString();

    p = runBinary({QStringLiteral("import"), QStringLiteral("--db"), db, dataFile(QStringLiteral("agents.csv")),
                   dataFile(QStringLiteral("contacts.csv"))});
    EXPECT_EQ(p.code, 0) << p.err.toStdString();

    // The process prints the same JSON as the in-process run.
    p = runBinary({QStringLiteral("score"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                   QStringLiteral("2026-10"), QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(p.code, 0) << p.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(p.out).object(), scoreJson());

    QFile f(dir.filePath(QStringLiteral("notadb.sqlite")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    p = runBinary({QStringLiteral("audit"), QStringLiteral("--db"), f.fileName()});
    EXPECT_EQ(p.code, 74);

    p = runBinary({QStringLiteral("template"), QStringLiteral("--db"), db, QStringLiteral("--import"),
                   dataFile(QStringLiteral("template_bad.json"))});
    EXPECT_EQ(p.code, 65);
}

// SPEC section 5: the same database always gives byte-identical score output.
// Each run is a separate process, so each has its own hash seed: pooling in
// hash order would show up as different last digits of team values.
TEST_F(CliTest, ScoreOutputIsByteIdenticalAcrossProcesses)
{
    const CliRun demo = run({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--agents"),
                             QStringLiteral("150"), QStringLiteral("--months"), QStringLiteral("2")});
    ASSERT_EQ(demo.code, 0) << demo.err.toStdString();
    for (const char *format : {"json", "csv", "table"}) {
        const QStringList args{QStringLiteral("score"),    QStringLiteral("--db"),    db,
                               QStringLiteral("--month"),  QStringLiteral("2026-10"), QStringLiteral("--format"),
                               QString::fromLatin1(format)};
        const ProcessRun first = runBinary(args);
        ASSERT_EQ(first.code, 0) << first.err.toStdString();
        ASSERT_GT(first.out.size(), 1000) << format;
        for (int i = 0; i < 3; ++i) {
            const ProcessRun again = runBinary(args);
            ASSERT_EQ(again.code, 0);
            EXPECT_EQ(again.out, first.out) << format << " run " << i + 2;
        }
    }
}
#endif

// --- the streamed JSON writer ---------------------------------------------------------

TEST(ScoreOutput, StreamedJsonEqualsCoreJson)
{
    // A demo month has every status, nulls, band rules and weight-0 metrics.
    QTemporaryDir dir;
    const FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC));
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    ASSERT_EQ(runIn({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--agents"),
                     QStringLiteral("48"), QStringLiteral("--months"), QStringLiteral("2")},
                    clock)
                  .code,
              0);
    auto store = openStore(db, clock);
    MonthReport report = computeMonth(*store, Month(2026, 10));
    ASSERT_GE(report.agents.size(), 40u);
    // Characters JSON must escape, and some it must not.
    report.agents[0].agent.name = QStringLiteral("Zoë \"Z\" O'Brien\\\n\t\u0001 — 日本");
    report.agents[1].agent.team = QStringLiteral("Tech, Support");
    for (bool frozen : {false, true}) {
        report.frozen = frozen;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(scoreJson(report), &error);
        ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
        EXPECT_EQ(doc.object(), monthReportToJson(report));
    }
    // Empty month.
    const MonthReport empty = computeMonth(*store, Month(2020, 1));
    EXPECT_EQ(QJsonDocument::fromJson(scoreJson(empty)).object(), monthReportToJson(empty));
    // Doubles keep full precision.
    MonthReport one = report;
    one.agents.resize(1);
    one.agents[0].overall = 0.1 + 0.2; // 0.30000000000000004
    const QJsonObject back = QJsonDocument::fromJson(scoreJson(one)).object();
    EXPECT_EQ(back.value(QStringLiteral("agents")).toArray()[0].toObject().value(QStringLiteral("overall")).toDouble(),
              0.1 + 0.2);
}

TEST_F(CliTest, FinalizingAnEmptyMonthIsRefused)
{
    importAll();
    const CliRun r = run({QStringLiteral("month"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                          QStringLiteral("2025-10"), QStringLiteral("--finalize")});
    EXPECT_EQ(r.code, 65);
    EXPECT_TRUE(r.err.contains(QStringLiteral("2025-10")));
    const CliRun status = run({QStringLiteral("month"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                               QStringLiteral("2025-10"), QStringLiteral("--status")});
    EXPECT_EQ(status.code, 0);
    EXPECT_TRUE(status.out.contains(QStringLiteral("open")));
}

TEST_F(CliTest, WithoutDbUsesThePerUserDatabase)
{
    // The test main puts QStandardPaths in test mode: a throw-away location.
    const QString path = defaultDatabasePath();
    QFile::remove(path);
    CliRun r =
        run({QStringLiteral("import"), dataFile(QStringLiteral("agents.csv")), dataFile(QStringLiteral("qa.csv"))});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(QFile::exists(path));
    r = run({QStringLiteral("score"), QStringLiteral("--month"), QStringLiteral("2026-10")});
    ASSERT_EQ(r.code, 0);
    EXPECT_EQ(r.json().value(QStringLiteral("agents")).toArray().size(), 3); // A001, A002, B001 have evaluations
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

TEST_F(CliTest, CsvQuotesNamesWithCommasAndTableMarksFinalizedMonths)
{
    importAll();
    QFile f(dir.filePath(QStringLiteral("rename.csv")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("agent_id,name,team\nA001,\"Moreau, Alice \"\"Ali\"\"\",Billing\n");
    f.close();
    CliRun r = run({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
                    QStringLiteral("agents"), f.fileName()});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("1 rows read, 0 stored, 1 replaced, 0 unchanged")))
        << r.out.toStdString();
    r = run({QStringLiteral("score"), QStringLiteral("--db"), db, QStringLiteral("--month"), QStringLiteral("2026-10"),
             QStringLiteral("--agent"), QStringLiteral("A001"), QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(r.code, 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 10); // header + 9 metrics
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("2026-10,A001,\"Moreau, Alice \"\"Ali\"\"\",Billing,")))
        << lines[1].toStdString();

    r = run({QStringLiteral("month"), QStringLiteral("--db"), db, QStringLiteral("--month"), QStringLiteral("2026-10"),
             QStringLiteral("--finalize")});
    ASSERT_EQ(r.code, 0);
    r = run({QStringLiteral("score"), QStringLiteral("--db"), db, QStringLiteral("--month"), QStringLiteral("2026-10"),
             QStringLiteral("--format"), QStringLiteral("table")});
    ASSERT_EQ(r.code, 0);
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("Scorecard 2026-10 (finalized)"))) << r.out.toStdString();
    EXPECT_TRUE(scoreJson().value(QStringLiteral("finalized")).toBool());
}

namespace {

// Issue 13.2/13.3: a write that finds another writer waits for the busy
// timeout, then changes nothing and names the cause (exit 74).
TEST_F(CliTest, WritersWaitThenGiveUpNamingTheCause)
{
    importAll();
    const QStringList before = dumpDatabase(db);
    qputenv("SCORECARD_BUSY_TIMEOUT_MS", "300");
    {
        auto holder = openStore(db, clock);
        const auto tx = holder->beginWrite(); // another writer holds the database
        CliRun r = run({QStringLiteral("import"), QStringLiteral("--db"), db, dataFile(QStringLiteral("time.csv"))});
        EXPECT_EQ(r.code, 74);
        EXPECT_EQ(r.err.trimmed(), QStringLiteral("scorecard import: database is busy (another import is running); "
                                                  "nothing was imported"));
        r = run({QStringLiteral("month"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                 QStringLiteral("2026-10"), QStringLiteral("--finalize")});
        EXPECT_EQ(r.code, 74);
        EXPECT_EQ(r.err.trimmed(),
                  QStringLiteral("scorecard month: another import or finalize is running; nothing was changed"));
    }
    qunsetenv("SCORECARD_BUSY_TIMEOUT_MS");
    EXPECT_EQ(dumpDatabase(db), before);
    // Free again: the finalize goes through, with its audit entry signed by the OS user.
    const CliRun r = run({QStringLiteral("month"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                          QStringLiteral("2026-10"), QStringLiteral("--finalize")});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    auto store = openStore(db, clock);
    EXPECT_EQ(store->auditLog().front().action, QStringLiteral("finalize"));
    EXPECT_EQ(store->auditLog().front().user, store->userName());
}

} // namespace
