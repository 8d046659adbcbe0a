// The card renderer: pixels compared with approved images, placement in the
// target, robustness on sparse data, painting off the GUI thread.
#include "report/card_renderer.h"
#include "report/paint_util.h"
#include "report/report_style.h"
#include "report_fixture.h"
#include "report_test_util.h"

#include <QImage>
#include <QPainter>
#include <gtest/gtest.h>
#include <thread>

using namespace sc;
using sc::test::ReportFixture;

namespace {

QImage render(const CardData &d, QSize size, const CardRenderOptions &o = {})
{
    QImage img(size, QImage::Format_RGB32);
    img.fill(Qt::magenta);
    QPainter p(&img);
    CardRenderer::paint(p, QRectF(QPointF(0, 0), QSizeF(size)), d, o);
    p.end();
    return img;
}

CardData card(ReportFixture &f, const QString &id)
{
    auto d = buildCardData(f.store(), id, ReportFixture::cardMonth());
    EXPECT_TRUE(d.has_value());
    return d.value_or(CardData{});
}

} // namespace

TEST(CardRenderer, LogicalPageIsLandscapeA4)
{
    const QSizeF s = CardRenderer::logicalPageSize();
    EXPECT_GT(s.width(), s.height());
    EXPECT_NEAR(s.width() / s.height(), 297.0 / 210.0, 0.01);
}

TEST(CardRenderer, MatchesApprovedCard)
{
    ReportFixture f;
    const QImage img = render(card(f, QStringLiteral("A001")), QSize(1263, 893));
    const QString why = sc::test::matchesApproved(QStringLiteral("card_A001"), img);
    EXPECT_TRUE(why.isEmpty()) << why.toStdString();
}

TEST(CardRenderer, MatchesApprovedInsufficientDataCard)
{
    ReportFixture f;
    const QImage img = render(card(f, QStringLiteral("A003")), QSize(1263, 893));
    const QString why = sc::test::matchesApproved(QStringLiteral("card_A003_insufficient"), img);
    EXPECT_TRUE(why.isEmpty()) << why.toStdString();
}

TEST(CardRenderer, MatchesApprovedDarkCardAt1280x800)
{
    ReportFixture f;
    CardRenderOptions o;
    o.darkPalette = true;
    const QImage img = render(card(f, QStringLiteral("A001")), QSize(1280, 800), o);
    const QString why = sc::test::matchesApproved(QStringLiteral("card_A001_dark_1280x800"), img);
    EXPECT_TRUE(why.isEmpty()) << why.toStdString();
}

TEST(CardRenderer, PaintsOnlyInsideTheTarget)
{
    ReportFixture f;
    const CardData d = card(f, QStringLiteral("A001"));
    QImage img(800, 600, QImage::Format_RGB32);
    img.fill(Qt::magenta);
    QPainter p(&img);
    const QRectF target(100, 50, 600, 500);
    CardRenderer::paint(p, target, d);
    p.end();
    // Outside untouched, inside the card's white background (its corner is margin).
    EXPECT_EQ(img.pixel(5, 5), QColor(Qt::magenta).rgb());
    EXPECT_EQ(img.pixel(795, 595), QColor(Qt::magenta).rgb());
    EXPECT_EQ(img.pixel(99, 300), QColor(Qt::magenta).rgb());
    EXPECT_EQ(img.pixel(102, 300), QColor(Qt::white).rgb());
    EXPECT_EQ(img.pixel(698, 60), QColor(Qt::white).rgb());
    // And something was drawn: not every pixel of the target is white.
    int nonWhite = 0;
    for (int y = 50; y < 550; y += 3)
        for (int x = 100; x < 700; x += 3)
            nonWhite += img.pixel(x, y) != QColor(Qt::white).rgb();
    EXPECT_GT(nonWhite, 500);
}

TEST(CardRenderer, SparseCardDoesNotCrash)
{
    // Nothing but an agent: no metrics, no trend, no team, no goals.
    CardData d;
    d.card.agent.id = QStringLiteral("X1");
    d.card.month = Month(2026, 10);
    const QImage img = render(d, QSize(421, 298));
    EXPECT_EQ(img.pixel(210, 290), QColor(Qt::white).rgb());
    // A degenerate target paints nothing and does not crash.
    QImage tiny(10, 10, QImage::Format_RGB32);
    tiny.fill(Qt::magenta);
    QPainter p(&tiny);
    CardRenderer::paint(p, QRectF(0, 0, 0, 0), d);
    p.end();
    EXPECT_EQ(tiny.pixel(5, 5), QColor(Qt::magenta).rgb());
}

TEST(CardRenderer, LongTextIsElidedNotOverflowing)
{
    ReportFixture f;
    CardData d = card(f, QStringLiteral("A001"));
    d.card.agent.name = QString(200, QLatin1Char('W'));
    d.goals.front().item.text = QString(300, QLatin1Char('M'));
    const QImage img = render(d, QSize(842, 595));
    // The right margin (22 pt) stays clear in the header band: nothing runs
    // into it from the elided name, and the overall score stays right-aligned
    // inside the margin.
    for (int y = 22; y < 70; ++y)
        for (int x = 842 - 20; x < 842; ++x)
            ASSERT_EQ(img.pixel(x, y), QColor(Qt::white).rgb()) << x << "," << y;
}

TEST(CardRenderer, SameImageOffTheGuiThread)
{
    ReportFixture f;
    const CardData d = card(f, QStringLiteral("A001"));
    const QImage here = render(d, QSize(842, 595));
    QImage there;
    std::thread worker([&] { there = render(d, QSize(842, 595)); });
    worker.join();
    const auto diff = sc::test::compareImages(here, there, 0);
    EXPECT_TRUE(diff.sameSize);
    EXPECT_EQ(diff.differingFraction, 0.0);
}

TEST(ReportStyle, RatingColoursAndRounding)
{
    // One colour per rating, all distinct.
    EXPECT_NE(ratingColor(Rating::AtGoal), ratingColor(Rating::Approaching));
    EXPECT_NE(ratingColor(Rating::Approaching), ratingColor(Rating::Below));
    EXPECT_NE(ratingColor(Rating::Below), ratingColor(Rating::InsufficientData));
    // Green-dominant, red-dominant.
    EXPECT_GT(ratingColor(Rating::AtGoal).green(), ratingColor(Rating::AtGoal).red());
    EXPECT_GT(ratingColor(Rating::Below).red(), ratingColor(Rating::Below).green());
    EXPECT_EQ(ratingForScore(100), Rating::AtGoal);
    EXPECT_EQ(ratingForScore(99.99), Rating::Approaching);
    EXPECT_EQ(ratingForScore(80), Rating::Approaching);
    EXPECT_EQ(ratingForScore(79.9), Rating::Below);
    EXPECT_EQ(ratingForScore(std::nullopt), Rating::InsufficientData);
    // Percent 1 decimal, seconds 0, per hour 2.
    EXPECT_EQ(formatMetricValueWithUnit(u"csat", 88.46), QStringLiteral("88.5%"));
    EXPECT_EQ(formatMetricValueWithUnit(u"aht", 412.6), QStringLiteral("413 s"));
    EXPECT_EQ(formatMetricValueWithUnit(u"contacts_per_hour", 7.125), QStringLiteral("7.13 /h"));
    EXPECT_EQ(formatMetricValue(u"kcs", 12.0), QStringLiteral("12"));
    EXPECT_EQ(formatMetricValue(u"kcs", 12.25), QStringLiteral("12.3"));
    EXPECT_EQ(formatMetricValue(u"qa", std::nullopt), QStringLiteral("–"));
    EXPECT_EQ(formatMetricValue(u"nps", -0.01), QStringLiteral("0.0"));
    EXPECT_EQ(formatOverall(93.44), QStringLiteral("93.4"));
    EXPECT_EQ(formatChange(3.25), QStringLiteral("▲ +3.3"));
    EXPECT_EQ(formatChange(-1.0), QStringLiteral("▼ −1.0"));
    EXPECT_EQ(formatChange(0.01), QStringLiteral("= 0.0"));
    EXPECT_EQ(monthTitle(Month(2026, 10)), QStringLiteral("October 2026"));
}

// A label a translation made too long shrinks a little (at most a sixth)
// before it is cut; one that fits keeps its size.
TEST(PaintText, ShrinksALittleBeforeItCuts)
{
    QImage img(400, 60, QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    QFont font = p.font();
    font.setPointSizeF(10);
    const QString label = QStringLiteral("Calificación incierta");
    const double full = paint::textWidth(p, font, label);
    ASSERT_GT(full, 50);

    EXPECT_DOUBLE_EQ(paint::fittedFont(p, font, label, full + 1).pointSizeF(), 10);

    const QFont shrunk = paint::fittedFont(p, font, label, full * 0.92);
    EXPECT_LT(shrunk.pointSizeF(), 10);
    EXPECT_GE(shrunk.pointSizeF(), 10 * 0.83);
    EXPECT_LE(paint::textWidth(p, shrunk, label), full * 0.92);
    // Drawn whole: the width drawn is the whole label's in the smaller font.
    EXPECT_DOUBLE_EQ(paint::text(p, QRectF(0, 0, full * 0.92, 20), label, font, Qt::black),
                     paint::textWidth(p, shrunk, label));

    // Half the room: no size a sixth smaller fits, so it is cut.
    const QFont smallest = paint::fittedFont(p, font, label, full * 0.5);
    EXPECT_GT(paint::textWidth(p, smallest, label), full * 0.5);
    EXPECT_LE(paint::text(p, QRectF(0, 30, full * 0.5, 20), label, font, Qt::black), full * 0.5);
    p.end();
}

// A range with a negative end (NPS) is written with "to", never "–-".
TEST(RangeText, NegativeEndsAreWrittenWithTo)
{
    EXPECT_EQ(formatRange(u"nps", Interval{-77.7, -5.6}), QStringLiteral("-77.7 to -5.6"));
    EXPECT_EQ(formatRange(u"nps", Interval{-12.0, 30.5}), QStringLiteral("-12.0 to 30.5"));
    EXPECT_EQ(formatRange(u"qa_score", Interval{82.3, 93.0}), QStringLiteral("82.3–93.0"));
}
