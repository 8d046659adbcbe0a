#include "app/team_strip.h"

#include "app/team_table_model.h"
#include "report/report_style.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>

namespace sc {

// A single stacked bar of rating counts with a legend drawn under it.
class RatingDistributionBar : public QWidget {
public:
    explicit RatingDistributionBar(QWidget *parent) : QWidget(parent)
    {
        setMinimumSize(220, 40);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    void setCounts(QList<int> c)
    {
        counts = std::move(c);
        QStringList tip;
        for (int i = 0; i < counts.size(); ++i)
            tip << QStringLiteral("%1: %2").arg(ratingLabel(Rating(i))).arg(counts[i]);
        setToolTip(tip.join(QLatin1Char('\n')));
        update();
    }
    QList<int> counts{0, 0, 0, 0};

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const bool dark = palette().color(QPalette::Window).lightness() < 128;
        int total = 0;
        for (int c : counts)
            total += c;
        const QRectF bar(0, 2, width(), 16);
        if (total == 0) {
            p.fillRect(bar, palette().color(QPalette::Mid));
        } else {
            double x = 0;
            for (int i = 0; i < counts.size(); ++i) {
                const double w = bar.width() * counts[i] / total;
                if (w <= 0)
                    continue;
                const QRectF seg(x, bar.top(), w, bar.height());
                p.fillRect(seg, ratingBackground(Rating(i), dark));
                if (w > 24) {
                    p.setPen(palette().color(QPalette::WindowText));
                    p.drawText(seg, Qt::AlignCenter, QString::number(counts[i]));
                }
                x += w;
            }
        }
        // Legend
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 0.85);
        p.setFont(f);
        const QFontMetrics fm(f);
        double x = 0;
        for (int i = 0; i < counts.size(); ++i) {
            const QString label = QStringLiteral("%1 %2").arg(ratingLabel(Rating(i))).arg(counts[i]);
            p.fillRect(QRectF(x, 23, 10, 10), ratingBackground(Rating(i), dark));
            p.setPen(palette().color(QPalette::WindowText));
            p.drawText(QPointF(x + 13, 22 + fm.ascent()), label);
            x += 13 + fm.horizontalAdvance(label) + 10;
        }
    }
};

namespace {
QLabel *makeValueLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setTextFormat(Qt::RichText);
    l->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return l;
}

QString valueHtml(const QString &caption, const QString &value, const QString &note)
{
    return QStringLiteral("<div style='white-space:nowrap'><span style='font-size:small'>%1</span><br>"
                          "<b style='font-size:large'>%2</b> <span style='font-size:small'>%3</span></div>")
        .arg(caption.toHtmlEscaped(), value.toHtmlEscaped(), note.toHtmlEscaped());
}
} // namespace

TeamStrip::TeamStrip(QWidget *parent) : QWidget(parent)
{
    auto *lay = new QHBoxLayout(this);
    lay->setContentsMargins(6, 4, 6, 4);
    lay->setSpacing(18);
    m_title = new QLabel(this);
    QFont tf = m_title->font();
    tf.setBold(true);
    tf.setPointSizeF(tf.pointSizeF() * 1.15);
    m_title->setFont(tf);
    m_csat = makeValueLabel(this);
    m_sl = makeValueLabel(this);
    m_avg = makeValueLabel(this);
    m_dist = new RatingDistributionBar(this);
    lay->addWidget(m_title);
    lay->addWidget(m_avg);
    lay->addWidget(m_csat);
    lay->addWidget(m_sl);
    lay->addWidget(m_dist, 1);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void TeamStrip::setReport(const MonthReport &report, const QString &team)
{
    m_title->setText(team.isEmpty() ? tr("All teams") : team);
    // Core pools the values (sums added, divided once) and report_style
    // formats them, so the strip, the table and the card agree to the digit.
    QList<int> dist{0, 0, 0, 0};
    for (const AgentScorecard &a : report.agents)
        if (team.isEmpty() || a.agent.team == team)
            dist[int(a.rating)]++;
    int rated = 0;
    const std::optional<double> mean = meanOverall(report, team, &rated);
    auto valueText = [&](QStringView key) {
        const MetricValue m = pooledTeamMetric(report, key, team);
        return m.value ? formatMetricValueWithUnit(key, m.value) : tr("no data");
    };
    const QString teamScore = tr("team score");
    m_csat->setText(valueHtml(tr("CSAT"), valueText(u"csat"), teamScore));
    m_csat->setToolTip(tr("Customer satisfaction of the whole team: a team outcome, shown for context"));
    m_sl->setText(valueHtml(tr("Service level"), valueText(u"service_level"), teamScore));
    m_sl->setToolTip(tr("Share of contacts answered within the service-level target: a team outcome"));
    m_avg->setText(valueHtml(tr("Average overall"), mean ? formatOverall(mean) : tr("no data"),
                             tr("%n agent(s)", nullptr, rated)));
    m_dist->setCounts(dist);
}

static QString plain(const QLabel *l)
{
    QString t = l->text();
    t.replace(QStringLiteral("<br>"), QStringLiteral(" "));
    t.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return t;
}

QString TeamStrip::csatText() const { return plain(m_csat); }
QString TeamStrip::serviceLevelText() const { return plain(m_sl); }
QString TeamStrip::averageText() const { return plain(m_avg); }
QList<int> TeamStrip::distribution() const { return m_dist->counts; }

} // namespace sc
