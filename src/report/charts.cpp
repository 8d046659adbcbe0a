#include "report/charts.h"

#include "report/paint_util.h"
#include "report/report_style.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace sc::charts {

namespace {

double niceCeil(double v, double step) { return std::ceil(v / step - 1e-9) * step; }
double niceFloor(double v, double step) { return std::floor(v / step + 1e-9) * step; }

} // namespace

void drawLineChart(QPainter &p, const QRectF &rect, const LineChart &chart, const ChartStyle &style)
{
    p.save();
    const QFont font = reportFont(p, style.fontSize);
    p.setFont(font);
    const QFontMetricsF fm(font, p.device());

    // Legend rows at the bottom: wrap entries to the width.
    double legendHeight = 0;
    struct LegendItem {
        QString label;
        QColor color;
        double width;
        bool dashed;
    };
    std::vector<LegendItem> legend;
    if (chart.legend) {
        for (const Series &s : chart.series)
            legend.push_back({s.label, s.color, s.width, false});
        if (chart.goal && !chart.goalLabel.isEmpty())
            legend.push_back({chart.goalLabel, style.muted, 0.8, true});
        double x = 0;
        int rows = legend.empty() ? 0 : 1;
        for (const LegendItem &item : legend) {
            const double w = 14 + fm.horizontalAdvance(item.label) + 8;
            if (x + w > rect.width() && x > 0) {
                ++rows;
                x = 0;
            }
            x += w;
        }
        legendHeight = rows * (fm.height() + 2) + 2;
    }

    // Fit the y range to the data in steps.
    double yMin = chart.yMin, yMax = chart.yMax;
    for (const Series &s : chart.series)
        for (const auto &v : s.values)
            if (v && std::isfinite(*v)) {
                yMin = std::min(yMin, niceFloor(*v, chart.yStep));
                yMax = std::max(yMax, niceCeil(*v, chart.yStep));
            }
    if (yMax <= yMin)
        yMax = yMin + chart.yStep;
    double step = chart.yStep;
    while ((yMax - yMin) / step > 7)
        step *= 2;

    // Enough decimals that neighbouring grid labels differ.
    const int decimals = step >= 1 ? 0 : int(std::ceil(-std::log10(step) - 1e-9));
    const double axisW = std::max(fm.horizontalAdvance(QString::number(yMax, 'f', decimals)),
                                  fm.horizontalAdvance(QString::number(yMin, 'f', decimals)))
                         + 4;
    const QRectF plot(rect.left() + axisW, rect.top() + fm.height() / 2, rect.width() - axisW - 4,
                      rect.height() - legendHeight - fm.height() * 1.6 - fm.height() / 2);
    if (plot.width() <= 10 || plot.height() <= 10) {
        p.restore();
        return;
    }
    auto yOf = [&](double v) { return plot.bottom() - (v - yMin) / (yMax - yMin) * plot.height(); };
    const int n = std::max<int>(1, int(chart.xLabels.size()));
    const double slot = plot.width() / n;
    auto xOf = [&](int i) { return plot.left() + slot * (i + 0.5); };

    // Grid and y labels.
    p.setPen(QPen(style.grid, 0.5));
    for (double v = niceCeil(yMin, step); v <= yMax + 1e-9; v += step) {
        const double y = yOf(v);
        p.setPen(QPen(style.grid, 0.5));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(style.muted);
        p.drawText(QRectF(rect.left(), y - fm.height() / 2, axisW - 3, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(std::abs(v) < step / 2 ? 0.0 : v, 'f', decimals));
    }
    p.setPen(QPen(style.axis, 0.7));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());

    // X labels; skip some when they would collide.
    double maxLabel = 0;
    for (const QString &l : chart.xLabels)
        maxLabel = std::max(maxLabel, fm.horizontalAdvance(l));
    const int every = std::max(1, int(std::ceil((maxLabel + 4) / slot)));
    p.setPen(style.muted);
    for (int i = 0; i < chart.xLabels.size(); ++i) {
        if ((chart.xLabels.size() - 1 - i) % every != 0)
            continue; // keep the latest month labelled
        const QRectF r(xOf(i) - slot * every / 2, plot.bottom() + 2, slot * every, fm.height());
        p.drawText(r, Qt::AlignHCenter | Qt::AlignTop, chart.xLabels.at(i));
    }

    // Goal line.
    if (chart.goal && *chart.goal >= yMin && *chart.goal <= yMax) {
        QPen pen(style.muted, 0.8, Qt::DashLine);
        p.setPen(pen);
        const double y = yOf(*chart.goal);
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }

    // Series: thin ones first so the thick overall line sits on top.
    std::vector<const Series *> order;
    for (const Series &s : chart.series)
        order.push_back(&s);
    std::stable_sort(order.begin(), order.end(), [](const Series *a, const Series *b) { return a->width < b->width; });
    p.setRenderHint(QPainter::Antialiasing, true);
    for (const Series *s : order) {
        QPen pen(s->color, s->width);
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        p.setPen(pen);
        QPainterPath path;
        bool open = false;
        for (int i = 0; i < int(s->values.size()) && i < n; ++i) {
            const auto &v = s->values[size_t(i)];
            if (!v || !std::isfinite(*v)) {
                open = false;
                continue;
            }
            const QPointF pt(xOf(i), yOf(std::clamp(*v, yMin, yMax)));
            if (open)
                path.lineTo(pt);
            else
                path.moveTo(pt);
            open = true;
        }
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        // Isolated points (gaps on both sides) and markers.
        p.setBrush(s->color);
        p.setPen(Qt::NoPen);
        for (int i = 0; i < int(s->values.size()) && i < n; ++i) {
            const auto &v = s->values[size_t(i)];
            if (!v || !std::isfinite(*v))
                continue;
            const bool prev = i > 0 && s->values[size_t(i - 1)].has_value();
            const bool next = i + 1 < int(s->values.size()) && s->values[size_t(i + 1)].has_value();
            if (s->markers || (!prev && !next))
                p.drawEllipse(QPointF(xOf(i), yOf(std::clamp(*v, yMin, yMax))), s->width * 1.2 + 0.6,
                              s->width * 1.2 + 0.6);
        }
    }
    p.setRenderHint(QPainter::Antialiasing, false);

    // Legend.
    if (!legend.empty()) {
        double x = rect.left() + axisW;
        double y = rect.bottom() - legendHeight + 2;
        for (const LegendItem &item : legend) {
            const double w = 14 + fm.horizontalAdvance(item.label) + 8;
            if (x + w > rect.right() && x > rect.left() + axisW) {
                x = rect.left() + axisW;
                y += fm.height() + 2;
            }
            const double cy = y + fm.height() / 2;
            QPen pen(item.color, std::max(1.0, item.width), item.dashed ? Qt::DashLine : Qt::SolidLine);
            p.setPen(pen);
            p.drawLine(QPointF(x, cy), QPointF(x + 10, cy));
            p.setPen(style.text);
            p.drawText(QRectF(x + 13, y, w - 13, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, item.label);
            x += w;
        }
    }
    p.restore();
}

void drawBarChart(QPainter &p, const QRectF &rect, const std::vector<Bar> &bars, const ChartStyle &style)
{
    if (bars.empty())
        return;
    p.save();
    const QFont font = reportFont(p, style.fontSize);
    p.setFont(font);
    const QFontMetricsF fm(font, p.device());
    double maxV = 0;
    for (const Bar &b : bars)
        maxV = std::max(maxV, b.value);
    if (maxV <= 0)
        maxV = 1;
    const QRectF plot(rect.left(), rect.top() + fm.height() + 2, rect.width(), rect.height() - 2 * fm.height() - 6);
    const double slot = plot.width() / double(bars.size());
    const double barW = std::min(slot * 0.7, 48.0);
    // Every axis label in one size: the one the widest needs (a little
    // smaller at most; then cut).
    QString widest;
    for (const Bar &b : bars)
        if (fm.horizontalAdvance(b.label) > fm.horizontalAdvance(widest))
            widest = b.label;
    const QFont labelFont = paint::fittedFont(p, font, widest, slot - 2);
    p.setPen(QPen(style.axis, 0.7));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    for (size_t i = 0; i < bars.size(); ++i) {
        const Bar &b = bars[i];
        const double cx = plot.left() + slot * (double(i) + 0.5);
        const double h = plot.height() * b.value / maxV;
        const QRectF r(cx - barW / 2, plot.bottom() - h, barW, h);
        p.fillRect(r, b.color);
        p.setPen(style.text);
        const QString vl = b.valueLabel.isEmpty() ? QString::number(b.value, 'f', 0) : b.valueLabel;
        p.drawText(QRectF(cx - slot / 2, r.top() - fm.height() - 1, slot, fm.height()), Qt::AlignCenter, vl);
        p.setPen(style.muted);
        p.setFont(labelFont);
        p.drawText(QRectF(cx - slot / 2, plot.bottom() + 2, slot, fm.height()), Qt::AlignCenter,
                   QFontMetricsF(labelFont, p.device()).elidedText(b.label, Qt::ElideRight, slot - 2));
        p.setFont(font);
    }
    p.restore();
}

void drawScoreBar(QPainter &p, const QRectF &rect, const ScoreBar &bar, const ChartStyle &style)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    const QRectF track = rect;
    p.setPen(Qt::NoPen);
    p.setBrush(style.grid);
    p.drawRoundedRect(track, track.height() / 2, track.height() / 2);
    const double cap = bar.cap > 0 ? bar.cap : 120;
    if (bar.band) {
        // Band metric: shade the band, mark the value.
        const double a = std::clamp(bar.band->first, 0.0, 1.0), b = std::clamp(bar.band->second, 0.0, 1.0);
        QColor shade = bar.color;
        shade.setAlpha(70);
        p.setBrush(shade);
        p.drawRect(QRectF(track.left() + a * track.width(), track.top(), (b - a) * track.width(), track.height()));
        if (bar.markerFraction) {
            const double x = track.left() + std::clamp(*bar.markerFraction, 0.0, 1.0) * track.width();
            p.setBrush(bar.color);
            p.drawEllipse(QPointF(x, track.center().y()), track.height() * 0.9, track.height() * 0.9);
        }
    } else {
        const double goalX = track.left() + track.width() * 100.0 / std::max(cap, 100.0);
        if (bar.score) {
            const double f = std::clamp(*bar.score / std::max(cap, 100.0), 0.0, 1.0);
            p.setBrush(bar.color);
            const QRectF fill(track.left(), track.top(), std::max(track.height(), track.width() * f), track.height());
            p.drawRoundedRect(fill, track.height() / 2, track.height() / 2);
        }
        // Goal tick, a bit taller than the track.
        p.setPen(QPen(style.text, 0.9));
        p.drawLine(QPointF(goalX, track.top() - 1.5), QPointF(goalX, track.bottom() + 1.5));
    }
    p.restore();
}

void drawStar(QPainter &p, const QPointF &center, double radius, const QColor &fill)
{
    QPolygonF poly;
    for (int i = 0; i < 10; ++i) {
        const double r = (i % 2 == 0) ? radius : radius * 0.45;
        const double a = -M_PI / 2 + i * M_PI / 5;
        poly << QPointF(center.x() + r * std::cos(a), center.y() + r * std::sin(a));
    }
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(fill.darker(130), 0.5));
    p.setBrush(fill);
    p.drawPolygon(poly);
    p.restore();
}

} // namespace sc::charts
