#pragma once
// CSV export of the team table (RFC 4180), safe to open in a spreadsheet:
// cells that a spreadsheet would run as a formula are escaped.
#include "core/scoring.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sc {

// One field, RFC 4180 quoted when needed, with formula injection escaped:
// a value starting with '=', '+', '-', '@' (or tab / carriage return) gets a
// leading apostrophe, except a plain decimal number such as "-3.2", which a
// spreadsheet reads as a number and which cannot hold a formula.
QString csvField(const QString &value);
QString csvNumber(std::optional<double> value, int decimals);

// The team table: one row per agent of `team` (all teams when empty),
// ranked by overall (highest first, no overall last, then agent_id):
// rank, agent_id, name, team, overall, rating, coverage, each metric's value
// and score, change since previous month when `previous` is given.
// UTF-8 with BOM (spreadsheets then read it as UTF-8), CRLF line ends.
QByteArray teamTableCsv(const MonthReport &report, const QString &team, const MonthReport *previous = nullptr);

} // namespace sc
