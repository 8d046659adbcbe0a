// The built-in presets (issue 12), each on a small file written here in the
// product's export format, with expectations worked out by hand.
#include "import/importer.h"
#include "import/presets.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace sc;
using namespace Qt::StringLiterals;

namespace {

ImportResult parseWith(const MappingProfile &p, const std::string &csv, QSet<QString> known)
{
    ImportOptions o;
    o.profile = p;
    o.knownAgents = std::move(known);
    return parseImportData(QByteArray::fromStdString(csv), u"export.csv"_s, o);
}

const MappingProfile &profileOf(const char *preset, ImportKind kind)
{
    const ImportPreset *p = findImportPreset(QString::fromLatin1(preset));
    EXPECT_TRUE(p) << preset;
    for (const MappingProfile &m : p->profiles)
        if (m.kind == kind)
            return m;
    ADD_FAILURE() << preset << " has no profile for " << kindName(kind).toStdString();
    static const MappingProfile none;
    return none;
}

std::string firstError(const ImportResult &r)
{
    return r.errors.empty() ? std::string() : r.errors[0].toString().toStdString();
}

} // namespace

TEST(Presets, ListedWithUniqueIdsAndValidProfiles)
{
    QStringList ids;
    for (const ImportPreset &p : importPresets()) {
        EXPECT_FALSE(p.name.isEmpty());
        EXPECT_FALSE(p.whereToFind.isEmpty());
        EXPECT_FALSE(p.profiles.empty());
        EXPECT_FALSE(ids.contains(p.id)) << p.id.toStdString();
        ids << p.id;
        // Each profile survives a round trip through its JSON form.
        for (const MappingProfile &m : p.profiles)
            EXPECT_TRUE(MappingProfile::fromJson(m.toJson(), nullptr).has_value()) << m.name.toStdString();
    }
    EXPECT_THAT(ids, ::testing::UnorderedElementsAre(u"zendesk-tickets"_s, u"freshdesk-tickets"_s,
                                                     u"talkdesk-adherence"_s, u"nice-adherence"_s, u"surveymonkey"_s,
                                                     u"medallia-agent-connect"_s, u"acd-per-call"_s));
    EXPECT_TRUE(findImportPreset(u"Zendesk-Tickets"_s));
    EXPECT_FALSE(findImportPreset(u"nope"_s));
}

const std::string kZendesk =
    "Id,Requester,Assignee,Group,Subject,Status,Created at,Solved at,Satisfaction Score,Reopens,Replies\n"
    "101,c1@x.org,Ann Lee,Support,Login,Solved,2026-01-04 09:10,2026-01-05 10:00,Good,0,2\n"
    "102,c2@x.org,Ann Lee,Support,Refund,Closed,2026-01-04 11:00,2026-01-05 16:30,Bad,1,4\n"
    "103,c3@x.org,Bo Chen,Support,Invoice,Solved,2026-01-05 08:00,2026-01-06 09:00,Offered,0,1\n"
    "104,c4@x.org,Bo Chen,Support,Password,Open,2026-01-06 08:00,,Unoffered,0,0\n"
    "105,c5@x.org,Bo Chen,Support,Access,Solved,2026-01-06 10:00,2026-01-06 12:00,Not Offered,2,3\n";

TEST(Presets, ZendeskTickets)
{
    const QSet<QString> agents{u"Ann Lee"_s, u"Bo Chen"_s};
    const auto c = parseWith(profileOf("zendesk-tickets", ImportKind::Contacts), kZendesk, agents);
    ASSERT_TRUE(c.batch) << firstError(c);
    // Ticket 104 is open: skipped. Ann: 101 and 102 on 01-05, one reopened (fcr 1 of 2).
    // Bo: 103 and 105 on 01-06, 105 reopened twice (fcr 1 of 2).
    ASSERT_EQ(c.batch->contacts.size(), 2u);
    EXPECT_EQ(c.batch->contacts[0].agentId, u"Ann Lee"_s);
    EXPECT_EQ(c.batch->contacts[0].date, QDate(2026, 1, 5));
    EXPECT_EQ(c.batch->contacts[0].channel, u"ticket"_s);
    EXPECT_EQ(c.batch->contacts[0].contacts, 2);
    EXPECT_EQ(c.batch->contacts[0].fcr, 1);
    EXPECT_EQ(c.batch->contacts[0].fcrContacts, 2);
    EXPECT_EQ(c.batch->contacts[1].date, QDate(2026, 1, 6));
    EXPECT_EQ(c.batch->contacts[1].fcr, 1);
    EXPECT_EQ(c.batch->rowsRead, 5);
    EXPECT_EQ(c.batch->rowsSkipped, 1);
    EXPECT_EQ(c.batch->rowsCollapsed, 2);

    const auto s = parseWith(profileOf("zendesk-tickets", ImportKind::Survey), kZendesk, agents);
    ASSERT_TRUE(s.batch) << firstError(s);
    ASSERT_EQ(s.batch->surveys.size(), 4u);
    EXPECT_EQ(s.batch->surveys[0].responseId, u"101"_s);
    EXPECT_EQ(s.batch->surveys[0].csat, 5); // Good
    EXPECT_EQ(s.batch->surveys[1].csat, 1); // Bad
    EXPECT_FALSE(s.batch->surveys[2].csat); // Offered: no response
    EXPECT_FALSE(s.batch->surveys[3].csat); // Not Offered
}

TEST(Presets, FreshdeskTickets)
{
    const std::string csv =
        "Ticket ID,Subject,Status,Priority,Source,Type,Agent,Group,Created time,Resolved time,Closed time,"
        "Time tracked,Survey results\n"
        "2001,Login,Resolved,Low,Email,Question,Ann Lee,Support,2026-01-05 09:00:00,2026-01-05 10:00:00,,00:12:30,"
        "Awesome\n"
        "2002,Refund,Closed,High,Phone,Problem,Ann Lee,Support,2026-01-05 11:00:00,2026-01-05 12:00:00,"
        "2026-01-07 12:00:00,01:02:00,Not Good\n"
        "2003,Invoice,Open,Medium,Email,Question,Bo Chen,Support,2026-01-06 09:00:00,,,00:05:00,\n"
        "2004,Access,Resolved,Low,Portal,Question,Bo Chen,Support,2026-01-06 09:30:00,2026-01-06 11:00:00,,"
        "00:20:00,Just Okay\n";
    const QSet<QString> agents{u"Ann Lee"_s, u"Bo Chen"_s};
    const auto c = parseWith(profileOf("freshdesk-tickets", ImportKind::Contacts), csv, agents);
    ASSERT_TRUE(c.batch) << firstError(c);
    ASSERT_EQ(c.batch->contacts.size(), 2u);
    // Ann: 12:30 + 1:02:00 = 750 + 3720 = 4470 s over 2 tickets; Bo: 20:00 = 1200 s.
    EXPECT_EQ(c.batch->contacts[0].contacts, 2);
    EXPECT_EQ(c.batch->contacts[0].handleSeconds, 4470);
    EXPECT_EQ(c.batch->contacts[1].handleSeconds, 1200);
    EXPECT_EQ(c.batch->rowsSkipped, 1);
    const auto s = parseWith(profileOf("freshdesk-tickets", ImportKind::Survey), csv, agents);
    ASSERT_TRUE(s.batch) << firstError(s);
    ASSERT_EQ(s.batch->surveys.size(), 3u);
    EXPECT_EQ(s.batch->surveys[0].csat, 5);
    EXPECT_EQ(s.batch->surveys[1].csat, 1);
    EXPECT_EQ(s.batch->surveys[2].csat, 3);
}

TEST(Presets, TalkdeskAdherence)
{
    const std::string csv = "Agent Name,Agent Email,Team Name,Reference Date,Scheduled Time,Adherent Time,Worked Time\n"
                            "Ann Lee,ann@x.org,Support,2026-01-05,28800,25200,27000\n"
                            "Ann Lee,ann@x.org,Support,2026-01-06,14400,14400,14100\n";
    const auto t = parseWith(profileOf("talkdesk-adherence", ImportKind::Time), csv, {u"ann@x.org"_s});
    ASSERT_TRUE(t.batch) << firstError(t);
    ASSERT_EQ(t.batch->time.size(), 2u);
    // Seconds to minutes: 28800 / 60 = 480, 25200 / 60 = 420, 27000 / 60 = 450.
    EXPECT_EQ(t.batch->time[0], (TimeRecord{u"ann@x.org"_s, QDate(2026, 1, 5), 450, 480, 420, {}}));
    EXPECT_EQ(t.batch->time[1], (TimeRecord{u"ann@x.org"_s, QDate(2026, 1, 6), 235, 240, 240, {}}));
}

TEST(Presets, NiceAdherence)
{
    const std::string csv = "Agent,Scheduling Unit,Date,Scheduled,In Adherence,Conformance\n"
                            "Ann Lee,Support,01/05/2026,8:00:00,7:12:00,7:45:00\n"
                            "Ann Lee,Support,01/20/2026,4:00:00,3:30:30,4:00:00\n";
    const auto t = parseWith(profileOf("nice-adherence", ImportKind::Time), csv, {u"Ann Lee"_s});
    ASSERT_TRUE(t.batch) << firstError(t);
    ASSERT_EQ(t.batch->time.size(), 2u);
    // 8:00:00 = 480 min, 7:12:00 = 432 min, 7:45:00 = 465 min; 3:30:30 = 210.5 min.
    EXPECT_EQ(t.batch->time[0], (TimeRecord{u"Ann Lee"_s, QDate(2026, 1, 5), 465, 480, 432, {}}));
    EXPECT_EQ(t.batch->time[1], (TimeRecord{u"Ann Lee"_s, QDate(2026, 1, 20), 240, 240, 210.5, {}}));
    EXPECT_TRUE(t.warnings.empty()); // the 20th settles MM/dd
}

TEST(Presets, SurveyMonkeyWithItsSecondHeaderRow)
{
    const std::string csv =
        "Respondent ID,Collector ID,Start Date,End Date,IP Address,Email Address,First Name,Last Name,Custom Data 1,"
        "How satisfied were you with our support?,How likely is it that you would recommend us to a friend or "
        "colleague?\n"
        ",,,,,,,,,Response,Response\n"
        "11401,4301,01/05/2026 09:01:02 AM,01/05/2026 09:03:10 AM,,,,,Ann Lee,Very satisfied,10 - Extremely likely\n"
        "11402,4301,01/06/2026 10:00:00 AM,01/06/2026 10:02:00 AM,,,,,Ann Lee,Dissatisfied,6\n"
        "11403,4301,01/20/2026 01:00:00 PM,01/20/2026 01:05:00 PM,,,,,Bo Chen,,0 - Not at all likely\n";
    const auto s = parseWith(profileOf("surveymonkey", ImportKind::Survey), csv, {u"Ann Lee"_s, u"Bo Chen"_s});
    ASSERT_TRUE(s.batch) << firstError(s);
    EXPECT_EQ(s.batch->rowsRead, 3); // the second header row is not a response
    ASSERT_EQ(s.batch->surveys.size(), 3u);
    EXPECT_EQ(s.batch->surveys[0], (SurveyResponse{u"11401"_s, u"Ann Lee"_s, QDate(2026, 1, 5), 5, 10, {}}));
    EXPECT_EQ(s.batch->surveys[1], (SurveyResponse{u"11402"_s, u"Ann Lee"_s, QDate(2026, 1, 6), 2, 6, {}}));
    EXPECT_EQ(s.batch->surveys[2], (SurveyResponse{u"11403"_s, u"Bo Chen"_s, QDate(2026, 1, 20), {}, 0, {}}));
}

TEST(Presets, MedalliaAgentConnect)
{
    // Columns from Medallia's "Export Responses: field descriptions" page:
    // the agent is employee_custom_id, `comments` is a yes/no flag.
    const std::string csv = "request_id,request_sent_at,response_received_at,star_rating,comments,channel,"
                            "employee_first_name,employee_email,employee_custom_id,nps\n"
                            "r-1,2026-01-05T10:00:00Z,2026-01-05T12:00:00Z,5,true,email,Ann,ann@x.org,A1,9\n"
                            "r-2,2026-01-06T10:00:00Z,2026-01-06T11:00:00Z,2,false,chat,Bo,bo@x.org,A2,3\n";
    const auto s = parseWith(profileOf("medallia-agent-connect", ImportKind::Survey), csv, {u"A1"_s, u"A2"_s});
    ASSERT_TRUE(s.batch) << firstError(s);
    ASSERT_EQ(s.batch->surveys.size(), 2u);
    EXPECT_EQ(s.batch->surveys[0], (SurveyResponse{u"r-1"_s, u"A1"_s, QDate(2026, 1, 5), 5, 9, {}}));
    EXPECT_EQ(s.batch->surveys[1], (SurveyResponse{u"r-2"_s, u"A2"_s, QDate(2026, 1, 6), 2, 3, {}}));
}

const std::string kAcd =
    "vru+line,call_id,customer_id,priority,type,date,vru_entry,vru_exit,vru_time,q_start,q_exit,"
    "q_time,outcome,ser_start,ser_exit,ser_time,server\n"
    "AA0101,1,0,0,PS,1999-08-01,7:00:00,7:00:05,5,7:00:05,7:00:15,10,AGENT,7:00:15,7:03:15,180,ANN\n"
    "AA0101,2,0,0,PS,1999-08-01,7:01:00,7:01:05,5,7:01:05,7:01:45,40,AGENT,7:01:45,7:02:45,60,BO\n"
    "AA0101,3,0,0,PS,1999-08-01,7:02:00,7:02:05,5,7:02:05,7:02:20,15,HANG,0:00:00,0:00:00,0,"
    "NO_SERVER\n"
    "AA0101,4,0,0,PS,1999-08-01,7:03:00,7:03:05,5,0:00:00,0:00:00,0,PHANTOM,0:00:00,0:00:00,0,"
    "NO_SERVER\n"
    "AA0101,5,0,0,PS,1999-08-02,7:00:00,7:00:05,5,7:00:05,7:00:25,20,AGENT,7:00:25,7:01:25,60,ANN\n";

TEST(Presets, AcdPerCallLog)
{
    const auto a = parseWith(profileOf("acd-per-call", ImportKind::Agents), kAcd, {});
    ASSERT_TRUE(a.batch) << firstError(a);
    ASSERT_EQ(a.batch->agents.size(), 2u); // ANN (twice, collapsed) and BO
    EXPECT_EQ(a.batch->rowsCollapsed, 1);
    EXPECT_EQ(a.batch->rowsSkipped, 2);

    const auto c = parseWith(profileOf("acd-per-call", ImportKind::Contacts), kAcd, {u"ANN"_s, u"BO"_s});
    ASSERT_TRUE(c.batch) << firstError(c);
    ASSERT_EQ(c.batch->contacts.size(), 3u);
    EXPECT_EQ(c.batch->contacts[0].handleSeconds, 180);
    EXPECT_EQ(c.batch->contacts[1].handleSeconds, 60);
    EXPECT_EQ(c.batch->contacts[2].date, QDate(1999, 8, 2));

    const auto s = parseWith(profileOf("acd-per-call", ImportKind::ServiceLevel), kAcd, {});
    ASSERT_TRUE(s.batch) << firstError(s);
    ASSERT_EQ(s.batch->serviceLevels.size(), 2u);
    // 08-01: calls 1, 2, 3 offered (the phantom is not); 1 and 2 answered, waits 10 and 40:
    // 1 within 20 s; the hang-up waited 15 s but was not answered, so it is not in service level.
    EXPECT_EQ(s.batch->serviceLevels[0], (ServiceLevelRecord{u"Bank"_s, QDate(1999, 8, 1), 3, 1, 2, 50.0, 2}));
    // 08-02: one call answered after exactly 20 s.
    EXPECT_EQ(s.batch->serviceLevels[1], (ServiceLevelRecord{u"Bank"_s, QDate(1999, 8, 2), 1, 1, 1, 20.0, 1}));
    EXPECT_EQ(s.batch->rowsSkipped, 1);
}
