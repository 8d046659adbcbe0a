#pragma once
// The one CSV cell writer of the project: every CSV Scorecard writes (the
// command line's `score --format csv`, the app's team table export, report
// CSVs) builds its cells with these two functions, so a spreadsheet that
// opens the file never runs a formula hidden in an imported name, team or id.
#include <QString>
#include <optional>

namespace sc {

// A text cell (names, teams, ids, notes, comments): formula injection
// neutralised, then quoted per RFC 4180 when needed.
// - A value whose first character is '=', '+', '-', '@', a tab (U+0009), a
//   carriage return (U+000D) or a line feed (U+000A), or the full-width
//   '＝' '＋' '－' '＠' (U+FF1D, U+FF0B, U+FF0D, U+FF20) that some spreadsheets
//   also read as a formula start, gets a leading apostrophe: "=1+2" -> "'=1+2".
//   The apostrophe is what spreadsheets themselves use to mark "this is text"
//   (OWASP, "CSV Injection"). It is added to every text cell that starts so,
//   even one that looks like a number ("-5" as an id): a text column stays text.
// - Then a value holding ',', '"', CR or LF is wrapped in double quotes with
//   each '"' doubled; the apostrophe sits inside the quotes.
QString csvText(const QString &value);

// A number cell, written by us with QString::number: never escaped, so a
// negative number (-5.5) stays a number. Empty for none or a non-finite value.
// `decimals` < 0: the shortest text that reads back to the same double.
QString csvNumber(std::optional<double> value, int decimals = -1);

// Whether csvText would prefix `value` with an apostrophe.
bool csvStartsFormula(const QString &value);

} // namespace sc
