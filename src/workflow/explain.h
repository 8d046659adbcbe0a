#pragma once
// SPEC section 7 for the command line and the app: the card's numbers and
// the stored rows that made them, read in one read snapshot, so the rows
// and the numbers always describe the same state of the data.
#include "core/explain.h"

#include <QString>

namespace sc {
class Store;
}

namespace sc::workflow {

enum class ExplainStatus {
    Ok,
    UnknownMetric, // not a metric of SPEC section 3
    UnknownAgent,  // no such agent_id
    NoRecord,      // the agent has no record (no card) in the month
};

struct ExplainResult {
    ExplainStatus status = ExplainStatus::Ok;
    QString message; // one line for a status other than Ok
    Explanation explanation;
};

// "unknown metric 'x' (expected one of ...)" for a key that is not a metric; empty otherwise.
QString unknownMetricMessage(const QString &key);

// Explains metric `key` of the agent's card in `month`: the numbers as the
// card shows them (a finalized month's snapshot), the template row, and every
// stored row that feeds the metric with its part, file and import time.
// service_level and asa explain the agent's team value. Throws StoreError.
ExplainResult explainMetric(const Store &store, Month month, const QString &agentId, const QString &key);

} // namespace sc::workflow
