#pragma once
// The three shapes of `scorecard score`: SPEC JSON, CSV for spreadsheets
// and an aligned table for a terminal.
#include "core/scoring.h"

#include <QByteArray>
#include <QString>

namespace sc {

// Keeps the agents of `team` and/or the agent `agentId` (empty: no filter).
// Teams are narrowed to `team`, or to the agent's team when only an agent
// is asked for, so the team context of the card stays next to it.
MonthReport filterReport(const MonthReport &report, const QString &team, const QString &agentId);

// monthReportToJson, indented, full precision.
QByteArray scoreJson(const MonthReport &report);
// One row per agent and metric; empty cells for absent numbers.
QString scoreCsv(const MonthReport &report);
// Rounded, aligned; "(x)" marks a value with too little data to score, "-" no data.
QString scoreTable(const MonthReport &report);

} // namespace sc
