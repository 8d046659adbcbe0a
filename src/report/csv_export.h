#pragma once
// CSV export of the team table (RFC 4180), safe to open in a spreadsheet:
// text cells go through csvText (core/csv.h), numbers through csvNumber.
#include "core/csv.h"
#include "core/scoring.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sc {

// The team table: one row per agent of `team` (all teams when empty),
// ranked by overall (highest first, no overall last, then agent_id):
// rank, agent_id, name, team, overall, rating, coverage, each metric's value
// and score, change since previous month when `previous` is given.
// UTF-8 with BOM (spreadsheets then read it as UTF-8), CRLF line ends.
QByteArray teamTableCsv(const MonthReport &report, const QString &team, const MonthReport *previous = nullptr);

} // namespace sc
