// The demo generator: deterministic per seed, realistic in shape, and
// varied enough that every rating and the insufficient-data state show up.
#include "core/scoring.h"
#include "demo/demo_data.h"

#include <QHash>
#include <QSet>
#include <gtest/gtest.h>

using namespace sc;

namespace {

DemoOptions options(quint64 seed = 1)
{
    DemoOptions o;
    o.agents = 48;
    o.months = 12;
    o.seed = seed;
    o.endMonth = Month(2026, 10);
    return o;
}

bool sameBatches(const std::vector<ImportBatch> &a, const std::vector<ImportBatch> &b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        const ImportBatch &x = a[i];
        const ImportBatch &y = b[i];
        if (x.kind != y.kind || x.sourceFile != y.sourceFile || x.rowsRead != y.rowsRead || x.agents != y.agents
            || x.time != y.time || x.contacts != y.contacts || x.qa != y.qa || x.surveys != y.surveys || x.kcs != y.kcs
            || x.serviceLevels != y.serviceLevels)
            return false;
    }
    return true;
}

bool inMonth(const QDate &d, Month m) { return d >= m.firstDay() && d < m.endExclusive(); }

// The same sums the store computes with SQL, from the batches directly.
struct MonthSums {
    SumsByKey agents;
    SumsByKey teams;
};

MonthSums sumMonth(const std::vector<ImportBatch> &batches, Month m)
{
    MonthSums s;
    for (const ImportBatch &b : batches) {
        for (const TimeRecord &r : b.time) {
            if (!inMonth(r.date, m))
                continue;
            ActivitySums &a = s.agents[r.agentId];
            a.timeRows++;
            a.workedMinutes += r.workedMinutes;
            if (r.adherentMinutes) {
                a.adherenceRows++;
                a.adherentMinutes += *r.adherentMinutes;
                a.adherenceScheduledMinutes += r.scheduledMinutes.value_or(0);
            }
            if (r.occupiedMinutes) {
                a.occupancyRows++;
                a.occupiedMinutes += *r.occupiedMinutes;
                a.occupancyScheduledMinutes += r.scheduledMinutes.value_or(0);
            }
        }
        for (const ContactRecord &r : b.contacts) {
            if (!inMonth(r.date, m))
                continue;
            ActivitySums &a = s.agents[r.agentId];
            a.contactRows++;
            a.contacts += r.contacts;
            if (r.handleSeconds) {
                a.handleRows++;
                a.handleSeconds += *r.handleSeconds;
                a.handleContacts += r.handleContacts;
            }
            if (r.fcr) {
                a.fcrRows++;
                a.fcrResolved += *r.fcr;
                a.fcrContacts += r.fcrContacts;
            }
        }
        for (const QaEvaluation &r : b.qa) {
            if (!inMonth(r.date, m))
                continue;
            ActivitySums &a = s.agents[r.agentId];
            a.qaEvaluations++;
            a.qaScoreSum += r.score;
        }
        for (const SurveyResponse &r : b.surveys) {
            if (!inMonth(r.date, m))
                continue;
            ActivitySums &a = s.agents[r.agentId];
            a.surveyRows++;
            if (r.csat) {
                a.csatResponses++;
                a.csatPositive += *r.csat >= 4 ? 1 : 0;
            }
            if (r.nps) {
                a.npsResponses++;
                a.npsPromoters += *r.nps >= 9 ? 1 : 0;
                a.npsDetractors += *r.nps <= 6 ? 1 : 0;
            }
        }
        for (const KcsEvent &r : b.kcs) {
            if (!inMonth(r.date, m))
                continue;
            ActivitySums &a = s.agents[r.agentId];
            a.kcsLinks += r.type == KcsType::Link ? 1 : 0;
            a.kcsEdits += r.type == KcsType::Edit ? 1 : 0;
            a.kcsDrafts += r.type == KcsType::Draft ? 1 : 0;
        }
        for (const ServiceLevelRecord &r : b.serviceLevels) {
            if (!inMonth(r.date, m))
                continue;
            ActivitySums &t = s.teams[r.team];
            t.serviceLevelRows++;
            t.offered += r.offered;
            t.answeredInSl += r.answeredInSl;
        }
    }
    for (ActivitySums &a : s.agents)
        a.agentsWithRecord = 1;
    return s;
}

const std::vector<Agent> &agentsOf(const std::vector<ImportBatch> &batches) { return batches.front().agents; }

MonthReport reportFor(const std::vector<ImportBatch> &batches, Month m)
{
    const MonthSums s = sumMonth(batches, m);
    return buildMonthReport(m, agentsOf(batches), s.agents, s.teams, {});
}

class DemoTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_batches = new std::vector<ImportBatch>(generateDemo(options())); }
    static void TearDownTestSuite()
    {
        delete s_batches;
        s_batches = nullptr;
    }
    static std::vector<ImportBatch> *s_batches;
};
std::vector<ImportBatch> *DemoTest::s_batches = nullptr;

} // namespace

TEST_F(DemoTest, SameSeedGivesTheSameBatches) { EXPECT_TRUE(sameBatches(*s_batches, generateDemo(options()))); }

TEST_F(DemoTest, DifferentSeedGivesDifferentData)
{
    const std::vector<ImportBatch> other = generateDemo(options(2));
    EXPECT_FALSE(sameBatches(*s_batches, other));
    // Not just names: the activity itself differs.
    EXPECT_NE((*s_batches)[1].time, other[1].time);
    EXPECT_NE((*s_batches)[2].contacts, other[2].contacts);
}

TEST_F(DemoTest, MonthsAreIndependentOfTheOrderTheyAreAskedFor)
{
    DemoGenerator gen(options());
    const std::vector<ImportBatch> late = gen.monthBatches(Month(2026, 10));
    const std::vector<ImportBatch> early = gen.monthBatches(Month(2025, 11));
    // Layout: agents, then six batches per month; 2026-10 is the 12th month.
    const std::vector<ImportBatch> fromAll(s_batches->begin() + 1 + 11 * 6, s_batches->begin() + 1 + 12 * 6);
    const std::vector<ImportBatch> firstFromAll(s_batches->begin() + 1, s_batches->begin() + 7);
    EXPECT_TRUE(sameBatches(late, fromAll));
    EXPECT_TRUE(sameBatches(early, firstFromAll));
}

TEST_F(DemoTest, LayoutIsAgentsThenSixKindsPerMonth)
{
    ASSERT_EQ(s_batches->size(), 1u + 12u * 6u);
    EXPECT_EQ(s_batches->front().kind, ImportKind::Agents);
    const ImportKind order[6] = {ImportKind::Time,   ImportKind::Contacts, ImportKind::Qa,
                                 ImportKind::Survey, ImportKind::Kcs,      ImportKind::ServiceLevel};
    for (size_t i = 1; i < s_batches->size(); ++i) {
        EXPECT_EQ((*s_batches)[i].kind, order[(i - 1) % 6]) << i;
        EXPECT_EQ((*s_batches)[i].rowsRead, (*s_batches)[i].recordCount());
    }
}

TEST_F(DemoTest, TeamsSupervisorsAndPartTimers)
{
    const std::vector<Agent> &agents = agentsOf(*s_batches);
    EXPECT_EQ(agents.size(), 48u);
    QSet<QString> teams, ids;
    int partTime = 0;
    for (const Agent &a : agents) {
        teams.insert(a.team);
        ids.insert(a.id);
        EXPECT_FALSE(a.name.isEmpty());
        EXPECT_FALSE(a.supervisor.isEmpty());
        EXPECT_TRUE(a.email.contains(u'@'));
        partTime += a.employment == Employment::PartTime ? 1 : 0;
    }
    EXPECT_GE(teams.size(), 3);
    EXPECT_TRUE(teams.contains(QStringLiteral("Billing")));
    EXPECT_TRUE(teams.contains(QStringLiteral("Tech Support")));
    EXPECT_TRUE(teams.contains(QStringLiteral("Onboarding")));
    EXPECT_EQ(ids.size(), 48);
    EXPECT_GE(partTime, 3);
    EXPECT_LE(partTime, 20);

    // Part-timers work about 4 h days, full-timers about 8 h.
    QHash<QString, Employment> employment;
    for (const Agent &a : agents)
        employment.insert(a.id, a.employment);
    for (const ImportBatch &b : *s_batches)
        for (const TimeRecord &t : b.time) {
            const double expected = employment.value(t.agentId) == Employment::PartTime ? 240 : 480;
            EXPECT_EQ(t.scheduledMinutes.value_or(-1), expected);
            EXPECT_LE(t.workedMinutes, expected);
            EXPECT_GE(t.workedMinutes, expected - 20);
        }
}

TEST_F(DemoTest, EveryKindInEveryMonth)
{
    for (Month m : demoMonths(options())) {
        QSet<ImportKind> kinds;
        for (const ImportBatch &b : *s_batches) {
            auto any = [&](const auto &rows) {
                return std::any_of(rows.begin(), rows.end(), [&](const auto &r) { return inMonth(r.date, m); });
            };
            if (any(b.time))
                kinds.insert(ImportKind::Time);
            if (any(b.contacts))
                kinds.insert(ImportKind::Contacts);
            if (any(b.qa))
                kinds.insert(ImportKind::Qa);
            if (any(b.surveys))
                kinds.insert(ImportKind::Survey);
            if (any(b.kcs))
                kinds.insert(ImportKind::Kcs);
            if (any(b.serviceLevels))
                kinds.insert(ImportKind::ServiceLevel);
        }
        EXPECT_EQ(kinds.size(), 6) << m.toString().toStdString();
    }
}

TEST_F(DemoTest, RowsAreValidForTheImporter)
{
    QSet<QString> agentIds;
    for (const Agent &a : agentsOf(*s_batches))
        agentIds.insert(a.id);
    QSet<QString> evalIds, responseIds, eventIds;
    QSet<QString> channels;
    int qaWithComment = 0, surveyWithComment = 0, surveyWithoutNps = 0;
    for (const ImportBatch &b : *s_batches) {
        for (const TimeRecord &t : b.time) {
            EXPECT_TRUE(agentIds.contains(t.agentId));
            EXPECT_GE(t.date.dayOfWeek(), 1);
            EXPECT_LE(t.date.dayOfWeek(), 5); // workdays only
            EXPECT_LE(*t.adherentMinutes, *t.scheduledMinutes);
            EXPECT_LE(*t.occupiedMinutes, *t.scheduledMinutes);
        }
        for (const ContactRecord &c : b.contacts) {
            EXPECT_TRUE(agentIds.contains(c.agentId));
            EXPECT_GT(c.contacts, 0);
            EXPECT_EQ(c.handleContacts, c.contacts);
            EXPECT_GE(*c.fcr, 0);
            EXPECT_LE(*c.fcr, c.contacts);
            EXPECT_GT(*c.handleSeconds, 0);
            channels.insert(c.channel);
        }
        for (const QaEvaluation &q : b.qa) {
            EXPECT_TRUE(agentIds.contains(q.agentId));
            EXPECT_GE(q.score, 0);
            EXPECT_LE(q.score, 100);
            EXPECT_FALSE(q.evaluator.isEmpty());
            EXPECT_FALSE(evalIds.contains(q.evaluationId));
            evalIds.insert(q.evaluationId);
            qaWithComment += q.comment.isEmpty() ? 0 : 1;
        }
        for (const SurveyResponse &s : b.surveys) {
            EXPECT_TRUE(agentIds.contains(s.agentId));
            ASSERT_TRUE(s.csat.has_value());
            EXPECT_GE(*s.csat, 1);
            EXPECT_LE(*s.csat, 5);
            if (s.nps) {
                EXPECT_GE(*s.nps, 0);
                EXPECT_LE(*s.nps, 10);
            } else {
                ++surveyWithoutNps;
            }
            EXPECT_FALSE(responseIds.contains(s.responseId));
            responseIds.insert(s.responseId);
            surveyWithComment += s.comment.isEmpty() ? 0 : 1;
        }
        for (const KcsEvent &k : b.kcs) {
            EXPECT_TRUE(agentIds.contains(k.agentId));
            EXPECT_FALSE(eventIds.contains(k.eventId));
            eventIds.insert(k.eventId);
        }
        for (const ServiceLevelRecord &r : b.serviceLevels) {
            EXPECT_GT(r.offered, 0);
            EXPECT_LE(r.answeredInSl, r.offered);
        }
    }
    EXPECT_EQ(channels, (QSet<QString>{QStringLiteral("phone"), QStringLiteral("chat"), QStringLiteral("email")}));
    EXPECT_GT(qaWithComment, 100);
    EXPECT_GT(surveyWithComment, 50);
    EXPECT_GT(surveyWithoutNps, 0);
}

TEST_F(DemoTest, MonthlyVolumesLookLikeAContactCenter)
{
    // Per agent and month: 4-8 evaluations (3-5 part time), 10-30 surveys
    // (5-15 part time), fewer only in a partial month.
    const Month m(2026, 9);
    const MonthSums s = sumMonth(*s_batches, m);
    int checked = 0;
    for (const Agent &a : agentsOf(*s_batches)) {
        if (!s.agents.contains(a.id))
            continue;
        const ActivitySums &sum = s.agents.value(a.id);
        if (sum.workedMinutes < 15 * 60 * (a.employment == Employment::PartTime ? 4 : 8))
            continue; // hired this month: a partial month
        ++checked;
        EXPECT_LE(sum.qaEvaluations, 8);
        EXPECT_GE(sum.qaEvaluations, 2);
        EXPECT_LE(sum.surveyRows, 30);
        EXPECT_GE(sum.surveyRows, 4);
        const double cph = 60.0 * double(sum.contacts) / sum.workedMinutes;
        EXPECT_GT(cph, 2.0);
        EXPECT_LT(cph, 13.0);
    }
    EXPECT_GE(checked, 40);
}

TEST_F(DemoTest, ScoringGivesASpreadOfRatings)
{
    const MonthReport report = reportFor(*s_batches, Month(2026, 10));
    ASSERT_GE(report.agents.size(), 40u);
    EXPECT_EQ(report.teams.size(), 3u);
    QHash<Rating, int> ratings;
    double lo = 1e9, hi = -1e9;
    for (const AgentScorecard &c : report.agents) {
        ratings[c.rating]++;
        if (c.overall) {
            lo = std::min(lo, *c.overall);
            hi = std::max(hi, *c.overall);
        }
    }
    EXPECT_GE(ratings.value(Rating::AtGoal), 5);
    EXPECT_GE(ratings.value(Rating::Approaching), 5);
    EXPECT_GE(ratings.value(Rating::Below), 3);
    // The new hire who started two workdays before month end.
    EXPECT_GE(ratings.value(Rating::InsufficientData), 1);
    EXPECT_LT(lo, 75);
    EXPECT_GT(hi, 105);
    EXPECT_GT(lo, 30);
    EXPECT_LT(hi, 125);
    // Team service level is known for every team.
    for (const TeamScorecard &t : report.teams) {
        const MetricValue *sl = t.metric(QStringLiteral("service_level"));
        ASSERT_NE(sl, nullptr);
        ASSERT_TRUE(sl->value.has_value());
        EXPECT_GT(*sl->value, 50);
        EXPECT_LT(*sl->value, 100);
    }
}

TEST_F(DemoTest, ThinSamplesShowAsInsufficientData)
{
    const MonthReport report = reportFor(*s_batches, Month(2026, 10));
    int thinQa = 0, thinHours = 0;
    for (const AgentScorecard &c : report.agents) {
        const MetricResult *qa = c.metric(QStringLiteral("qa"));
        const MetricResult *cph = c.metric(QStringLiteral("contacts_per_hour"));
        if (qa && qa->value.status == MetricStatus::InsufficientData) {
            EXPECT_LT(*qa->value.denominator, 3); // SPEC: min sample 3 evaluations
            ++thinQa;
        }
        if (cph && cph->value.status == MetricStatus::InsufficientData) {
            EXPECT_LT(*cph->value.denominator, 1200); // 20 h
            ++thinHours;
        }
    }
    EXPECT_GE(thinQa, 1);
    EXPECT_GE(thinHours, 1);
}

TEST_F(DemoTest, SomeAgentsImproveAndSomeDecline)
{
    const MonthReport first = reportFor(*s_batches, Month(2025, 11));
    const MonthReport last = reportFor(*s_batches, Month(2026, 10));
    int improved = 0, declined = 0;
    for (const AgentScorecard &c : last.agents) {
        const AgentScorecard *before = first.agent(c.agent.id);
        if (!before || !before->overall || !c.overall)
            continue;
        improved += *c.overall - *before->overall >= 15 ? 1 : 0;
        declined += *before->overall - *c.overall >= 15 ? 1 : 0;
    }
    EXPECT_GE(improved, 2);
    EXPECT_GE(declined, 2);
}

TEST_F(DemoTest, DataGapsAndNewHires)
{
    const std::vector<Month> months = demoMonths(options());
    // Someone has contacts but no time rows in a month (the WFM export missed
    // them), and someone has no record at all in a month between two with.
    bool timeGap = false, leave = false;
    std::vector<MonthSums> sums;
    for (Month m : months)
        sums.push_back(sumMonth(*s_batches, m));
    for (const Agent &a : agentsOf(*s_batches)) {
        for (size_t i = 1; i + 1 < months.size(); ++i) {
            const ActivitySums cur = sums[i].agents.value(a.id);
            if (cur.contactRows > 0 && cur.timeRows == 0)
                timeGap = true;
            if (!sums[i].agents.contains(a.id) && sums[i - 1].agents.contains(a.id)
                && sums[i + 1].agents.contains(a.id))
                leave = true;
        }
    }
    EXPECT_TRUE(timeGap);
    EXPECT_TRUE(leave);
    // New hires: agents with no record in the first month but one later.
    int hires = 0;
    for (const Agent &a : agentsOf(*s_batches))
        hires += !sums.front().agents.contains(a.id) && sums.back().agents.contains(a.id) ? 1 : 0;
    EXPECT_GE(hires, 2);
}

TEST(DemoScale, LargeOptionsGenerateQuicklyMonthByMonth)
{
    DemoOptions o = options();
    o.agents = 2000;
    o.months = 24;
    DemoGenerator gen(o);
    EXPECT_EQ(gen.agentsBatch().agents.size(), 2000u);
    EXPECT_EQ(gen.agentsBatch().agents.back().id, QStringLiteral("A2000"));
    // One month of 2000 agents: a realistic volume (about 20 time rows and
    // 40-60 contact rows per agent), and more than 3 teams.
    const std::vector<ImportBatch> month = gen.monthBatches(Month(2026, 10));
    EXPECT_GT(month[0].time.size(), 2000u * 15u);
    EXPECT_LT(month[0].time.size(), 2000u * 23u);
    QSet<QString> teams;
    for (const Agent &a : gen.agentsBatch().agents)
        teams.insert(a.team);
    EXPECT_GE(teams.size(), 100); // about 16 agents per supervisor
}
