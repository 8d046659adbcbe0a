#include "import/importer.h"
#include "import/mapping_profile.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <fstream>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <map>
#include <sstream>

using namespace sc;
using namespace Qt::StringLiterals;
using ::testing::ElementsAre;

namespace {

MappingProfile profileFrom(const char *json)
{
    QString error;
    const auto p = MappingProfile::fromJson(QJsonDocument::fromJson(json).object(), &error);
    EXPECT_TRUE(p.has_value()) << error.toStdString();
    return p.value_or(MappingProfile{});
}

QString profileError(const char *json)
{
    QString error;
    const auto p = MappingProfile::fromJson(QJsonDocument::fromJson(json).object(), &error);
    EXPECT_FALSE(p.has_value()) << json;
    return error;
}

ImportResult parseWith(const MappingProfile &p, const std::string &csv, QSet<QString> known = {u"A1"_s, u"A2"_s})
{
    ImportOptions o;
    o.profile = p;
    o.knownAgents = std::move(known);
    return parseImportData(QByteArray::fromStdString(csv), u"x.csv"_s, o);
}

std::vector<std::string> messages(const ImportResult &r)
{
    std::vector<std::string> out;
    for (const ImportError &e : r.errors)
        out.push_back(e.toString().toStdString());
    return out;
}

const char *specExample = R"({"name": "Bank ACD log", "kind": "contacts", "delimiter": ",",
 "columns": {"agent_id": "server", "date": "date", "handle_seconds": "ser_time"},
 "constants": {"channel": "phone"},
 "where": {"outcome": ["AGENT"]},
 "date_format": "yyyy-MM-dd",
 "durations": "seconds",
 "booleans": {"true": ["Y", "yes", "1"], "false": ["N", "no", "0"]}})";

} // namespace

TEST(MappingProfile, ReadsSpecExample)
{
    const MappingProfile p = profileFrom(specExample);
    EXPECT_EQ(p.name, u"Bank ACD log"_s);
    EXPECT_EQ(p.kind, ImportKind::Contacts);
    EXPECT_EQ(p.delimiter, ',');
    EXPECT_EQ(p.columns.value(u"agent_id"_s), u"server"_s);
    EXPECT_EQ(p.columns.value(u"handle_seconds"_s), u"ser_time"_s);
    EXPECT_EQ(p.constants.value(u"channel"_s), u"phone"_s);
    EXPECT_EQ(p.where.value(u"outcome"_s), QStringList{u"AGENT"_s});
    EXPECT_EQ(p.dateFormat, u"yyyy-MM-dd"_s);
    EXPECT_EQ(p.durations, DurationFormat::Seconds);
    EXPECT_EQ(p.trueValues, (QStringList{u"Y"_s, u"yes"_s, u"1"_s}));
    EXPECT_EQ(p.falseValues, (QStringList{u"N"_s, u"no"_s, u"0"_s}));
}

TEST(MappingProfile, JsonRoundTripAndSaveLoad)
{
    const MappingProfile p = profileFrom(specExample);
    QString error;
    const auto again = MappingProfile::fromJson(p.toJson(), &error);
    ASSERT_TRUE(again) << error.toStdString();
    EXPECT_EQ(again->toJson(), p.toJson());
    EXPECT_EQ(again->columns, p.columns);
    EXPECT_EQ(again->durations, p.durations);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.json"_s);
    ASSERT_TRUE(p.save(path, &error)) << error.toStdString();
    const auto loaded = MappingProfile::load(path, &error);
    ASSERT_TRUE(loaded) << error.toStdString();
    EXPECT_EQ(loaded->toJson(), p.toJson());

    EXPECT_FALSE(MappingProfile::load(dir.filePath(u"missing.json"_s), &error));
    EXPECT_TRUE(error.contains(u"missing.json"_s));
}

TEST(MappingProfile, TabDelimiterSpellings)
{
    EXPECT_EQ(profileFrom(R"({"kind": "time", "delimiter": "\t"})").delimiter, '\t');
    EXPECT_EQ(profileFrom(R"({"kind": "time", "delimiter": "tab"})").delimiter, '\t');
    EXPECT_EQ(profileFrom(R"({"kind": "time", "delimiter": ";"})").delimiter, ';');
}

TEST(MappingProfile, InvalidProfilesSayWhy)
{
    EXPECT_TRUE(profileError(R"({"kind": "calls"})").contains(u"unknown kind 'calls'"_s));
    EXPECT_TRUE(profileError(R"({"name": "x"})").contains(u"'kind' is missing"_s));
    EXPECT_TRUE(profileError(R"({"kind": "contacts", "columns": {"handle_time": "x"}})")
                    .contains(u"unknown field 'handle_time' for kind contacts"_s));
    EXPECT_TRUE(profileError(R"({"kind": "contacts", "constants": {"colour": "x"}})")
                    .contains(u"'constants' names unknown field 'colour'"_s));
    EXPECT_TRUE(profileError(R"({"kind": "contacts", "durations": "minutes"})").contains(u"'durations' must be"_s));
    EXPECT_TRUE(
        profileError(R"({"kind": "contacts", "delimiter": ";;"})").contains(u"'delimiter' must be one character"_s));
    EXPECT_TRUE(
        profileError(R"({"kind": "contacts", "delimiter": ""})").contains(u"'delimiter' must be one character"_s));
    EXPECT_TRUE(profileError(R"({"kind": "contacts", "delimiter": "\""})").contains(u"'delimiter'"_s));
    EXPECT_TRUE(profileError(R"({"kind": "contacts", "colums": {}})").contains(u"unknown key 'colums'"_s));
    EXPECT_TRUE(profileError(R"({"kind": "contacts", "columns": {"channel": "c"}, "constants": {"channel": "phone"}})")
                    .contains(u"both in 'columns' and in 'constants'"_s));
    EXPECT_TRUE(profileError(R"({"kind": "contacts", "where": {"outcome": []}})").contains(u"'where'.'outcome'"_s));
    EXPECT_TRUE(profileError(R"({"kind": "contacts", "date_format": "dd/MM"})").contains(u"'date_format'"_s));
    EXPECT_TRUE(profileError(R"({"kind": "contacts", "booleans": {"true": ["y"], "false": ["Y"]}})")
                    .contains(u"both true and false"_s));
    EXPECT_TRUE(profileError(R"({"kind": "contacts", "booleans": {"yes": ["y"]}})").contains(u"'booleans'"_s));
}

TEST(MappingProfile, KindFields)
{
    EXPECT_EQ(requiredFields(ImportKind::Contacts), (QStringList{u"agent_id"_s, u"date"_s}));
    EXPECT_EQ(
        kindFields(ImportKind::ServiceLevel),
        (QStringList{u"team"_s, u"date"_s, u"offered"_s, u"answered_in_sl"_s, u"answered"_s, u"answer_seconds"_s}));
    for (ImportKind k : allKinds())
        for (const QString &f : requiredFields(k))
            EXPECT_TRUE(kindFields(k).contains(f));
}

TEST(ProfileImport, SemicolonsQtDateFormatTimestampsAndUnmappedFallback)
{
    const MappingProfile p = profileFrom(R"({"kind": "time", "delimiter": ";",
        "columns": {"agent_id": "Employee", "date": "Day"}, "date_format": "dd/MM/yyyy"})");
    // worked_minutes is not mapped: the standard column name is used.
    const auto r = parseWith(p, "Employee;Day;Worked_Minutes\n"
                                "A1;05/01/2026;480,5\n"     // ',' is not a decimal separator
                                "A1;06/01/2026 17:30;450\n" // a timestamp after the date
                                "A2;2026-01-07;450\n");     // not in the profile's format
    EXPECT_THAT(messages(r),
                ElementsAre("x.csv:2: column 'Worked_Minutes': value '480,5': not a number",
                            "x.csv:4: column 'Day': value '2026-01-07': not a date in the format 'dd/MM/yyyy'"));
    const auto ok = parseWith(p, "Employee;Day;Worked_Minutes\nA1;05/01/2026;480.5\nA1;06/01/2026T09:00:00;450\n");
    ASSERT_TRUE(ok.batch) << messages(ok).front();
    ASSERT_EQ(ok.batch->time.size(), 2u);
    EXPECT_EQ(ok.batch->time[0].date, QDate(2026, 1, 5));
    EXPECT_EQ(ok.batch->time[0].workedMinutes, 480.5);
    EXPECT_EQ(ok.batch->time[1].date, QDate(2026, 1, 6));
}

TEST(ProfileImport, UsDatesWithTwelveHourTimestamps)
{
    const MappingProfile p = profileFrom(R"({"kind": "contacts", "date_format": "M/d/yyyy"})");
    const auto r = parseWith(p, "agent_id,date\nA1,1/5/2026 2:30:00 PM\nA1,12/31/2025 11:59 pm\nA1,1/5/2026\n");
    ASSERT_TRUE(r.batch) << messages(r).front();
    ASSERT_EQ(r.batch->contacts.size(), 2u);
    EXPECT_EQ(r.batch->contacts[0].date, QDate(2026, 1, 5));
    EXPECT_EQ(r.batch->contacts[0].contacts, 2); // lines 2 and 4 share the day
    EXPECT_EQ(r.batch->contacts[1].date, QDate(2025, 12, 31));
}

TEST(ProfileImport, DateFormatsThatIncludeATime)
{
    const MappingProfile p = profileFrom(R"({"kind": "contacts", "date_format": "dd.MM.yyyy HH:mm"})");
    const auto r = parseWith(p, "agent_id,date\nA1,05.01.2026 17:30\nA1,05.01.2026 09:15\nA1,06.01.2026\n");
    // The time is part of the format, so a bare date does not match it.
    EXPECT_THAT(messages(r), ElementsAre("x.csv:4: column 'date': value '06.01.2026': not a date in the format "
                                         "'dd.MM.yyyy HH:mm'"));
    const auto ok = parseWith(p, "agent_id,date\nA1,05.01.2026 17:30\nA1,05.01.2026 09:15\n");
    ASSERT_TRUE(ok.batch) << messages(ok).front();
    ASSERT_EQ(ok.batch->contacts.size(), 1u);
    EXPECT_EQ(ok.batch->contacts[0].date, QDate(2026, 1, 5));
    EXPECT_EQ(ok.batch->contacts[0].contacts, 2);
}

TEST(ProfileImport, ClockDurationsForMinuteAndSecondFields)
{
    const MappingProfile time = profileFrom(R"({"kind": "time", "durations": "hh:mm:ss",
        "columns": {"worked_minutes": "Worked", "scheduled_minutes": "Sched", "adherent_minutes": "Adh"}})");
    const auto r = parseWith(time, "agent_id,date,Worked,Sched,Adh\n"
                                   "A1,2026-01-05,7:30:00,8:00:00,07:15:30\n"
                                   "A1,2026-01-06,45:30,,\n");
    ASSERT_TRUE(r.batch) << messages(r).front();
    ASSERT_EQ(r.batch->time.size(), 2u);
    EXPECT_DOUBLE_EQ(r.batch->time[0].workedMinutes, 450.0);     // 7.5 h
    EXPECT_DOUBLE_EQ(*r.batch->time[0].scheduledMinutes, 480.0); // 8 h
    EXPECT_DOUBLE_EQ(*r.batch->time[0].adherentMinutes, 435.5);  // 7*60 + 15 + 30/60
    EXPECT_DOUBLE_EQ(r.batch->time[1].workedMinutes, 45.5);      // mm:ss: 45 min 30 s

    const auto bad = parseWith(time, "agent_id,date,Worked,Sched,Adh\nA1,2026-01-05,450\nA1,2026-01-06,1:75:00\n");
    EXPECT_THAT(messages(bad),
                ElementsAre("x.csv:2: column 'Worked': value '450': not a duration (expected h:mm:ss or mm:ss)",
                            "x.csv:3: column 'Worked': value '1:75:00': not a duration (expected h:mm:ss or mm:ss)"));

    const MappingProfile contacts = profileFrom(R"({"kind": "contacts", "durations": "h:mm:ss",
        "columns": {"handle_seconds": "Talk"}})");
    const auto c = parseWith(contacts, "agent_id,date,Talk\nA1,2026-01-05,0:05:30\nA1,2026-01-05,1:00\n");
    ASSERT_TRUE(c.batch) << messages(c).front();
    EXPECT_DOUBLE_EQ(*c.batch->contacts[0].handleSeconds, 390.0); // 330 + 60
}

TEST(ProfileImport, SecondsForMinuteFieldsAreDividedBySixty)
{
    const MappingProfile p = profileFrom(R"({"kind": "time", "durations": "seconds"})");
    const auto r = parseWith(p, "agent_id,date,worked_minutes,scheduled_minutes,adherent_minutes\n"
                                "A1,2026-01-05,27000,28800,27030\n");
    ASSERT_TRUE(r.batch) << messages(r).front();
    EXPECT_DOUBLE_EQ(r.batch->time[0].workedMinutes, 450.0);     // 27000 / 60
    EXPECT_DOUBLE_EQ(*r.batch->time[0].scheduledMinutes, 480.0); // 28800 / 60
    EXPECT_DOUBLE_EQ(*r.batch->time[0].adherentMinutes, 450.5);  // 27030 / 60
    // Converted values are still checked: 29000 s > 28800 s scheduled.
    const auto bad = parseWith(p, "agent_id,date,worked_minutes,scheduled_minutes,adherent_minutes\n"
                                  "A1,2026-01-05,27000,28800,29000\n");
    EXPECT_THAT(messages(bad), ElementsAre("x.csv:2: column 'adherent_minutes': value '29000': adherent minutes "
                                           "exceed scheduled minutes (28800)"));
}

TEST(ProfileImport, DayFractionDurations)
{
    const MappingProfile time = profileFrom(R"({"kind": "time", "durations": "day_fraction"})");
    const auto r = parseWith(time, "agent_id,date,worked_minutes\nA1,2026-01-05,0.3125\n");
    ASSERT_TRUE(r.batch) << messages(r).front();
    EXPECT_DOUBLE_EQ(r.batch->time[0].workedMinutes, 450.0); // 0.3125 * 1440
    const MappingProfile contacts = profileFrom(R"({"kind": "contacts", "durations": "day_fraction"})");
    const auto c = parseWith(contacts, "agent_id,date,handle_seconds\nA1,2026-01-05,0.0025\n");
    ASSERT_TRUE(c.batch) << messages(c).front();
    EXPECT_NEAR(*c.batch->contacts[0].handleSeconds, 216.0, 1e-9); // 0.0025 * 86400
    const auto bad = parseWith(contacts, "agent_id,date,handle_seconds\nA1,2026-01-05,0:03:36\n");
    EXPECT_THAT(messages(bad), ElementsAre("x.csv:2: column 'handle_seconds': value '0:03:36': not a number "
                                           "(expected a fraction of a day)"));
}

TEST(ProfileImport, BooleansForCountsAndActive)
{
    const MappingProfile p = profileFrom(R"({"kind": "contacts", "columns": {"fcr": "Resolved"},
        "booleans": {"true": ["Y", "yes"], "false": ["N", "no"]}})");
    const auto r = parseWith(p, "agent_id,date,Resolved\nA1,2026-01-05,Y\nA1,2026-01-05,no\nA1,2026-01-05,YES\n"
                                "A1,2026-01-05,1\nA1,2026-01-05,\n");
    ASSERT_TRUE(r.batch) << messages(r).front();
    ASSERT_EQ(r.batch->contacts.size(), 1u);
    EXPECT_EQ(r.batch->contacts[0].contacts, 5);
    EXPECT_EQ(r.batch->contacts[0].fcr, 3);         // Y + no + YES + 1 = 1+0+1+1
    EXPECT_EQ(r.batch->contacts[0].fcrContacts, 4); // the empty one is absent
    const auto bad = parseWith(p, "agent_id,date,Resolved\nA1,2026-01-05,maybe\n");
    EXPECT_THAT(messages(bad), ElementsAre("x.csv:2: column 'Resolved': value 'maybe': not a number"));

    const MappingProfile agents = profileFrom(R"({"kind": "agents", "columns": {"active": "Enabled"},
        "booleans": {"true": ["Y"], "false": ["N"]}})");
    const auto a = parseWith(agents, "agent_id,name,team,Enabled\nA1,Ann,Blue,N\nA2,Bob,Blue,y\nA3,Cy,Red,true\n");
    ASSERT_TRUE(a.batch) << messages(a).front();
    EXPECT_FALSE(a.batch->agents[0].active);
    EXPECT_TRUE(a.batch->agents[1].active);
    EXPECT_TRUE(a.batch->agents[2].active);
}

TEST(ProfileImport, WhereSkipsRowsWithoutValidatingThem)
{
    const MappingProfile p = profileFrom(R"({"kind": "contacts", "columns": {"agent_id": "server"},
        "where": {"outcome": ["AGENT", "TRANSFER"]}})");
    const auto r = parseWith(p, "server,date,outcome\n"
                                "A1,2026-01-05,AGENT\n"
                                "NO_SERVER,garbage,HANG\n" // skipped: never validated
                                "A2,2026-01-05, TRANSFER \n"
                                "A1,2026-01-05,agent\n" // values match exactly (after trimming)
                                "A1,2026-01-06,\n");
    ASSERT_TRUE(r.batch) << messages(r).front();
    EXPECT_EQ(r.batch->rowsRead, 5);
    EXPECT_EQ(r.batch->rowsSkipped, 3);
    ASSERT_EQ(r.batch->contacts.size(), 2u);
    EXPECT_EQ(r.batch->contacts[0].agentId, u"A1"_s);
    EXPECT_EQ(r.batch->contacts[1].agentId, u"A2"_s);
}

TEST(ProfileImport, MissingMappedOrFilteredColumns)
{
    const MappingProfile p = profileFrom(R"({"kind": "contacts",
        "columns": {"agent_id": "server", "handle_seconds": "ser_time"}, "where": {"outcome": ["AGENT"]}})");
    const auto r = parseWith(p, "agent_id,date\nA1,2026-01-05\n");
    EXPECT_THAT(
        messages(r),
        ElementsAre("x.csv:1: column 'server': value '': missing required column (the profile maps agent_id to it)",
                    "x.csv:1: column 'ser_time': value '': missing column (the profile maps handle_seconds to it)",
                    "x.csv:1: column 'outcome': value '': missing column (the profile's 'where' filter reads it)"));
}

TEST(ProfileImport, ConstantsFillMissingFieldsAndAreValidated)
{
    const MappingProfile p =
        profileFrom(R"({"kind": "agents", "constants": {"team": "Bank", "employment": "part_time"}})");
    const auto r = parseWith(p, "agent_id,name,team\nA9,Zed,Ignored\n");
    ASSERT_TRUE(r.batch) << messages(r).front();
    EXPECT_EQ(r.batch->agents[0].team, u"Bank"_s); // a constant wins over a same-named column
    EXPECT_EQ(r.batch->agents[0].employment, Employment::PartTime);
    const MappingProfile bad =
        profileFrom(R"({"kind": "agents", "constants": {"team": "Bank", "active": "sometimes"}})");
    EXPECT_THAT(messages(parseWith(bad, "agent_id,name\nA9,Zed\n")),
                ElementsAre("x.csv:2: column 'active (constant)': value 'sometimes': expected true or false"));
}

// The real ACD log of SPEC's data folder, through the two example profiles.
TEST(BankFile, AgentsAndContactsMatchAnIndependentCount)
{
    const QString examples = QStringLiteral(SCORECARD_SOURCE_DIR "/docs/examples/");
    const QString csvPath = QStringLiteral(SCORECARD_TEST_DATA_DIR "/bank/anonymous-bank-1999-08-calls.csv");
    QString error;
    const auto agentsProfile = MappingProfile::load(examples + u"bank-agents.json"_s, &error);
    ASSERT_TRUE(agentsProfile) << error.toStdString();
    const auto contactsProfile = MappingProfile::load(examples + u"bank-contacts.json"_s, &error);
    ASSERT_TRUE(contactsProfile) << error.toStdString();

    ImportOptions ao;
    ao.profile = agentsProfile;
    const auto agents = parseImportFile(csvPath, ao);
    ASSERT_TRUE(agents.batch) << messages(agents).front();
    ASSERT_EQ(agents.batch->agents.size(), 32u); // README: 32 agents
    EXPECT_EQ(agents.batch->rowsRead, 42078);    // README: 42,078 calls
    EXPECT_EQ(agents.batch->rowsSkipped, 42078 - 31402);

    ImportOptions co;
    co.profile = contactsProfile;
    for (const Agent &a : agents.batch->agents) {
        EXPECT_EQ(a.id, a.name);
        EXPECT_EQ(a.team, u"Bank"_s);
        co.knownAgents.insert(a.id);
    }
    const auto contacts = parseImportFile(csvPath, co);
    ASSERT_TRUE(contacts.batch) << messages(contacts).front();

    // Independent reading: split each line on ',' (the file has no quotes).
    std::ifstream in(csvPath.toStdString());
    std::string line;
    std::getline(in, line);
    if (!line.empty() && line.back() == '\r') // the file has CRLF line ends
        line.pop_back();
    std::vector<std::string> header;
    {
        std::stringstream ss(line);
        for (std::string h; std::getline(ss, h, ',');)
            header.push_back(h);
    }
    const auto col = [&](const std::string &name) {
        return size_t(std::find(header.begin(), header.end(), name) - header.begin());
    };
    const size_t outcome = col("outcome"), server = col("server"), serTime = col("ser_time");
    ASSERT_LT(server, header.size());
    std::map<std::string, std::pair<qint64, qint64>> expected; // server -> (calls, seconds)
    qint64 served = 0, seconds = 0;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        std::vector<std::string> f;
        std::stringstream ss(line);
        for (std::string x; std::getline(ss, x, ',');)
            f.push_back(x);
        if (f.size() <= server || f[outcome] != "AGENT")
            continue;
        expected[f[server]].first += 1;
        expected[f[server]].second += std::stoll(f[serTime]);
        ++served;
        seconds += std::stoll(f[serTime]);
    }
    EXPECT_EQ(served, 31402);
    EXPECT_EQ(expected.size(), 32u);

    std::map<std::string, std::pair<qint64, qint64>> got;
    qint64 total = 0;
    qint64 outsideAugust1999 = 0;
    for (const ContactRecord &c : contacts.batch->contacts) {
        EXPECT_EQ(c.channel, u"phone"_s);
        if (c.date.year() != 1999 || c.date.month() != 8) {
            // Line 31843 of the file is dated 2010-08-23: the one row the
            // README's shift back to 1999 missed. It is still a served call.
            EXPECT_EQ(c.date, QDate(2010, 8, 23));
            EXPECT_EQ(c.agentId, u"DORIT"_s);
            outsideAugust1999 += c.contacts;
        }
        EXPECT_EQ(c.handleContacts, c.contacts);
        got[c.agentId.toStdString()].first += c.contacts;
        got[c.agentId.toStdString()].second += qint64(*c.handleSeconds);
        total += c.contacts;
    }
    EXPECT_EQ(total, 31402);
    EXPECT_EQ(outsideAugust1999, 1);
    EXPECT_EQ(got, expected);
    // Known overall mean service time: 184.4 s.
    double handle = 0;
    for (const ContactRecord &c : contacts.batch->contacts)
        handle += *c.handleSeconds;
    EXPECT_NEAR(handle / double(total), 184.4, 0.05);
    EXPECT_NEAR(double(seconds) / double(served), 184.4, 0.05);
}

// --- issue 12: values, header_row, skip_rows, thresholds, warnings --------

TEST(ProfileFields, ValuesMapTextToNumbersAndNullToNoValue)
{
    const auto p = profileFrom(R"({"kind": "survey",
        "columns": {"response_id": "Ticket", "agent_id": "Assignee", "date": "Solved at", "csat": "Satisfaction Score"},
        "values": {"Satisfaction Score": {"Good": 5, "Bad": 1, "Offered": null, "Not Offered": null}}})");
    const auto r = parseWith(p, "Ticket,Assignee,Solved at,Satisfaction Score\n"
                                "1,A1,2026-01-05,Good\n"
                                "2,A1,2026-01-05,bad\n" // matched case-insensitively
                                "3,A2,2026-01-06,Offered\n"
                                "4,A2,2026-01-06, Not Offered \n"
                                "5,A2,2026-01-06,4\n"); // a number not in the map reads as a number
    ASSERT_TRUE(r.batch) << r.errors.front().toString().toStdString();
    ASSERT_EQ(r.batch->surveys.size(), 5u);
    EXPECT_EQ(r.batch->surveys[0].csat, 5);
    EXPECT_EQ(r.batch->surveys[1].csat, 1);
    EXPECT_FALSE(r.batch->surveys[2].csat); // null: a response with no csat
    EXPECT_FALSE(r.batch->surveys[3].csat);
    EXPECT_EQ(r.batch->surveys[4].csat, 4);

    const auto bad = parseWith(p, "Ticket,Assignee,Solved at,Satisfaction Score\n1,A1,2026-01-05,Great\n");
    ASSERT_EQ(bad.errors.size(), 1u);
    EXPECT_EQ(bad.errors[0].toString(),
              u"x.csv:2: column 'Satisfaction Score': value 'Great': not a number (the profile's 'values' for this "
              "column know: Bad, Good, Not Offered, Offered)"_s);
    // A values map on a column the file lacks is an error on the header line.
    const auto missing = parseWith(profileFrom(R"({"kind": "survey", "values": {"Score": {"Good": 5}}})"),
                                   "response_id,agent_id,date\n1,A1,2026-01-05\n");
    ASSERT_EQ(missing.errors.size(), 1u);
    EXPECT_EQ(missing.errors[0].line, 1);
    EXPECT_EQ(missing.errors[0].column, u"Score"_s);
}

TEST(ProfileFields, ValuesRejectsNonNumbers)
{
    EXPECT_TRUE(profileError(R"({"kind": "survey", "values": {"S": {"Good": "5"}}})").contains(u"number or null"_s));
    EXPECT_TRUE(profileError(R"({"kind": "survey", "values": {"S": ["Good"]}})").contains(u"'values'"_s));
    EXPECT_TRUE(profileError(R"({"kind": "survey", "header_row": 0})").contains(u"'header_row'"_s));
    EXPECT_TRUE(profileError(R"({"kind": "survey", "skip_rows": -1})").contains(u"'skip_rows'"_s));
    EXPECT_TRUE(profileError(R"({"kind": "survey", "skip_rows": 1.5})").contains(u"'skip_rows'"_s));
}

TEST(ProfileFields, HeaderRowAndSkipRows)
{
    // A title line, a blank line, the header on line 3, a second header row on line 4.
    const auto p = profileFrom(R"({"kind": "survey", "header_row": 3, "skip_rows": 1,
        "columns": {"response_id": "Respondent ID", "agent_id": "Agent", "date": "End Date", "csat": "How satisfied"}})");
    const auto r = parseWith(p, "Customer survey export,,,\n"
                                "\n"
                                "Respondent ID,Agent,End Date,How satisfied\n"
                                ",,,Response\n"
                                "R1,A1,2026-01-05,5\n"
                                "R2,A2,2026-01-06,x\n");
    ASSERT_EQ(r.errors.size(), 1u);
    // Errors keep the file's physical line numbers.
    EXPECT_EQ(r.errors[0].line, 6);
    EXPECT_EQ(r.errors[0].column, u"How satisfied"_s);

    const auto ok = parseWith(p, "Customer survey export,,,\n\nRespondent ID,Agent,End Date,How satisfied\n"
                                 ",,,Response\nR1,A1,2026-01-05,5\nR2,A2,2026-01-06,3\n");
    ASSERT_TRUE(ok.batch);
    EXPECT_EQ(ok.batch->rowsRead, 2); // the header and the skipped row are not data rows
    ASSERT_EQ(ok.batch->surveys.size(), 2u);
    EXPECT_EQ(ok.batch->surveys[1].csat, 3);

    const auto tooShort = parseWith(profileFrom(R"({"kind": "survey", "header_row": 5})"), "a,b\n1,2\n");
    ASSERT_EQ(tooShort.errors.size(), 1u);
    EXPECT_EQ(tooShort.errors[0].line, 5);
}

TEST(ProfileFields, ThresholdsTurnANumberIntoZeroOrOne)
{
    // Per-call rows: offered 1 each, in service level when answered within 20 s.
    const auto p = profileFrom(R"({"kind": "service_level",
        "columns": {"team": "Queue", "date": "Date"},
        "constants": {"offered": "1"},
        "thresholds": {"answered_in_sl": {"column": "Speed of answer in seconds", "at_most": 20}}})");
    const auto r = parseWith(p,
                             "Queue,Date,Speed of answer in seconds\n"
                             "Blue,2026-01-05,5\n"
                             "Blue,2026-01-05,20\n"   // at the threshold: in
                             "Blue,2026-01-05,20.5\n" // out
                             "Blue,2026-01-05,0:00:45\n"
                             "Blue,2026-01-06,3\n",
                             {});
    ASSERT_TRUE(r.batch) << r.errors.front().toString().toStdString();
    ASSERT_EQ(r.batch->serviceLevels.size(), 2u);
    EXPECT_EQ(r.batch->serviceLevels[0].offered, 4);
    EXPECT_EQ(r.batch->serviceLevels[0].answeredInSl, 2);
    EXPECT_EQ(r.batch->serviceLevels[1].offered, 1);
    EXPECT_EQ(r.batch->serviceLevels[1].answeredInSl, 1);
    // 5 rows read = 2 stored keys + 3 summed into them.
    EXPECT_EQ(r.batch->rowsRead, 5);
    EXPECT_EQ(r.batch->rowsCollapsed, 3);

    // at_least, and fcr from "Reopens" at_most 0.
    const auto f = profileFrom(R"({"kind": "contacts", "columns": {"agent_id": "a", "date": "d"},
        "thresholds": {"fcr": {"column": "Reopens", "at_most": 0}}})");
    const auto c = parseWith(f, "a,d,Reopens\nA1,2026-01-05,0\nA1,2026-01-05,2\nA1,2026-01-05,0\nA1,2026-01-05,\n");
    ASSERT_TRUE(c.batch);
    ASSERT_EQ(c.batch->contacts.size(), 1u);
    EXPECT_EQ(c.batch->contacts[0].contacts, 4);
    EXPECT_EQ(c.batch->contacts[0].fcr, 2);
    EXPECT_EQ(c.batch->contacts[0].fcrContacts, 3); // the empty Reopens has no fcr
    const auto bad = parseWith(f, "a,d,Reopens\nA1,2026-01-05,many\n");
    ASSERT_EQ(bad.errors.size(), 1u);
    EXPECT_EQ(bad.errors[0].toString(), u"x.csv:2: column 'Reopens': value 'many': not a number"_s);

    EXPECT_TRUE(profileError(R"({"kind": "contacts", "thresholds": {"fcr": {"column": "R"}}})")
                    .contains(u"'thresholds'.'fcr'"_s));
    EXPECT_TRUE(profileError(R"({"kind": "contacts", "thresholds": {"fcr": {"column": "R", "at_most": 0}},
        "columns": {"fcr": "x"}})")
                    .contains(u"also a column"_s));
    const auto roundTrip = MappingProfile::fromJson(f.toJson(), nullptr);
    ASSERT_TRUE(roundTrip);
    EXPECT_EQ(roundTrip->thresholds, f.thresholds);
}

TEST(ProfileFields, AmbiguousDateFormatIsAWarning)
{
    const auto p = profileFrom(R"({"kind": "time", "date_format": "dd/MM/yyyy"})");
    // Every day is 12 or less: each date also reads as MM/dd/yyyy.
    const auto r = parseWith(p, "agent_id,date,worked_minutes\nA1,03/04/2026,60\nA1,12/04/2026,60\n");
    ASSERT_TRUE(r.batch);
    ASSERT_EQ(r.warnings.size(), 1u);
    EXPECT_EQ(r.warnings[0].toString(),
              u"x.csv: warning: every date of the file also reads with day and month swapped (as 'MM/dd/yyyy'), so "
              "date_format 'dd/MM/yyyy' cannot be checked against the data; make sure it is the right one"_s);
    // One day above 12 settles it.
    const auto settled = parseWith(p, "agent_id,date,worked_minutes\nA1,03/04/2026,60\nA1,13/04/2026,60\n");
    ASSERT_TRUE(settled.batch);
    EXPECT_TRUE(settled.warnings.empty());
}

TEST(ProfileFields, WhereThatKeepsNoRowIsAWarning)
{
    const auto p = profileFrom(R"({"kind": "contacts", "where": {"outcome": ["AGENT"]}})");
    const auto r = parseWith(p, "agent_id,date,outcome\nA1,2026-01-05,Agent \nA1,2026-01-05,HANG\n");
    ASSERT_TRUE(r.batch);
    EXPECT_EQ(r.batch->rowsRead, 2);
    EXPECT_EQ(r.batch->rowsSkipped, 2);
    ASSERT_EQ(r.warnings.size(), 1u);
    EXPECT_EQ(r.warnings[0].toString(), u"x.csv: warning: the 'where' filter ('outcome' in (AGENT)) kept none of the "
                                        "2 rows; check the profile's values"_s);
    const auto some = parseWith(p, "agent_id,date,outcome\nA1,2026-01-05,AGENT\nA1,2026-01-05,HANG\n");
    EXPECT_TRUE(some.warnings.empty());
}

TEST(ProfileFields, ErrorTotalCountsPastTheListedOnes)
{
    ImportOptions o;
    o.kind = ImportKind::Time;
    o.knownAgents = {u"A1"_s};
    o.maxErrors = 3;
    std::string csv = "agent_id,date,worked_minutes\n";
    for (int i = 0; i < 10; ++i)
        csv += "A1,2026-01-05,x\n";
    const auto r = parseImportData(QByteArray::fromStdString(csv), u"t.csv"_s, o);
    EXPECT_EQ(r.errors.size(), 3u);
    EXPECT_EQ(r.errorTotal, 10);
}
