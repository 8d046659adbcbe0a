#include "app/charts/trend_chart.h"

#include "core/metrics.h"
#include "report/report_style.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace sc {

class TrendChart::Impl {
public:
    QChart *chart = nullptr;
    QChartView *view = nullptr;
    QStringList texts;
};

TrendChart::TrendChart(QWidget *parent) : QWidget(parent), d(new Impl)
{
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(2, 2, 2, 2);
    m_metric = new QComboBox(this);
    m_metric->addItem(tr("Overall score"), QString());
    for (const MetricDefinition &def : metricDefinitions()) {
        if (!def.teamOnly)
            m_metric->addItem(def.name, def.key);
    }
    m_metric->setToolTip(tr("What the chart shows"));
    lay->addWidget(m_metric);
    d->chart = new QChart;
    d->chart->setAnimationOptions(QChart::NoAnimation);
    d->chart->legend()->setAlignment(Qt::AlignBottom);
    d->chart->setMargins(QMargins(4, 4, 4, 4));
    d->view = new QChartView(d->chart, this);
    d->view->setRenderHint(QPainter::Antialiasing);
    d->view->setMinimumHeight(200);
    lay->addWidget(d->view, 1);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &TrendChart::rebuild);
}

TrendChart::~TrendChart() { delete d; }

void TrendChart::setCard(const std::optional<CardData> &card)
{
    m_card = card;
    rebuild();
}

QStringList TrendChart::visibleTexts() const
{
    QStringList t = d->texts;
    t << d->chart->title() << m_metric->currentText() << toolTip();
    for (QAbstractAxis *a : d->chart->axes()) {
        t << a->titleText();
        if (auto *c = qobject_cast<QCategoryAxis *>(a))
            t << c->categoriesLabels();
    }
    for (QAbstractSeries *s : d->chart->series())
        t << s->name();
    return t;
}

int TrendChart::labelStride() const
{
    const int n = m_card ? int(m_card->trend.size()) : 0;
    // Hidden (the dock closed), the view has no real width yet: label every
    // month, and work it out again when it is shown and resized.
    if (n <= 1 || !d->view->isVisible())
        return 1;
    // The plot is the view less the value axis and margins; a category gets
    // an equal share, and a label needs the widest month name and some air.
    const QFontMetrics fm(d->chart->axes().isEmpty() ? font() : d->chart->axes().first()->labelsFont());
    int widest = 0;
    for (int m = 1; m <= 12; ++m)
        widest = std::max(widest, fm.horizontalAdvance(shortMonthName(Month(2026, m))));
    const double plot = std::max(40.0, double(d->view->width()) - 80.0);
    const double perMonth = plot / (n - 1 + 0.6);
    return std::clamp(int(std::ceil((widest + 14) / perMonth)), 1, n);
}

void TrendChart::relabelForWidth()
{
    if (m_card && labelStride() != m_labelStride)
        rebuild();
}

void TrendChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relabelForWidth();
}

void TrendChart::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    relabelForWidth();
}

void TrendChart::rebuild()
{
    d->chart->removeAllSeries();
    for (QAbstractAxis *a : d->chart->axes())
        d->chart->removeAxis(a), delete a;
    d->texts.clear();
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    d->chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    d->chart->setBackgroundBrush(palette().color(QPalette::Base));
    if (!m_card || m_card->trend.empty()) {
        d->chart->setTitle(tr("No trend yet"));
        return;
    }
    const QString key = m_metric->currentData().toString();
    const MetricDefinition *def = key.isEmpty() ? nullptr : findMetric(key);
    const MetricResult *current = key.isEmpty() ? nullptr : m_card->card.metric(key);

    auto *value = new QLineSeries;
    auto *points = new QScatterSeries;
    points->setMarkerSize(7);
    value->setName(def ? shortMetricName(def->key) : tr("Overall"));
    auto *goal = new QLineSeries;
    // The overall's goal is a score of 100; a metric's is its template goal.
    const bool hasGoal = !def || (current && current->rule.goal);
    const double goalValue = !def ? 100.0 : (hasGoal ? *current->rule.goal : 0.0);
    goal->setName(tr("Goal"));
    QPen gp(QColor(0x2e7d32));
    gp.setStyle(Qt::DashLine);
    gp.setWidthF(1.5);
    goal->setPen(gp);

    auto *axisX = new QCategoryAxis;
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int stride = m_labelStride = labelStride();
    double lo = 1e300, hi = -1e300;
    const int n = int(m_card->trend.size());
    for (int i = 0; i < n; ++i) {
        const TrendPoint &p = m_card->trend[size_t(i)];
        std::optional<double> v = def ? p.metricValues.value(key) : p.overall;
        if (v) {
            value->append(i, *v);
            points->append(i, *v);
            lo = std::min(lo, *v);
            hi = std::max(hi, *v);
        }
        // Short labels in the app's language, every `stride` months counting
        // back from the card's month, as many as the width holds whole
        // (never cut to "…").
        const QString label = shortMonthName(p.month);
        if ((n - 1 - i) % stride == 0)
            axisX->append(label, i);
    }
    if (hasGoal) {
        goal->append(0, goalValue);
        goal->append(std::max(1, n - 1), goalValue);
        lo = std::min(lo, goalValue);
        hi = std::max(hi, goalValue);
    }
    if (lo > hi) {
        lo = 0;
        hi = 100;
    }
    const double pad = std::max(1.0, (hi - lo) * 0.12);
    auto *axisY = new QValueAxis;
    axisY->setRange(std::max(def && def->direction != Direction::Band ? -1e9 : 0.0, lo - pad), hi + pad);
    if (!def)
        axisY->setRange(std::max(0.0, lo - pad), hi + pad);
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setTickCount(5);
    axisX->setRange(-0.3, std::max(1, n - 1) + 0.3);

    d->chart->addSeries(value);
    d->chart->addSeries(points);
    d->chart->addSeries(goal);
    d->chart->addAxis(axisX, Qt::AlignBottom);
    d->chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries *s : d->chart->series()) {
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    }
    // The dots carry the values; no legend entry of their own.
    for (QLegendMarker *m : d->chart->legend()->markers(points))
        m->setVisible(false);
    points->setColor(value->color());
    connect(points, &QScatterSeries::hovered, this, [this, def, n](const QPointF &pt, bool state) {
        if (!state || !m_card) {
            d->view->setToolTip({});
            return;
        }
        const int i = qBound(0, qRound(pt.x()), n - 1);
        const QString text =
            QStringLiteral("%1: %2").arg(monthTitle(m_card->trend[size_t(i)].month),
                                         def ? formatMetricValueWithUnit(def->key, pt.y()) : formatOverall(pt.y()));
        d->view->setToolTip(text);
        d->texts << text;
    });
    d->chart->setTitle(tr("Trend, last %n month(s)", nullptr, n));
}

} // namespace sc
