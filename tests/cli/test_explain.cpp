// scorecard explain (SPEC section 7): the explained rows add up to exactly
// the numerator and denominator shown, and those are the card's numbers, for
// every metric of several agents of the demo data and of the bank log
// imported through the normal import path; the hand-made dataset worked by
// hand; exit codes of SPEC section 5.
#include "cli_test_util.h"

#include "core/clock.h"
#include "core/metrics.h"

#include <QFile>
#include <QJsonArray>

using namespace sc;
using namespace sc::test;

namespace {

QString cliData(const QString &name) { return QStringLiteral(SCORECARD_TEST_DATA_DIR "/cli/") + name; }

QString bankProfile(const char *name)
{
    return QStringLiteral(SCORECARD_SOURCE_DIR "/docs/examples/") + QLatin1String(name);
}

const QString kBankCalls = QStringLiteral(SCORECARD_TEST_DATA_DIR "/bank/anonymous-bank-1999-08-calls.csv");

class ExplainTest : public ::testing::Test {
protected:
    ExplainTest() : clock(QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC)) {}
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        db = dir.filePath(QStringLiteral("explain.sqlite"));
    }
    CliRun run(const QStringList &args) { return runIn(args, clock); }
    CliRun explain(const QString &month, const QString &agent, const QString &metric,
                   const QString &format = QStringLiteral("json"))
    {
        return run({QStringLiteral("explain"), QStringLiteral("--db"), db, QStringLiteral("--month"), month,
                    QStringLiteral("--agent"), agent, QStringLiteral("--metric"), metric, QStringLiteral("--format"),
                    format});
    }

    // For each agent (every `step`-th of the month) and every metric: the
    // rows of `explain` add up exactly to its numerator and denominator,
    // which are the card's (`score`; the team's for team-only metrics), and
    // the CSV has the same rows. Returns how many (agent, metric) pairs had rows.
    int checkRowsAddUp(const QString &month, int step)
    {
        const CliRun score = run({QStringLiteral("score"), QStringLiteral("--db"), db, QStringLiteral("--month"), month,
                                  QStringLiteral("--format"), QStringLiteral("json")});
        EXPECT_EQ(score.code, 0) << score.err.toStdString();
        const QJsonObject report = score.json();
        const QJsonArray agents = report.value(QStringLiteral("agents")).toArray();
        EXPECT_FALSE(agents.isEmpty());
        QHash<QString, QJsonObject> teamMetrics; // "team/key"
        for (const QJsonValue &t : report.value(QStringLiteral("teams")).toArray())
            for (const QJsonValue &m : t.toObject().value(QStringLiteral("metrics")).toArray())
                teamMetrics.insert(t.toObject().value(QStringLiteral("team")).toString() + u'/'
                                       + m.toObject().value(QStringLiteral("key")).toString(),
                                   m.toObject());
        int withRows = 0;
        for (qsizetype i = 0; i < agents.size(); i += step) {
            const QJsonObject agent = agents[i].toObject();
            const QString id = agent.value(QStringLiteral("agent_id")).toString();
            QHash<QString, QJsonObject> cardMetrics;
            for (const QJsonValue &m : agent.value(QStringLiteral("metrics")).toArray())
                cardMetrics.insert(m.toObject().value(QStringLiteral("key")).toString(), m.toObject());
            for (const MetricDefinition &def : metricDefinitions()) {
                const std::string where = QString(id + u' ' + def.key).toStdString();
                const CliRun r = explain(month, id, def.key);
                EXPECT_EQ(r.code, 0) << where << r.err.toStdString();
                const QJsonObject e = r.json();
                const QJsonObject card =
                    def.teamOnly ? teamMetrics.value(agent.value(QStringLiteral("team")).toString() + u'/' + def.key)
                                 : cardMetrics.value(def.key);
                EXPECT_FALSE(card.isEmpty()) << where;
                // The numbers shown are the card's, to the bit.
                for (const char *field : {"value", "numerator", "denominator", "status"})
                    EXPECT_EQ(e.value(QLatin1String(field)), card.value(QLatin1String(field))) << where << " " << field;
                double num = 0, den = 0;
                const QJsonArray rows = e.value(QStringLiteral("rows")).toArray();
                for (const QJsonValue &row : rows) {
                    num += row.toObject().value(QStringLiteral("numerator")).toDouble();
                    den += row.toObject().value(QStringLiteral("denominator")).toDouble();
                    EXPECT_FALSE(row.toObject().value(QStringLiteral("source_file")).toString().isEmpty()) << where;
                    EXPECT_EQ(row.toObject().value(QStringLiteral("imported_at")).toString(),
                              QStringLiteral("2026-11-23T10:00:00Z"))
                        << where;
                }
                den += e.value(QStringLiteral("record_denominator")).toDouble();
                if (e.value(QStringLiteral("numerator")).isNull()) {
                    EXPECT_EQ(den, 0) << where; // no value: no row feeds the denominator
                } else {
                    EXPECT_EQ(num, e.value(QStringLiteral("numerator")).toDouble()) << where;
                    EXPECT_EQ(den, e.value(QStringLiteral("denominator")).toDouble()) << where;
                }
                EXPECT_TRUE(e.value(QStringLiteral("rows_match")).toBool()) << where;
                withRows += rows.isEmpty() ? 0 : 1;
                // --format csv: a header and the same rows.
                const CliRun csv = explain(month, id, def.key, QStringLiteral("csv"));
                EXPECT_EQ(csv.code, 0) << where;
                EXPECT_EQ(csv.out.count(u'\n'), rows.size() + 1) << where;
            }
        }
        return withRows;
    }

    QTemporaryDir dir;
    QString db;
    FixedClock clock;
};

} // namespace

TEST_F(ExplainTest, DemoRowsAddUpToTheCardForEveryMetric)
{
    ASSERT_EQ(run({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--agents"), QStringLiteral("30"),
                   QStringLiteral("--months"), QStringLiteral("2")})
                  .code,
              0);
    // Every 4th of 30 agents: 8 agents of all three teams, 11 metrics each.
    const int withRows = checkRowsAddUp(QStringLiteral("2026-10"), 4);
    EXPECT_GE(withRows, 8 * 9); // every agent metric of a demo agent has rows (team kcs aside)
}

TEST_F(ExplainTest, BankLogRowsAddUpToTheCardForEveryMetric)
{
    ASSERT_EQ(run({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--mapping"),
                   bankProfile("bank-agents.json"), kBankCalls})
                  .code,
              0);
    ASSERT_EQ(run({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--mapping"),
                   bankProfile("bank-contacts.json"), kBankCalls})
                  .code,
              0);
    // Every 5th of the 32 agents; the log has contacts with handle time only,
    // so aht has rows (thousands of calls summed per day) and the rest none.
    const int withRows = checkRowsAddUp(QStringLiteral("1999-08"), 5);
    EXPECT_GE(withRows, 7);
    const QJsonObject e = explain(QStringLiteral("1999-08"), QStringLiteral("DORIT"), QStringLiteral("aht")).json();
    ASSERT_FALSE(e.value(QStringLiteral("rows")).toArray().isEmpty());
    EXPECT_EQ(e.value(QStringLiteral("rows")).toArray()[0].toObject().value(QStringLiteral("source_file")).toString(),
              kBankCalls);
}

TEST_F(ExplainTest, HandMadeQaWorkedByHand)
{
    const CliRun imported = run({QStringLiteral("import"), QStringLiteral("--db"), db,
                                 cliData(QStringLiteral("agents.csv")), cliData(QStringLiteral("qa.csv")),
                                 cliData(QStringLiteral("survey.csv")), cliData(QStringLiteral("kcs.csv"))});
    ASSERT_EQ(imported.code, 0) << imported.err.toStdString();
    // A001's evaluations: E1 90, E2 85, E3 80 -> 255 / 3 = 85; default
    // template qa: weight 25, floor 70, goal 90, cap 120 -> score
    // 100 × (85 − 70) / (90 − 70) = 75.
    const CliRun text =
        explain(QStringLiteral("2026-10"), QStringLiteral("A001"), QStringLiteral("qa"), QStringLiteral("text"));
    ASSERT_EQ(text.code, 0) << text.err.toStdString();
    const QString qaFile = cliData(QStringLiteral("qa.csv"));
    for (const QString &line :
         {QStringLiteral("Quality score (qa) for A001 Alice Moreau, team Billing, 2026-10"),
          QStringLiteral("Template: Default: weight 25, floor 70, goal 90, cap 120"),
          QStringLiteral("value = Σ score / evaluations"), QStringLiteral("      = 255 / 3 = 85"),
          QStringLiteral("score = clamp(100 × (value − floor) / (goal − floor), 0, cap)"),
          QStringLiteral("      = clamp(100 × (85 − 70) / (90 − 70), 0, 120) = 75"),
          QStringLiteral("status ok, numerator 255, denominator 3"),
          QStringLiteral("3 contributing rows (Σ numerator 255, Σ denominator 3):"),
          QStringLiteral(
              "qa  E1  2026-10-03  score=90  -> numerator 90, denominator 1  from %1 at 2026-11-23T10:00:00Z")
              .arg(qaFile),
          QStringLiteral(
              "qa  E3  2026-10-20  score=80  -> numerator 80, denominator 1  from %1 at 2026-11-23T10:00:00Z")
              .arg(qaFile)})
        EXPECT_TRUE(text.out.split(u'\n').contains(line)) << line.toStdString() << "\n" << text.out.toStdString();

    // kcs: K1 link 1 + K2 link 1 + K3 edit 2 + K4 draft 3 = 7 points / 1 agent.
    const QJsonObject kcs = explain(QStringLiteral("2026-10"), QStringLiteral("A001"), QStringLiteral("kcs")).json();
    EXPECT_EQ(kcs.value(QStringLiteral("numerator")).toDouble(), 7);
    EXPECT_EQ(kcs.value(QStringLiteral("denominator")).toDouble(), 1);
    EXPECT_EQ(kcs.value(QStringLiteral("record_denominator")).toDouble(), 1);
    EXPECT_EQ(kcs.value(QStringLiteral("rows")).toArray().size(), 4);

    // csat rows only: the header and R1..R7 of A001 (csat 5,5,4,4,4,3,2: 5 of 7 positive).
    const CliRun csv =
        explain(QStringLiteral("2026-10"), QStringLiteral("A001"), QStringLiteral("csat"), QStringLiteral("csv"));
    const QStringList lines = csv.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 2);
    EXPECT_EQ(lines[0], QStringLiteral("kind,key,date,csat,numerator,denominator,source_file,imported_at"));
    EXPECT_EQ(lines[1], QStringLiteral("survey,R1,2026-10-01,5,1,1,%1,2026-11-23T10:00:00Z")
                            .arg(cliData(QStringLiteral("survey.csv"))));
    const QJsonObject csat = explain(QStringLiteral("2026-10"), QStringLiteral("A001"), QStringLiteral("csat")).json();
    EXPECT_EQ(lines.size() - 1, csat.value(QStringLiteral("rows")).toArray().size());
}

TEST_F(ExplainTest, FinalizedMonthShowsItsSnapshotAndSaysWhenRowsChanged)
{
    ASSERT_EQ(run({QStringLiteral("import"), QStringLiteral("--db"), db, cliData(QStringLiteral("agents.csv")),
                   cliData(QStringLiteral("qa.csv"))})
                  .code,
              0);
    ASSERT_EQ(run({QStringLiteral("month"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                   QStringLiteral("2026-10"), QStringLiteral("--finalize")})
                  .code,
              0);
    QJsonObject e = explain(QStringLiteral("2026-10"), QStringLiteral("A001"), QStringLiteral("qa")).json();
    EXPECT_TRUE(e.value(QStringLiteral("frozen")).toBool());
    EXPECT_TRUE(e.value(QStringLiteral("rows_match")).toBool());
    // One more evaluation after finalizing: the card keeps 255 / 3, the rows now add to 355 / 4.
    const QString extra = dir.filePath(QStringLiteral("qa-late.csv"));
    QFile f(extra);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("evaluation_id,agent_id,date,score,evaluator,form,comment\nE99,A001,2026-10-28,100,Dana,Phone v3,\n");
    f.close();
    ASSERT_EQ(run({QStringLiteral("import"), QStringLiteral("--db"), db, extra}).code, 0);
    e = explain(QStringLiteral("2026-10"), QStringLiteral("A001"), QStringLiteral("qa")).json();
    EXPECT_EQ(e.value(QStringLiteral("numerator")).toDouble(), 255);
    EXPECT_EQ(e.value(QStringLiteral("rows")).toArray().size(), 4);
    EXPECT_FALSE(e.value(QStringLiteral("rows_match")).toBool());
    const CliRun text =
        explain(QStringLiteral("2026-10"), QStringLiteral("A001"), QStringLiteral("qa"), QStringLiteral("text"));
    EXPECT_TRUE(text.out.contains(QStringLiteral("Finalized month: the numbers are its snapshot.")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("rows changed after the month was finalized")));
}

TEST_F(ExplainTest, UnknownAgentOrMetricExits64WithOneLine)
{
    ASSERT_EQ(run({QStringLiteral("import"), QStringLiteral("--db"), db, cliData(QStringLiteral("agents.csv")),
                   cliData(QStringLiteral("qa.csv"))})
                  .code,
              0);
    CliRun r = explain(QStringLiteral("2026-10"), QStringLiteral("NOPE"), QStringLiteral("qa"));
    EXPECT_EQ(r.code, 64);
    EXPECT_EQ(r.errLines(), QStringList{QStringLiteral("scorecard explain: unknown agent 'NOPE'")});
    EXPECT_TRUE(r.out.isEmpty());
    r = explain(QStringLiteral("2026-10"), QStringLiteral("A001"), QStringLiteral("speed"));
    EXPECT_EQ(r.code, 64);
    ASSERT_EQ(r.errLines().size(), 1);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("scorecard explain: unknown metric 'speed' (expected one of "
                                                "contacts_per_hour, aht, qa,")))
        << r.err.toStdString();
    // A known agent without a record that month has no card to explain.
    r = explain(QStringLiteral("2026-10"), QStringLiteral("A003"), QStringLiteral("qa"));
    EXPECT_EQ(r.code, 64);
    EXPECT_EQ(r.errLines(),
              QStringList{QStringLiteral(
                  "scorecard explain: agent 'A003' has no record in 2026-10: there is no card to explain")});
    r = explain(QStringLiteral("2026-10"), QStringLiteral("A001"), QStringLiteral("qa"), QStringLiteral("xml"));
    EXPECT_EQ(r.code, 64);
    r = run({QStringLiteral("explain"), QStringLiteral("--db"), db, QStringLiteral("--month"),
             QStringLiteral("2026-10"), QStringLiteral("--metric"), QStringLiteral("qa")});
    EXPECT_EQ(r.code, 64);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--agent ID is required")));
}
