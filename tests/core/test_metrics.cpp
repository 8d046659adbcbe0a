// Metric values from sums, each expectation worked out by hand.
#include "core/metrics.h"

#include <QStringList>

#include <gtest/gtest.h>

using namespace sc;

namespace {
MetricValue metric(const char *key, const ActivitySums &s)
{
    const MetricDefinition *def = findMetric(QString::fromLatin1(key));
    EXPECT_NE(def, nullptr) << key;
    return computeMetric(*def, s);
}
} // namespace

TEST(Metrics, DefinitionsInSpecOrder)
{
    QStringList keys;
    for (const auto &d : metricDefinitions())
        keys << d.key;
    EXPECT_EQ(keys.join(u','),
              QStringLiteral("contacts_per_hour,aht,qa,csat,fcr,nps,adherence,occupancy,kcs,service_level,asa"));
    EXPECT_TRUE(findMetric(u"service_level")->teamOnly);
    EXPECT_TRUE(findMetric(u"asa")->teamOnly);
    EXPECT_EQ(findMetric(u"asa")->direction, Direction::Lower);
    EXPECT_EQ(findMetric(u"aht")->direction, Direction::Lower);
    EXPECT_EQ(findMetric(u"occupancy")->direction, Direction::Band);
}

TEST(Metrics, ContactsPerHourIsSixtyTimesContactsOverWorkedMinutes)
{
    ActivitySums s;
    s.timeRows = 20;
    s.workedMinutes = 9600; // 160 h
    s.contacts = 1152;
    const MetricValue v = metric("contacts_per_hour", s);
    // 60 * 1152 / 9600 = 69120 / 9600 = 7.2
    ASSERT_TRUE(v.value);
    EXPECT_DOUBLE_EQ(*v.value, 7.2);
    EXPECT_DOUBLE_EQ(*v.numerator, 1152);
    EXPECT_DOUBLE_EQ(*v.denominator, 9600);
    EXPECT_EQ(v.status, MetricStatus::Ok);
}

TEST(Metrics, BelowMinSampleIsInsufficientButKeepsValue)
{
    ActivitySums s;
    s.timeRows = 2;
    s.workedMinutes = 1199; // min sample is 1200 minutes (20 h)
    s.contacts = 100;
    const MetricValue v = metric("contacts_per_hour", s);
    EXPECT_EQ(v.status, MetricStatus::InsufficientData);
    ASSERT_TRUE(v.value);
    EXPECT_NEAR(*v.value, 6000.0 / 1199.0, 1e-12);

    s.workedMinutes = 1200; // exactly the min sample is enough
    EXPECT_EQ(metric("contacts_per_hour", s).status, MetricStatus::Ok);
}

TEST(Metrics, NoRowsMeansNoDataWithEverythingNull)
{
    ActivitySums s; // an agent with only QA rows, say
    s.qaEvaluations = 3;
    s.qaScoreSum = 270;
    s.agentsWithRecord = 1;
    for (const char *key : {"contacts_per_hour", "aht", "csat", "fcr", "nps", "adherence", "occupancy"}) {
        const MetricValue v = metric(key, s);
        EXPECT_EQ(v.status, MetricStatus::NoData) << key;
        EXPECT_FALSE(v.value) << key;
        EXPECT_FALSE(v.numerator) << key;
        EXPECT_FALSE(v.denominator) << key;
    }
    EXPECT_DOUBLE_EQ(*metric("qa", s).value, 90.0); // 270 / 3
}

TEST(Metrics, AhtDividesByTimedContactsOnly)
{
    ActivitySums s;
    s.contactRows = 3;
    s.contacts = 50; // 10 of these had no handle time
    s.handleRows = 2;
    s.handleSeconds = 12000;
    s.handleContacts = 40;
    const MetricValue v = metric("aht", s);
    EXPECT_DOUBLE_EQ(*v.value, 300.0); // 12000 / 40, not 12000 / 50
    EXPECT_EQ(v.status, MetricStatus::Ok);
}

TEST(Metrics, CustomerMetrics)
{
    ActivitySums s;
    s.csatResponses = 12;
    s.csatPositive = 9;
    EXPECT_DOUBLE_EQ(*metric("csat", s).value, 75.0); // 100 * 9 / 12
    s.npsResponses = 20;
    s.npsPromoters = 8;
    s.npsDetractors = 3;
    EXPECT_DOUBLE_EQ(*metric("nps", s).value, 25.0); // 100 * (8 - 3) / 20
    s.npsPromoters = 2;
    s.npsDetractors = 12;
    EXPECT_DOUBLE_EQ(*metric("nps", s).value, -50.0); // 100 * (2 - 12) / 20
    s.fcrRows = 30;
    s.fcrResolved = 24;
    s.fcrContacts = 32;
    EXPECT_DOUBLE_EQ(*metric("fcr", s).value, 75.0); // 100 * 24 / 32
    EXPECT_EQ(metric("csat", s).status, MetricStatus::Ok);
    s.csatResponses = 9; // min sample 10
    s.csatPositive = 9;
    EXPECT_EQ(metric("csat", s).status, MetricStatus::InsufficientData);
}

TEST(Metrics, AdherenceAndOccupancyUseScheduledMinutesOfRowsThatHadThem)
{
    ActivitySums s;
    s.adherenceRows = 20;
    s.adherentMinutes = 8832;
    s.adherenceScheduledMinutes = 9600;
    s.occupancyRows = 10;
    s.occupiedMinutes = 3840;
    s.occupancyScheduledMinutes = 4800;
    EXPECT_DOUBLE_EQ(*metric("adherence", s).value, 92.0); // 100 * 8832 / 9600
    EXPECT_DOUBLE_EQ(*metric("occupancy", s).value, 80.0); // 100 * 3840 / 4800
}

TEST(Metrics, KcsPointsPerAgentWithARecord)
{
    ActivitySums agent;
    agent.agentsWithRecord = 1;
    agent.kcsLinks = 2;
    agent.kcsEdits = 3;
    agent.kcsDrafts = 1;
    EXPECT_DOUBLE_EQ(*metric("kcs", agent).value, 11.0); // 1*2 + 2*3 + 3*1

    ActivitySums quiet; // a record in the month but no KCS events
    quiet.agentsWithRecord = 1;
    quiet.timeRows = 1;

    ActivitySums team = agent;
    team += quiet; // two agents with a record, 11 points in all
    EXPECT_DOUBLE_EQ(*metric("kcs", team).value, 5.5);

    // The team has kcs rows: the quiet agent has 0 points, not null.
    const MetricValue v = computeMetric(*findMetric(u"kcs"), quiet, team);
    EXPECT_EQ(v.status, MetricStatus::Ok);
    EXPECT_DOUBLE_EQ(*v.value, 0.0);
    EXPECT_DOUBLE_EQ(*v.numerator, 0.0);
    EXPECT_DOUBLE_EQ(*v.denominator, 1.0);

    // No agent of the team has a kcs row (no knowledge-base source): no_data
    // for the agent and for the team, every number null.
    for (const MetricValue &none : {computeMetric(*findMetric(u"kcs"), quiet, quiet), metric("kcs", quiet)}) {
        EXPECT_EQ(none.status, MetricStatus::NoData);
        EXPECT_FALSE(none.value);
        EXPECT_FALSE(none.numerator);
        EXPECT_FALSE(none.denominator);
    }
}

TEST(Metrics, ServiceLevel)
{
    ActivitySums s;
    s.serviceLevelRows = 31;
    s.offered = 1000;
    s.answeredInSl = 815;
    EXPECT_DOUBLE_EQ(*metric("service_level", s).value, 81.5);
}

TEST(Metrics, TeamValueIsPooledNotMeanOfRatios)
{
    ActivitySums a, b;
    a.timeRows = 10;
    a.workedMinutes = 1200; // 20 h, 100 contacts: 5.0 per hour
    a.contacts = 100;
    b.timeRows = 20;
    b.workedMinutes = 2400; // 40 h, 300 contacts: 7.5 per hour
    b.contacts = 300;
    ActivitySums team = a;
    team += b;
    const double pooled = *metric("contacts_per_hour", team).value;
    // 60 * 400 / 3600 = 6.666..., while the mean of ratios is (5 + 7.5) / 2 = 6.25
    EXPECT_NEAR(pooled, 20.0 / 3.0, 1e-12);
    EXPECT_GT(std::abs(pooled - 6.25), 0.4);
}

TEST(Metrics, ZeroDenominatorWithRowsHasNoValue)
{
    ActivitySums s;
    s.timeRows = 1;
    s.workedMinutes = 0;
    s.contacts = 5;
    const MetricValue v = metric("contacts_per_hour", s);
    EXPECT_EQ(v.status, MetricStatus::InsufficientData);
    EXPECT_FALSE(v.value);
    EXPECT_DOUBLE_EQ(*v.denominator, 0.0);
}

TEST(Metrics, AverageSpeedOfAnswerIsPooledSecondsOverAnsweredCalls)
{
    ActivitySums s;
    s.serviceLevelRows = 3;
    s.offered = 10;
    s.answeredInSl = 6;
    s.answered = 9;
    s.asaRows = 2;        // two of the three rows carry answer_seconds
    s.answerSeconds = 65; // 40 + 25
    s.asaAnswered = 4;    // answered calls of those two rows: 3 + 1
    const MetricValue v = metric("asa", s);
    EXPECT_EQ(v.status, MetricStatus::Ok);
    ASSERT_TRUE(v.value);
    EXPECT_DOUBLE_EQ(*v.value, 65.0 / 4.0);
    EXPECT_DOUBLE_EQ(*v.numerator, 65);
    EXPECT_DOUBLE_EQ(*v.denominator, 4);
    // Rows without answer_seconds: no data, never 0 s.
    ActivitySums none;
    none.serviceLevelRows = 1;
    none.offered = 5;
    const MetricValue n = metric("asa", none);
    EXPECT_EQ(n.status, MetricStatus::NoData);
    EXPECT_FALSE(n.value);
}
