#include "workflow/explain.h"

#include "core/scoring_source.h"
#include "storage/store.h"

namespace sc::workflow {

QString unknownMetricMessage(const QString &key)
{
    if (findMetric(key))
        return {};
    QStringList keys;
    for (const MetricDefinition &d : metricDefinitions())
        keys << d.key;
    return QStringLiteral("unknown metric '%1' (expected one of %2)").arg(key, keys.join(QStringLiteral(", ")));
}

ExplainResult explainMetric(const Store &store, Month month, const QString &agentId, const QString &key)
{
    ExplainResult out;
    const MetricDefinition *def = findMetric(key);
    if (!def) {
        out.status = ExplainStatus::UnknownMetric;
        out.message = unknownMetricMessage(key);
        return out;
    }
    // The numbers and the rows from one state of the data.
    const auto view = store.readSnapshot();
    const MonthReport report = scoreMonth(store, month);
    const AgentScorecard *card = report.agent(agentId);
    if (!card) {
        bool known = false;
        for (const Agent &a : store.agents())
            known = known || a.id == agentId;
        out.status = known ? ExplainStatus::NoRecord : ExplainStatus::UnknownAgent;
        out.message = known ? QStringLiteral("agent '%1' has no record in %2: there is no card to explain")
                                  .arg(agentId, month.toString())
                            : QStringLiteral("unknown agent '%1'").arg(agentId);
        return out;
    }
    Explanation &e = out.explanation;
    e.month = month;
    e.agent = card->agent;
    e.key = def->key;
    e.teamMetric = def->teamOnly;
    e.frozen = report.frozen;
    e.templateName = card->templateName;
    if (def->teamOnly) {
        e.result.value.key = def->key;
        if (const TeamScorecard *team = report.team(card->agent.team))
            if (const MetricValue *v = team->metric(def->key))
                e.result.value = *v;
    } else if (const MetricResult *m = card->metric(def->key)) {
        e.result = *m;
    }
    for (const MetricSource &source : metricSources(def->key)) {
        const QString owner = source.kind == ImportKind::ServiceLevel ? card->agent.team : card->agent.id;
        const SourceRows rows = store.sourceRows(source.kind, owner, month);
        for (const SourceRows::Row &row : rows.rows) {
            const StoredRow stored{source.kind, &rows.columns, &row.values};
            addExplainedRow(e, stored, row.import ? row.import->sourceFile : QString(),
                            row.import ? row.import->importedAt : QDateTime());
        }
    }
    // kcs divides by the agents with a record: 1 for the agent whose card this is.
    if (def->key == u"kcs" && e.result.value.denominator)
        e.recordDenominator = 1;
    checkRowsMatch(e);
    return out;
}

} // namespace sc::workflow
