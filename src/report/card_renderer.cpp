#include "report/card_renderer.h"

#include "report/charts.h"
#include "report/paint_util.h"
#include "report/report_style.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace sc {

namespace {

// The card's texts, in the translation context "CardRenderer".
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CardRenderer)
};

// Logical page: A4 landscape in points. Letter and screens scale it to fit.
constexpr double kPageW = 842;
constexpr double kPageH = 595;
constexpr double kMargin = 22;
constexpr double kGap = 8;
constexpr double kTilesH = 270;

struct Palette {
    QColor background, text, muted, faint, tile, line, accent, celebrate;
};

Palette paletteFor(const CardRenderOptions &options)
{
    if (options.darkPalette)
        return {QColor(0x1E, 0x1F, 0x22), QColor(0xE8, 0xE9, 0xEB), QColor(0xA3, 0xA8, 0xB0), QColor(0x80, 0x85, 0x8D),
                QColor(0x2A, 0x2C, 0x30), QColor(0x3C, 0x3F, 0x45), QColor(0x8F, 0xB8, 0xF0), QColor(0x24, 0x3B, 0x29)};
    return {Qt::white,
            QColor(0x1F, 0x23, 0x29),
            QColor(0x5F, 0x66, 0x70),
            QColor(0x8A, 0x8F, 0x98),
            QColor(0xF5, 0xF6, 0xF8),
            QColor(0xDD, 0xE0, 0xE5),
            QColor(0x1F, 0x5F, 0xAF),
            ratingTint(Rating::AtGoal)};
}

charts::ChartStyle chartStyle(const Palette &pal)
{
    charts::ChartStyle s;
    s.text = pal.text;
    s.muted = pal.muted;
    s.grid = pal.line;
    s.axis = pal.faint;
    s.background = pal.background;
    return s;
}

// Distinct line colours for the metrics in the trend chart; deliberately not
// the rating colours, which mean "good/bad" everywhere else.
QColor seriesColor(QStringView key)
{
    if (key == u"contacts_per_hour")
        return QColor(0x3B, 0x82, 0xC4);
    if (key == u"qa")
        return QColor(0x8E, 0x5B, 0xC8);
    if (key == u"csat")
        return QColor(0x1A, 0x9E, 0x9A);
    if (key == u"adherence")
        return QColor(0xA0, 0x6A, 0x3C);
    if (key == u"kcs")
        return QColor(0xD0, 0x5C, 0x9A);
    if (key == u"aht")
        return QColor(0x5C, 0x6B, 0xC0);
    if (key == u"fcr")
        return QColor(0x2E, 0x8B, 0x57);
    if (key == u"nps")
        return QColor(0xB5, 0x8B, 0x00);
    return QColor(0x70, 0x78, 0x80);
}

// The order of tiles: quantity next to quality on every row.
const QStringList &tileOrder()
{
    static const QStringList order{QStringLiteral("contacts_per_hour"),
                                   QStringLiteral("qa"),
                                   QStringLiteral("csat"),
                                   QStringLiteral("aht"),
                                   QStringLiteral("fcr"),
                                   QStringLiteral("nps"),
                                   QStringLiteral("adherence"),
                                   QStringLiteral("occupancy"),
                                   QStringLiteral("kcs")};
    return order;
}

// The tiles' grid: 3 × 3 in tileOrder, under the section title.
constexpr double kTilesLeftW = 512;
constexpr double kTilesTop = 132;

QRectF tileRect(int i)
{
    const QRectF r(kMargin, kTilesTop, kTilesLeftW, kTilesH);
    const double top = r.top() + 16;
    const int cols = 3, rows = 3;
    const double w = (r.width() - kGap * (cols - 1)) / cols;
    const double h = (r.bottom() - top - kGap * (rows - 1)) / rows;
    return QRectF(r.left() + (i % cols) * (w + kGap), top + (i / cols) * (h + kGap), w, h);
}

QString sampleText(const MetricDefinition &def, const MetricValue &v)
{
    const auto num = [](double x) {
        return std::abs(x - std::round(x)) < 1e-9 ? QString::number(qint64(std::round(x))) : QString::number(x, 'f', 1);
    };
    //: e.g. "needs 3 evaluations, has 2": the minimum sample and the agent's
    return Tr::tr("needs %1 %2, has %3").arg(num(def.minSample), def.sampleUnit, num(v.denominator.value_or(0)));
}

class CardPainter {
public:
    CardPainter(QPainter &painter, const CardData &data, const CardRenderOptions &options)
        : p(painter), d(data), pal(paletteFor(options)), style(chartStyle(pal)), minText(options.minimumTextSize)
    {
        style.fontSize = std::max(style.fontSize, minText); // the trend's axis labels too
    }

    void paint()
    {
        p.fillRect(QRectF(0, 0, kPageW, kPageH), pal.background);
        header(QRectF(kMargin, kMargin, kPageW - 2 * kMargin, 52));
        perspectives(QRectF(kMargin, 84, kPageW - 2 * kMargin, 38));
        const double leftW = kTilesLeftW;
        const double rightX = kMargin + leftW + 14;
        const double rightW = kPageW - kMargin - rightX;
        // Tiles are taller than the rest of their row needs: each sampled
        // metric carries its 90% range on a line of its own (SPEC section 6).
        tiles(QRectF(kMargin, kTilesTop, leftW, kTilesH));
        trend(QRectF(rightX, 132, rightW, kTilesH - 76));
        team(QRectF(rightX, 132 + kTilesH - 66, rightW, 66));
        const double bottomY = 132 + kTilesH + 12;
        const double bottomH = kPageH - kMargin - 14 - bottomY;
        const double commentsW = 392;
        comments(QRectF(kMargin, bottomY, commentsW, bottomH));
        goals(QRectF(kMargin + commentsW + 14, bottomY, kPageW - 2 * kMargin - commentsW - 14, bottomH));
        footer(QRectF(kMargin, kPageH - kMargin - 8, kPageW - 2 * kMargin, 10));
    }

private:
    QFont font(double pt, bool bold = false) const { return reportFont(p, std::max(pt, minText), bold); }

    void sectionTitle(const QRectF &r, const QString &title, const QString &aside = {})
    {
        const double w = paint::text(p, QRectF(r.left(), r.top(), r.width(), 12), title, font(8.5, true), pal.text);
        if (!aside.isEmpty())
            paint::text(p, QRectF(r.left() + w + 6, r.top(), r.width() - w - 6, 12), aside, font(7), pal.faint);
    }

    Rating ratingOf(std::optional<double> score) const { return ratingForScore(score, currentThresholds()); }
    // Metric and perspective scores use the default 100 / 80 bands: the card
    // does not carry the template's thresholds (the overall's rating does).
    RatingThresholds currentThresholds() const { return {}; }

    void header(const QRectF &r)
    {
        const AgentScorecard &c = d.card;
        // Right block: overall, rating, change.
        const double blockW = 300;
        const QRectF right(r.right() - blockW, r.top(), blockW, r.height());
        const QFont big = font(30, true);
        const QString overall = formatOverall(c.overall);
        const double overallW = paint::textWidth(p, big, overall);
        // Not certain (the overall's 90% range spans two ratings): the
        // noise colour and words, never "Below goal" (SPEC section 6).
        const QColor rc = agentRatingColor(c);
        paint::text(p, QRectF(right.right() - overallW - 2, right.top() - 4, overallW + 2, 40), overall, big, rc,
                    Qt::AlignRight | Qt::AlignVCenter);
        if (c.overallInterval)
            paint::text(p, QRectF(right.right() - 150, right.top() + 36, 148, 10),
                        Tr::tr("90% range %1").arg(formatOverallRange(c.overallInterval)), font(7), pal.muted,
                        Qt::AlignRight | Qt::AlignVCenter);
        const double labelRight = right.right() - overallW - 12;
        paint::text(p, QRectF(labelRight - 160, right.top() + 2, 160, 11), Tr::tr("OVERALL SCORE"), font(6.5, true),
                    pal.muted, Qt::AlignRight | Qt::AlignVCenter);
        const QFont pillFont = font(8, true);
        const QString wording = ratingWording(c);
        const double pillW = paint::textWidth(p, pillFont, wording) + 14 * 0.9;
        paint::pill(p, QPointF(labelRight - pillW, right.top() + 15), 14, wording, pillFont, Qt::white, rc);
        QString change;
        if (d.previous && d.previous->overall && c.overall)
            //: "▲ +3.2 since September": the change of the overall score
            change = Tr::tr("%1 since %2")
                         .arg(formatChange(*c.overall - *d.previous->overall), monthName(c.month.previous()));
        else
            change = Tr::tr("No score last month");
        paint::text(p, QRectF(labelRight - 200, right.top() + 32, 200, 11), change, font(7.5), pal.muted,
                    Qt::AlignRight | Qt::AlignVCenter);
        if (c.coverage < 1.0 && c.overall)
            paint::text(p, QRectF(right.left() - 40, right.top() + 43, labelRight - right.left() + 40, 10),
                        Tr::tr("Based on %1% of the weights (some metrics lack data)")
                            .arg(std::round(c.coverage * 100), 0, 'f', 0),
                        font(6.5), pal.faint, Qt::AlignRight | Qt::AlignVCenter);

        // Left block: name and context.
        const double leftW = r.width() - blockW - 20;
        paint::text(p, QRectF(r.left(), r.top(), leftW, 26), c.agent.name.isEmpty() ? c.agent.id : c.agent.name,
                    font(19, true), pal.text);
        QStringList parts;
        parts << monthTitle(c.month);
        if (!c.agent.team.isEmpty())
            parts << Tr::tr("Team %1").arg(c.agent.team);
        parts << Tr::tr("Agent %1").arg(c.agent.id);
        // "My card" shows nobody else's name, not even the supervisor's.
        if (!d.agentView && !c.agent.supervisor.isEmpty())
            parts << Tr::tr("Supervisor %1").arg(c.agent.supervisor);
        if (c.agent.employment == Employment::PartTime)
            parts << Tr::tr("Part-time");
        paint::text(p, QRectF(r.left(), r.top() + 27, leftW, 13), parts.join(QStringLiteral("  ·  ")), font(8.5),
                    pal.muted);
        paint::text(p, QRectF(r.left(), r.top() + 41, leftW, 11),
                    d.agentView ? Tr::tr("My scorecard · 100 = goal") : Tr::tr("1:1 scorecard · scores: 100 = goal"),
                    font(7), pal.faint);
        p.setPen(QPen(pal.line, 0.8));
        p.drawLine(QPointF(r.left(), r.bottom() + 4), QPointF(r.right(), r.bottom() + 4));
    }

    void perspectives(const QRectF &r)
    {
        const auto &all = allPerspectives();
        const double w = (r.width() - kGap * double(all.size() - 1)) / double(all.size());
        for (size_t i = 0; i < all.size(); ++i) {
            const Perspective persp = all[i];
            std::optional<double> score;
            for (const PerspectiveScore &ps : d.card.perspectives)
                if (ps.perspective == persp)
                    score = ps.score;
            QStringList keys;
            for (const MetricResult &m : d.card.metrics) {
                const MetricDefinition *def = findMetric(m.value.key);
                if (def && def->perspective == persp && m.rule.weight > 0)
                    keys << shortMetricName(m.value.key);
            }
            const QRectF box(r.left() + double(i) * (w + kGap), r.top(), w, r.height());
            const Rating rating = ratingOf(score);
            p.setPen(Qt::NoPen);
            p.setBrush(pal.tile);
            p.setRenderHint(QPainter::Antialiasing, true);
            p.drawRoundedRect(box, 4, 4);
            p.setRenderHint(QPainter::Antialiasing, false);
            const QRectF in = box.adjusted(8, 4, -8, -4);
            paint::text(p, QRectF(in.left(), in.top(), in.width() * 0.55, 11), perspectiveTitle(persp).toUpper(),
                        font(6.5, true), pal.muted);
            paint::text(p, QRectF(in.left() + in.width() * 0.45, in.top(), in.width() * 0.55, 11),
                        keys.isEmpty() ? Tr::tr("not scored") : keys.join(QStringLiteral(", ")), font(6), pal.faint,
                        Qt::AlignRight | Qt::AlignVCenter);
            const QFont sf = font(14, true);
            const QString st = formatScore(score);
            const double sw = paint::text(p, QRectF(in.left(), in.top() + 11, 50, 19), st, sf, ratingColor(rating));
            charts::ScoreBar bar;
            bar.score = score;
            bar.color = ratingColor(rating);
            charts::drawScoreBar(p, QRectF(in.left() + sw + 10, in.top() + 19, in.width() - sw - 10, 4.5), bar, style);
        }
    }

    void tiles(const QRectF &r)
    {
        sectionTitle(r, Tr::tr("This month against goal"),
                     Tr::tr("value, goal and team · bar from floor to goal (tick), shaded: 90% range · "
                            "quantity beside quality"));
        int i = 0;
        for (const QString &key : tileOrder()) {
            const MetricResult *m = d.card.metric(key);
            const QRectF box = tileRect(i++);
            if (m)
                tile(box, *m);
        }
    }

    void tile(const QRectF &box, const MetricResult &m)
    {
        const MetricDefinition *def = findMetric(m.value.key);
        if (!def)
            return;
        const QString &key = m.value.key;
        const bool context = m.rule.weight <= 0;
        const bool ok = m.value.status == MetricStatus::Ok;
        const Rating rating = ok ? ratingOf(m.score) : Rating::InsufficientData;
        // Within noise (the goal lies inside the 90% range): neither good nor
        // bad on this sample, so the noise colour whatever side of the goal.
        const bool noise = ok && m.value.withinNoise;
        const QColor rc = noise ? noiseColor() : ratingColor(rating);

        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(Qt::NoPen);
        p.setBrush(pal.tile);
        p.drawRoundedRect(box, 4, 4);
        p.setBrush(rc);
        QPainterPath stripe;
        stripe.addRoundedRect(QRectF(box.left(), box.top(), 6, box.height()), 3, 3);
        p.setClipRect(QRectF(box.left(), box.top(), 3, box.height()));
        p.drawPath(stripe);
        p.setClipping(false);
        p.setRenderHint(QPainter::Antialiasing, false);

        const QRectF in = box.adjusted(10, 5, -8, -5);
        // Row 1: the name, the full width.
        paint::text(p, QRectF(in.left(), in.top(), in.width(), 11), metricTitle(key), font(7.5, true), pal.text);

        // Row 2: value (left); weight and score (right).
        const QFont valueFont = font(15, true);
        const QString value = formatMetricValue(key, m.value.value);
        const double vw = paint::text(p, QRectF(in.left(), in.top() + 13, in.width() * 0.6, 21), value, valueFont,
                                      ok ? rc : pal.faint);
        QString unit = formatMetricValueWithUnit(key, m.value.value).mid(value.size()).trimmed();
        if (!unit.isEmpty())
            paint::text(p, QRectF(in.left() + vw + 2, in.top() + 19, 40, 12), unit, font(7.5), pal.muted);
        const QRectF label(in.right() - 90, in.top() + 12, 90, 9);
        const QRectF big(in.right() - 70, in.top() + 20, 70, 15);
        const QString weightText =
            context ? Tr::tr("context, not scored") : Tr::tr("weight %1%").arg(weightPercent(m.rule.weight), 0, 'f', 0);
        if (ok && m.score && !context) {
            paint::text(p, label, Tr::tr("%1 · score").arg(weightText), font(6), pal.faint,
                        Qt::AlignRight | Qt::AlignVCenter);
            paint::text(p, big, formatScore(m.score), font(11, true), rc, Qt::AlignRight | Qt::AlignVCenter);
        } else {
            paint::text(p, label, weightText, font(6), pal.faint, Qt::AlignRight | Qt::AlignVCenter);
            if (!ok)
                paint::text(p, big,
                            m.value.status == MetricStatus::InsufficientData ? Tr::tr("insufficient data")
                                                                             : Tr::tr("no data"),
                            font(6.8, true), pal.muted, Qt::AlignRight | Qt::AlignVCenter);
        }

        // Row 3: goal and team value.
        const QFont small = font(6.8);
        QString goalText;
        if (def->direction == Direction::Band && m.rule.low && m.rule.high)
            goalText = Tr::tr("Goal %1–%2")
                           .arg(formatMetricValue(key, m.rule.low), formatMetricValueWithUnit(key, m.rule.high));
        else if (m.rule.goal)
            goalText = Tr::tr("Goal %1%2")
                           .arg(def->direction == Direction::Lower ? QStringLiteral("≤ ") : QStringLiteral(""),
                                formatMetricValueWithUnit(key, m.rule.goal));
        const QString teamText = Tr::tr("Team %1").arg(formatMetricValueWithUnit(key, m.teamValue));
        const double rowY = in.top() + 35;
        paint::text(p, QRectF(in.left(), rowY, in.width() * 0.52, 10), goalText, small, pal.muted);
        paint::text(p, QRectF(in.left() + in.width() * 0.52, rowY, in.width() * 0.48, 10), teamText, small, pal.muted,
                    Qt::AlignRight | Qt::AlignVCenter);

        // Row 4: the 90% range of a sampled metric, and the noise mark.
        const double rangeY = in.top() + 45;
        if (ok && m.value.interval) {
            paint::text(p, QRectF(in.left(), rangeY, in.width() * 0.6, 10),
                        Tr::tr("90% range %1").arg(formatRange(key, m.value.interval)), small, pal.muted);
            if (noise) {
                const QFont markFont = font(6.3, true);
                const QString mark = Tr::tr("≈ within noise");
                const double mw = paint::textWidth(p, markFont, mark) + 11 * 0.9;
                paint::pill(p, QPointF(in.right() - mw, rangeY - 0.5), 11, mark, markFont, Qt::white, noiseColor());
            }
        }

        // Row 5: the bar, or why there is no score.
        const double barY = in.top() + 59;
        if (!ok) {
            QString why = m.value.status == MetricStatus::InsufficientData ? sampleText(*def, m.value)
                          : key == u"kcs"                                  ? Tr::tr("No KCS data for the team")
                                                                           : Tr::tr("No data this month");
            why[0] = why[0].toUpper();
            paint::text(p, QRectF(in.left(), barY - 6, in.width(), 11), why, font(6.8, true), pal.muted);
            return;
        }
        // The score range as a shaded halo behind the bar: where the goal
        // tick sits inside it, the metric is within noise.
        if (m.scoreInterval) {
            const double cap = std::max(m.rule.cap, 100.0);
            const double a = in.left() + in.width() * std::clamp(m.scoreInterval->lo / cap, 0.0, 1.0);
            const double b = in.left() + in.width() * std::clamp(m.scoreInterval->hi / cap, 0.0, 1.0);
            QColor halo = noiseColor();
            halo.setAlpha(90);
            p.setRenderHint(QPainter::Antialiasing, true);
            p.setPen(Qt::NoPen);
            p.setBrush(halo);
            p.drawRoundedRect(QRectF(a - 1, barY - 2.5, std::max(2.0, b - a + 2), 9.5), 2, 2);
            p.setRenderHint(QPainter::Antialiasing, false);
        }
        charts::ScoreBar bar;
        bar.color = rc;
        bar.cap = m.rule.cap;
        if (def->direction == Direction::Band && m.rule.low && m.rule.high && m.rule.tolerance && m.value.value) {
            const double lo = *m.rule.low - *m.rule.tolerance, hi = *m.rule.high + *m.rule.tolerance;
            if (hi > lo) {
                bar.band = std::make_pair((*m.rule.low - lo) / (hi - lo), (*m.rule.high - lo) / (hi - lo));
                bar.markerFraction = (*m.value.value - lo) / (hi - lo);
            }
        } else {
            bar.score = m.score;
        }
        charts::drawScoreBar(p, QRectF(in.left(), barY, in.width(), 4.5), bar, style);
        // Floor and goal under the bar.
        const QFont tiny = font(5.8);
        if (!bar.band && m.rule.floor && m.rule.goal) {
            paint::text(p, QRectF(in.left(), barY + 6, 60, 8), formatMetricValue(key, m.rule.floor), tiny, pal.faint);
            const double goalX = in.left() + in.width() * 100.0 / std::max(m.rule.cap, 100.0);
            paint::text(p, QRectF(goalX - 30, barY + 6, 60, 8), formatMetricValue(key, m.rule.goal), tiny, pal.faint,
                        Qt::AlignHCenter | Qt::AlignVCenter);
        } else if (bar.band) {
            const double lo = *m.rule.low - *m.rule.tolerance, hi = *m.rule.high + *m.rule.tolerance;
            const double a = in.left() + in.width() * (*m.rule.low - lo) / (hi - lo);
            const double b = in.left() + in.width() * (*m.rule.high - lo) / (hi - lo);
            paint::text(p, QRectF(a - 30, barY + 6, 60, 8), formatMetricValue(key, m.rule.low), tiny, pal.faint,
                        Qt::AlignHCenter | Qt::AlignVCenter);
            paint::text(p, QRectF(b - 30, barY + 6, 60, 8), formatMetricValue(key, m.rule.high), tiny, pal.faint,
                        Qt::AlignHCenter | Qt::AlignVCenter);
        }
    }

    double weightPercent(double weight) const
    {
        double total = 0;
        for (const MetricResult &r : d.card.metrics)
            total += std::max(0.0, r.rule.weight);
        return total > 0 ? std::round(100.0 * weight / total) : 0;
    }

    void trend(const QRectF &r)
    {
        sectionTitle(r, Tr::tr("Trend"),
                     d.trend.size() == 1 ? Tr::tr("first month · scores, 100 = goal")
                                         : Tr::tr("last %1 months · scores, 100 = goal").arg(d.trend.size()));
        charts::LineChart chart;
        for (const TrendPoint &pt : d.trend)
            chart.xLabels << monthShort(pt.month).left(3);
        // Weighted metrics, in tile order, then the overall on top.
        for (const QString &key : tileOrder()) {
            const MetricResult *m = d.card.metric(key);
            if (!m || m->rule.weight <= 0)
                continue;
            charts::Series s;
            s.label = shortMetricName(key);
            s.color = seriesColor(key);
            s.width = 0.9;
            for (const TrendPoint &pt : d.trend)
                s.values.push_back(pt.metricScores.value(key));
            chart.series.push_back(std::move(s));
        }
        charts::Series overall;
        overall.label = Tr::tr("Overall");
        overall.color = pal.text;
        overall.width = 2.2;
        overall.markers = true;
        for (const TrendPoint &pt : d.trend)
            overall.values.push_back(pt.overall);
        chart.series.push_back(std::move(overall));
        chart.goal = 100;
        chart.goalLabel = Tr::tr("Goal");
        chart.yMin = 0;
        chart.yMax = 120;
        charts::drawLineChart(p, QRectF(r.left(), r.top() + 15, r.width(), r.height() - 15), chart, style);
    }

    void team(const QRectF &r)
    {
        sectionTitle(r, Tr::tr("Team %1").arg(d.card.agent.team), Tr::tr("team outcomes, for context"));
        const double top = r.top() + 16;
        const double w = (r.width() - 2 * 6) / 3;
        auto block = [&](int i, const QString &label, const QString &value, const QColor &valueColor,
                         const QStringList &sub) {
            const QRectF box(r.left() + i * (w + 6), top, w, r.bottom() - top);
            p.setPen(Qt::NoPen);
            p.setBrush(pal.tile);
            p.setRenderHint(QPainter::Antialiasing, true);
            p.drawRoundedRect(box, 4, 4);
            p.setRenderHint(QPainter::Antialiasing, false);
            const QRectF in = box.adjusted(7, 4, -5, -4);
            paint::text(p, QRectF(in.left(), in.top(), in.width(), 10), label, font(6.5, true), pal.muted);
            paint::text(p, QRectF(in.left(), in.top() + 11, in.width(), 18), value, font(12.5, true), valueColor);
            paint::firstFitting(p, QRectF(in.left(), in.top() + 30, in.width(), 10), sub, font(6), pal.faint);
        };
        const MetricValue *csat = d.team.metric(u"csat");
        const MetricValue *sl = d.team.metric(u"service_level");
        const MetricResult *agentCsat = d.card.metric(u"csat");
        // Each line under a value, then a shorter wording where it does not fit.
        QStringList csatSub{Tr::tr("team score")};
        if (agentCsat && agentCsat->rule.goal) {
            // "goal 90%": a whole-number goal without decimals keeps the line short.
            const double g = *agentCsat->rule.goal;
            const QString goal = g == std::round(g) ? QString::number(qint64(g)) + QLatin1Char('%')
                                                    : formatMetricValueWithUnit(u"csat", g);
            csatSub = QStringList{Tr::tr("team score") + Tr::tr(" · goal ") + goal, Tr::tr("goal %1").arg(goal)};
        }
        block(0, Tr::tr("Team CSAT"), formatMetricValueWithUnit(u"csat", csat ? csat->value : std::nullopt), pal.text,
              csatSub);
        // The team's average speed of answer, for context (never scored).
        const MetricValue *asa = d.team.metric(u"asa");
        block(1, Tr::tr("Service level"), formatMetricValueWithUnit(u"service_level", sl ? sl->value : std::nullopt),
              pal.text,
              asa && asa->value
                  ? QStringList{Tr::tr("team score · ASA %1").arg(formatMetricValueWithUnit(u"asa", asa->value)),
                                Tr::tr("ASA %1").arg(formatMetricValueWithUnit(u"asa", asa->value))}
                  : QStringList{Tr::tr("team score")});
        QStringList avgSub{Tr::tr("team average")};
        if (d.teamAverageOverall && d.card.overall) {
            const double diff = *d.card.overall - *d.teamAverageOverall;
            avgSub = QStringList{Tr::tr("you: %1 vs team").arg(formatChange(diff)),
                                 Tr::tr("you: %1").arg(formatChange(diff))};
        }
        block(2, Tr::tr("Team average"), formatOverall(d.teamAverageOverall),
              ratingColor(ratingOf(d.teamAverageOverall)), avgSub);
    }

    void comments(const QRectF &r)
    {
        sectionTitle(r, Tr::tr("What reviewers and customers said"), Tr::tr("latest comments"));
        const double top = r.top() + 16;
        const double colW = (r.width() - 10) / 2;
        auto column = [&](double x, const QString &title, const QString &source) {
            paint::text(p, QRectF(x, top, colW, 11), title, font(7, true), pal.muted);
            double y = top + 13;
            int shown = 0;
            const QFont meta = font(6.3, true);
            const QFont body = font(7.2);
            const double lh = paint::lineHeight(p, body);
            for (const Comment &c : d.comments) {
                if (c.source != source)
                    continue;
                if (y + 10 + lh > r.bottom() || shown >= 3)
                    break;
                QString head = dayTitle(c.date);
                if (c.score)
                    head += source == u"qa" ? Tr::tr(" · score %1").arg(*c.score, 0, 'f', 0)
                                            : Tr::tr(" · CSAT %1/5").arg(*c.score, 0, 'f', 0);
                paint::text(p, QRectF(x, y, colW, 9), head, meta, pal.faint);
                y += 9.5;
                const int maxLines = std::max(1, std::min(3, int((r.bottom() - y) / lh)));
                // Quote marks make it read as the reviewer's words, not ours.
                y += paint::paragraph(p, QRectF(x, y, colW, r.bottom() - y), QStringLiteral("“%1”").arg(c.text), body,
                                      pal.text, maxLines);
                y += 5;
                ++shown;
            }
            if (shown == 0)
                paint::text(p, QRectF(x, y, colW, 10), Tr::tr("No comments yet."), font(7), pal.faint);
        };
        column(r.left(), Tr::tr("Quality reviews"), QStringLiteral("qa"));
        column(r.left() + colW + 10, Tr::tr("Customers"), QStringLiteral("survey"));
    }

    void goals(const QRectF &r)
    {
        sectionTitle(r, Tr::tr("Goals from the last 1:1"));
        double y = r.top() + 16;
        const QFont title = font(7.6, true);
        const QFont meta = font(6.5);
        const double rowH = 25;
        int shown = 0;
        const double noteReserve = d.note && !d.note->text.trimmed().isEmpty() ? 38 : 0;
        for (const GoalStatus &g : d.goals) {
            if (y + rowH > r.bottom() - noteReserve) {
                paint::text(p, QRectF(r.left(), y, r.width(), 10), Tr::tr("+ %1 more").arg(int(d.goals.size()) - shown),
                            meta, pal.muted);
                y += 12;
                break;
            }
            goalRow(QRectF(r.left(), y, r.width(), rowH - 3), g, title, meta);
            y += rowH;
            ++shown;
        }
        if (d.goals.empty()) {
            paint::text(p, QRectF(r.left(), y, r.width(), 11), Tr::tr("No goals recorded yet."), font(7), pal.faint);
            y += 16;
        }
        if (noteReserve > 0 && y + 20 < r.bottom()) {
            paint::text(p, QRectF(r.left(), y + 2, r.width(), 10), Tr::tr("1:1 NOTE"), font(6.3, true), pal.muted);
            paint::paragraph(p, QRectF(r.left(), y + 13, r.width(), r.bottom() - y - 13), d.note->text, font(7),
                             pal.text, 6);
        }
    }

    void goalRow(const QRectF &r, const GoalStatus &g, const QFont &title, const QFont &meta)
    {
        const bool met = g.met.value_or(false);
        const Month month = d.card.month;
        const bool pastDue = g.item.dueMonth.isValid() && g.item.dueMonth < month;
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(Qt::NoPen);
        p.setBrush(met ? pal.celebrate : pal.tile);
        p.drawRoundedRect(r, 4, 4);
        p.setRenderHint(QPainter::Antialiasing, false);
        const QPointF iconCenter(r.left() + 11, r.center().y());
        if (met) {
            charts::drawStar(p, iconCenter, 7.5, QColor(0xF2, 0xB8, 0x05));
        } else {
            p.setRenderHint(QPainter::Antialiasing, true);
            p.setPen(QPen(g.met.has_value() ? ratingColor(Rating::Below) : pal.faint, 1.2));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(iconCenter, 5, 5);
            p.setRenderHint(QPainter::Antialiasing, false);
        }
        // Status badge on the right.
        QString badge;
        QColor badgeFg = Qt::white, badgeBg;
        if (met) {
            badge = Tr::tr("★ Goal met!");
            badgeBg = ratingColor(Rating::AtGoal);
        } else if (g.met.has_value()) {
            badge = pastDue ? Tr::tr("Not met") : Tr::tr("Not met yet");
            badgeBg = pastDue ? ratingColor(Rating::Below) : ratingColor(Rating::Approaching);
        } else {
            badge = g.item.createdMonth == month ? Tr::tr("New") : Tr::tr("In progress");
            badgeBg = ratingColor(Rating::InsufficientData);
        }
        const QFont badgeFont = font(7, true);
        const double bw = paint::textWidth(p, badgeFont, badge) + 13 * 0.9;
        paint::pill(p, QPointF(r.right() - bw - 5, r.center().y() - 6.5), 13, badge, badgeFont, badgeFg, badgeBg);

        const double textX = r.left() + 24;
        const double textW = r.right() - bw - 12 - textX;
        paint::text(p, QRectF(textX, r.top() + 2, textW, 10), g.item.text, title, pal.text);
        QStringList metaParts;
        if (!g.item.metricKey.isEmpty() && g.item.targetValue) {
            const MetricDefinition *def = findMetric(g.item.metricKey);
            const QString op = def && def->direction == Direction::Lower ? QStringLiteral("≤") : QStringLiteral("≥");
            metaParts << QStringLiteral("%1 %2 %3")
                             .arg(shortMetricName(g.item.metricKey), op,
                                  formatMetricValueWithUnit(g.item.metricKey, g.item.targetValue));
            if (g.latestValue)
                metaParts << Tr::tr("now %1").arg(formatMetricValueWithUnit(g.item.metricKey, g.latestValue));
        }
        if (g.item.createdMonth.isValid())
            metaParts << Tr::tr("agreed %1").arg(monthYear(g.item.createdMonth));
        if (g.item.dueMonth.isValid())
            metaParts << Tr::tr("due %1").arg(monthYear(g.item.dueMonth));
        paint::text(p, QRectF(textX, r.top() + 12, textW, 9), metaParts.join(QStringLiteral(" · ")), meta, pal.muted);
    }

    void footer(const QRectF &r)
    {
        // The colour legend, so a printed card explains itself.
        double x = r.left();
        const QFont f = font(6.3);
        for (Rating rating : {Rating::AtGoal, Rating::Approaching, Rating::Below, Rating::InsufficientData}) {
            p.setPen(Qt::NoPen);
            p.setBrush(ratingColor(rating));
            p.drawRect(QRectF(x, r.center().y() - 3, 6, 6));
            QString label = ratingLabel(rating);
            if (rating == Rating::AtGoal)
                label += QStringLiteral(" (≥ 100)");
            else if (rating == Rating::Approaching)
                label += QStringLiteral(" (80–99)");
            else if (rating == Rating::Below)
                label += QStringLiteral(" (< 80)");
            x += 9 + paint::text(p, QRectF(x + 9, r.top(), 140, r.height()), label, f, pal.muted) + 12;
        }
        p.setPen(Qt::NoPen);
        p.setBrush(noiseColor());
        p.drawRect(QRectF(x, r.center().y() - 3, 6, 6));
        x += 9
             + paint::text(p, QRectF(x + 9, r.top(), 220, r.height()),
                           Tr::tr("Within noise (goal inside the 90% range; rating not certain)"), f, pal.muted)
             + 12;
        QString right = Tr::tr("Template: %1")
                            .arg(d.card.templateName.isEmpty() || d.card.templateName == u"Default"
                                     ? Tr::tr("Default") // the built-in template's name
                                     : d.card.templateName);
        paint::text(p, QRectF(x + 10, r.top(), r.right() - x - 10, r.height()), right, f, pal.faint,
                    Qt::AlignRight | Qt::AlignVCenter);
    }

    QPainter &p;
    const CardData &d;
    Palette pal;
    charts::ChartStyle style;
    double minText = 0; // screen only: no text smaller (page units)
};

} // namespace

QSizeF CardRenderer::logicalPageSize() { return {kPageW, kPageH}; }

std::vector<std::pair<QString, QRectF>> CardRenderer::metricTiles(const CardData &data)
{
    std::vector<std::pair<QString, QRectF>> out;
    int i = 0;
    for (const QString &key : tileOrder()) {
        const QRectF box = tileRect(i++);
        if (data.card.metric(key))
            out.emplace_back(key, box);
    }
    return out;
}

QTransform CardRenderer::pageTransform(const QRectF &target)
{
    QTransform t;
    if (target.width() <= 0 || target.height() <= 0)
        return t;
    const double s = std::min(target.width() / kPageW, target.height() / kPageH);
    t.translate(target.left() + (target.width() - kPageW * s) / 2, target.top() + (target.height() - kPageH * s) / 2);
    t.scale(s, s);
    return t;
}

void CardRenderer::paint(QPainter &painter, const QRectF &target, const CardData &data,
                         const CardRenderOptions &options)
{
    if (target.width() <= 0 || target.height() <= 0)
        return;
    painter.save();
    // Fill the whole target in the card's background, then centre the page.
    painter.fillRect(target, paletteFor(options).background);
    painter.setTransform(pageTransform(target), true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    // Fitting a long label never takes it under the screen's legible minimum.
    const paint::ScopedTextFloor floor(options.minimumTextSize);
    CardPainter(painter, data, options).paint();
    painter.restore();
}

} // namespace sc
