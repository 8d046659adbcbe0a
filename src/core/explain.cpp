#include "explain.h"

#include "scorecard_template.h"

#include "csv.h"

#include <QJsonArray>
#include <QLocale>
#include <QTextStream>
#include <algorithm>
#include <cmath>

namespace sc {

QVariant StoredRow::value(const QString &column) const
{
    if (!columns || !values)
        return {};
    const qsizetype i = columns->indexOf(column);
    return i >= 0 && i < values->size() ? values->at(i) : QVariant();
}

namespace {

bool present(const QVariant &v) { return v.isValid() && !v.isNull(); }

} // namespace

ActivitySums rowSums(const StoredRow &row)
{
    ActivitySums s;
    auto num = [&](const char *column) { return row.value(QString::fromLatin1(column)).toDouble(); };
    auto has = [&](const char *column) { return present(row.value(QString::fromLatin1(column))); };
    auto count = [&](const char *column) { return row.value(QString::fromLatin1(column)).toLongLong(); };
    switch (row.kind) {
    case ImportKind::Agents: break;
    case ImportKind::Time:
        s.timeRows = 1;
        s.workedMinutes = num("worked_minutes");
        if (has("adherent_minutes")) {
            s.adherenceRows = 1;
            s.adherentMinutes = num("adherent_minutes");
            s.adherenceScheduledMinutes = num("scheduled_minutes");
        }
        if (has("occupied_minutes")) {
            s.occupancyRows = 1;
            s.occupiedMinutes = num("occupied_minutes");
            s.occupancyScheduledMinutes = num("scheduled_minutes");
        }
        break;
    case ImportKind::Contacts:
        s.contactRows = 1;
        s.contacts = count("contacts");
        if (has("handle_seconds")) {
            s.handleRows = 1;
            s.handleSeconds = num("handle_seconds");
            s.handleContacts = count("handle_contacts");
        }
        if (has("fcr")) {
            s.fcrRows = 1;
            s.fcrResolved = count("fcr");
            s.fcrContacts = count("fcr_contacts");
        }
        break;
    case ImportKind::Qa: {
        const double score = num("score");
        s.qaEvaluations = 1;
        s.qaScoreSum = score;
        s.qaScoreSquares = score * score;
        break;
    }
    case ImportKind::Survey:
        s.surveyRows = 1;
        if (has("csat")) {
            s.csatResponses = 1;
            s.csatPositive = count("csat") >= 4 ? 1 : 0;
        }
        if (has("nps")) {
            const qint64 nps = count("nps");
            s.npsResponses = 1;
            s.npsPromoters = nps >= 9 ? 1 : 0;
            s.npsDetractors = nps <= 6 ? 1 : 0;
        }
        break;
    case ImportKind::Kcs: {
        const QString type = row.value(QStringLiteral("type")).toString();
        s.kcsLinks = type == u"link" ? 1 : 0;
        s.kcsEdits = type == u"edit" ? 1 : 0;
        s.kcsDrafts = type == u"draft" ? 1 : 0;
        break;
    }
    case ImportKind::ServiceLevel:
        s.serviceLevelRows = 1;
        s.offered = count("offered");
        s.answeredInSl = count("answered_in_sl");
        s.answered = count("answered");
        if (has("answer_seconds")) {
            s.asaRows = 1;
            s.answerSeconds = num("answer_seconds");
        }
        s.asaAnswered = count("asa_answered");
        break;
    }
    return s;
}

const std::vector<MetricSource> &metricSources(QStringView key)
{
    using K = ImportKind;
    auto f = [](std::initializer_list<const char *> names) {
        QStringList out;
        for (const char *n : names)
            out << QLatin1String(n);
        return out;
    };
    static const std::vector<std::pair<QString, std::vector<MetricSource>>> table{
        {QStringLiteral("contacts_per_hour"), {{K::Contacts, f({"contacts"})}, {K::Time, f({"worked_minutes"})}}},
        {QStringLiteral("aht"), {{K::Contacts, f({"handle_seconds", "handle_contacts"})}}},
        {QStringLiteral("qa"), {{K::Qa, f({"score"})}}},
        {QStringLiteral("csat"), {{K::Survey, f({"csat"})}}},
        {QStringLiteral("fcr"), {{K::Contacts, f({"fcr", "fcr_contacts"})}}},
        {QStringLiteral("nps"), {{K::Survey, f({"nps"})}}},
        {QStringLiteral("adherence"), {{K::Time, f({"adherent_minutes", "scheduled_minutes"})}}},
        {QStringLiteral("occupancy"), {{K::Time, f({"occupied_minutes", "scheduled_minutes"})}}},
        {QStringLiteral("kcs"), {{K::Kcs, f({"type"})}}},
        {QStringLiteral("service_level"), {{K::ServiceLevel, f({"offered", "answered_in_sl"})}}},
        {QStringLiteral("asa"), {{K::ServiceLevel, f({"answer_seconds", "asa_answered"})}}},
    };
    static const std::vector<MetricSource> none;
    for (const auto &[k, sources] : table)
        if (k == key)
            return sources;
    return none;
}

namespace {

// The stored key of a row without its date.
QStringList keyColumns(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Agents: return {QStringLiteral("agent_id")};
    case ImportKind::Time: return {QStringLiteral("agent_id")};
    case ImportKind::Contacts: return {QStringLiteral("agent_id"), QStringLiteral("channel")};
    case ImportKind::Qa: return {QStringLiteral("evaluation_id")};
    case ImportKind::Survey: return {QStringLiteral("response_id")};
    case ImportKind::Kcs: return {QStringLiteral("event_id")};
    case ImportKind::ServiceLevel: return {QStringLiteral("team")};
    }
    return {};
}

} // namespace

void addExplainedRow(Explanation &e, const StoredRow &row, const QString &sourceFile, const QDateTime &importedAt)
{
    const MetricSource *source = nullptr;
    for (const MetricSource &s : metricSources(e.key))
        if (s.kind == row.kind)
            source = &s;
    if (!source)
        return;
    const ActivitySums sums = rowSums(row);
    const MetricRatio part = metricRatio(e.key, sums, sums);
    if (part.rows <= 0 && part.numerator == 0 && part.denominator == 0)
        return;
    ExplainedRow out;
    out.kind = row.kind;
    QStringList key;
    for (const QString &c : keyColumns(row.kind))
        key << row.value(c).toString();
    out.key = key.join(u'/');
    out.date = QDate::fromString(row.value(QStringLiteral("date")).toString(), Qt::ISODate);
    for (const QString &field : source->fields)
        out.fields.emplace_back(field, row.value(field));
    out.numerator = part.numerator;
    out.denominator = part.denominator;
    out.sourceFile = sourceFile;
    out.importedAt = importedAt;
    e.rows.push_back(std::move(out));
}

double Explanation::rowsNumerator() const
{
    double sum = 0;
    for (const ExplainedRow &r : rows)
        sum += r.numerator;
    return sum;
}

double Explanation::rowsDenominator() const
{
    double sum = recordDenominator;
    for (const ExplainedRow &r : rows)
        sum += r.denominator;
    return sum;
}

void checkRowsMatch(Explanation &e)
{
    const MetricValue &v = e.result.value;
    if (!v.numerator || !v.denominator) {
        // No value: no row may feed the denominator.
        double den = 0;
        for (const ExplainedRow &r : e.rows)
            den += r.denominator;
        e.rowsMatch = den == 0;
        return;
    }
    // Exact for whole numbers (every count, and minutes and seconds as
    // exported); SQLite may add fractions in another order, so allow the
    // last bits.
    auto same = [](double a, double b) {
        return a == b || std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
    };
    e.rowsMatch = same(e.rowsNumerator(), *v.numerator) && same(e.rowsDenominator(), *v.denominator);
}

QString exactNumber(double v)
{
    if (!std::isfinite(v))
        return QStringLiteral("–");
    if (v == 0)
        return QStringLiteral("0"); // never "-0"
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

namespace {

QString opt(std::optional<double> v) { return v ? exactNumber(*v) : QStringLiteral("–"); }

// The symbolic numerator and denominator (SPEC section 3's table).
std::pair<QString, QString> ratioWords(QStringView key)
{
    if (key == u"contacts_per_hour")
        return {QStringLiteral("contacts"), QStringLiteral("worked_minutes")};
    if (key == u"aht")
        return {QStringLiteral("handle_seconds"), QStringLiteral("handle_contacts")};
    if (key == u"qa")
        return {QStringLiteral("Σ score"), QStringLiteral("evaluations")};
    if (key == u"csat")
        return {QStringLiteral("responses with csat ≥ 4"), QStringLiteral("responses with csat")};
    if (key == u"fcr")
        return {QStringLiteral("fcr"), QStringLiteral("fcr_contacts")};
    if (key == u"nps")
        return {QStringLiteral("(promoters 9–10 − detractors 0–6)"), QStringLiteral("responses with nps")};
    if (key == u"adherence")
        return {QStringLiteral("adherent_minutes"), QStringLiteral("scheduled_minutes")};
    if (key == u"occupancy")
        return {QStringLiteral("occupied_minutes"), QStringLiteral("scheduled_minutes")};
    if (key == u"kcs")
        return {QStringLiteral("(1·links + 2·edits + 3·drafts)"), QStringLiteral("agents with a record")};
    if (key == u"service_level")
        return {QStringLiteral("answered_in_sl"), QStringLiteral("offered")};
    if (key == u"asa")
        return {QStringLiteral("answer_seconds"), QStringLiteral("asa_answered")};
    return {};
}

QString intervalText(const Interval &i) { return QStringLiteral("[%1, %2]").arg(exactNumber(i.lo), exactNumber(i.hi)); }

QString intervalMethod(QStringView key, double n)
{
    if (key == u"csat" || key == u"fcr")
        return QStringLiteral("Wilson score interval, z = 1.6448536269514722, n = %1").arg(exactNumber(n));
    if (key == u"qa")
        return QStringLiteral("mean ± t(0.95, %1) · s/√%2, clipped to [0, 100]")
            .arg(exactNumber(n - 1), exactNumber(n));
    if (key == u"nps")
        return QStringLiteral("nps ± z · 100 · √((p + d − (p − d)²)/n), n = %1, clipped to [−100, 100]")
            .arg(exactNumber(n));
    return {};
}

} // namespace

QString templateRowText(const MetricRule &rule)
{
    QStringList parts;
    parts << QStringLiteral("weight %1").arg(exactNumber(rule.weight));
    if (rule.low || rule.high || rule.tolerance) {
        parts << QStringLiteral("low %1").arg(opt(rule.low)) << QStringLiteral("high %1").arg(opt(rule.high))
              << QStringLiteral("tolerance %1").arg(opt(rule.tolerance));
    } else {
        parts << QStringLiteral("floor %1").arg(opt(rule.floor)) << QStringLiteral("goal %1").arg(opt(rule.goal))
              << QStringLiteral("cap %1").arg(exactNumber(rule.cap));
    }
    return parts.join(QStringLiteral(", "));
}

QStringList explanationFormulas(const Explanation &e)
{
    QStringList lines;
    const MetricDefinition *def = findMetric(e.key);
    if (!def)
        return lines;
    const MetricValue &v = e.result.value;
    const auto [numWords, denWords] = ratioWords(e.key);
    const QString scale = def->scale == 1 ? QString() : exactNumber(def->scale) + QStringLiteral(" × ");
    lines << QStringLiteral("value = %1%2 / %3").arg(scale, numWords, denWords);
    if (v.status == MetricStatus::NoData || !v.numerator || !v.denominator) {
        lines << (e.key == u"kcs" && e.rows.empty()
                      ? QStringLiteral("no data: the team has no knowledge-base rows this month, so no value (never 0)")
                      : QStringLiteral("no data: no rows feed the denominator this month, so no value"));
        return lines;
    }
    lines << QStringLiteral("      = %1%2 / %3 = %4")
                 .arg(scale, exactNumber(*v.numerator), exactNumber(*v.denominator), opt(v.value));
    if (v.status == MetricStatus::InsufficientData) {
        lines << QStringLiteral("insufficient data: denominator %1 < min sample %2 (%3), so no score")
                     .arg(exactNumber(*v.denominator), exactNumber(def->minSample), def->sampleUnit);
    }
    if (v.interval) {
        lines << QStringLiteral("90% interval = %1 (%2)")
                     .arg(intervalText(*v.interval), intervalMethod(e.key, *v.denominator));
    } else if (isSampledMetric(e.key)) {
        lines << QStringLiteral("90% interval: none (fewer than 2 evaluations)");
    } else {
        lines << QStringLiteral("90% interval: none (a census metric: every record counted, not a sample)");
    }
    if (e.teamMetric) {
        lines << QStringLiteral("team value, shown for context; not scored");
        return lines;
    }
    const MetricRule &rule = e.result.rule;
    if (v.status == MetricStatus::Ok && v.value) {
        const double x = *v.value;
        if (def->direction == Direction::Band && rule.low && rule.high && rule.tolerance) {
            if (x >= *rule.low && x <= *rule.high)
                lines << QStringLiteral("score = 100 (value %1 inside the band [%2, %3])")
                             .arg(exactNumber(x), exactNumber(*rule.low), exactNumber(*rule.high));
            else
                lines << QStringLiteral("score = clamp(100 × (1 − distance / tolerance), 0, 100) = clamp(100 × (1 − %1 "
                                        "/ %2), 0, 100) = %3")
                             .arg(exactNumber(x < *rule.low ? *rule.low - x : x - *rule.high),
                                  exactNumber(*rule.tolerance), opt(e.result.score));
        } else if (rule.floor && rule.goal) {
            lines << QStringLiteral("score = clamp(100 × (value − floor) / (goal − floor), 0, cap)");
            lines << QStringLiteral("      = clamp(100 × (%1 − %2) / (%3 − %2), 0, %4) = %5")
                         .arg(exactNumber(x), exactNumber(*rule.floor), exactNumber(*rule.goal), exactNumber(rule.cap),
                              opt(e.result.score));
        }
        if (e.result.scoreInterval)
            lines << QStringLiteral("score interval = %1 (the score at each end of the 90% interval)")
                         .arg(intervalText(*e.result.scoreInterval));
        if (def->direction != Direction::Band && v.interval && rule.goal)
            lines << (v.withinNoise ? QStringLiteral("within noise: the goal %1 lies inside the 90% interval")
                                          .arg(exactNumber(*rule.goal))
                                    : QStringLiteral("not within noise: the goal %1 lies outside the 90% interval")
                                          .arg(exactNumber(*rule.goal)));
    }
    if (rule.weight <= 0)
        lines << QStringLiteral("weight 0: shown for context, not scored into overall");
    return lines;
}

namespace {

QString fieldText(const QVariant &v)
{
    if (!present(v))
        return QStringLiteral("null");
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (ok && v.typeId() != QMetaType::QString)
        return exactNumber(d);
    return v.toString();
}

QJsonValue fieldJson(const QVariant &v)
{
    if (!present(v))
        return QJsonValue::Null;
    if (v.typeId() == QMetaType::QString)
        return v.toString();
    bool ok = false;
    const double d = v.toDouble(&ok);
    return ok ? QJsonValue(d) : QJsonValue(v.toString());
}

QString timestamp(const QDateTime &t) { return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString(); }

QJsonValue optJson(std::optional<double> v) { return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null); }

QJsonValue intervalJson(const std::optional<Interval> &i)
{
    return i ? QJsonValue(QJsonArray{i->lo, i->hi}) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString explanationText(const Explanation &e)
{
    const MetricDefinition *def = findMetric(e.key);
    QString out;
    QTextStream s(&out);
    s << (def ? def->name : e.key) << " (" << e.key << ") for " << e.agent.id;
    if (!e.agent.name.isEmpty())
        s << " " << e.agent.name;
    if (!e.agent.team.isEmpty())
        s << ", team " << e.agent.team;
    s << ", " << e.month.toString() << '\n';
    if (e.frozen)
        s << "Finalized month: the numbers are its snapshot.\n";
    if (e.teamMetric)
        s << "Template: none (a team value, not scored)\n";
    else
        s << "Template: " << (e.templateName.isEmpty() ? QStringLiteral("Default") : e.templateName) << ": "
          << templateRowText(e.result.rule) << '\n';
    for (const QString &line : explanationFormulas(e))
        s << line << '\n';
    s << "status " << statusName(e.result.value.status) << ", numerator " << opt(e.result.value.numerator)
      << ", denominator " << opt(e.result.value.denominator) << '\n';
    if (e.recordDenominator != 0)
        s << "The denominator is the number of agents with a record this month: " << exactNumber(e.recordDenominator)
          << ".\n";
    if (!e.rowsMatch)
        s << "Note: the stored rows no longer add up to these numbers (rows changed after the month was "
             "finalized).\n";
    s << '\n' << e.rows.size() << (e.rows.size() == 1 ? " contributing row" : " contributing rows");
    s << " (Σ numerator " << exactNumber(e.rowsNumerator()) << ", Σ denominator "
      << exactNumber(e.rowsDenominator() - e.recordDenominator) << "):\n";
    for (const ExplainedRow &r : e.rows) {
        QStringList fields;
        for (const auto &[name, value] : r.fields)
            fields << name + u'=' + fieldText(value);
        s << kindName(r.kind) << "  " << r.key << "  " << r.date.toString(Qt::ISODate) << "  " << fields.join(u' ')
          << "  -> numerator " << exactNumber(r.numerator) << ", denominator " << exactNumber(r.denominator)
          << "  from " << (r.sourceFile.isEmpty() ? QStringLiteral("(unknown file)") : r.sourceFile) << " at "
          << (r.importedAt.isValid() ? timestamp(r.importedAt) : QStringLiteral("(unknown time)")) << '\n';
    }
    s.flush();
    return out;
}

QJsonObject explanationJson(const Explanation &e)
{
    QJsonObject o;
    o.insert(QStringLiteral("month"), e.month.toString());
    o.insert(QStringLiteral("agent_id"), e.agent.id);
    o.insert(QStringLiteral("name"), e.agent.name);
    o.insert(QStringLiteral("team"), e.agent.team);
    o.insert(QStringLiteral("metric"), e.key);
    o.insert(QStringLiteral("team_metric"), e.teamMetric);
    o.insert(QStringLiteral("frozen"), e.frozen);
    if (e.teamMetric) {
        o.insert(QStringLiteral("template"), QJsonValue::Null);
    } else {
        const MetricRule &r = e.result.rule;
        QJsonObject t = metricRuleToJson(r);
        t.insert(QStringLiteral("name"), e.templateName.isEmpty() ? QStringLiteral("Default") : e.templateName);
        o.insert(QStringLiteral("template"), t);
    }
    o.insert(QStringLiteral("formula"), QJsonArray::fromStringList(explanationFormulas(e)));
    const MetricValue &v = e.result.value;
    o.insert(QStringLiteral("value"), optJson(v.value));
    o.insert(QStringLiteral("numerator"), optJson(v.numerator));
    o.insert(QStringLiteral("denominator"), optJson(v.denominator));
    o.insert(QStringLiteral("status"), statusName(v.status));
    o.insert(QStringLiteral("interval"), intervalJson(v.interval));
    o.insert(QStringLiteral("within_noise"), v.withinNoise);
    if (!e.teamMetric) {
        o.insert(QStringLiteral("score"), optJson(e.result.score));
        o.insert(QStringLiteral("score_interval"), intervalJson(e.result.scoreInterval));
    }
    o.insert(QStringLiteral("record_denominator"), e.recordDenominator);
    o.insert(QStringLiteral("rows_match"), e.rowsMatch);
    QJsonArray rows;
    for (const ExplainedRow &r : e.rows) {
        QJsonObject row;
        row.insert(QStringLiteral("kind"), kindName(r.kind));
        row.insert(QStringLiteral("key"), r.key);
        row.insert(QStringLiteral("date"), r.date.toString(Qt::ISODate));
        QJsonObject fields;
        for (const auto &[name, value] : r.fields)
            fields.insert(name, fieldJson(value));
        row.insert(QStringLiteral("fields"), fields);
        row.insert(QStringLiteral("numerator"), r.numerator);
        row.insert(QStringLiteral("denominator"), r.denominator);
        row.insert(QStringLiteral("source_file"),
                   r.sourceFile.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.sourceFile));
        row.insert(QStringLiteral("imported_at"),
                   r.importedAt.isValid() ? QJsonValue(timestamp(r.importedAt)) : QJsonValue(QJsonValue::Null));
        rows.append(row);
    }
    o.insert(QStringLiteral("rows"), rows);
    return o;
}

QString explanationCsv(const Explanation &e)
{
    // The metric's fields over all its kinds, in metricSources order.
    QStringList fieldColumns;
    for (const MetricSource &s : metricSources(e.key))
        for (const QString &f : s.fields)
            if (!fieldColumns.contains(f))
                fieldColumns << f;
    QStringList header{QStringLiteral("kind"), QStringLiteral("key"), QStringLiteral("date")};
    header << fieldColumns;
    header << QStringLiteral("numerator") << QStringLiteral("denominator") << QStringLiteral("source_file")
           << QStringLiteral("imported_at");
    QString out = header.join(u',') + u'\n';
    for (const ExplainedRow &r : e.rows) {
        QStringList cells{csvText(kindName(r.kind)), csvText(r.key), csvText(r.date.toString(Qt::ISODate))};
        for (const QString &column : std::as_const(fieldColumns)) {
            QVariant v;
            bool found = false;
            for (const auto &[name, value] : r.fields)
                if (name == column) {
                    v = value;
                    found = true;
                }
            if (!found || !present(v)) {
                cells << QString();
            } else if (v.typeId() == QMetaType::QString) {
                cells << csvText(v.toString());
            } else {
                bool ok = false;
                const double d = v.toDouble(&ok);
                cells << (ok ? csvNumber(d) : csvText(v.toString()));
            }
        }
        cells << csvNumber(r.numerator) << csvNumber(r.denominator) << csvText(r.sourceFile)
              << csvText(timestamp(r.importedAt));
        out += cells.join(u',') + u'\n';
    }
    return out;
}

} // namespace sc
