#include "report/csv_export.h"

#include "report/team_table.h"

namespace sc {

QByteArray teamTableCsv(const MonthReport &report, const QString &team, const MonthReport *previous)
{
    const std::vector<TeamTableRow> rows = rankedTeamRows(report, team, previous);
    const QStringList keys = agentMetricKeys();
    QStringList header{QStringLiteral("rank"),     QStringLiteral("agent_id"), QStringLiteral("name"),
                       QStringLiteral("team"),     QStringLiteral("overall"),  QStringLiteral("rating"),
                       QStringLiteral("coverage"), QStringLiteral("change")};
    for (const QString &k : keys)
        header << k + QStringLiteral("_value") << k + QStringLiteral("_score");
    // SPEC section 6: the ranks the 90% ranges allow, the overall's range and
    // whether the rating is certain (rank alone orders agents on noise).
    header << QStringLiteral("rank_best") << QStringLiteral("rank_worst") << QStringLiteral("overall_low")
           << QStringLiteral("overall_high") << QStringLiteral("rating_certain");
    QString out;
    auto line = [&](const QStringList &cells) { out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n"); };
    line(header);
    for (const TeamTableRow &row : rows) {
        const AgentScorecard &a = *row.card;
        QStringList cells{row.rank > 0 ? QString::number(row.rank) : QString(),
                          csvText(a.agent.id),
                          csvText(a.agent.name),
                          csvText(a.agent.team),
                          csvNumber(a.overall, 1),
                          ratingName(a.rating),
                          csvNumber(a.coverage, 2),
                          csvNumber(row.change, 1)};
        for (const QString &k : keys) {
            const MetricResult *m = a.metric(k);
            const std::optional<double> v = m ? m->value.value : std::nullopt;
            const int decimals = k == u"aht" ? 0 : (k == u"contacts_per_hour" ? 2 : 1);
            cells << csvNumber(v, decimals) << csvNumber(m ? m->score : std::nullopt, 1);
        }
        cells << (row.rankRange ? QString::number(row.rankRange->best) : QString())
              << (row.rankRange ? QString::number(row.rankRange->worst) : QString())
              << csvNumber(a.overallInterval ? std::optional<double>(a.overallInterval->lo) : std::nullopt, 1)
              << csvNumber(a.overallInterval ? std::optional<double>(a.overallInterval->hi) : std::nullopt, 1)
              << (a.ratingCertain ? QStringLiteral("true") : QStringLiteral("false"));
        line(cells);
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace sc
