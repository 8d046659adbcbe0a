// The import command with several mapping profiles, the summary counts, the
// error total and warnings (issue 12), with expectations worked by hand.
#include "cli_test_util.h"

#include <QFile>
#include <QJsonArray>

using namespace sc;
using namespace sc::test;

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile f(dir.filePath(name));
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(content);
    return f.fileName();
}

const FixedClock &importClock()
{
    static const FixedClock c(QDateTime(QDate(2026, 2, 10), QTime(9, 0), Qt::UTC));
    return c;
}

CliRun import(const QString &db, const QStringList &args)
{
    return runIn(QStringList{QStringLiteral("import"), QStringLiteral("--db"), db} + args, importClock());
}

// One per-call export: Queue, Agent, Date, Wait, Talk, Outcome.
const QByteArray kCalls = "Queue,Agent,Date,Wait,Talk,Outcome\n"
                          "Blue,ann,2026-01-05,10,300,ANSWERED\n"
                          "Blue,ann,2026-01-05,30,200,ANSWERED\n"
                          "Blue,bob,2026-01-05,5,100,ANSWERED\n"
                          "Blue,,2026-01-05,40,,ABANDONED\n"
                          "Blue,bob,2026-01-06,20,400,ANSWERED\n";

const QByteArray kAgents = R"({"name": "calls: agents", "kind": "agents",
    "columns": {"agent_id": "Agent", "name": "Agent", "team": "Queue"}, "where": {"Outcome": ["ANSWERED"]}})";
const QByteArray kContacts = R"({"name": "calls: contacts", "kind": "contacts",
    "columns": {"agent_id": "Agent", "date": "Date", "handle_seconds": "Talk"}, "where": {"Outcome": ["ANSWERED"]}})";
} // namespace

TEST(CliImportProfiles, SeveralProfilesReadOneExportInOneTransaction)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("x.sqlite"));
    const QString calls = write(dir, QStringLiteral("calls.csv"), kCalls);
    const QString agents = write(dir, QStringLiteral("agents.json"), kAgents);
    const QString contacts = write(dir, QStringLiteral("contacts.json"), kContacts);
    // The contacts profile comes first on the command line: agents are still read first.
    const CliRun r = import(db, {QStringLiteral("--mapping"), contacts, QStringLiteral("--mapping"), agents, calls});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    // Agents: 5 rows, 1 skipped (abandoned), 4 answered rows naming 2 agents: 2 stored, 2 collapsed.
    EXPECT_TRUE(r.out.contains(QStringLiteral("(agents, profile 'calls: agents'): 5 rows read, 2 stored, 0 replaced, "
                                              "0 unchanged, 2 collapsed, 1 skipped by filter")))
        << r.out.toStdString();
    // Contacts: keys (ann, 01-05), (bob, 01-05), (bob, 01-06): 3 stored, 1 summed into (ann, 01-05).
    EXPECT_TRUE(r.out.contains(QStringLiteral("(contacts, profile 'calls: contacts'): 5 rows read, 3 stored, 0 "
                                              "replaced, 0 unchanged, 1 collapsed, 1 skipped by filter")))
        << r.out.toStdString();

    // Score: ann has 2 contacts and 500 s of handle time on 2026-01-05: AHT 250.
    const CliRun s = runIn({QStringLiteral("score"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                            QStringLiteral("2026-01"), QStringLiteral("--format"), QStringLiteral("json")},
                           importClock());
    ASSERT_EQ(s.code, 0) << s.err.toStdString();
    const QJsonArray list = s.json().value(QStringLiteral("agents")).toArray();
    ASSERT_EQ(list.size(), 2);
    for (const QJsonValue &m : list[0].toObject().value(QStringLiteral("metrics")).toArray()) {
        if (m.toObject().value(QStringLiteral("key")).toString() == QStringLiteral("aht")) {
            EXPECT_EQ(m.toObject().value(QStringLiteral("value")).toDouble(), 250);
        }
    }
}

TEST(CliImportProfiles, OneFailingProfileImportsNothing)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("x.sqlite"));
    const QString calls = write(dir, QStringLiteral("calls.csv"), kCalls);
    const QString agents = write(dir, QStringLiteral("agents.json"), kAgents);
    // The agent column holds "Agent", but this profile reads a column the file lacks.
    const QString bad = write(dir, QStringLiteral("bad.json"),
                              R"({"kind": "contacts", "columns": {"agent_id": "Agent", "date": "Day"}})");
    ASSERT_EQ(import(db, {QStringLiteral("--kind"), QStringLiteral("agents"),
                          write(dir, QStringLiteral("a.csv"), "agent_id,name,team\nzed,Zed,Red\n")})
                  .code,
              0);
    const QStringList before = dumpDatabase(db);
    const CliRun r = import(db, {QStringLiteral("--mapping"), agents, QStringLiteral("--mapping"), bad, calls});
    EXPECT_EQ(r.code, 65);
    EXPECT_TRUE(r.err.contains(QStringLiteral("column 'Day': value '': missing required column")))
        << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("1 problem(s) found; nothing was imported"))) << r.err.toStdString();
    // The audit log aside (none is written for a failed import), nothing changed.
    EXPECT_EQ(dumpDatabase(db), before);
}

TEST(CliImportProfiles, ServiceLevelFromAPerCallLogWithAsa)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("x.sqlite"));
    // answered from the outcome, answer_seconds = the wait of answered calls.
    const QString calls = write(dir, QStringLiteral("calls.csv"),
                                "Queue,Agent,Date,Wait,Outcome\n"
                                "Blue,ann,2026-01-05,10,ANSWERED\n"
                                "Blue,ann,2026-01-05,30,ANSWERED\n"
                                "Blue,bob,2026-01-05,5,ANSWERED\n"
                                "Blue,,2026-01-05,8,ABANDONED\n" // not answered: not in service level either
                                "Blue,bob,2026-01-06,20,ANSWERED\n");
    const QString sl = write(dir, QStringLiteral("sl.json"), R"({"name": "sl", "kind": "service_level",
        "columns": {"team": "Queue", "date": "Date", "answered": "Outcome", "answer_seconds": "Wait"},
        "constants": {"offered": "1"},
        "values": {"Outcome": {"ANSWERED": 1, "ABANDONED": 0}},
        "thresholds": {"answered_in_sl": {"column": "Wait", "at_most": 20}}})");
    const CliRun r = import(db, {QStringLiteral("--mapping"), sl, calls});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    // Keys (Blue, 01-05) and (Blue, 01-06): 2 stored, 3 rows summed into the first.
    EXPECT_TRUE(
        r.out.contains(QStringLiteral("5 rows read, 2 stored, 0 replaced, 0 unchanged, 3 collapsed, 0 skipped")))
        << r.out.toStdString();
    // Team values need a team with a record: an agents file.
    ASSERT_EQ(import(db, {QStringLiteral("--kind"), QStringLiteral("agents"),
                          write(dir, QStringLiteral("a.csv"), "agent_id,name,team\nann,Ann,Blue\n")})
                  .code,
              0);
    const CliRun s = runIn({QStringLiteral("score"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                            QStringLiteral("2026-01"), QStringLiteral("--format"), QStringLiteral("json")},
                           importClock());
    ASSERT_EQ(s.code, 0) << s.err.toStdString();
    const QJsonArray teams = s.json().value(QStringLiteral("teams")).toArray();
    ASSERT_EQ(teams.size(), 1);
    bool sawSl = false, sawAsa = false;
    for (const QJsonValue &v : teams[0].toObject().value(QStringLiteral("metrics")).toArray()) {
        const QJsonObject m = v.toObject();
        if (m.value(QStringLiteral("key")).toString() == QStringLiteral("service_level")) {
            // In service level: waits 10, 5, 20 (at most 20) of 5 offered: 60 %.
            EXPECT_EQ(m.value(QStringLiteral("numerator")).toDouble(), 3);
            EXPECT_EQ(m.value(QStringLiteral("denominator")).toDouble(), 5);
            EXPECT_DOUBLE_EQ(m.value(QStringLiteral("value")).toDouble(), 60);
            sawSl = true;
        }
        if (m.value(QStringLiteral("key")).toString() == QStringLiteral("asa")) {
            // (10 + 30 + 5 + 20) s over 4 answered calls = 16.25 s.
            EXPECT_EQ(m.value(QStringLiteral("numerator")).toDouble(), 65);
            EXPECT_EQ(m.value(QStringLiteral("denominator")).toDouble(), 4);
            EXPECT_DOUBLE_EQ(m.value(QStringLiteral("value")).toDouble(), 16.25);
            EXPECT_EQ(m.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
            sawAsa = true;
        }
    }
    EXPECT_TRUE(sawSl);
    EXPECT_TRUE(sawAsa);
}

TEST(CliImportProfiles, ErrorSummaryGivesTheTotalAndWarningsArePrinted)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("x.sqlite"));
    QByteArray csv = "agent_id,name,team,active\n";
    for (int i = 0; i < 250; ++i)
        csv += "A" + QByteArray::number(i) + ",N,T,maybe\n";
    const CliRun r =
        import(db, {QStringLiteral("--kind"), QStringLiteral("agents"), write(dir, QStringLiteral("a.csv"), csv)});
    EXPECT_EQ(r.code, 65);
    const QStringList lines = r.errLines();
    ASSERT_EQ(lines.size(), 201) << r.err.toStdString();
    EXPECT_EQ(lines.last(),
              QStringLiteral("scorecard import: 250 problems found (the first 200 are listed); nothing was imported"));

    const QString where = write(dir, QStringLiteral("w.json"), R"({"kind": "agents", "where": {"team": ["Nowhere"]}})");
    const CliRun w = import(db, {QStringLiteral("--mapping"), where,
                                 write(dir, QStringLiteral("b.csv"), "agent_id,name,team\nA1,Ann,Blue\n")});
    EXPECT_EQ(w.code, 0) << w.err.toStdString();
    EXPECT_TRUE(w.err.contains(QStringLiteral("b.csv: warning: the 'where' filter ('team' in (Nowhere)) kept none "
                                              "of the 1 rows")))
        << w.err.toStdString();
    EXPECT_TRUE(
        w.out.contains(QStringLiteral("1 rows read, 0 stored, 0 replaced, 0 unchanged, 0 collapsed, 1 skipped")))
        << w.out.toStdString();
}

namespace {

double metricField(const QJsonObject &holder, const char *key, const char *field)
{
    for (const QJsonValue &v : holder.value(QStringLiteral("metrics")).toArray())
        if (v.toObject().value(QStringLiteral("key")).toString() == QLatin1String(key))
            return v.toObject().value(QLatin1String(field)).toDouble(-1);
    ADD_FAILURE() << "no metric " << key;
    return -1;
}

} // namespace

TEST(CliImportProfiles, ListPresets)
{
    const CliRun r = runIn({QStringLiteral("import"), QStringLiteral("--list-presets")}, importClock());
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("zendesk-tickets\tZendesk: ticket CSV export (contacts, survey)")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("acd-per-call\t"))) << r.out.toStdString();
    EXPECT_EQ(r.out.count(u'\n'), 7);
    QTemporaryDir dir;
    const CliRun bad =
        import(dir.filePath(QStringLiteral("x.sqlite")),
               {QStringLiteral("--preset"), QStringLiteral("nope"), write(dir, QStringLiteral("a.csv"), "a\n")});
    EXPECT_EQ(bad.code, 64);
}

TEST(CliImportProfiles, AWholeMonthFromPresetsAlone)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("x.sqlite"));
    // The ACD's per-call log: agents, contacts and service level.
    const QString calls = write(
        dir, QStringLiteral("calls.csv"),
        "vru+line,call_id,customer_id,priority,type,date,vru_entry,vru_exit,vru_time,q_start,q_exit,q_time,outcome,"
        "ser_start,ser_exit,ser_time,server\n"
        "AA0101,1,0,0,PS,1999-08-01,7:00:00,7:00:05,5,7:00:05,7:00:15,10,AGENT,7:00:15,7:03:15,180,ANN\n"
        "AA0101,2,0,0,PS,1999-08-01,7:01:00,7:01:05,5,7:01:05,7:01:45,40,AGENT,7:01:45,7:02:45,60,BO\n"
        "AA0101,3,0,0,PS,1999-08-01,7:02:00,7:02:05,5,7:02:05,7:02:20,15,HANG,0:00:00,0:00:00,0,NO_SERVER\n"
        "AA0101,5,0,0,PS,1999-08-02,7:00:00,7:00:05,5,7:00:05,7:00:25,20,AGENT,7:00:25,7:01:25,60,ANN\n");
    // The WFM's adherence export (NICE) and the survey tool's responses (SurveyMonkey).
    const QString time = write(dir, QStringLiteral("adherence.csv"),
                               "Agent,Scheduling Unit,Date,Scheduled,In Adherence,Conformance\n"
                               "ANN,Bank,08/01/1999,8:00:00,7:12:00,7:45:00\n"
                               "ANN,Bank,08/02/1999,8:00:00,7:00:00,7:30:00\n"
                               "BO,Bank,08/01/1999,8:00:00,8:00:00,8:00:00\n");
    const QString survey =
        write(dir, QStringLiteral("survey.csv"),
              "Respondent ID,Collector ID,Start Date,End Date,Custom Data 1,How satisfied were you with our support?,"
              "How likely is it that you would recommend us to a friend or colleague?\n"
              ",,,,,Response,Response\n"
              "1,9,08/01/1999 10:00:00 AM,08/01/1999 10:01:00 AM,ANN,Very satisfied,9\n"
              "2,9,08/02/1999 10:00:00 AM,08/02/1999 10:01:00 AM,ANN,Satisfied,7\n"
              "3,9,08/02/1999 11:00:00 AM,08/02/1999 11:01:00 AM,BO,Dissatisfied,3\n");
    CliRun r = import(db, {QStringLiteral("--preset"), QStringLiteral("acd-per-call"), calls});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    r = import(db, {QStringLiteral("--preset"), QStringLiteral("nice-adherence"), time});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    // Every day of this file is 12 or less: the MM/dd format gets its warning.
    EXPECT_TRUE(r.err.contains(QStringLiteral("warning: every date of the file also reads with day and month "
                                              "swapped")))
        << r.err.toStdString();
    r = import(db, {QStringLiteral("--preset"), QStringLiteral("surveymonkey"), survey});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();

    const CliRun s = runIn({QStringLiteral("score"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                            QStringLiteral("1999-08"), QStringLiteral("--format"), QStringLiteral("json")},
                           importClock());
    ASSERT_EQ(s.code, 0) << s.err.toStdString();
    const QJsonObject o = s.json();
    const QJsonArray agents = o.value(QStringLiteral("agents")).toArray();
    ASSERT_EQ(agents.size(), 2);
    const QJsonObject ann = agents[0].toObject();
    EXPECT_EQ(ann.value(QStringLiteral("agent_id")).toString(), QStringLiteral("ANN"));
    EXPECT_EQ(ann.value(QStringLiteral("team")).toString(), QStringLiteral("Bank"));
    // 2 calls over 7:45 + 7:30 = 465 + 450 = 915 worked minutes.
    EXPECT_EQ(metricField(ann, "contacts_per_hour", "numerator"), 2);
    EXPECT_EQ(metricField(ann, "contacts_per_hour", "denominator"), 915);
    // (180 + 60) s over 2 calls.
    EXPECT_EQ(metricField(ann, "aht", "value"), 120);
    // (432 + 420) adherent of (480 + 480) scheduled minutes = 88.75 %.
    EXPECT_DOUBLE_EQ(metricField(ann, "adherence", "value"), 88.75);
    // Very satisfied (5) and Satisfied (4): 2 of 2 at 4 or more.
    EXPECT_EQ(metricField(ann, "csat", "numerator"), 2);
    EXPECT_EQ(metricField(ann, "csat", "denominator"), 2);
    const QJsonArray teams = o.value(QStringLiteral("teams")).toArray();
    ASSERT_EQ(teams.size(), 1);
    // Service level: 4 calls offered, within 20 s: call 1 (10 s) and call 5 (20 s) = 50 %.
    EXPECT_DOUBLE_EQ(metricField(teams[0].toObject(), "service_level", "value"), 50);
    // ASA: (10 + 40 + 20) s over 3 answered calls.
    EXPECT_DOUBLE_EQ(metricField(teams[0].toObject(), "asa", "value"), 70.0 / 3.0);
    EXPECT_EQ(metricField(teams[0].toObject(), "asa", "denominator"), 3);
}
