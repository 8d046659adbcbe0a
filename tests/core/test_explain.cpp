// SPEC section 7 in core: what one stored row adds to a metric, which rows
// an explanation lists, the formulas with the numbers put in, and the CSV of
// the rows. Every expected number is worked out by hand in the comments.
#include "core/explain.h"

#include <gtest/gtest.h>

using namespace sc;

namespace {

struct Rows {
    QStringList columns;
    std::vector<QVariantList> values;
    StoredRow at(ImportKind kind, size_t i) const { return StoredRow{kind, &columns, &values[i]}; }
};

const QVariant null = QVariant(QMetaType::fromType<double>());

Explanation explanation(const QString &key)
{
    Explanation e;
    e.month = Month(2026, 10);
    e.agent.id = QStringLiteral("A1");
    e.agent.name = QStringLiteral("Ana");
    e.agent.team = QStringLiteral("T1");
    e.key = key;
    e.result.value.key = key;
    return e;
}

} // namespace

TEST(Explain, RowSumsOfATimeRowCountAdherenceOnlyWhereItsMinutesAreThere)
{
    const Rows t{{QStringLiteral("agent_id"), QStringLiteral("date"), QStringLiteral("worked_minutes"),
                  QStringLiteral("scheduled_minutes"), QStringLiteral("adherent_minutes"),
                  QStringLiteral("occupied_minutes")},
                 {{QStringLiteral("A1"), QStringLiteral("2026-10-01"), 470.0, 480.0, 450.0, null}}};
    const ActivitySums s = rowSums(t.at(ImportKind::Time, 0));
    EXPECT_EQ(s.timeRows, 1);
    EXPECT_EQ(s.workedMinutes, 470);
    EXPECT_EQ(s.adherenceRows, 1);
    EXPECT_EQ(s.adherentMinutes, 450);
    EXPECT_EQ(s.adherenceScheduledMinutes, 480);
    EXPECT_EQ(s.occupancyRows, 0); // occupied_minutes is empty: not an occupancy row
    EXPECT_EQ(s.occupancyScheduledMinutes, 0);
    EXPECT_EQ(s.agentsWithRecord, 0); // per agent, never per row
}

TEST(Explain, RowSumsOfSurveysSplitCsatAndNpsAtTheirThresholds)
{
    const Rows r{{QStringLiteral("response_id"), QStringLiteral("agent_id"), QStringLiteral("date"),
                  QStringLiteral("csat"), QStringLiteral("nps"), QStringLiteral("comment")},
                 {{QStringLiteral("R1"), QStringLiteral("A1"), QStringLiteral("2026-10-01"), 4, 6, QString()},
                  {QStringLiteral("R2"), QStringLiteral("A1"), QStringLiteral("2026-10-02"), 3, null, QString()},
                  {QStringLiteral("R3"), QStringLiteral("A1"), QStringLiteral("2026-10-03"), null, 9, QString()}}};
    const ActivitySums a = rowSums(r.at(ImportKind::Survey, 0));
    EXPECT_EQ(a.csatResponses, 1);
    EXPECT_EQ(a.csatPositive, 1); // 4 >= 4
    EXPECT_EQ(a.npsResponses, 1);
    EXPECT_EQ(a.npsPromoters, 0);
    EXPECT_EQ(a.npsDetractors, 1); // 6 <= 6
    const ActivitySums b = rowSums(r.at(ImportKind::Survey, 1));
    EXPECT_EQ(b.csatResponses, 1);
    EXPECT_EQ(b.csatPositive, 0); // 3 < 4
    EXPECT_EQ(b.npsResponses, 0);
    const ActivitySums c = rowSums(r.at(ImportKind::Survey, 2));
    EXPECT_EQ(c.csatResponses, 0);
    EXPECT_EQ(c.npsPromoters, 1); // 9 is a promoter
    EXPECT_EQ(c.surveyRows, 1);

    // csat lists R1 (1 of 1) and R2 (0 of 1), never R3 (no csat).
    Explanation e = explanation(QStringLiteral("csat"));
    for (size_t i = 0; i < 3; ++i)
        addExplainedRow(e, r.at(ImportKind::Survey, i), QStringLiteral("s.csv"), QDateTime());
    ASSERT_EQ(e.rows.size(), 2u);
    EXPECT_EQ(e.rows[0].key, QStringLiteral("R1"));
    EXPECT_EQ(e.rows[0].numerator, 1);
    EXPECT_EQ(e.rows[0].denominator, 1);
    EXPECT_EQ(e.rows[1].key, QStringLiteral("R2"));
    EXPECT_EQ(e.rows[1].numerator, 0);
    EXPECT_EQ(e.rows[1].denominator, 1);
    EXPECT_EQ(e.rows[1].date, QDate(2026, 10, 2));
    ASSERT_EQ(e.rows[1].fields.size(), 1u);
    EXPECT_EQ(e.rows[1].fields[0].first, QStringLiteral("csat"));

    // nps: R1 is a detractor (-1 of 1), R3 a promoter (+1 of 1): 0 of 2.
    Explanation n = explanation(QStringLiteral("nps"));
    for (size_t i = 0; i < 3; ++i)
        addExplainedRow(n, r.at(ImportKind::Survey, i), QString(), QDateTime());
    ASSERT_EQ(n.rows.size(), 2u);
    EXPECT_EQ(n.rows[0].numerator, -1);
    EXPECT_EQ(n.rows[1].numerator, 1);
    EXPECT_EQ(n.rowsNumerator(), 0);
    EXPECT_EQ(n.rowsDenominator(), 2);
}

TEST(Explain, KcsRowsCarryPointsAndTheAgentCarriesTheDenominator)
{
    const Rows k{
        {QStringLiteral("event_id"), QStringLiteral("agent_id"), QStringLiteral("date"), QStringLiteral("type")},
        {{QStringLiteral("K1"), QStringLiteral("A1"), QStringLiteral("2026-10-01"), QStringLiteral("link")},
         {QStringLiteral("K2"), QStringLiteral("A1"), QStringLiteral("2026-10-02"), QStringLiteral("edit")},
         {QStringLiteral("K3"), QStringLiteral("A1"), QStringLiteral("2026-10-03"), QStringLiteral("draft")}}};
    Explanation e = explanation(QStringLiteral("kcs"));
    for (size_t i = 0; i < 3; ++i)
        addExplainedRow(e, k.at(ImportKind::Kcs, i), QString(), QDateTime());
    ASSERT_EQ(e.rows.size(), 3u);
    EXPECT_EQ(e.rows[0].numerator, 1); // link 1 point
    EXPECT_EQ(e.rows[1].numerator, 2); // edit 2
    EXPECT_EQ(e.rows[2].numerator, 3); // draft 3
    for (const ExplainedRow &r : e.rows)
        EXPECT_EQ(r.denominator, 0);
    e.recordDenominator = 1;
    // The card: 6 points / 1 agent.
    e.result.value.numerator = 6;
    e.result.value.denominator = 1;
    e.result.value.value = 6;
    e.result.value.status = MetricStatus::Ok;
    checkRowsMatch(e);
    EXPECT_TRUE(e.rowsMatch);
    e.result.value.numerator = 7; // a finalized month whose rows changed since
    checkRowsMatch(e);
    EXPECT_FALSE(e.rowsMatch);
}

TEST(Explain, ContactsPerHourReadsContactsAndTimeAndTheCsvHasBothFields)
{
    const Rows c{
        {QStringLiteral("agent_id"), QStringLiteral("date"), QStringLiteral("channel"), QStringLiteral("contacts"),
         QStringLiteral("handle_seconds"), QStringLiteral("handle_contacts"), QStringLiteral("fcr"),
         QStringLiteral("fcr_contacts")},
        {{QStringLiteral("A1"), QStringLiteral("2026-10-01"), QStringLiteral("chat"), 12, 3000.0, 10, null, 0}}};
    const Rows t{{QStringLiteral("agent_id"), QStringLiteral("date"), QStringLiteral("worked_minutes"),
                  QStringLiteral("scheduled_minutes"), QStringLiteral("adherent_minutes"),
                  QStringLiteral("occupied_minutes")},
                 {{QStringLiteral("A1"), QStringLiteral("2026-10-01"), 90.0, null, null, null}}};
    const ActivitySums cs = rowSums(c.at(ImportKind::Contacts, 0));
    EXPECT_EQ(cs.contacts, 12);
    EXPECT_EQ(cs.handleRows, 1);
    EXPECT_EQ(cs.handleSeconds, 3000);
    EXPECT_EQ(cs.handleContacts, 10);
    EXPECT_EQ(cs.fcrRows, 0);

    Explanation e = explanation(QStringLiteral("contacts_per_hour"));
    const QDateTime at(QDate(2026, 11, 2), QTime(8, 30), Qt::UTC);
    addExplainedRow(e, c.at(ImportKind::Contacts, 0), QStringLiteral("=tickets.csv"), at);
    addExplainedRow(e, t.at(ImportKind::Time, 0), QStringLiteral("time.csv"), at);
    ASSERT_EQ(e.rows.size(), 2u);
    EXPECT_EQ(e.rows[0].key, QStringLiteral("A1/chat"));
    EXPECT_EQ(e.rows[0].numerator, 12);
    EXPECT_EQ(e.rows[0].denominator, 0);
    EXPECT_EQ(e.rows[1].numerator, 0);
    EXPECT_EQ(e.rows[1].denominator, 90);
    // 60 × 12 / 90 = 8 contacts per hour.
    e.result.value = {QStringLiteral("contacts_per_hour"), 8.0,          12.0, 90.0,
                      MetricStatus::InsufficientData,      std::nullopt, false};
    checkRowsMatch(e);
    EXPECT_TRUE(e.rowsMatch);
    const QStringList lines = explanationFormulas(e);
    ASSERT_GE(lines.size(), 3);
    EXPECT_EQ(lines[0], QStringLiteral("value = 60 × contacts / worked_minutes"));
    EXPECT_EQ(lines[1], QStringLiteral("      = 60 × 12 / 90 = 8"));
    EXPECT_EQ(lines[2],
              QStringLiteral("insufficient data: denominator 90 < min sample 1200 (minutes worked), so no score"));

    // The rows only: both kinds' fields, an empty cell where a kind has none,
    // a file name that starts a formula made text.
    const QStringList csv = explanationCsv(e).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(csv.size(), 3);
    EXPECT_EQ(csv[0],
              QStringLiteral("kind,key,date,contacts,worked_minutes,numerator,denominator,source_file,imported_at"));
    EXPECT_EQ(csv[1], QStringLiteral("contacts,A1/chat,2026-10-01,12,,12,0,'=tickets.csv,2026-11-02T08:30:00Z"));
    EXPECT_EQ(csv[2], QStringLiteral("time,A1,2026-10-01,,90,0,90,time.csv,2026-11-02T08:30:00Z"));
}

TEST(Explain, NoDataMatchesWhenNoRowFeedsTheDenominator)
{
    // Contacts but no time rows: contacts per hour has no data, and the
    // contacts rows feed only the numerator.
    const Rows c{
        {QStringLiteral("agent_id"), QStringLiteral("date"), QStringLiteral("channel"), QStringLiteral("contacts")},
        {{QStringLiteral("A1"), QStringLiteral("2026-10-01"), QStringLiteral("phone"), 5}}};
    Explanation e = explanation(QStringLiteral("contacts_per_hour"));
    addExplainedRow(e, c.at(ImportKind::Contacts, 0), QString(), QDateTime());
    ASSERT_EQ(e.rows.size(), 1u);
    checkRowsMatch(e);
    EXPECT_TRUE(e.rowsMatch);
    EXPECT_EQ(explanationFormulas(e).value(1),
              QStringLiteral("no data: no rows feed the denominator this month, so no value"));
}

TEST(Explain, LinearScoreFormulaAndIntervalWithTheNumbersPutIn)
{
    // QA 85 from 2 evaluations (80 and 90), template floor 70, goal 90, cap 120:
    // score = clamp(100 × (85 − 70) / (90 − 70), 0, 120) = 75.
    Explanation e = explanation(QStringLiteral("qa"));
    e.result.rule = MetricRule{QStringLiteral("qa"), 25, 70.0, 90.0, 120, {}, {}, {}};
    e.result.value = {QStringLiteral("qa"), 85.0, 170.0, 2.0, MetricStatus::Ok, Interval{53.4, 100}, true};
    e.result.score = 75;
    e.result.scoreInterval = Interval{0, 120};
    const QStringList lines = explanationFormulas(e);
    EXPECT_TRUE(lines.contains(QStringLiteral("      = 1 × 170 / 2 = 85")) == false); // scale 1 is not written
    EXPECT_TRUE(lines.contains(QStringLiteral("      = 170 / 2 = 85"))) << lines.join(u'\n').toStdString();
    EXPECT_TRUE(lines.contains(QStringLiteral("      = clamp(100 × (85 − 70) / (90 − 70), 0, 120) = 75")))
        << lines.join(u'\n').toStdString();
    EXPECT_TRUE(
        lines.contains(QStringLiteral("90% interval = [53.4, 100] (mean ± t(0.95, 1) · s/√2, clipped to [0, 100])")))
        << lines.join(u'\n').toStdString();
    EXPECT_TRUE(lines.contains(QStringLiteral("within noise: the goal 90 lies inside the 90% interval")));
    EXPECT_EQ(templateRowText(e.result.rule), QStringLiteral("weight 25, floor 70, goal 90, cap 120"));
    const QJsonObject o = explanationJson(e);
    EXPECT_EQ(o.value(QStringLiteral("template")).toObject().value(QStringLiteral("goal")).toDouble(), 90);
    EXPECT_EQ(o.value(QStringLiteral("numerator")).toDouble(), 170);
    EXPECT_TRUE(o.value(QStringLiteral("within_noise")).toBool());
}

TEST(Explain, BandScoreFormula)
{
    // Occupancy 88 with band 75–85, tolerance 15: 3 above the band,
    // score = 100 × (1 − 3/15) = 80.
    Explanation e = explanation(QStringLiteral("occupancy"));
    e.result.rule = MetricRule{QStringLiteral("occupancy"), 0, {}, {}, 120, 75.0, 85.0, 15.0};
    e.result.value = {QStringLiteral("occupancy"), 88.0, 4224.0, 4800.0, MetricStatus::Ok, std::nullopt, false};
    e.result.score = 80;
    const QStringList lines = explanationFormulas(e);
    EXPECT_TRUE(lines.contains(
        QStringLiteral("score = clamp(100 × (1 − distance / tolerance), 0, 100) = clamp(100 × (1 − 3 / 15), 0, 100) "
                       "= 80")))
        << lines.join(u'\n').toStdString();
    EXPECT_TRUE(lines.contains(QStringLiteral("weight 0: shown for context, not scored into overall")));
    EXPECT_EQ(templateRowText(e.result.rule), QStringLiteral("weight 0, low 75, high 85, tolerance 15"));
}
