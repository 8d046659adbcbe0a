#include "score_output.h"

#include "core/csv.h"

#include <QJsonDocument>
#include <QLocale>
#include <algorithm>
#include <charconv>
#include <cmath>

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

namespace {

// Streams the JSON of monthReportToJson without building a QJsonObject tree
// first: for 800 agents that tree costs more than the SQL sums. Keys are
// written in the order QJsonDocument writes them (sorted), numbers in the
// shortest form that reads back to the same double. test_cli checks that
// this text parses to exactly monthReportToJson(report).
class JsonWriter {
public:
    explicit JsonWriter(QByteArray &out) : m_out(out) {}

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    void key(const char *name)
    {
        separate();
        m_out += '"';
        m_out += name;
        m_out += "\": ";
    }
    void key(const QString &name)
    {
        separate();
        string(name);
        m_out += ": ";
    }
    void element() { separate(); }
    void value(const QString &s)
    {
        string(s);
        done();
    }
    void value(bool b)
    {
        m_out += b ? "true" : "false";
        done();
    }
    void value(double d)
    {
        number(d);
        done();
    }
    void value(const std::optional<Interval> &i)
    {
        if (!i) {
            m_out += "null";
            done();
            return;
        }
        beginArray();
        element();
        value(i->lo);
        element();
        value(i->hi);
        endArray();
    }
    void value(const std::optional<double> &d)
    {
        if (d)
            number(*d);
        else
            m_out += "null";
        done();
    }

private:
    void open(char c)
    {
        m_out += c;
        ++m_depth;
        m_first = true;
    }
    void close(char c)
    {
        --m_depth;
        newline();
        m_out += c;
        done();
    }
    void done() { m_first = false; }
    void separate()
    {
        if (!m_first)
            m_out += ',';
        newline();
    }
    void newline()
    {
        m_out += '\n';
        m_out.append(qsizetype(m_depth) * 4, ' ');
    }
    void number(double d)
    {
        if (!std::isfinite(d)) {
            m_out += "null";
            return;
        }
        char buf[32];
        // Integral values print as integers (as QJsonDocument does); others in
        // the shortest form that reads back to the same double.
        const auto res = d == std::floor(d) && std::abs(d) < 9007199254740992.0
                             ? std::to_chars(buf, buf + sizeof buf, static_cast<long long>(d))
                             : std::to_chars(buf, buf + sizeof buf, d);
        m_out.append(buf, res.ptr - buf);
    }
    void string(const QString &s)
    {
        m_out += '"';
        // Plain ASCII (ids, keys, statuses, most names) needs no conversion.
        bool ascii = true;
        for (const QChar c : s) {
            const char16_t u = c.unicode();
            if (u >= 0x80 || u < 0x20 || u == u'"' || u == u'\\') {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            for (const QChar c : s)
                m_out += char(c.unicode());
            m_out += '"';
            return;
        }
        const QByteArray utf8 = s.toUtf8();
        for (const char ch : utf8) {
            const auto c = static_cast<unsigned char>(ch);
            switch (c) {
            case '"': m_out += "\\\""; break;
            case '\\': m_out += "\\\\"; break;
            case '\n': m_out += "\\n"; break;
            case '\r': m_out += "\\r"; break;
            case '\t': m_out += "\\t"; break;
            case '\b': m_out += "\\b"; break;
            case '\f': m_out += "\\f"; break;
            default:
                if (c < 0x20) {
                    static const char hex[] = "0123456789abcdef";
                    m_out += "\\u00";
                    m_out += hex[c >> 4];
                    m_out += hex[c & 15];
                } else {
                    m_out += ch;
                }
            }
        }
        m_out += '"';
    }

    QByteArray &m_out;
    int m_depth = 0;
    bool m_first = true;
};

} // namespace

QByteArray scoreJson(const MonthReport &report)
{
    QByteArray out;
    out.reserve(qsizetype(report.agents.size()) * 5000 + 4096);
    JsonWriter w(out);
    w.beginObject();
    w.key("agents");
    w.beginArray();
    for (const AgentScorecard &card : report.agents) {
        w.element();
        w.beginObject();
        w.key("agent_id");
        w.value(card.agent.id);
        w.key("coverage");
        w.value(card.coverage);
        w.key("metrics");
        w.beginArray();
        for (const MetricResult &m : card.metrics) {
            const bool band = m.rule.low || m.rule.high || m.rule.tolerance;
            w.element();
            w.beginObject();
            w.key("cap");
            w.value(m.rule.cap);
            w.key("denominator");
            w.value(m.value.denominator);
            w.key("floor");
            w.value(m.rule.floor);
            w.key("goal");
            w.value(m.rule.goal);
            if (band) {
                w.key("high");
                w.value(m.rule.high);
            }
            w.key("interval");
            w.value(m.value.interval);
            w.key("key");
            w.value(m.value.key);
            if (band) {
                w.key("low");
                w.value(m.rule.low);
            }
            w.key("numerator");
            w.value(m.value.numerator);
            w.key("score");
            w.value(m.score);
            w.key("score_interval");
            w.value(m.scoreInterval);
            w.key("status");
            w.value(statusName(m.value.status));
            w.key("team_value");
            w.value(m.teamValue);
            if (band) {
                w.key("tolerance");
                w.value(m.rule.tolerance);
            }
            w.key("value");
            w.value(m.value.value);
            w.key("weight");
            w.value(m.rule.weight);
            w.key("within_noise");
            w.value(m.value.withinNoise);
            w.endObject();
        }
        w.endArray();
        w.key("name");
        w.value(card.agent.name);
        w.key("needs_attention");
        w.value(card.needsAttention);
        w.key("overall");
        w.value(card.overall);
        w.key("overall_interval");
        w.value(card.overallInterval);
        w.key("perspectives");
        w.beginObject();
        std::vector<std::pair<QString, std::optional<double>>> perspectives;
        for (const PerspectiveScore &p : card.perspectives)
            perspectives.emplace_back(perspectiveName(p.perspective).toLower(), p.score);
        std::sort(perspectives.begin(), perspectives.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &[name, score] : perspectives) {
            w.key(name);
            w.value(score);
        }
        w.endObject();
        w.key("rating");
        w.value(ratingName(card.rating));
        w.key("rating_certain");
        w.value(card.ratingCertain);
        w.key("team");
        w.value(card.agent.team);
        w.key("template");
        w.value(card.templateName);
        w.endObject();
    }
    w.endArray();
    w.key("finalized");
    w.value(report.frozen);
    w.key("month");
    w.value(report.month.toString());
    w.key("teams");
    w.beginArray();
    for (const TeamScorecard &team : report.teams) {
        w.element();
        w.beginObject();
        w.key("metrics");
        w.beginArray();
        for (const MetricValue &m : team.metrics) {
            w.element();
            w.beginObject();
            w.key("denominator");
            w.value(m.denominator);
            w.key("interval");
            w.value(m.interval);
            w.key("key");
            w.value(m.key);
            w.key("numerator");
            w.value(m.numerator);
            w.key("status");
            w.value(statusName(m.status));
            w.key("value");
            w.value(m.value);
            w.key("within_noise");
            w.value(m.withinNoise);
            w.endObject();
        }
        w.endArray();
        w.key("team");
        w.value(team.team);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    out += '\n';
    return out;
}

namespace {

QString fullNumber(const std::optional<double> &v)
{
    // Shortest representation that reads back to the same double.
    return v ? QString::number(*v, 'g', QLocale::FloatingPointShortest) : QString();
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
    static const QList<std::pair<QString, QString>> names{{QStringLiteral("contacts_per_hour"), QStringLiteral("CPH")},
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
        const QString head = month + u',' + csvText(card.agent.id) + u',' + csvText(card.agent.name) + u','
                             + csvText(card.agent.team) + u',' + fullNumber(card.overall) + u','
                             + fullNumber(card.coverage) + u',' + ratingName(card.rating);
        for (const MetricResult &m : card.metrics) {
            out += head + u',' + m.value.key + u',' + fullNumber(m.value.value) + u',' + fullNumber(m.value.numerator)
                   + u',' + fullNumber(m.value.denominator) + u',' + fullNumber(m.teamValue) + u','
                   + fullNumber(m.rule.goal) + u',' + fullNumber(m.rule.floor) + u',' + fullNumber(m.rule.weight) + u','
                   + fullNumber(m.score) + u',' + statusName(m.value.status) + u'\n';
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
