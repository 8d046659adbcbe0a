// The template editor: invalid values refused in place with the reason,
// weights as % of total, a live preview of scores and ranking, and saving.
#include "app/template_editor.h"
#include "gui_test_support.h"
#include "workflow/month_workflow.h"

#include <QLabel>

#include <QTableWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace sc;
using namespace sc::test;

namespace {

class TemplateEditorTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        store = makeFilledStore(dir, testClock());
        editor = std::make_unique<TemplateEditor>(*store, Month(2026, 10), QString()); // all teams
        editor->show();
    }

    QString cell(const QString &key, int column) const
    {
        return editor->rulesTable()->item(editor->rowOf(key), column)->text();
    }

    // Preview rows: agent name -> (rank now, rank edited, overall edited).
    QHash<QString, QStringList> preview() const
    {
        QHash<QString, QStringList> out;
        QTableWidget *t = editor->previewTable();
        for (int r = 0; r < t->rowCount(); ++r)
            out.insert(t->item(r, TemplateEditor::PvAgent)->text(),
                       {t->item(r, TemplateEditor::PvNowRank)->text(), t->item(r, TemplateEditor::PvNewRank)->text(),
                        t->item(r, TemplateEditor::PvNewOverall)->text()});
        return out;
    }

    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    std::unique_ptr<TemplateEditor> editor;
};

TEST_F(TemplateEditorTest, ShowsWeightsAsShareOfTotal)
{
    // Default template: weights sum to 100, qa is 25 of them.
    EXPECT_EQ(cell(QStringLiteral("qa"), TemplateEditor::ShareColumn), QStringLiteral("25.0%"));
    ASSERT_TRUE(
        editor->editCell(editor->rowOf(QStringLiteral("qa")), TemplateEditor::WeightColumn, QStringLiteral("0")));
    // contacts/h 25 of 75 = 33.3%.
    EXPECT_EQ(cell(QStringLiteral("contacts_per_hour"), TemplateEditor::ShareColumn), QStringLiteral("33.3%"));
}

TEST_F(TemplateEditorTest, RefusesInvalidValuesWithTheReason)
{
    const int qa = editor->rowOf(QStringLiteral("qa"));
    EXPECT_FALSE(editor->editCell(qa, TemplateEditor::WeightColumn, QStringLiteral("lots")));
    EXPECT_TRUE(editor->problemText().contains(QStringLiteral("not a number")))
        << "[" << qPrintable(editor->problemText()) << "]";
    EXPECT_EQ(cell(QStringLiteral("qa"), TemplateEditor::WeightColumn), QStringLiteral("25"));

    // Floor equal to the goal (90) is refused by core's validation.
    EXPECT_FALSE(editor->editCell(qa, TemplateEditor::FloorColumn, QStringLiteral("90")));
    EXPECT_TRUE(editor->problemText().contains(QStringLiteral("floor and goal must differ")))
        << qPrintable(editor->problemText());
    EXPECT_EQ(cell(QStringLiteral("qa"), TemplateEditor::FloorColumn), QStringLiteral("70"));

    EXPECT_FALSE(editor->editCell(qa, TemplateEditor::WeightColumn, QStringLiteral("-5")));
    EXPECT_EQ(editor->editedTemplate().rule(u"qa")->weight, 25.0);
}

TEST_F(TemplateEditorTest, PreviewShowsNewScoresAndRanking)
{
    // Now: A001 100, A003 87.06, A002 53.92, B001 50.29.
    auto before = preview();
    EXPECT_EQ(before.value(QStringLiteral("Dave Dunn")).at(0), QStringLiteral("4"));
    // Without QA (weight 0) the scored weight is 25+20+15 = 60:
    // B001 (25*80 + 20*110 + 15*5)/60 = 71.25; A002 (25*50 + 20*66.67 + 15*50)/60 = 55.56.
    ASSERT_TRUE(
        editor->editCell(editor->rowOf(QStringLiteral("qa")), TemplateEditor::WeightColumn, QStringLiteral("0")));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return preview().value(QStringLiteral("Dave Dunn")).at(1) == QStringLiteral("3"); }, 2000));
    const auto after = preview();
    EXPECT_EQ(after.value(QStringLiteral("Dave Dunn")).at(0), QStringLiteral("4"));
    EXPECT_EQ(after.value(QStringLiteral("Dave Dunn")).at(2), QStringLiteral("71.3"));
    EXPECT_EQ(after.value(QStringLiteral("Bob Baker")).at(1), QStringLiteral("4"));
    EXPECT_EQ(after.value(QStringLiteral("Bob Baker")).at(2), QStringLiteral("55.6"));
    // Nothing saved yet.
    EXPECT_TRUE(store->templates().empty());
}

TEST_F(TemplateEditorTest, SaveStoresTheTemplate)
{
    ASSERT_TRUE(
        editor->editCell(editor->rowOf(QStringLiteral("qa")), TemplateEditor::WeightColumn, QStringLiteral("0")));
    ASSERT_TRUE(editor->save());
    const auto templates = store->templates();
    ASSERT_EQ(templates.size(), 1u);
    EXPECT_EQ(templates[0].effectiveFrom, Month(2026, 10));
    EXPECT_TRUE(templates[0].team.isEmpty());
    EXPECT_EQ(templates[0].rule(u"qa")->weight, 0.0);
    const MonthReport r = scoreMonth(*store, Month(2026, 10));
    ASSERT_NE(r.agent(QStringLiteral("B001")), nullptr);
    EXPECT_NEAR(*r.agent(QStringLiteral("B001"))->overall, 4275.0 / 60, 1e-9);
}

TEST_F(TemplateEditorTest, PreviewSaysAFinalizedMonthWillNotChange)
{
    auto previewSays = [](const TemplateEditor &e) {
        QStringList texts;
        for (const QLabel *l : e.findChildren<QLabel *>())
            texts << l->text();
        return texts.join(QLatin1Char('\n'));
    };
    EXPECT_FALSE(previewSays(*editor).contains(QStringLiteral("finalized")));
    ASSERT_EQ(workflow::finalizeMonth(*store, Month(2026, 10)).outcome, workflow::MonthOutcome::Done);
    TemplateEditor again(*store, Month(2026, 10), QString());
    EXPECT_TRUE(previewSays(again).contains(QStringLiteral("2026-10 is finalized: its cards will not change")))
        << qPrintable(previewSays(again));
}

} // namespace
