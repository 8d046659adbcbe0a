#include "report/csv_export.h"

#include "report/team_table.h"

#include <QRegularExpression>
#include <cmath>

namespace sc {

namespace {

// A plain decimal number ("-3.2") is read as a number by spreadsheets and
// cannot carry a formula, so it keeps its sign unescaped.
bool isPlainNumber(const QString &v)
{
    static const QRegularExpression re(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    return re.match(v).hasMatch();
}

} // namespace

QString csvField(const QString &value)
{
    QString v = value;
    if (!v.isEmpty() && !isPlainNumber(v)) {
        const QChar c = v.front();
        if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r')
            v.prepend(QLatin1Char('\''));
    }
    const bool quote = v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
                       || v.contains(QLatin1Char('\r'));
    if (!quote)
        return v;
    v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

QString csvNumber(std::optional<double> value, int decimals)
{
    if (!value || !std::isfinite(*value))
        return {};
    return QString::number(*value, 'f', decimals);
}

QByteArray teamTableCsv(const MonthReport &report, const QString &team, const MonthReport *previous)
{
    const std::vector<TeamTableRow> rows = rankedTeamRows(report, team, previous);
    const QStringList keys = agentMetricKeys();
    QStringList header{QStringLiteral("rank"),     QStringLiteral("agent_id"), QStringLiteral("name"),
                       QStringLiteral("team"),     QStringLiteral("overall"),  QStringLiteral("rating"),
                       QStringLiteral("coverage"), QStringLiteral("change")};
    for (const QString &k : keys)
        header << k + QStringLiteral("_value") << k + QStringLiteral("_score");
    QString out;
    auto line = [&](const QStringList &cells) {
        QStringList escaped;
        for (const QString &c : cells)
            escaped << c;
        out += escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    line(header);
    for (const TeamTableRow &row : rows) {
        const AgentScorecard &a = *row.card;
        QStringList cells{row.rank > 0 ? QString::number(row.rank) : QString(),
                          csvField(a.agent.id),
                          csvField(a.agent.name),
                          csvField(a.agent.team),
                          csvNumber(a.overall, 1),
                          ratingName(a.rating),
                          csvNumber(a.coverage, 2),
                          csvField(csvNumber(row.change, 1))};
        for (const QString &k : keys) {
            const MetricResult *m = a.metric(k);
            const std::optional<double> v = m ? m->value.value : std::nullopt;
            const int decimals = k == u"aht" ? 0 : (k == u"contacts_per_hour" ? 2 : 1);
            cells << csvField(csvNumber(v, decimals)) << csvField(csvNumber(m ? m->score : std::nullopt, 1));
        }
        line(cells);
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace sc
