#include "report/report_style.h"

#include "core/metrics.h"

#include <QCoreApplication>
#include <QDate>
#include <QPaintDevice>
#include <QPainter>
#include <cmath>

namespace sc {

namespace {
// The names shared by every report surface, in the translation context
// "ReportStyle". Without an installed translator (the command line) they
// stay English.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ReportStyle)
};
} // namespace

QColor ratingColor(Rating rating)
{
    switch (rating) {
    case Rating::AtGoal: return QColor(0x2E, 0x7D, 0x32);
    case Rating::Approaching: return QColor(0xD9, 0x82, 0x00);
    case Rating::Below: return QColor(0xC6, 0x28, 0x28);
    case Rating::InsufficientData: break;
    }
    return QColor(0x8A, 0x8F, 0x98);
}

QColor ratingTint(Rating rating)
{
    switch (rating) {
    case Rating::AtGoal: return QColor(0xE3, 0xF1, 0xE4);
    case Rating::Approaching: return QColor(0xFD, 0xF0, 0xD5);
    case Rating::Below: return QColor(0xFA, 0xE0, 0xE0);
    case Rating::InsufficientData: break;
    }
    return QColor(0xEC, 0xED, 0xEF);
}

QString ratingLabel(Rating rating)
{
    switch (rating) {
    case Rating::AtGoal: return Tr::tr("At goal");
    case Rating::Approaching: return Tr::tr("Approaching goal");
    case Rating::Below: return Tr::tr("Below goal");
    case Rating::InsufficientData: break;
    }
    return Tr::tr("Insufficient data");
}

QColor noiseColor() { return QColor(0x3E, 0x6E, 0x9E); }

QColor noiseTint() { return QColor(0xE1, 0xEA, 0xF4); }

QString ratingWording(const AgentScorecard &a)
{
    return a.ratingCertain ? ratingLabel(a.rating) : Tr::tr("Rating not certain");
}

QString ratingShortWording(const AgentScorecard &a)
{
    if (!a.ratingCertain)
        return Tr::tr("Not certain");
    switch (a.rating) {
    case Rating::AtGoal: return Tr::tr("At goal");
    case Rating::Approaching: return Tr::tr("Approaching");
    case Rating::Below: return Tr::tr("Below");
    case Rating::InsufficientData: break;
    }
    return Tr::tr("No rating");
}

QColor agentRatingColor(const AgentScorecard &a) { return a.ratingCertain ? ratingColor(a.rating) : noiseColor(); }

QColor agentRatingTint(const AgentScorecard &a) { return a.ratingCertain ? ratingTint(a.rating) : noiseTint(); }

QString formatRange(QStringView key, const std::optional<Interval> &range)
{
    if (!range)
        return {};
    // NPS runs below zero: "-77.7–-5.6" reads as a typo, "-77.7 to -5.6" does not.
    if (range->lo < 0 || range->hi < 0)
        return Tr::tr("%1 to %2", "a range with a negative end")
            .arg(formatMetricValue(key, range->lo), formatMetricValueWithUnit(key, range->hi));
    return formatMetricValue(key, range->lo) + QStringLiteral("–") + formatMetricValueWithUnit(key, range->hi);
}

QString formatOverallRange(const std::optional<Interval> &range)
{
    if (!range)
        return {};
    return formatOverall(range->lo) + QStringLiteral("–") + formatOverall(range->hi);
}

QString formatRankRange(const std::optional<RankRange> &rank)
{
    if (!rank)
        return QStringLiteral("–");
    if (rank->best == rank->worst)
        return QString::number(rank->best);
    return QStringLiteral("%1–%2").arg(rank->best).arg(rank->worst);
}

Rating ratingForScore(std::optional<double> score, const RatingThresholds &thresholds)
{
    if (!score)
        return Rating::InsufficientData;
    if (*score >= thresholds.atGoal)
        return Rating::AtGoal;
    if (*score >= thresholds.approaching)
        return Rating::Approaching;
    return Rating::Below;
}

namespace {

int decimalsFor(QStringView key)
{
    if (key == u"contacts_per_hour")
        return 2;
    if (key == u"aht")
        return 0;
    return 1;
}

QString fixed(double v, int decimals)
{
    // Avoid "-0.0" for tiny negatives after rounding.
    const double p = std::pow(10.0, decimals);
    double r = std::round(v * p) / p;
    if (r == 0)
        r = 0;
    return QString::number(r, 'f', decimals);
}

} // namespace

QString formatMetricValue(QStringView key, std::optional<double> value)
{
    if (!value || !std::isfinite(*value))
        return QStringLiteral("–");
    if (key == u"kcs" && std::abs(*value - std::round(*value)) < 1e-9)
        return fixed(*value, 0);
    return fixed(*value, decimalsFor(key));
}

QString formatMetricValueWithUnit(QStringView key, std::optional<double> value)
{
    const QString v = formatMetricValue(key, value);
    if (!value)
        return v;
    if (key == u"contacts_per_hour")
        return v + QStringLiteral(" /h");
    if (key == u"aht" || key == u"asa")
        return v + QStringLiteral(" s");
    if (key == u"kcs")
        return v + QLatin1Char(' ') + Tr::tr("pts", "unit: KCS points");
    if (key == u"csat" || key == u"fcr" || key == u"adherence" || key == u"occupancy" || key == u"service_level")
        return v + QLatin1Char('%');
    return v;
}

QString formatScore(std::optional<double> score)
{
    if (!score || !std::isfinite(*score))
        return QStringLiteral("–");
    return fixed(*score, 0);
}

QString formatOverall(std::optional<double> overall)
{
    if (!overall || !std::isfinite(*overall))
        return QStringLiteral("–");
    return fixed(*overall, 1);
}

QString formatChange(double delta, int decimals)
{
    const QString mag = fixed(std::abs(delta), decimals);
    if (mag == fixed(0, decimals))
        return QStringLiteral("= ") + mag;
    return (delta > 0 ? QStringLiteral("▲ +") : QStringLiteral("▼ −")) + mag;
}

QString metricTitle(QStringView key)
{
    if (key == u"contacts_per_hour")
        return Tr::tr("Contacts per hour");
    if (key == u"aht")
        return Tr::tr("Handle time (AHT)");
    if (key == u"qa")
        return Tr::tr("Quality score");
    if (key == u"csat")
        return QStringLiteral("CSAT");
    if (key == u"fcr")
        return Tr::tr("First contact resolution");
    if (key == u"nps")
        return QStringLiteral("NPS");
    if (key == u"adherence")
        return Tr::tr("Schedule adherence");
    if (key == u"occupancy")
        return Tr::tr("Occupancy");
    if (key == u"kcs")
        return Tr::tr("KCS contribution");
    if (key == u"service_level")
        return Tr::tr("Service level");
    if (key == u"asa")
        return Tr::tr("Average speed of answer");
    return key.toString();
}

QString shortMetricName(QStringView key)
{
    if (key == u"contacts_per_hour")
        return Tr::tr("Contacts/h");
    if (key == u"aht")
        return Tr::tr("AHT", "short for average handle time");
    if (key == u"qa")
        return Tr::tr("QA", "short for the quality (QA) score");
    if (key == u"csat")
        return QStringLiteral("CSAT");
    if (key == u"fcr")
        return Tr::tr("FCR", "short for first contact resolution");
    if (key == u"nps")
        return QStringLiteral("NPS");
    if (key == u"adherence")
        return Tr::tr("Adherence");
    if (key == u"occupancy")
        return Tr::tr("Occupancy");
    if (key == u"kcs")
        return QStringLiteral("KCS");
    if (key == u"service_level")
        return Tr::tr("Service level");
    if (key == u"asa")
        return Tr::tr("ASA", "short for average speed of answer");
    return key.toString();
}

namespace {
const char *const kMonthNames[] = {
    QT_TRANSLATE_NOOP("ReportStyle", "January"),   QT_TRANSLATE_NOOP("ReportStyle", "February"),
    QT_TRANSLATE_NOOP("ReportStyle", "March"),     QT_TRANSLATE_NOOP("ReportStyle", "April"),
    QT_TRANSLATE_NOOP("ReportStyle", "May"),       QT_TRANSLATE_NOOP("ReportStyle", "June"),
    QT_TRANSLATE_NOOP("ReportStyle", "July"),      QT_TRANSLATE_NOOP("ReportStyle", "August"),
    QT_TRANSLATE_NOOP("ReportStyle", "September"), QT_TRANSLATE_NOOP("ReportStyle", "October"),
    QT_TRANSLATE_NOOP("ReportStyle", "November"),  QT_TRANSLATE_NOOP("ReportStyle", "December")};
// Three-letter names for axes and dates; "May" needs its own entry.
struct SourceWithComment {
    const char *source;
    const char *comment;
};
const SourceWithComment kShortMonthNames[] = {
    QT_TRANSLATE_NOOP3("ReportStyle", "Jan", "short month"), QT_TRANSLATE_NOOP3("ReportStyle", "Feb", "short month"),
    QT_TRANSLATE_NOOP3("ReportStyle", "Mar", "short month"), QT_TRANSLATE_NOOP3("ReportStyle", "Apr", "short month"),
    QT_TRANSLATE_NOOP3("ReportStyle", "May", "short month"), QT_TRANSLATE_NOOP3("ReportStyle", "Jun", "short month"),
    QT_TRANSLATE_NOOP3("ReportStyle", "Jul", "short month"), QT_TRANSLATE_NOOP3("ReportStyle", "Aug", "short month"),
    QT_TRANSLATE_NOOP3("ReportStyle", "Sep", "short month"), QT_TRANSLATE_NOOP3("ReportStyle", "Oct", "short month"),
    QT_TRANSLATE_NOOP3("ReportStyle", "Nov", "short month"), QT_TRANSLATE_NOOP3("ReportStyle", "Dec", "short month")};

QString shortMonthNameOf(int month)
{
    return Tr::tr(kShortMonthNames[month - 1].source, kShortMonthNames[month - 1].comment);
}
} // namespace

QString monthName(Month month)
{
    if (!month.isValid())
        return {};
    return Tr::tr(kMonthNames[month.month() - 1]);
}

QString shortMonthName(Month month)
{
    if (!month.isValid())
        return {};
    return shortMonthNameOf(month.month());
}

QString monthTitle(Month month)
{
    if (!month.isValid())
        return {};
    return Tr::tr("%1 %2", "month and year: October 2026").arg(monthName(month), QString::number(month.year()));
}

QString monthYear(Month month)
{
    if (!month.isValid())
        return {};
    return shortMonthNameOf(month.month()) + QLatin1Char(' ') + QString::number(month.year());
}

QString monthShort(Month month)
{
    if (!month.isValid())
        return {};
    return shortMonthNameOf(month.month()) + QLatin1Char(' ')
           + QStringLiteral("%1").arg(month.year() % 100, 2, 10, QLatin1Char('0'));
}

QString dayTitle(const QDate &date)
{
    if (!date.isValid())
        return {};
    return Tr::tr("%1 %2 %3", "day, short month, year: 5 Oct 2026")
        .arg(QString::number(date.day()), shortMonthNameOf(date.month()), QString::number(date.year()));
}

QString perspectiveTitle(Perspective perspective)
{
    switch (perspective) {
    case Perspective::Productivity: return Tr::tr("Productivity");
    case Perspective::Quality: return Tr::tr("Quality");
    case Perspective::Customer: return Tr::tr("Customer");
    case Perspective::Adherence: return Tr::tr("Adherence", "perspective");
    case Perspective::Knowledge: return Tr::tr("Knowledge");
    }
    return {};
}

QFont reportFont(const QPainter &painter, double pointSize, bool bold)
{
    QFont f(QStringLiteral("Sans Serif"));
    f.setStyleHint(QFont::SansSerif);
    // Unhinted glyphs keep text metrics proportional at every scale, so the
    // layout measured here matches what the scaled painter draws.
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(true);
    const QPaintDevice *dev = painter.device();
    const double dpi = dev ? dev->logicalDpiY() : 72.0;
    // The painter is scaled so one logical unit is one point: a font of
    // pointSize * 72 / dpi points spans pointSize device units before scaling.
    // Qt rounds that pixel size to a whole unit, so sizes land on whole
    // points (6.5 -> 7) -- the same on image, PDF and printer, which keeps
    // the layout identical everywhere.
    f.setPointSizeF(pointSize * 72.0 / (dpi > 0 ? dpi : 72.0));
    f.setBold(bold);
    // A non-zero letter spacing turns off ligatures, so "ffi" stays three
    // letters: copied and searched text in the PDF reads "Insufficient".
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    return f;
}

} // namespace sc
