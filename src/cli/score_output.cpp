#include "score_output.h"

#include <QJsonDocument>
#include <QLocale>
#include <algorithm>

namespace sc {

MonthReport filterReport(const MonthReport &report, const QString &team, const QString &agentId)
{
    MonthReport out;
    out.month = report.month;
    out.frozen = report.frozen;
    for (const AgentScorecard &card : report.agents) {
        if (!team.isEmpty() && card.agent.team != team)
            continue;
        if (!agentId.isEmpty() && card.agent.id != agentId)
            continue;
        out.agents.push_back(card);
    }
    QString teamFilter = team;
    if (teamFilter.isEmpty() && !agentId.isEmpty())
        teamFilter = out.agents.empty() ? QString() : out.agents.front().agent.team;
    const bool filterTeams = !team.isEmpty() || !agentId.isEmpty();
    for (const TeamScorecard &t : report.teams) {
        if (filterTeams && t.team != teamFilter)
            continue;
        out.teams.push_back(t);
    }
    return out;
}

QByteArray scoreJson(const MonthReport &report)
{
    return QJsonDocument(monthReportToJson(report)).toJson(QJsonDocument::Indented);
}

namespace {

QString fullNumber(const std::optional<double> &v)
{
    // Shortest representation that reads back to the same double.
    return v ? QString::number(*v, 'g', QLocale::FloatingPointShortest) : QString();
}

QString csvField(const QString &s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n') && !s.contains(u'\r'))
        return s;
    QString q = s;
    q.replace(u'"', QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

// Decimals shown per metric in the table: what a supervisor reads aloud.
int decimalsFor(const QString &key)
{
    if (key == QLatin1String("aht") || key == QLatin1String("nps"))
        return 0;
    return 1;
}

QString shortHeader(const QString &key)
{
    static const QList<std::pair<QString, QString>> names{
        {QStringLiteral("contacts_per_hour"), QStringLiteral("CPH")},
        {QStringLiteral("aht"), QStringLiteral("AHT")},
        {QStringLiteral("qa"), QStringLiteral("QA")},
        {QStringLiteral("csat"), QStringLiteral("CSAT%")},
        {QStringLiteral("fcr"), QStringLiteral("FCR%")},
        {QStringLiteral("nps"), QStringLiteral("NPS")},
        {QStringLiteral("adherence"), QStringLiteral("ADH%")},
        {QStringLiteral("occupancy"), QStringLiteral("OCC%")},
        {QStringLiteral("kcs"), QStringLiteral("KCS")},
        {QStringLiteral("service_level"), QStringLiteral("SL%")}};
    for (const auto &[k, v] : names)
        if (k == key)
            return v;
    return key;
}

QString cell(const MetricValue &m)
{
    if (!m.value)
        return QStringLiteral("-");
    const QString v = QString::number(*m.value, 'f', decimalsFor(m.key));
    return m.status == MetricStatus::Ok ? v : u'(' + v + u')';
}

// Renders rows as columns padded to the widest cell; the first `leftCols`
// columns are text (left-aligned), the rest numbers (right-aligned).
QString alignRows(const std::vector<QStringList> &rows, int leftCols)
{
    if (rows.empty())
        return {};
    std::vector<qsizetype> width(size_t(rows.front().size()), 0);
    for (const QStringList &r : rows)
        for (qsizetype i = 0; i < r.size() && size_t(i) < width.size(); ++i)
            width[size_t(i)] = std::max(width[size_t(i)], r[i].size());
    QString out;
    for (const QStringList &r : rows) {
        QString line;
        for (qsizetype i = 0; i < r.size(); ++i) {
            if (i > 0)
                line += QStringLiteral("  ");
            line += i < leftCols ? r[i].leftJustified(width[size_t(i)]) : r[i].rightJustified(width[size_t(i)]);
        }
        while (line.endsWith(u' '))
            line.chop(1);
        out += line + u'\n';
    }
    return out;
}

} // namespace

QString scoreCsv(const MonthReport &report)
{
    QString out = QStringLiteral("month,agent_id,name,team,overall,coverage,rating,metric,value,numerator,"
                                 "denominator,team_value,goal,floor,weight,score,status\n");
    const QString month = report.month.toString();
    for (const AgentScorecard &card : report.agents) {
        const QString head = month + u',' + csvField(card.agent.id) + u',' + csvField(card.agent.name) + u','
                             + csvField(card.agent.team) + u',' + fullNumber(card.overall) + u','
                             + fullNumber(card.coverage) + u',' + ratingName(card.rating);
        for (const MetricResult &m : card.metrics) {
            out += head + u',' + m.value.key + u',' + fullNumber(m.value.value) + u','
                   + fullNumber(m.value.numerator) + u',' + fullNumber(m.value.denominator) + u','
                   + fullNumber(m.teamValue) + u',' + fullNumber(m.rule.goal) + u',' + fullNumber(m.rule.floor)
                   + u',' + fullNumber(m.rule.weight) + u',' + fullNumber(m.score) + u','
                   + statusName(m.value.status) + u'\n';
        }
    }
    return out;
}

QString scoreTable(const MonthReport &report)
{
    QString out = QStringLiteral("Scorecard %1%2\n\n")
                      .arg(report.month.toString(), report.frozen ? QStringLiteral(" (finalized)") : QString());
    if (report.agents.empty() && report.teams.empty())
        return out + QStringLiteral("No data for this month.\n");

    std::vector<QStringList> rows;
    QStringList header{QStringLiteral("Agent"), QStringLiteral("Name"), QStringLiteral("Team"),
                       QStringLiteral("Rating"), QStringLiteral("Overall")};
    QStringList keys;
    for (const MetricDefinition &def : metricDefinitions())
        if (!def.teamOnly)
            keys << def.key;
    for (const QString &k : keys)
        header << shortHeader(k);
    rows.push_back(header);
    for (const AgentScorecard &card : report.agents) {
        QStringList r{card.agent.id, card.agent.name, card.agent.team, ratingName(card.rating),
                      card.overall ? QString::number(*card.overall, 'f', 1) : QStringLiteral("-")};
        for (const QString &k : keys) {
            const MetricResult *m = card.metric(k);
            r << (m ? cell(m->value) : QStringLiteral("-"));
        }
        rows.push_back(r);
    }
    out += alignRows(rows, 4);

    if (!report.teams.empty()) {
        std::vector<QStringList> teamRows;
        QStringList th{QStringLiteral("Team")};
        QStringList allKeys;
        for (const MetricDefinition &def : metricDefinitions())
            allKeys << def.key;
        for (const QString &k : allKeys)
            th << shortHeader(k);
        teamRows.push_back(th);
        for (const TeamScorecard &t : report.teams) {
            QStringList r{t.team};
            for (const QString &k : allKeys) {
                const MetricValue *m = t.metric(k);
                r << (m ? cell(*m) : QStringLiteral("-"));
            }
            teamRows.push_back(r);
        }
        out += u'\n' + alignRows(teamRows, 1);
    }
    out += QStringLiteral("\n(x) = too little data to score, - = no data\n");
    return out;
}

} // namespace sc
