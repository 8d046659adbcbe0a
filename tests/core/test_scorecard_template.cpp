#include "core/scorecard_template.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace sc;

namespace {
ScorecardTemplate named(const char *name, const char *team, Month from)
{
    ScorecardTemplate t = defaultTemplate();
    t.name = QString::fromLatin1(name);
    t.team = QString::fromLatin1(team);
    t.effectiveFrom = from;
    return t;
}
} // namespace

TEST(DefaultTemplate, MatchesSpecSectionFour)
{
    const ScorecardTemplate t = defaultTemplate();
    EXPECT_DOUBLE_EQ(t.totalWeight(), 100.0); // 25+25+15+20+15
    const MetricRule *cph = t.rule(u"contacts_per_hour");
    EXPECT_EQ(cph->weight, 25);
    EXPECT_EQ(*cph->floor, 4);
    EXPECT_EQ(*cph->goal, 8);
    EXPECT_EQ(t.rule(u"adherence")->cap, 110);
    EXPECT_EQ(t.rule(u"kcs")->cap, 150);
    EXPECT_EQ(*t.rule(u"aht")->floor, 900);
    EXPECT_EQ(*t.rule(u"occupancy")->low, 75);
    EXPECT_EQ(*t.rule(u"occupancy")->tolerance, 15);
    EXPECT_EQ(t.rules.size(), 9u);
    EXPECT_TRUE(validateTemplate(t).isEmpty());
}

TEST(TemplateValidation, RefusesWhatCannotScore)
{
    ScorecardTemplate t = defaultTemplate();
    t.rule(u"qa")->weight = -1;
    t.rule(u"csat")->goal = 70;     // == floor
    t.rule(u"occupancy")->low = 90; // above high 85
    MetricRule unknown;
    unknown.key = QStringLiteral("smiles_per_hour");
    t.rules.push_back(unknown);
    const QStringList errors = validateTemplate(t);
    const QString all = errors.join(u'\n');
    EXPECT_TRUE(all.contains(u"metric 'qa': weight must be a number >= 0")) << qPrintable(all);
    EXPECT_TRUE(all.contains(u"metric 'csat': floor and goal must differ")) << qPrintable(all);
    EXPECT_TRUE(all.contains(u"metric 'occupancy': band low (90) must not be above high (85)")) << qPrintable(all);
    EXPECT_TRUE(all.contains(u"metric 'smiles_per_hour': unknown metric key")) << qPrintable(all);
    EXPECT_EQ(errors.size(), 4);
}

TEST(TemplateValidation, WeightsNeedAPositiveSum)
{
    ScorecardTemplate t = defaultTemplate();
    for (MetricRule &r : t.rules)
        r.weight = 0;
    EXPECT_EQ(validateTemplate(t), QStringList{QStringLiteral("weights: must have a positive sum")});
}

TEST(TemplateFor, TeamOwnBeatsGlobalAndLatestEffectiveWins)
{
    const std::vector<ScorecardTemplate> all{named("global-2026", "", Month(2026, 1)),
                                             named("global-2026-09", "", Month(2026, 9)),
                                             named("billing-2026-06", "Billing", Month(2026, 6))};
    EXPECT_EQ(templateFor(all, QStringLiteral("Billing"), Month(2025, 12)).name, QStringLiteral("Default"));
    EXPECT_EQ(templateFor(all, QStringLiteral("Billing"), Month(2026, 3)).name, QStringLiteral("global-2026"));
    EXPECT_EQ(templateFor(all, QStringLiteral("Billing"), Month(2026, 6)).name, QStringLiteral("billing-2026-06"));
    EXPECT_EQ(templateFor(all, QStringLiteral("Billing"), Month(2026, 10)).name, QStringLiteral("billing-2026-06"));
    EXPECT_EQ(templateFor(all, QStringLiteral("Tech"), Month(2026, 8)).name, QStringLiteral("global-2026"));
    EXPECT_EQ(templateFor(all, QStringLiteral("Tech"), Month(2026, 9)).name, QStringLiteral("global-2026-09"));
}

TEST(TemplateJson, RoundTrips)
{
    ScorecardTemplate t = named("Tech goals", "Tech", Month(2026, 4));
    t.rule(u"aht")->weight = 10;
    t.thresholds.approaching = 75;
    QString error;
    const auto back = templateFromJson(templateToJson(t), &error);
    ASSERT_TRUE(back) << qPrintable(error);
    EXPECT_EQ(*back, t);
    const QJsonObject o = templateToJson(t);
    EXPECT_EQ(o.value(u"effective_from").toString(), QStringLiteral("2026-04"));
    EXPECT_EQ(o.value(u"team").toString(), QStringLiteral("Tech"));
    EXPECT_TRUE(templateToJson(defaultTemplate()).value(u"team").isNull());
}

TEST(TemplateJson, AttentionFieldsDefaultTo3Of4AndRoundTrip)
{
    // SPEC section 6: attention_below = 3, attention_months = 4 by default.
    EXPECT_EQ(defaultTemplate().attentionBelow, 3);
    EXPECT_EQ(defaultTemplate().attentionMonths, 4);
    const QJsonObject o = templateToJson(defaultTemplate());
    EXPECT_EQ(o.value(u"attention_below").toInt(), 3);
    EXPECT_EQ(o.value(u"attention_months").toInt(), 4);
    ScorecardTemplate t = named("Strict", "Tech", Month(2026, 4));
    t.attentionBelow = 2;
    t.attentionMonths = 3;
    QString error;
    const auto back = templateFromJson(templateToJson(t), &error);
    ASSERT_TRUE(back) << qPrintable(error);
    EXPECT_EQ(back->attentionBelow, 2);
    EXPECT_EQ(back->attentionMonths, 3);
    // More months below than the window has, and fractions, are refused.
    QJsonObject bad = templateToJson(t);
    bad.insert(QStringLiteral("attention_below"), 5);
    EXPECT_FALSE(templateFromJson(bad, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("attention_below"))) << qPrintable(error);
    bad.insert(QStringLiteral("attention_below"), 1.5);
    EXPECT_FALSE(templateFromJson(bad, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("attention_below"))) << qPrintable(error);
}

TEST(TemplateJson, MissingMetricsAreContextOnlyAndCapDefaultsTo120)
{
    const QByteArray json = R"({"name":"Lean","effective_from":"2026-01",
        "metrics":[{"key":"qa","weight":60,"floor":60,"goal":95},
                   {"key":"csat","weight":40,"floor":60,"goal":90,"cap":100}]})";
    QString error;
    const auto t = templateFromJson(QJsonDocument::fromJson(json).object(), &error);
    ASSERT_TRUE(t) << qPrintable(error);
    EXPECT_EQ(t->rule(u"qa")->cap, 120);
    EXPECT_EQ(t->rule(u"csat")->cap, 100);
    EXPECT_DOUBLE_EQ(t->totalWeight(), 100.0);
    ASSERT_TRUE(t->rule(u"aht"));
    EXPECT_EQ(t->rule(u"aht")->weight, 0);
    EXPECT_TRUE(t->team.isEmpty());
}

TEST(TemplateJson, ErrorsNameTheProblem)
{
    QString error;
    auto parse = [&](const char *json) {
        return templateFromJson(QJsonDocument::fromJson(QByteArray(json)).object(), &error);
    };
    EXPECT_FALSE(parse(R"({"effective_from":"2026-13","metrics":[]})"));
    EXPECT_TRUE(error.contains(u"effective_from")) << qPrintable(error);
    EXPECT_FALSE(parse(R"({"effective_from":"2026-01","metrics":[{"key":"qa","weight":"lots"}]})"));
    EXPECT_TRUE(error.contains(u"metric 'qa': 'weight' must be a number")) << qPrintable(error);
    EXPECT_FALSE(
        parse(R"({"effective_from":"2026-01","metrics":[{"key":"service_level","weight":5,"floor":1,"goal":2}]})"));
    EXPECT_TRUE(error.contains(u"team-only")) << qPrintable(error);
    EXPECT_FALSE(parse(R"({"effective_from":"2026-01","metrics":[{"key":"qa","weight":5,"floor":80,"goal":80}]})"));
    EXPECT_TRUE(error.contains(u"floor and goal must differ")) << qPrintable(error);
}
