#pragma once
// Shared look of every report surface (card, team report, GUI): the rating
// colours, fonts and how numbers are rounded for reading. Defined once so
// the screen, the PDF and the printer agree.
#include "core/scoring.h"

#include <QColor>
#include <QFont>
#include <QString>
#include <optional>

class QDate;
class QPainter;

namespace sc {

// The rating colours: at_goal green, approaching amber, below red,
// insufficient data grey. Used for fills, markers and coloured numbers.
QColor ratingColor(Rating rating);
// A lighter tint of the rating colour for backgrounds (pills, table cells).
QColor ratingTint(Rating rating);
// "At goal", "Approaching goal", "Below goal", "Insufficient data".
QString ratingLabel(Rating rating);

// SPEC section 6 on every surface. The colour of "within noise": a metric
// whose goal lies inside its 90% range, an overall whose 90% range spans two
// ratings. Neither good nor bad: the sample cannot tell.
QColor noiseColor();
QColor noiseTint();
// The agent's rating in words: ratingLabel when it is certain, "Rating not
// certain" when the overall's 90% range spans two ratings (never "Below
// goal" then).
QString ratingWording(const AgentScorecard &a);
// The same, short for table cells: "At goal", "Approaching", "Below",
// "No rating", "Not certain".
QString ratingShortWording(const AgentScorecard &a);
// The rating colour, noiseColor when the rating is not certain.
QColor agentRatingColor(const AgentScorecard &a);
QColor agentRatingTint(const AgentScorecard &a);
// A metric's 90% range with the unit: "84.1–93.6%"; empty without one.
QString formatRange(QStringView key, const std::optional<Interval> &range);
// The overall's 90% range: "96.0–102.3"; empty without one.
QString formatOverallRange(const std::optional<Interval> &range);
// A rank range: "3", "3–7"; "–" without one.
QString formatRankRange(const std::optional<RankRange> &rank);

// The rating a single score falls in with the template's thresholds
// (InsufficientData when there is no score).
Rating ratingForScore(std::optional<double> score, const RatingThresholds &thresholds = {});

// Display rounding: percentages 1 decimal, seconds 0, per hour 2, QA 1,
// NPS 1, KCS points 1 (0 when whole). "–" when absent. No unit.
QString formatMetricValue(QStringView key, std::optional<double> value);
// Same with the unit: "7.20 /h", "412 s", "88.5%", "12 pts".
QString formatMetricValueWithUnit(QStringView key, std::optional<double> value);
// A score: 0 decimals ("87"); "–" when absent.
QString formatScore(std::optional<double> score);
// The overall score: 1 decimal ("93.4"); "–" when absent.
QString formatOverall(std::optional<double> overall);
// A signed change with an arrow: "▲ 3.2", "▼ 1.0", "= 0.0".
QString formatChange(double delta, int decimals = 1);
// Titles that fit a tile or a chart panel: "Contacts per hour", "Handle time (AHT)", ...
QString metricTitle(QStringView key);
// Short labels for charts and table headers: "Contacts/h", "AHT", "QA", ...
QString shortMetricName(QStringView key);
// Month and day names come from the translations (context "ReportStyle"),
// not from QLocale: without a translator (the command line) they are English
// whatever the system locale, and in the app they follow the app's language.
// "October 2026".
QString monthTitle(Month month);
// "October".
QString monthName(Month month);
// "Oct 2026": a month with its full year, never read as a day ("Nov 26").
QString monthYear(Month month);
// "Oct": the month alone, for axes that show the year elsewhere.
QString shortMonthName(Month month);
// "Oct 26": short month for chart axes.
QString monthShort(Month month);
// "5 Oct 2026": a day on the card (comments).
QString dayTitle(const QDate &date);
// A perspective as shown to people ("Productivity"); core's perspectiveName()
// is the JSON key.
QString perspectiveTitle(Perspective perspective);

// The default sans-serif font at `pointSize` logical units on the painter's
// device: callers lay out in points and scale the painter, so the font size
// is compensated for the device resolution (same look on image, PDF, screen).
QFont reportFont(const QPainter &painter, double pointSize, bool bold = false);

} // namespace sc
