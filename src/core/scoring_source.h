#pragma once
// What the scorer reads. The storage layer implements it with SQL; tests
// implement it in memory. Keeps the engine free of any database.
#include "activity_sums.h"
#include "domain.h"
#include "month.h"
#include "scorecard_template.h"
#include "scoring.h"

#include <QByteArray>
#include <memory>
#include <optional>
#include <vector>

namespace sc {

// Held while a month is read: every read through the source until it goes
// sees one state of the data (a read transaction), whatever others write.
class ReadSnapshot {
public:
    virtual ~ReadSnapshot() = default;
};

class ScoringSource {
public:
    virtual ~ScoringSource() = default;
    // Opens a consistent view for the reads that follow until the returned
    // object goes (nested calls share the outer one). Null when the source
    // is consistent by itself (in memory).
    virtual std::unique_ptr<ReadSnapshot> readSnapshot() const { return nullptr; }
    virtual std::vector<Agent> agents() const = 0;
    // Sums per agent_id for agents with any record in the month.
    virtual SumsByKey agentSums(Month month) const = 0;
    // Service-level sums per team (only the serviceLevel* and offered fields set).
    virtual SumsByKey serviceLevelSums(Month month) const = 0;
    // A source that sees only part of a team (an agent signed in on the
    // server sees their own rows) gives the teams' pooled sums it may see,
    // service level included; a team not in them shows no team values.
    // Nullopt: the teams are pooled from agentSums (it sees whole teams).
    virtual std::optional<SumsByKey> pooledTeamSums(Month) const { return std::nullopt; }
    virtual std::vector<ScorecardTemplate> templates() const = 0;
    // The JSON snapshot of a finalized month, if it is finalized.
    virtual std::optional<QByteArray> frozenSnapshot(Month month) const = 0;
};

// The month as it stands: a finalized month's snapshot, or freshly computed.
MonthReport scoreMonth(const ScoringSource &source, Month month, ScoringOptions options = {});
// Always computed from current data and templates (used to finalize).
// needs_attention reads the previous months' ratings (their snapshots when
// finalized, else computed).
MonthReport computeMonth(const ScoringSource &source, Month month, ScoringOptions options = {});

} // namespace sc
