#include "report/report_style.h"

#include "core/metrics.h"

#include <QPaintDevice>
#include <QPainter>
#include <cmath>

namespace sc {

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
    case Rating::AtGoal: return QStringLiteral("At goal");
    case Rating::Approaching: return QStringLiteral("Approaching goal");
    case Rating::Below: return QStringLiteral("Below goal");
    case Rating::InsufficientData: break;
    }
    return QStringLiteral("Insufficient data");
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
        return v + QStringLiteral(" pts");
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
        return QStringLiteral("Contacts per hour");
    if (key == u"aht")
        return QStringLiteral("Handle time (AHT)");
    if (key == u"qa")
        return QStringLiteral("Quality score");
    if (key == u"csat")
        return QStringLiteral("CSAT");
    if (key == u"fcr")
        return QStringLiteral("First contact resolution");
    if (key == u"nps")
        return QStringLiteral("NPS");
    if (key == u"adherence")
        return QStringLiteral("Schedule adherence");
    if (key == u"occupancy")
        return QStringLiteral("Occupancy");
    if (key == u"kcs")
        return QStringLiteral("KCS contribution");
    if (key == u"service_level")
        return QStringLiteral("Service level");
    if (key == u"asa")
        return QStringLiteral("Average speed of answer");
    return key.toString();
}

QString shortMetricName(QStringView key)
{
    if (key == u"contacts_per_hour")
        return QStringLiteral("Contacts/h");
    if (key == u"aht")
        return QStringLiteral("AHT");
    if (key == u"qa")
        return QStringLiteral("QA");
    if (key == u"csat")
        return QStringLiteral("CSAT");
    if (key == u"fcr")
        return QStringLiteral("FCR");
    if (key == u"nps")
        return QStringLiteral("NPS");
    if (key == u"adherence")
        return QStringLiteral("Adherence");
    if (key == u"occupancy")
        return QStringLiteral("Occupancy");
    if (key == u"kcs")
        return QStringLiteral("KCS");
    if (key == u"service_level")
        return QStringLiteral("Service level");
    if (key == u"asa")
        return QStringLiteral("ASA");
    return key.toString();
}

static const char *const kMonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                          "July",    "August",   "September", "October", "November", "December"};

QString monthTitle(Month month)
{
    if (!month.isValid())
        return {};
    return QLatin1String(kMonthNames[month.month() - 1]) + QLatin1Char(' ') + QString::number(month.year());
}

QString monthShort(Month month)
{
    if (!month.isValid())
        return {};
    return QLatin1String(kMonthNames[month.month() - 1], 3) + QStringLiteral(" ")
           + QStringLiteral("%1").arg(month.year() % 100, 2, 10, QLatin1Char('0'));
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
