// CSV export of the team table: RFC 4180 quoting and formula-injection escaping.
#include "report/csv_export.h"
#include "report/team_table.h"

#include <gtest/gtest.h>

using namespace sc;

namespace {

AgentScorecard agentCard(const QString &id, const QString &name, const QString &team, std::optional<double> overall)
{
    AgentScorecard a;
    a.agent.id = id;
    a.agent.name = name;
    a.agent.team = team;
    a.month = Month(2026, 10);
    a.overall = overall;
    a.coverage = overall ? 1.0 : 0.2;
    a.rating = overall ? (*overall >= 100 ? Rating::AtGoal : (*overall >= 80 ? Rating::Approaching : Rating::Below))
                       : Rating::InsufficientData;
    MetricResult qa;
    qa.value.key = QStringLiteral("qa");
    qa.value.value = 88.25;
    qa.value.status = MetricStatus::Ok;
    qa.rule.key = QStringLiteral("qa");
    qa.rule.weight = 25;
    qa.score = 91.25;
    a.metrics.push_back(qa);
    return a;
}

QStringList lines(const QByteArray &csv)
{
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QStringList out = text.split(QStringLiteral("\r\n"));
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

} // namespace

TEST(TeamTableCsv, RankedRowsWithEscapedNames)
{
    MonthReport r;
    r.month = Month(2026, 10);
    r.agents.push_back(agentCard(QStringLiteral("A1"), QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
                                 QStringLiteral("Alpha"), 70.0));
    r.agents.push_back(agentCard(QStringLiteral("A2"), QStringLiteral("Bea, Jr."), QStringLiteral("Alpha"), 95.5));
    r.agents.push_back(agentCard(QStringLiteral("A3"), QStringLiteral("Cy"), QStringLiteral("Alpha"), std::nullopt));
    r.agents.push_back(agentCard(QStringLiteral("B1"), QStringLiteral("Other"), QStringLiteral("Beta"), 120.0));
    const QByteArray csv = teamTableCsv(r, QStringLiteral("Alpha"));
    EXPECT_TRUE(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList l = lines(csv);
    ASSERT_EQ(l.size(), 4); // header + three Alpha agents; Beta left out
    EXPECT_TRUE(l[0].startsWith(QStringLiteral("rank,agent_id,name,team,overall,rating,coverage,change,")));
    EXPECT_TRUE(l[0].contains(QStringLiteral("qa_value,qa_score")));
    // Highest overall first; no overall last and unranked.
    EXPECT_TRUE(l[1].startsWith(QStringLiteral("1,A2,\"Bea, Jr.\",Alpha,95.5,approaching,1.00,,")))
        << l[1].toStdString();
    EXPECT_TRUE(l[2].startsWith(QStringLiteral("2,A1,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",Alpha,70.0,below,")))
        << l[2].toStdString();
    EXPECT_TRUE(l[3].startsWith(QStringLiteral(",A3,Cy,Alpha,,insufficient_data,0.20,,"))) << l[3].toStdString();
    // QA value 88.25 and score 91.25 rounded to one decimal (round half to even in printf: 88.2 / 91.2).
    EXPECT_TRUE(l[1].contains(QStringLiteral(",88.2,91.2,")) || l[1].contains(QStringLiteral(",88.3,91.3,")))
        << l[1].toStdString();
    // No cell of any row starts with a formula character unless it is a plain number.
    for (const QString &line : l)
        EXPECT_FALSE(line.contains(QStringLiteral(",=")) || line.contains(QStringLiteral(",@"))
                     || line.contains(QStringLiteral(",+")))
            << line.toStdString();
}

TEST(TeamTableCsv, ChangeAgainstPreviousMonth)
{
    MonthReport r, prev;
    r.agents.push_back(agentCard(QStringLiteral("A1"), QStringLiteral("Ann"), QStringLiteral("Alpha"), 80.0));
    prev.agents.push_back(agentCard(QStringLiteral("A1"), QStringLiteral("Ann"), QStringLiteral("Alpha"), 85.5));
    const QStringList l = lines(teamTableCsv(r, QStringLiteral("Alpha"), &prev));
    ASSERT_EQ(l.size(), 2);
    // 80.0 - 85.5 = -5.5: a plain negative number, not escaped.
    EXPECT_TRUE(l[1].startsWith(QStringLiteral("1,A1,Ann,Alpha,80.0,approaching,1.00,-5.5,"))) << l[1].toStdString();
}

TEST(TeamTable, TiesShareARank)
{
    MonthReport r;
    r.agents.push_back(agentCard(QStringLiteral("A3"), QStringLiteral("C"), QStringLiteral("T"), 90.0));
    r.agents.push_back(agentCard(QStringLiteral("A1"), QStringLiteral("A"), QStringLiteral("T"), 95.0));
    r.agents.push_back(agentCard(QStringLiteral("A2"), QStringLiteral("B"), QStringLiteral("T"), 90.0));
    r.agents.push_back(agentCard(QStringLiteral("A4"), QStringLiteral("D"), QStringLiteral("T"), 50.0));
    const auto rows = rankedTeamRows(r, QStringLiteral("T"));
    ASSERT_EQ(rows.size(), 4u);
    // 95 -> 1; 90, 90 -> 2, 2 (by agent_id); 50 -> 4.
    EXPECT_EQ(rows[0].card->agent.id, QStringLiteral("A1"));
    EXPECT_EQ(rows[0].rank, 1);
    EXPECT_EQ(rows[1].card->agent.id, QStringLiteral("A2"));
    EXPECT_EQ(rows[1].rank, 2);
    EXPECT_EQ(rows[2].card->agent.id, QStringLiteral("A3"));
    EXPECT_EQ(rows[2].rank, 2);
    EXPECT_EQ(rows[3].rank, 4);
}

// Issue 13.6: the issue's strings in ids, names and teams; the same cell
// writer (core/csv.h) as `score --format csv`.
TEST(TeamTableCsv, FormulaStartsInIdsNamesAndTeams)
{
    MonthReport r;
    r.month = Month(2026, 10);
    r.agents.push_back(
        agentCard(QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("@SUM(A1:A2)"), QStringLiteral("+1"), 90.0));
    r.agents.push_back(agentCard(QStringLiteral("-2+3"), QStringLiteral("\r=1"), QStringLiteral("+1"), 80.0));
    const QStringList l = lines(teamTableCsv(r, QStringLiteral("+1")));
    ASSERT_EQ(l.size(), 3) << l.join(u'|').toStdString();
    EXPECT_TRUE(l[1].startsWith(QStringLiteral("1,'=cmd|' /C calc'!A0,'@SUM(A1:A2),'+1,90.0,"))) << l[1].toStdString();
    EXPECT_TRUE(l[2].startsWith(QStringLiteral("2,'-2+3,\"'\r=1\",'+1,80.0,"))) << l[2].toStdString();
}
