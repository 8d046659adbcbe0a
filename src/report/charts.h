#pragma once
// The report charts, drawn with QPainter only (vectors in PDF, safe off the
// GUI thread). One module so a charting library could replace it later.
// All sizes are in the painter's logical units (points on report pages).
#include <QColor>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

class QPainter;

namespace sc::charts {

struct ChartStyle {
    QColor text = QColor(0x33, 0x37, 0x3D);
    QColor muted = QColor(0x6B, 0x71, 0x7A);
    QColor grid = QColor(0xE1, 0xE4, 0xE8);
    QColor axis = QColor(0xB0, 0xB5, 0xBD);
    QColor background = Qt::white;
    double fontSize = 6.5; // axis labels
};

struct Series {
    QString label;
    QColor color;
    std::vector<std::optional<double>> values; // one per x label; gaps allowed
    double width = 1.0;
    bool markers = false;
};

struct LineChart {
    QStringList xLabels;
    std::vector<Series> series;
    std::optional<double> goal; // dashed horizontal line
    QString goalLabel;
    double yMin = 0;
    double yMax = 120;
    double yStep = 20;
    bool legend = true; // legend row under the plot
};
// A line chart with a goal line; the y range grows to fit the data.
void drawLineChart(QPainter &p, const QRectF &rect, const LineChart &chart, const ChartStyle &style = {});

struct Bar {
    QString label;
    double value = 0;
    QColor color;
    QString valueLabel; // drawn above the bar; empty: the value
};
// Vertical bars with labels underneath (distribution, histogram).
void drawBarChart(QPainter &p, const QRectF &rect, const std::vector<Bar> &bars, const ChartStyle &style = {});

// A horizontal bar from floor (left) to beyond the goal: the track is the
// score range 0..cap, the fill reaches the score, a tick marks the goal (100).
// For band metrics pass band = {lowFraction, highFraction} of the track and
// the marker position as fraction.
struct ScoreBar {
    std::optional<double> score; // 0..cap
    double cap = 120;
    QColor color;
    std::optional<std::pair<double, double>> band; // fractions 0..1 of the track
    std::optional<double> markerFraction;          // band metrics: where the value sits
};
void drawScoreBar(QPainter &p, const QRectF &rect, const ScoreBar &bar, const ChartStyle &style = {});

// A five-pointed star (the "goal met" celebration).
void drawStar(QPainter &p, const QPointF &center, double radius, const QColor &fill);

} // namespace sc::charts
