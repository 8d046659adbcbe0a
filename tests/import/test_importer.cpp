#include "import/importer.h"

#include <QTemporaryDir>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <map>
#include <random>

using namespace sc;
using namespace Qt::StringLiterals;
using ::testing::ElementsAre;

namespace {

ImportResult parse(const std::string &csv, std::optional<ImportKind> kind, QString file = u"f.csv"_s,
                   QSet<QString> known = {u"A1"_s, u"A2"_s})
{
    ImportOptions o;
    o.kind = kind;
    o.knownAgents = std::move(known);
    return parseImportData(QByteArray::fromStdString(csv), file, o);
}

std::vector<std::string> messages(const ImportResult &r)
{
    std::vector<std::string> out;
    for (const ImportError &e : r.errors)
        out.push_back(e.toString().toStdString());
    return out;
}

} // namespace

TEST(ImportError, Format)
{
    const ImportError e{u"qa.csv"_s, 7, u"score"_s, u"120"_s, u"out of range"_s};
    EXPECT_EQ(e.toString(), u"qa.csv:7: column 'score': value '120': out of range"_s);
    const ImportError noColumn{u"x.csv"_s, 0, {}, {}, u"cannot read"_s};
    EXPECT_EQ(noColumn.toString(), u"x.csv: cannot read"_s);
}

TEST(Agents, HeaderIsCaseInsensitiveTrimmedOrderFreeAndUnknownColumnsIgnored)
{
    const auto r = parse(" Team ,AGENT_ID,shoe_size, Name\nBlue,A1,42,Ann Lee\nRed,B7,,Bo\n", ImportKind::Agents);
    ASSERT_TRUE(r.batch) << messages(r).front();
    ASSERT_EQ(r.batch->agents.size(), 2u);
    const Agent &a = r.batch->agents[0];
    EXPECT_EQ(a.id, u"A1"_s);
    EXPECT_EQ(a.name, u"Ann Lee"_s);
    EXPECT_EQ(a.team, u"Blue"_s);
    // Missing optional columns take their defaults.
    EXPECT_EQ(a.employment, Employment::FullTime);
    EXPECT_TRUE(a.active);
    EXPECT_TRUE(a.supervisor.isEmpty());
    EXPECT_EQ(r.batch->agents[1].id, u"B7"_s); // agents files need no known agents
    EXPECT_EQ(r.batch->rowsRead, 2);
    EXPECT_EQ(r.batch->kind, ImportKind::Agents);
    EXPECT_EQ(r.batch->sourceFile, u"f.csv"_s);
}

TEST(Agents, OptionalValuesAndIdenticalRowsCollapse)
{
    const auto r = parse("agent_id,name,team,supervisor,employment,email,active\n"
                         "A1,Ann,Blue,Sue,full_time,ann@x.org,true\n"
                         "A2,Bob,Red,,PART_TIME,,FALSE\n"
                         "A1, Ann ,Blue,Sue,Full-Time,ann@x.org,TRUE\n",
                         ImportKind::Agents);
    ASSERT_TRUE(r.batch) << messages(r).front();
    ASSERT_EQ(r.batch->agents.size(), 2u);
    // Line 4 says the same as line 2 (once trimmed and read): collapsed.
    EXPECT_EQ(r.batch->agents[0],
              (Agent{u"A1"_s, u"Ann"_s, u"Blue"_s, u"Sue"_s, Employment::FullTime, u"ann@x.org"_s, true}));
    EXPECT_EQ(r.batch->agents[1], (Agent{u"A2"_s, u"Bob"_s, u"Red"_s, {}, Employment::PartTime, {}, false}));
    EXPECT_EQ(r.batch->rowsRead, 3);
    EXPECT_EQ(r.batch->rowsCollapsed, 1);
}

TEST(Agents, SameKeyWithOtherValuesIsAnErrorNamingBothLines)
{
    const auto r = parse("agent_id,name,team\nA1,Ann,Blue\nA2,Bob,Red\nA1,Ann B,Green\n", ImportKind::Agents);
    EXPECT_FALSE(r.batch);
    EXPECT_THAT(messages(r), ElementsAre("f.csv:4: column 'agent_id': value 'A1': same key (A1) as line 2 but a "
                                         "different name, team"));
}

TEST(Agents, BadValues)
{
    const auto r = parse("agent_id,name,team,employment,active\n"
                         "A1,Ann,Blue,contractor,true\n"
                         "A2,Bob,Red,full_time,maybe\n"
                         "A3,,Red,,\n",
                         ImportKind::Agents);
    EXPECT_FALSE(r.batch);
    EXPECT_THAT(messages(r),
                ElementsAre("f.csv:2: column 'employment': value 'contractor': expected full_time or part_time",
                            "f.csv:3: column 'active': value 'maybe': expected true or false",
                            "f.csv:4: column 'name': value '': required value is empty"));
}

TEST(Import, MissingRequiredColumnsAreReportedOnLineOne)
{
    const auto r = parse("agent_id,notes\nA1,x\n", ImportKind::Qa, u"qa.csv"_s);
    EXPECT_FALSE(r.batch);
    EXPECT_THAT(messages(r), ElementsAre("qa.csv:1: column 'evaluation_id': value '': missing required column",
                                         "qa.csv:1: column 'date': value '': missing required column",
                                         "qa.csv:1: column 'score': value '': missing required column"));
}

TEST(Import, DuplicatedHeaderOfAUsedColumnIsAnError)
{
    const auto r = parse("agent_id,name,team,Name\nA1,a,b,c\n", ImportKind::Agents);
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].line, 1);
    EXPECT_EQ(r.errors[0].column, u"Name"_s);
}

TEST(Time, ValidRowsAndRepeatedKeys)
{
    const auto r = parse("agent_id,date,worked_minutes,scheduled_minutes,adherent_minutes,occupied_minutes\n"
                         "A1,2026-01-05,480,480,450.5,300\n"
                         "A2,2026-01-05,240,,,\n"
                         "A1,2026-01-05T09:00,480.0,480,450.5,300\n",
                         ImportKind::Time);
    ASSERT_TRUE(r.batch) << messages(r).front();
    ASSERT_EQ(r.batch->time.size(), 2u);
    // Line 4 has the same key (A1, 2026-01-05) and the same values as line 2: collapsed.
    EXPECT_EQ(r.batch->time[0], (TimeRecord{u"A1"_s, QDate(2026, 1, 5), 480, 480, 450.5, 300}));
    EXPECT_EQ(r.batch->time[1], (TimeRecord{u"A2"_s, QDate(2026, 1, 5), 240, {}, {}, {}}));
    EXPECT_EQ(r.batch->rowsRead, 3);
    EXPECT_EQ(r.batch->rowsCollapsed, 1);

    const auto differ = parse("agent_id,date,worked_minutes,scheduled_minutes,adherent_minutes\n"
                              "A1,2026-01-05,480,480,450\n"
                              "A1,2026-01-05T09:00,470,480,400\n",
                              ImportKind::Time);
    EXPECT_THAT(messages(differ), ElementsAre("f.csv:3: column 'agent_id': value 'A1': same key (A1, 2026-01-05) as "
                                              "line 2 but a different worked_minutes, adherent_minutes"));
}

TEST(Time, BadValues)
{
    const auto r = parse("agent_id,date,worked_minutes,scheduled_minutes,adherent_minutes,occupied_minutes\n"
                         "A1,2026-01-05,480,480,500,\n" // 2 adherent > scheduled
                         "A1,2026-01-06,-5,,,\n"        // 3 negative
                         "A1,2026-01-07,abc,,,\n"       // 4 not a number
                         "A1,2026-02-30,480,,,\n"       // 5 bad date
                         "A1,2026-01-08,480,,30,\n"     // 6 adherent without scheduled
                         "A1,2026-01-09,480,,,10\n"     // 7 occupied without scheduled
                         "A1,,480,,,\n"                 // 8 empty required
                         "A1,2026-01-10,1:00:00,,,\n",  // 9 clock time without a profile
                         ImportKind::Time, u"time.csv"_s);
    EXPECT_FALSE(r.batch);
    EXPECT_THAT(
        messages(r),
        ElementsAre(
            "time.csv:2: column 'adherent_minutes': value '500': adherent minutes exceed scheduled minutes (480)",
            "time.csv:3: column 'worked_minutes': value '-5': negative minutes",
            "time.csv:4: column 'worked_minutes': value 'abc': not a number",
            "time.csv:5: column 'date': value '2026-02-30': not a date (expected YYYY-MM-DD, optionally "
            "followed by a time)",
            "time.csv:6: column 'adherent_minutes': value '30': adherent_minutes needs scheduled_minutes on "
            "the same row",
            "time.csv:7: column 'occupied_minutes': value '10': occupied_minutes needs scheduled_minutes on "
            "the same row",
            "time.csv:8: column 'date': value '': required value is empty",
            "time.csv:9: column 'worked_minutes': value '1:00:00': not a number (for h:mm:ss values use a "
            "mapping profile with \"durations\": \"hh:mm:ss\")"));
}

TEST(Import, UnknownAgentIsReportedOnceWithItsRowCount)
{
    const auto r = parse("agent_id,date,worked_minutes\n"
                         "A1,2026-01-05,480\n"
                         "ZZ,2026-01-05,480\n"
                         "ZZ,2026-01-06,480\n"
                         "YY,2026-01-06,480\n"
                         "ZZ,2026-01-07,480\n",
                         ImportKind::Time);
    EXPECT_FALSE(r.batch);
    EXPECT_THAT(messages(r),
                ElementsAre("f.csv:3: column 'agent_id': value 'ZZ': unknown agent (not in the store nor in an "
                            "agents file of this import); on 3 rows",
                            "f.csv:5: column 'agent_id': value 'YY': unknown agent (not in the store nor in an "
                            "agents file of this import)"));
}

TEST(Contacts, RowsSharingAKeyAreSummed)
{
    // A per-contact export: contacts default to 1, channel to phone.
    const auto r = parse("agent_id,date,channel,handle_seconds,fcr\n"
                         "A1,2026-01-05,,300,1\n" // phone
                         "A1,2026-01-05T10:00:00,phone,200,0\n"
                         "A1,2026-01-05 11:00,Phone,,1\n" // no handle time
                         "A1,2026-01-05,email,600,\n"     // other channel, no fcr
                         "A1,2026-01-05,phone,100,\n"
                         "A2,2026-01-05,,50,1\n",
                         ImportKind::Contacts);
    ASSERT_TRUE(r.batch) << messages(r).front();
    ASSERT_EQ(r.batch->contacts.size(), 3u);
    const ContactRecord &phone = r.batch->contacts[0];
    EXPECT_EQ(phone.agentId, u"A1"_s);
    EXPECT_EQ(phone.date, QDate(2026, 1, 5));
    EXPECT_EQ(phone.channel, u"phone"_s);
    EXPECT_EQ(phone.contacts, 4);          // lines 2, 3, 4, 6
    EXPECT_EQ(phone.handleSeconds, 600.0); // 300 + 200 + 100
    EXPECT_EQ(phone.handleContacts, 3);    // lines 2, 3, 6 had handle_seconds
    EXPECT_EQ(phone.fcr, 2);               // 1 + 0 + 1
    EXPECT_EQ(phone.fcrContacts, 3);       // lines 2, 3, 4 had fcr
    const ContactRecord &email = r.batch->contacts[1];
    EXPECT_EQ(email.channel, u"email"_s);
    EXPECT_EQ(email.contacts, 1);
    EXPECT_EQ(email.handleSeconds, 600.0);
    EXPECT_FALSE(email.fcr);
    EXPECT_EQ(email.fcrContacts, 0);
    EXPECT_EQ(r.batch->contacts[2].agentId, u"A2"_s);
    EXPECT_EQ(r.batch->rowsRead, 6);
}

TEST(Contacts, AggregatedRowsCountTheirContacts)
{
    const auto r = parse("agent_id,date,contacts,handle_seconds,fcr\n"
                         "A1,2026-01-05,10,3000,8\n"
                         "A1,2026-01-05,5,,4\n"
                         "A1,2026-01-05,4.0,1000,\n",
                         ImportKind::Contacts);
    ASSERT_TRUE(r.batch) << messages(r).front();
    ASSERT_EQ(r.batch->contacts.size(), 1u);
    const ContactRecord &c = r.batch->contacts[0];
    EXPECT_EQ(c.contacts, 19);          // 10 + 5 + 4
    EXPECT_EQ(c.handleSeconds, 4000.0); // 3000 + 1000
    EXPECT_EQ(c.handleContacts, 14);    // 10 + 4
    EXPECT_EQ(c.fcr, 12);               // 8 + 4
    EXPECT_EQ(c.fcrContacts, 15);       // 10 + 5
}

TEST(Contacts, BadValues)
{
    const auto r = parse("agent_id,date,contacts,handle_seconds,fcr\n"
                         "A1,2026-01-05,2,100,3\n"
                         "A1,2026-01-05,-1,,\n"
                         "A1,2026-01-05,1.5,,\n"
                         "A1,2026-01-05,1,-4,\n"
                         "A1,2026-01-05,1,,x\n"
                         "A1,2026-01-05,2000000000,,\n"
                         "A1,2026-01-05,1,1e300,\n",
                         ImportKind::Contacts);
    EXPECT_FALSE(r.batch);
    EXPECT_THAT(messages(r),
                ElementsAre("f.csv:2: column 'fcr': value '3': more first-contact resolutions than contacts (2)",
                            "f.csv:3: column 'contacts': value '-1': negative count",
                            "f.csv:4: column 'contacts': value '1.5': not a whole number",
                            "f.csv:5: column 'handle_seconds': value '-4': negative seconds",
                            "f.csv:6: column 'fcr': value 'x': not a number",
                            "f.csv:7: column 'contacts': value '2000000000': too large (more than 1,000,000,000)",
                            "f.csv:8: column 'handle_seconds': value '1e300': too large"));
}

TEST(Qa, RangeAndRepeatedIds)
{
    const auto ok = parse("evaluation_id,agent_id,date,score,evaluator,form,comment\n"
                          "E1,A1,2026-01-05,88.5,Sue,Phone v2,\"Good, clear\"\n"
                          "E2,A1,2026-01-06,0,,,\n"
                          "E1,A1,2026-01-05,88.50,Sue,Phone v2,\"Good, clear\"\n",
                          ImportKind::Qa);
    ASSERT_TRUE(ok.batch);
    ASSERT_EQ(ok.batch->qa.size(), 2u);
    EXPECT_EQ(ok.batch->qa[0],
              (QaEvaluation{u"E1"_s, u"A1"_s, QDate(2026, 1, 5), 88.5, u"Sue"_s, u"Phone v2"_s, u"Good, clear"_s}));
    EXPECT_EQ(ok.batch->qa[1].score, 0);
    EXPECT_EQ(ok.batch->rowsCollapsed, 1);
    const auto differ =
        parse("evaluation_id,agent_id,date,score\nE1,A1,2026-01-05,88\nE1,A2,2026-01-05,88\n", ImportKind::Qa);
    EXPECT_THAT(messages(differ), ElementsAre("f.csv:3: column 'evaluation_id': value 'E1': same key (E1) as line 2 "
                                              "but a different agent_id"));

    const auto bad = parse("evaluation_id,agent_id,date,score\n"
                           "E1,A1,2026-01-05,100.5\n"
                           "E2,A1,2026-01-05,-1\n"
                           "E3,A1,2026-01-05,\n"
                           ",A1,2026-01-05,50\n",
                           ImportKind::Qa);
    EXPECT_THAT(messages(bad),
                ElementsAre("f.csv:2: column 'score': value '100.5': score out of range (expected 0 to 100)",
                            "f.csv:3: column 'score': value '-1': score out of range (expected 0 to 100)",
                            "f.csv:4: column 'score': value '': required value is empty",
                            "f.csv:5: column 'evaluation_id': value '': required value is empty"));
}

TEST(Survey, RangesWholeNumbersAndAbsentValues)
{
    const auto ok = parse("response_id,agent_id,date,csat,nps,comment\n"
                          "R1,A1,2026-01-05,4.0,10,\n"
                          "R2,A1,2026-01-05,,0,meh\n"
                          "R3,A2,2026-01-05,1,,\n",
                          ImportKind::Survey);
    ASSERT_TRUE(ok.batch) << messages(ok).front();
    ASSERT_EQ(ok.batch->surveys.size(), 3u);
    EXPECT_EQ(ok.batch->surveys[0].csat, 4);
    EXPECT_EQ(ok.batch->surveys[0].nps, 10);
    EXPECT_FALSE(ok.batch->surveys[1].csat);
    EXPECT_EQ(ok.batch->surveys[1].nps, 0);
    EXPECT_EQ(ok.batch->surveys[1].comment, u"meh"_s);
    EXPECT_FALSE(ok.batch->surveys[2].nps);

    const auto bad = parse("response_id,agent_id,date,csat,nps\n"
                           "R1,A1,2026-01-05,0,5\n"
                           "R2,A1,2026-01-05,6,5\n"
                           "R3,A1,2026-01-05,4.5,5\n"
                           "R4,A1,2026-01-05,3,11\n"
                           "R5,A1,2026-01-05,3,-1\n",
                           ImportKind::Survey);
    EXPECT_THAT(messages(bad), ElementsAre("f.csv:2: column 'csat': value '0': out of range (expected 1 to 5)",
                                           "f.csv:3: column 'csat': value '6': out of range (expected 1 to 5)",
                                           "f.csv:4: column 'csat': value '4.5': not a whole number (expected 1 to 5)",
                                           "f.csv:5: column 'nps': value '11': out of range (expected 0 to 10)",
                                           "f.csv:6: column 'nps': value '-1': out of range (expected 0 to 10)"));
}

TEST(Survey, RepeatedResponseIdWithOtherValuesIsAnError)
{
    const auto r = parse("response_id,agent_id,date,csat,nps\nR1,A1,2026-01-05,2,3\nR2,A1,2026-01-05,5,\n"
                         "R1,A2,2026-01-06,,9\n",
                         ImportKind::Survey);
    EXPECT_FALSE(r.batch);
    EXPECT_THAT(messages(r), ElementsAre("f.csv:4: column 'response_id': value 'R1': same key (R1) as line 2 but a "
                                         "different agent_id, date, csat, nps"));
}

TEST(Kcs, TypesAndRepeatedIds)
{
    const auto r = parse("event_id,agent_id,date,type\nK1,A1,2026-01-05,link\nK2,A1,2026-01-05,EDIT\n"
                         "K1,A1,2026-01-05,Link\n",
                         ImportKind::Kcs);
    ASSERT_TRUE(r.batch);
    ASSERT_EQ(r.batch->kcs.size(), 2u);
    EXPECT_EQ(r.batch->kcs[0], (KcsEvent{u"K1"_s, u"A1"_s, QDate(2026, 1, 5), KcsType::Link}));
    EXPECT_EQ(r.batch->kcs[1].type, KcsType::Edit);
    EXPECT_EQ(r.batch->rowsCollapsed, 1);
    const auto differ =
        parse("event_id,agent_id,date,type\nK1,A1,2026-01-05,link\nK1,A1,2026-01-06,draft\n", ImportKind::Kcs);
    EXPECT_THAT(messages(differ), ElementsAre("f.csv:3: column 'event_id': value 'K1': same key (K1) as line 2 but a "
                                              "different date, type"));

    const auto bad = parse("event_id,agent_id,date,type\nK1,A1,2026-01-05,publish\n", ImportKind::Kcs);
    EXPECT_THAT(messages(bad), ElementsAre("f.csv:2: column 'type': value 'publish': expected link, edit or draft"));
}

TEST(ServiceLevel, NeedsNoAgentsSumsRepeatedKeysAndChecksAnsweredAgainstOffered)
{
    const auto r = parse("team,date,offered,answered_in_sl\nBlue,2026-01-05,100,80\nBlue,2026-01-06,0,0\n"
                         "Blue,2026-01-05,120,90\n",
                         ImportKind::ServiceLevel, u"sl.csv"_s, {});
    ASSERT_TRUE(r.batch);
    ASSERT_EQ(r.batch->serviceLevels.size(), 2u);
    // Lines 2 and 4 share (Blue, 2026-01-05): summed, 100 + 120 offered, 80 + 90 in service level.
    EXPECT_EQ(r.batch->serviceLevels[0], (ServiceLevelRecord{u"Blue"_s, QDate(2026, 1, 5), 220, 170, {}, {}, 0}));
    EXPECT_EQ(r.batch->rowsCollapsed, 1);

    const auto bad = parse("team,date,offered,answered_in_sl\nBlue,2026-01-05,100,101\nBlue,2026-01-06,-3,0\n",
                           ImportKind::ServiceLevel, u"sl.csv"_s, {});
    EXPECT_THAT(messages(bad),
                ElementsAre("sl.csv:2: column 'answered_in_sl': value '101': more calls answered in service level "
                            "than offered (100)",
                            "sl.csv:3: column 'offered': value '-3': negative count"));
}

TEST(Import, MalformedQuotedFieldNamesLineColumnAndHeader)
{
    const auto r = parse("evaluation_id,agent_id,date,score,comment\n"
                         "E1,A1,2026-01-05,90,\"fine\"\n"
                         "E2,A1,2026-01-05,90,\"so \"so\" ok\"\n",
                         ImportKind::Qa);
    EXPECT_FALSE(r.batch);
    // `E2,A1,2026-01-05,90,"so "` is 25 bytes, so the junk 's' is column 26.
    EXPECT_THAT(messages(r),
                ElementsAre("f.csv:3: column 'comment': value 'so so\" ok\"': malformed quoted field: "
                            "unexpected 's' after the closing quote of a quoted field (line 3, column 26)"));
}

TEST(Import, UnterminatedQuoteReportsTheRecordStart)
{
    const auto r = parse("evaluation_id,agent_id,date,score,comment\n"
                         "E1,A1,2026-01-05,90,\"never closed\n"
                         "E2,A1,2026-01-05,90,x\n",
                         ImportKind::Qa);
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].line, 2);
    EXPECT_EQ(r.errors[0].column, u"comment"_s);
    EXPECT_EQ(r.errors[0].reason, u"malformed quoted field: unterminated quoted field (line 2, column 21)"_s);
}

TEST(Import, WrongFieldCountIsNotAnError)
{
    // Line 2 lacks the trailing optional fields, line 3 has extra ones.
    const auto r = parse("agent_id,date,channel,handle_seconds,fcr\nA1,2026-01-05\nA1,2026-01-06,chat,60,1,extra,x\n",
                         ImportKind::Contacts);
    ASSERT_TRUE(r.batch) << messages(r).front();
    ASSERT_EQ(r.batch->contacts.size(), 2u);
    EXPECT_EQ(r.batch->contacts[0].contacts, 1);
    EXPECT_FALSE(r.batch->contacts[0].handleSeconds);
    EXPECT_EQ(r.batch->contacts[1].channel, u"chat"_s);
    // But a row missing a required value is.
    const auto bad = parse("agent_id,date,worked_minutes\nA1,2026-01-05\n", ImportKind::Time);
    EXPECT_THAT(messages(bad), ElementsAre("f.csv:2: column 'worked_minutes': value '': required value is empty"));
}

TEST(Import, EmptyFileIsAnErrorHeaderOnlyIsAnEmptyBatch)
{
    const auto empty = parse("", ImportKind::Agents);
    EXPECT_THAT(messages(empty), ElementsAre("f.csv:1: the file is empty (expected a header line)"));
    const auto blank = parse("\xEF\xBB\xBF\r\n", ImportKind::Agents);
    EXPECT_FALSE(blank.batch);
    const auto headerOnly = parse("agent_id,name,team\r\n", ImportKind::Agents);
    ASSERT_TRUE(headerOnly.batch);
    EXPECT_EQ(headerOnly.batch->recordCount(), 0);
    EXPECT_EQ(headerOnly.batch->rowsRead, 0);
}

TEST(Import, Utf16IsRejectedClearly)
{
    const std::string utf16("\xFF\xFE"
                            "a\0g\0e\0n\0t\0",
                            12);
    EXPECT_THAT(messages(parse(utf16, std::nullopt)),
                ElementsAre("f.csv:1: the file is UTF-16 encoded; save it as CSV UTF-8"));
}

TEST(Import, BomAndCrlf)
{
    const auto r = parse("\xEF\xBB\xBF"
                         "agent_id,date,worked_minutes\r\nA1,2026-01-31,480\r\n\r\nA2,2026-01-31,60\r\n",
                         std::nullopt);
    ASSERT_TRUE(r.batch) << messages(r).front();
    EXPECT_EQ(r.batch->kind, ImportKind::Time);
    ASSERT_EQ(r.batch->time.size(), 2u);
    EXPECT_EQ(r.batch->time[1].agentId, u"A2"_s);
    EXPECT_EQ(r.batch->time[1].workedMinutes, 60);
    EXPECT_EQ(r.batch->rowsRead, 2);
}

TEST(Import, RowsWithOnlyEmptyFieldsAreSkipped)
{
    // Spreadsheet exports end with rows of bare delimiters; they are neither data nor errors.
    const auto r = parse("agent_id,date,worked_minutes\nA1,2026-01-05,480\n,,\n  , ,\n,,\n", ImportKind::Time);
    ASSERT_TRUE(r.batch) << messages(r).front();
    EXPECT_EQ(r.batch->rowsRead, 1);
    EXPECT_EQ(r.batch->time.size(), 1u);
}

TEST(Import, BadRowLineNumberCountsBlankAndMultilineRecords)
{
    // The quoted comment spans lines 2-3 and line 4 is blank, so the bad score is on line 5.
    const auto r = parse("evaluation_id,agent_id,date,score,comment\n"
                         "E1,A1,2026-01-05,90,\"two\nlines\"\n"
                         "\n"
                         "E2,A1,2026-01-05,ninety,\n",
                         ImportKind::Qa);
    EXPECT_THAT(messages(r), ElementsAre("f.csv:5: column 'score': value 'ninety': not a number"));
}

TEST(Import, ValuesAreTrimmedAndErrorsUseTheFileHeaderSpelling)
{
    const auto r = parse("Agent_ID , Date,Worked_Minutes\n A1 , 2026-01-05 ,oops\n", ImportKind::Time);
    EXPECT_THAT(messages(r), ElementsAre("f.csv:2: column 'Worked_Minutes': value 'oops': not a number"));
}

TEST(Import, DetectsKindFromHeader)
{
    EXPECT_EQ(detectKind({u"agent_id"_s, u"name"_s, u"team"_s}), ImportKind::Agents);
    EXPECT_EQ(detectKind({u"agent_id"_s, u"date"_s, u"worked_minutes"_s}), ImportKind::Time);
    EXPECT_EQ(detectKind({u"agent_id"_s, u"date"_s, u"handle_seconds"_s}), ImportKind::Contacts);
    EXPECT_EQ(detectKind({u"Evaluation_ID"_s, u"agent_id"_s, u"date"_s, u"score"_s}), ImportKind::Qa);
    EXPECT_EQ(detectKind({u"response_id"_s, u"agent_id"_s, u"date"_s, u"csat"_s}), ImportKind::Survey);
    EXPECT_EQ(detectKind({u"event_id"_s, u"agent_id"_s, u"date"_s, u"type"_s}), ImportKind::Kcs);
    EXPECT_EQ(detectKind({u"team"_s, u"date"_s, u"offered"_s, u"answered_in_sl"_s}), ImportKind::ServiceLevel);
    EXPECT_EQ(detectKind({u"foo"_s, u"bar"_s}), std::nullopt);
    // Both time and survey match fully with 3 required columns and no optional ones: ambiguous.
    EXPECT_EQ(detectKind({u"agent_id"_s, u"date"_s, u"worked_minutes"_s, u"response_id"_s}), std::nullopt);
}

TEST(Import, UnrecognisableHeaderWithoutKind)
{
    const auto r = parse("foo,bar\n1,2\n", std::nullopt);
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].line, 1);
    EXPECT_TRUE(r.errors[0].reason.startsWith(u"cannot tell the kind of file from its header (foo,bar)"_s));
}

TEST(Import, NeverAPartialBatch)
{
    const auto r = parse("agent_id,date,worked_minutes\nA1,2026-01-05,480\nA1,2026-01-06,x\nA1,2026-01-07,480\n",
                         ImportKind::Time);
    EXPECT_FALSE(r.batch);
    EXPECT_EQ(r.errors.size(), 1u);
}

TEST(Import, StopsAtMaxErrors)
{
    std::string csv = "agent_id,date,worked_minutes\n";
    for (int i = 0; i < 50; ++i)
        csv += "A1,2026-01-05,bad\n";
    ImportOptions o;
    o.kind = ImportKind::Time;
    o.knownAgents = {u"A1"_s};
    o.maxErrors = 7;
    const auto r = parseImportData(QByteArray::fromStdString(csv), u"f.csv"_s, o);
    ASSERT_EQ(r.errors.size(), 7u);
    EXPECT_EQ(r.errors.back().line, 8); // rows on lines 2..8
}

TEST(Import, ProgressIsReportedAndCancelHonoured)
{
    std::string csv = "agent_id,date,worked_minutes\n";
    while (csv.size() < 3'500'000)
        csv += "A1,2026-01-05,480\n";
    ImportOptions o;
    o.kind = ImportKind::Time;
    o.knownAgents = {u"A1"_s};
    std::vector<qint64> calls;
    o.progress = [&](qint64 done, qint64 total) {
        EXPECT_EQ(total, qint64(csv.size()));
        calls.push_back(done);
        return true;
    };
    const auto r = parseImportData(QByteArray::fromStdString(csv), u"f.csv"_s, o);
    ASSERT_TRUE(r.batch);
    // ~3.5 MB: about one call per MB plus the final one at 100 %.
    ASSERT_GE(calls.size(), 3u);
    ASSERT_LE(calls.size(), 5u);
    EXPECT_EQ(calls.back(), qint64(csv.size()));
    EXPECT_TRUE(std::is_sorted(calls.begin(), calls.end()));

    int n = 0;
    o.progress = [&](qint64, qint64) { return ++n < 2; };
    const auto cancelled = parseImportData(QByteArray::fromStdString(csv), u"f.csv"_s, o);
    EXPECT_TRUE(cancelled.cancelled);
    EXPECT_FALSE(cancelled.batch);
    EXPECT_EQ(n, 2);
}

TEST(Import, ProfileKindMustMatchGivenKind)
{
    ImportOptions o;
    o.kind = ImportKind::Time;
    o.profile = MappingProfile{};
    o.profile->kind = ImportKind::Contacts;
    o.profile->name = u"p"_s;
    const auto r = parseImportData("agent_id,date\n", u"f.csv"_s, o);
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].reason, u"the mapping profile 'p' is for contacts files, not time"_s);
}

TEST(Import, MissingFileGivesOneErrorOnLineZero)
{
    ImportOptions o;
    o.kind = ImportKind::Agents;
    const auto r = parseImportFile(u"/nonexistent/agents.csv"_s, o);
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].line, 0);
    EXPECT_TRUE(r.errors[0].toString().startsWith(u"/nonexistent/agents.csv: cannot read the file"_s));
}

TEST(Import, ReadsFromDisk)
{
    const auto r = parseImportFile(QStringLiteral(SCORECARD_TEST_DATA_DIR "/import/agents.csv"), {});
    ASSERT_TRUE(r.batch) << (r.errors.empty() ? std::string() : r.errors.front().toString().toStdString());
    EXPECT_EQ(r.batch->kind, ImportKind::Agents);
    ASSERT_EQ(r.batch->agents.size(), 3u);
    EXPECT_EQ(r.batch->agents[2].name, u"Chloé \"CJ\" Jones"_s);
    EXPECT_EQ(r.batch->agents[2].employment, Employment::PartTime);
}

TEST(Import, GarbageNeverCrashes)
{
    std::mt19937 rng(12345);
    for (int i = 0; i < 300; ++i) {
        std::string s = i % 2 ? "agent_id,date,channel,contacts,handle_seconds,fcr\n" : "";
        const int n = int(rng() % 400);
        for (int j = 0; j < n; ++j)
            s.push_back("A1,\"\r\n0-9:T.\x00\xff"[rng() % 14]);
        for (ImportKind kind : allKinds()) {
            const auto r = parse(s, kind);
            EXPECT_TRUE(r.batch.has_value() != !r.errors.empty());
            // One line per error (issue 13.8), whatever the bytes.
            for (const ImportError &e : r.errors) {
                const QString line = e.toString();
                EXPECT_FALSE(line.contains(u'\n') || line.contains(u'\r') || line.contains(QChar(0)))
                    << line.toStdString();
            }
            EXPECT_GE(r.errorTotal, qint64(r.errors.size()));
        }
        parse(s, std::nullopt);
    }
}

// A month of a per-contact export from a 60-agent team: ~700k rows, ~42 MB.
TEST(Import, LargePerContactExport)
{
    constexpr int rows = 700'000;
    constexpr int agents = 60;
    std::mt19937 rng(7);
    std::string csv = "contact_id,agent_id,date,channel,handle_seconds,fcr,queue\n";
    csv.reserve(size_t(rows) * 64);
    QSet<QString> known;
    for (int a = 0; a < agents; ++a)
        known.insert(u"agent-%1"_s.arg(a, 3, 10, QChar(u'0')));
    // Independent totals per agent, kept while writing.
    std::map<int, std::pair<qint64, qint64>> expected; // agent -> (contacts, handle seconds)
    qint64 fcrTotal = 0;
    char buf[160];
    for (int i = 0; i < rows; ++i) {
        const int a = int(rng() % agents);
        const int day = 1 + int(rng() % 31);
        const int handle = 30 + int(rng() % 900);
        const int fcr = int(rng() % 4 != 0);
        const char *channel = (rng() % 3) ? "phone" : "chat";
        std::snprintf(buf, sizeof buf, "C%09d,agent-%03d,2026-01-%02dT%02d:%02d:%02d,%s,%d,%d,support-tier-1\n", i, a,
                      day, int(rng() % 24), int(rng() % 60), int(rng() % 60), channel, handle, fcr);
        csv += buf;
        expected[a].first += 1;
        expected[a].second += handle;
        fcrTotal += fcr;
    }
    const QByteArray data = QByteArray::fromStdString(csv);
    ImportOptions o;
    o.kind = ImportKind::Contacts;
    o.knownAgents = known;
    // Correctness only: the speed of this path is measured in bench/bench_import.cpp.
    const auto r = parseImportData(data, u"big.csv"_s, o);
    ASSERT_TRUE(r.batch);
    EXPECT_EQ(r.batch->rowsRead, rows);
    std::map<int, std::pair<qint64, qint64>> got;
    qint64 gotFcr = 0;
    for (const ContactRecord &c : r.batch->contacts) {
        const int a = c.agentId.mid(6).toInt();
        got[a].first += c.contacts;
        got[a].second += qint64(*c.handleSeconds);
        EXPECT_EQ(c.handleContacts, c.contacts);
        EXPECT_EQ(c.fcrContacts, c.contacts);
        gotFcr += *c.fcr;
    }
    EXPECT_EQ(got, expected);
    EXPECT_EQ(gotFcr, fcrTotal);
    // At most 60 agents x 31 days x 2 channels keys.
    EXPECT_LE(r.batch->contacts.size(), 60u * 31u * 2u);
}

TEST(Preview, HeaderAndFirstRows)
{
    const CsvPreview p = previewCsv("\xEF\xBB\xBF"
                                    "a;b\r\n1;\"x;y\"\r\n2;3\r\n4;5\r\n",
                                    ';', 2);
    EXPECT_TRUE(p.error.isEmpty());
    EXPECT_EQ(p.header, (QStringList{u"a"_s, u"b"_s}));
    ASSERT_EQ(p.rows.size(), 2u); // maxRows
    EXPECT_EQ(p.rows[0], (QStringList{u"1"_s, u"x;y"_s}));
    EXPECT_EQ(p.rows[1], (QStringList{u"2"_s, u"3"_s}));
}

TEST(Preview, ReportsMalformedQuotingAndEmptyInput)
{
    const CsvPreview bad = previewCsv("a,b\n\"x\"y,1\n", ',', 10);
    EXPECT_EQ(bad.error, u"line 2, column 4: unexpected 'y' after the closing quote of a quoted field"_s);
    EXPECT_EQ(previewCsv("", ',', 10).error, u"the file is empty"_s);
}

// --- issue 13, items 8 and 9: one line per error, valid text ---------------

TEST(Import, UnterminatedQuoteMessageStaysOnOneLine)
{
    const auto r = parse("evaluation_id,agent_id,date,score,comment\n"
                         "E1,A1,2026-01-05,90,\"never\r\nclosed\n",
                         ImportKind::Qa);
    ASSERT_EQ(r.errors.size(), 1u);
    // The value holds "never\r\nclosed\n"; the message writes the breaks as \r and \n.
    EXPECT_EQ(r.errors[0].toString(), u"f.csv:2: column 'comment': value 'never\\r\\nclosed\\n': malformed quoted "
                                      "field: unterminated quoted field (line 2, column 21)"_s);
    EXPECT_FALSE(r.errors[0].toString().contains(u'\n'));
}

TEST(Import, ControlCharactersInMessagesAreEscaped)
{
    const ImportError e{u"f.csv"_s, 3, u"na\nme"_s, QString(u"a\r\0b\tc\x1b"_s), u"bad"_s};
    EXPECT_EQ(e.toString(), u"f.csv:3: column 'na\\nme': value 'a\\r\\0b\\tc\\u001b': bad"_s);
}

TEST(Import, InvalidUtf8IsBadInputWithLineAndColumn)
{
    // Line 3: "Jos\xE9" is Latin-1, not UTF-8 (the 4th character of the value).
    const auto r = parse("agent_id,name,team\nA1,Ann,Blue\nA2,Jos\xE9,Red\nA3,Bo,Red\n", ImportKind::Agents);
    EXPECT_FALSE(r.batch);
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].line, 3);
    EXPECT_EQ(r.errors[0].column, u"name"_s);
    EXPECT_EQ(r.errors[0].reason,
              u"not valid UTF-8 (byte 0xe9 at character 4 of the value); save the file as CSV UTF-8"_s);
}

TEST(Import, InvalidUtf8InAnIgnoredColumnOrTheHeaderIsStillBadInput)
{
    const auto r = parse("agent_id,name,team,notes\nA1,Ann,Blue,caf\xC3\n", ImportKind::Agents);
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].line, 2);
    EXPECT_EQ(r.errors[0].column, u"notes"_s);
    const auto h = parse("agent_id,name,team,n\xFFotes\nA1,Ann,Blue,x\n", ImportKind::Agents);
    ASSERT_EQ(h.errors.size(), 1u);
    EXPECT_EQ(h.errors[0].line, 1);
    EXPECT_EQ(h.errors[0].column, u"field 4"_s);
    // Overlong forms and surrogates are not UTF-8 either; valid multi-byte text is fine.
    EXPECT_FALSE(parse("agent_id,name,team\nA1,\xC0\xAF,Blue\n", ImportKind::Agents).batch);
    EXPECT_FALSE(parse("agent_id,name,team\nA1,\xED\xA0\x80,Blue\n", ImportKind::Agents).batch);
    const auto ok = parse("agent_id,name,team\nA1,Zoë 😀 Łódź,Blue\n", ImportKind::Agents);
    ASSERT_TRUE(ok.batch);
    EXPECT_EQ(ok.batch->agents[0].name, u"Zoë 😀 Łódź"_s);
}

TEST(Import, NulByteInAValueIsBadInput)
{
    const std::string csv("agent_id,name,team\nA1,An\0n,Blue\n", 32);
    const auto r = parse(csv, ImportKind::Agents);
    EXPECT_FALSE(r.batch);
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].line, 2);
    EXPECT_EQ(r.errors[0].column, u"name"_s);
    EXPECT_EQ(r.errors[0].reason, u"contains a NUL byte (character 3 of the value)"_s);
    EXPECT_EQ(r.errors[0].toString(), u"f.csv:2: column 'name': value 'An\\0n': contains a NUL byte (character 3 "
                                      "of the value)"_s);
}
