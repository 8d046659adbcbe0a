// 1:1 notes and goals: every edit reaches the store, undo/redo restore it,
// nothing typed is lost on close.
#include "app/card_widget.h"
#include "app/main_window.h"
#include "app/my_card_window.h"
#include "app/notes_panel.h"
#include "gui_test_support.h"
#include "workflow/month_workflow.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace sc;
using namespace sc::test;

namespace {

class NotesGoalsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        auto s = makeFilledStore(dir, testClock(), &path);
        window = std::make_unique<MainWindow>(std::move(s), path, testClock());
        window->show();
        ASSERT_TRUE(window->selectAgent(QStringLiteral("A002")));
        panel = window->notesPanel();
    }

    std::vector<ActionItem> storedItems()
    {
        return window->store().actionItems(QStringLiteral("A002"), Month(2026, 10));
    }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<MainWindow> window;
    NotesPanel *panel = nullptr;
};

TEST_F(NotesGoalsTest, PanelFollowsTheSelectedAgent)
{
    EXPECT_EQ(panel->agentId(), QStringLiteral("A002"));
    EXPECT_EQ(panel->month(), Month(2026, 10));
    window->selectAgent(QStringLiteral("A003"));
    EXPECT_EQ(panel->agentId(), QStringLiteral("A003"));
}

TEST_F(NotesGoalsTest, EditedGoalIsSavedAndUndoRestoresIt)
{
    ActionItem goal;
    goal.text = QStringLiteral("Raise QA to 85");
    goal.metricKey = QStringLiteral("qa");
    goal.targetValue = 85;
    panel->addItem(goal);

    auto items = storedItems();
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0].text, QStringLiteral("Raise QA to 85"));
    EXPECT_EQ(items[0].targetValue, 85.0);
    EXPECT_EQ(items[0].createdMonth, Month(2026, 10));
    EXPECT_EQ(items[0].dueMonth, Month(2026, 11)); // next month by default

    // Edit the target as a user would, through the table's model.
    ActionItemsModel *model = panel->itemsModel();
    ASSERT_EQ(model->rowCount(), 1);
    ASSERT_TRUE(model->setData(model->index(0, ActionItemsModel::TargetColumn), QStringLiteral("88"), Qt::EditRole));
    EXPECT_EQ(storedItems().at(0).targetValue, 88.0);
    // And the status.
    ASSERT_TRUE(model->setData(model->index(0, ActionItemsModel::StatusColumn), QStringLiteral("done"), Qt::EditRole));
    EXPECT_EQ(storedItems().at(0).status, ActionStatus::Done);

    QUndoStack *undo = window->undoStack();
    undo->undo(); // status back to open
    EXPECT_EQ(storedItems().at(0).status, ActionStatus::Open);
    undo->undo(); // target back to 85
    EXPECT_EQ(storedItems().at(0).targetValue, 85.0);
    undo->undo(); // the goal was never added
    EXPECT_TRUE(storedItems().empty());
    EXPECT_EQ(model->rowCount(), 0);

    undo->redo(); // added again (under a new id)
    ASSERT_EQ(storedItems().size(), 1u);
    EXPECT_EQ(storedItems().at(0).targetValue, 85.0);
    undo->redo(); // and the edit still applies to it
    EXPECT_EQ(storedItems().at(0).targetValue, 88.0);
    ASSERT_EQ(storedItems().size(), 1u);
}

TEST_F(NotesGoalsTest, InvalidValuesAreRefused)
{
    ActionItem goal;
    goal.text = QStringLiteral("Fewer long calls");
    panel->addItem(goal);
    ActionItemsModel *model = panel->itemsModel();
    EXPECT_FALSE(model->setData(model->index(0, ActionItemsModel::TargetColumn), QStringLiteral("lots"), Qt::EditRole));
    EXPECT_FALSE(
        model->setData(model->index(0, ActionItemsModel::DueColumn), QStringLiteral("next year"), Qt::EditRole));
    EXPECT_FALSE(storedItems().at(0).targetValue.has_value());
    EXPECT_EQ(window->undoStack()->count(), 1); // only the add
}

TEST_F(NotesGoalsTest, RemovedGoalComesBackOnUndo)
{
    ActionItem goal;
    goal.text = QStringLiteral("Shadow a senior agent");
    panel->addItem(goal);
    const qint64 id = storedItems().at(0).id;
    panel->removeItem(id);
    EXPECT_TRUE(storedItems().empty());
    window->undoStack()->undo();
    ASSERT_EQ(storedItems().size(), 1u);
    EXPECT_EQ(storedItems().at(0).text, QStringLiteral("Shadow a senior agent"));
}

TEST_F(NotesGoalsTest, GoalAppearsOnTheCard)
{
    ActionItem goal;
    goal.text = QStringLiteral("Two KCS drafts a week");
    goal.metricKey = QStringLiteral("kcs");
    goal.targetValue = 20;
    panel->addItem(goal);
    const auto &card = window->cardWidget()->card();
    ASSERT_TRUE(card.has_value());
    ASSERT_EQ(card->goals.size(), 1u);
    EXPECT_EQ(card->goals[0].item.text, QStringLiteral("Two KCS drafts a week"));
}

TEST_F(NotesGoalsTest, TypedNotesAreAutosavedAndUndoable)
{
    panel->setAutosaveDelayMs(20);
    QPlainTextEdit *editor = panel->notesEditor();
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("Talked about QA."));
    // Saved shortly after typing stops, without any explicit save.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return window->store().note(QStringLiteral("A002"), Month(2026, 10)).has_value(); }, 2000));
    EXPECT_EQ(window->store().note(QStringLiteral("A002"), Month(2026, 10))->text, QStringLiteral("Talked about QA."));

    // Ctrl+Z in the editor goes to the window's undo stack.
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(editor->toPlainText(), QString());
    panel->flush();
    EXPECT_EQ(window->store().note(QStringLiteral("A002"), Month(2026, 10))->text, QString());
    window->undoStack()->redo();
    EXPECT_EQ(editor->toPlainText(), QStringLiteral("Talked about QA."));
}

TEST_F(NotesGoalsTest, NothingTypedIsLostOnClose)
{
    panel->setAutosaveDelayMs(60000); // the timer will not fire in time
    QTest::keyClicks(panel->notesEditor(), QStringLiteral("Agreed to review two calls together."));
    window->close();
    window.reset();
    auto reopened = openStore(path, testClock());
    const auto note = reopened->note(QStringLiteral("A002"), Month(2026, 10));
    ASSERT_TRUE(note.has_value());
    EXPECT_EQ(note->text, QStringLiteral("Agreed to review two calls together."));
}

TEST_F(NotesGoalsTest, SwitchingAgentSavesTheNote)
{
    panel->setAutosaveDelayMs(60000);
    QTest::keyClicks(panel->notesEditor(), QStringLiteral("Bob's note"));
    window->selectAgent(QStringLiteral("A003"));
    EXPECT_EQ(window->store().note(QStringLiteral("A002"), Month(2026, 10))->text, QStringLiteral("Bob's note"));
    EXPECT_TRUE(panel->notesEditor()->toPlainText().isEmpty()); // Carol's is empty
}

TEST_F(NotesGoalsTest, NotesBoxSaysWhoReadsEachNoteBeforeAnyoneTypes)
{
    // SPEC section 8: shared is the default, and the box says so up front.
    QTabWidget *tabs = panel->noteTabs();
    ASSERT_EQ(tabs->count(), 2);
    EXPECT_EQ(tabs->currentIndex(), 0);
    EXPECT_EQ(tabs->currentWidget()->findChild<QPlainTextEdit *>(), panel->notesEditor());
    EXPECT_TRUE(tabs->tabText(0).contains(QStringLiteral("Shared with the agent")));
    EXPECT_TRUE(tabs->tabText(1).contains(QStringLiteral("Private")));
    EXPECT_TRUE(panel->notesEditor()->toPlainText().isEmpty());
    const auto *shared = panel->findChild<QLabel *>(QStringLiteral("sharedNoteSays"));
    const auto *priv = panel->findChild<QLabel *>(QStringLiteral("privateNoteSays"));
    ASSERT_TRUE(shared && priv);
    EXPECT_TRUE(shared->isVisible());
    EXPECT_TRUE(shared->text().contains(QStringLiteral("they see this note on \"My card\" and in their PDF")));
    EXPECT_TRUE(priv->text().contains(QStringLiteral("only you see this note")));
}

TEST_F(NotesGoalsTest, PrivateNoteIsKeptApartAndNeverOnTheCardOrMyCard)
{
    panel->setAutosaveDelayMs(60000);
    QTest::keyClicks(panel->notesEditor(), QStringLiteral("Plan: shadow a senior agent"));
    panel->showNote(NoteVisibility::Private);
    QTest::keyClicks(panel->privateNotesEditor(), QStringLiteral("Going through a divorce, go easy"));
    panel->flush();
    const Month oct(2026, 10);
    EXPECT_EQ(window->store().note(QStringLiteral("A002"), oct)->text, QStringLiteral("Plan: shadow a senior agent"));
    EXPECT_EQ(window->store().note(QStringLiteral("A002"), oct, NoteVisibility::Private)->text,
              QStringLiteral("Going through a divorce, go easy"));

    // The supervisor's card (what is shown in the 1:1) has the shared note only.
    const QString drawn = cardTexts(*window->cardWidget()->card()).join(QLatin1Char('\n'));
    EXPECT_TRUE(drawn.contains(QStringLiteral("shadow a senior agent"))) << qPrintable(drawn);
    EXPECT_FALSE(drawn.contains(QStringLiteral("divorce")));

    // "My card": neither its widgets nor its card show the private note.
    window->openMyCard(QStringLiteral("A002"));
    auto *mine = window->findChild<MyCardWindow *>();
    ASSERT_NE(mine, nullptr);
    ASSERT_TRUE(mine->hasCard());
    const QString myCard = cardTexts(*mine->cardWidget()->card()).join(QLatin1Char('\n'));
    EXPECT_TRUE(myCard.contains(QStringLiteral("shadow a senior agent")));
    EXPECT_FALSE(myCard.contains(QStringLiteral("divorce")));
    EXPECT_FALSE(visibleTexts(mine).join(QLatin1Char('\n')).contains(QStringLiteral("divorce")));
    mine->close();

    // Back on the agent later: each note in its own box.
    window->selectAgent(QStringLiteral("A003"));
    window->selectAgent(QStringLiteral("A002"));
    EXPECT_EQ(panel->notesEditor()->toPlainText(), QStringLiteral("Plan: shadow a senior agent"));
    EXPECT_EQ(panel->privateNotesEditor()->toPlainText(), QStringLiteral("Going through a divorce, go easy"));
}

TEST_F(NotesGoalsTest, NotesAndGoalsOfAFinalizedMonthAreReadOnlyUntilReopened)
{
    const Month oct(2026, 10);
    ASSERT_EQ(workflow::finalizeMonth(window->store(), oct).outcome, workflow::MonthOutcome::Done);
    window->reloadData();
    ASSERT_TRUE(window->selectAgent(QStringLiteral("A002")));
    EXPECT_TRUE(panel->isFrozen());
    EXPECT_TRUE(panel->notesEditor()->isReadOnly());
    EXPECT_TRUE(panel->privateNotesEditor()->isReadOnly());
    EXPECT_TRUE(panel->notesEditor()->placeholderText().contains(QStringLiteral("finalized")));
    QTest::keyClicks(panel->notesEditor(), QStringLiteral("late remark"));
    ActionItem goal;
    goal.text = QStringLiteral("Added after finalizing");
    panel->addItem(goal);
    panel->flush();
    EXPECT_FALSE(window->store().note(QStringLiteral("A002"), oct).has_value());
    EXPECT_TRUE(storedItems().empty());

    ASSERT_EQ(workflow::reopenMonth(window->store(), oct, QStringLiteral("late note")).outcome,
              workflow::MonthOutcome::Done);
    window->reloadData();
    EXPECT_FALSE(panel->isFrozen());
    EXPECT_FALSE(panel->notesEditor()->isReadOnly());
    panel->addItem(goal);
    EXPECT_EQ(storedItems().size(), 1u);
}

} // namespace
