#pragma once
// SPEC section 7: how a number on the card was made. The rules live here
// once, for the command line (`scorecard explain`) and the app's panel:
// which stored rows feed a metric, what each row adds to the numerator and
// the denominator, and the formulas with the numbers put in. Reading the
// rows is the storage layer's job (Store::sourceRows); gathering them with
// the card's numbers in one read snapshot is workflow/explain.h.
#include "domain.h"
#include "scoring.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>
#include <vector>

namespace sc {

// One stored row as the storage layer gives it: the table's columns and the
// row's values (null for an empty optional column).
struct StoredRow {
    ImportKind kind = ImportKind::Time;
    const QStringList *columns = nullptr;
    const QVariantList *values = nullptr;
    QVariant value(const QString &column) const;
};

// What one stored row adds to the sums of SPEC section 3, with the same
// rules as the store's SQL aggregates (csat >= 4 is positive, nps 9-10
// promoter and 0-6 detractor, adherence and occupancy only from rows that
// carry their minutes, ...). agentsWithRecord is left 0: it is per agent,
// not per row. Adding every row's sums of an agent's month, plus
// agentsWithRecord = 1, gives the agent's ActivitySums.
ActivitySums rowSums(const StoredRow &row);

// The import kinds whose rows feed a metric (contacts_per_hour: contacts
// and time), and the columns of each that the metric reads.
struct MetricSource {
    ImportKind kind;
    QStringList fields;
};
const std::vector<MetricSource> &metricSources(QStringView key);

// One contributing row of an explanation.
struct ExplainedRow {
    ImportKind kind = ImportKind::Time;
    QString
        key; // the row's stored key without the date (time: the agent, contacts: agent/channel, qa: evaluation id, ...)
    QDate date;
    std::vector<std::pair<QString, QVariant>> fields; // the columns the metric reads, as stored
    double numerator = 0;                             // this row's part of the numerator
    double denominator = 0;                           // and of the denominator
    QString sourceFile;                               // empty when imported before provenance was kept
    QDateTime importedAt;                             // UTC; invalid when unknown
};

struct Explanation {
    Month month;
    Agent agent;
    QString key;
    bool teamMetric = false; // service_level, asa: the agent's team value
    bool frozen = false;     // a finalized month: the numbers are its snapshot
    QString templateName;
    MetricResult result; // the numbers as on the card (a team metric: value only, no rule)
    std::vector<ExplainedRow> rows;
    // The denominator that no row carries: kcs divides by the agents with a
    // record (1 for an agent). Zero for every other metric.
    double recordDenominator = 0;
    // Σ rows (+ recordDenominator) equals the card's numerator and
    // denominator. False only for a finalized month whose rows changed since.
    bool rowsMatch = true;

    double rowsNumerator() const;
    double rowsDenominator() const;
};

// Appends the row when it feeds the metric (its part is not all zero, or it
// is counted as a row of the metric: a csat of 1 adds 0 of 1).
void addExplainedRow(Explanation &e, const StoredRow &row, const QString &sourceFile, const QDateTime &importedAt);
// Sets rowsMatch from the rows and the card's numbers (absent numbers match no rows).
void checkRowsMatch(Explanation &e);

// The formulas with the numbers put in, one line each: the value
// ("value = 100 × 16 / 18 = 88.888…"), the score, the interval, whether
// within noise. Full precision (shortest text that reads back the same).
QStringList explanationFormulas(const Explanation &e);
// The template row: "weight 15, floor 70, goal 90, cap 120" (band: low, high, tolerance).
QString templateRowText(const MetricRule &rule);

// The three shapes of `scorecard explain` (SPEC section 7).
QString explanationText(const Explanation &e);
QJsonObject explanationJson(const Explanation &e);
// Just the rows: kind, key, date, the metric's fields, numerator,
// denominator, source_file, imported_at. Cells through core/csv.h.
QString explanationCsv(const Explanation &e);

// Shortest text that reads back to the same double ("16", "88.88888888888889").
QString exactNumber(double v);

} // namespace sc
