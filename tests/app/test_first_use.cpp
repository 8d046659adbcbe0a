// Issue 11.7: the defects a new user hit while preparing the month's 1:1s,
// each driven through the real widgets offscreen. Expected numbers are worked
// by hand from tests/data/app/README.md.
#include "../report/report_test_util.h"
#include "app/card_widget.h"
#include "app/main_window.h"
#include "app/month_cache.h"
#include "app/my_card_window.h"
#include "app/notes_panel.h"
#include "app/team_table_model.h"
#include "app/template_editor.h"
#include "gui_test_support.h"
#include "workflow/month_workflow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace sc;
using namespace sc::test;

namespace {

class FirstUseTest : public FilledWindowTest {
protected:
    QString drawnCard() const
    {
        const auto &card = window->cardWidget()->card();
        return card ? cardTexts(*card).join(QLatin1Char('\n')) : QString();
    }
};

TEST_F(FirstUseTest, RedoAnswersCtrlYAndCtrlShiftZWithoutAnAmbiguousShortcut)
{
    MessageCatcher messages;
    ActionItem goal;
    goal.text = QStringLiteral("Two KCS drafts a week");
    window->notesPanel()->addItem(goal);
    auto stored = [&] { return window->store().actionItems(QStringLiteral("A001"), Month(2026, 10)).size(); };
    ASSERT_EQ(stored(), 1u);

    QWidget *focus = window->teamView();
    focus->setFocus();
    QTest::keyClick(focus, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(stored(), 0u) << "Ctrl+Z undoes the new goal";
    QTest::keyClick(focus, Qt::Key_Y, Qt::ControlModifier);
    EXPECT_EQ(stored(), 1u) << "Ctrl+Y redoes it";
    QTest::keyClick(focus, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(stored(), 0u);
    QTest::keyClick(focus, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(stored(), 1u) << "Ctrl+Shift+Z redoes it too";
    EXPECT_TRUE(messages.containing(QStringLiteral("Ambiguous")).isEmpty())
        << qPrintable(messages.messages().join(QLatin1Char('\n')));
}

TEST_F(FirstUseTest, CardFollowsATemplateSavedInTheEditor)
{
    ASSERT_TRUE(window->selectAgent(QStringLiteral("A002")));
    ASSERT_NEAR(*window->cardWidget()->card()->card.overall, 4583.333333 / 85, 1e-6);
    // Drive the real dialog: QA's weight to 0, then Save.
    bool edited = false;
    QTimer::singleShot(0, [&] {
        auto *dlg = qobject_cast<TemplateEditor *>(QApplication::activeModalWidget());
        if (!dlg)
            return;
        edited = dlg->editCell(dlg->rowOf(QStringLiteral("qa")), TemplateEditor::WeightColumn, QStringLiteral("0"));
        for (QPushButton *b : dlg->findChildren<QPushButton *>()) {
            if (b->text().remove(QLatin1Char('&')) == QLatin1String("Save"))
                b->click();
        }
    });
    window->openTemplateEditor();
    ASSERT_TRUE(edited);
    // A002 without QA: (25·50 + 20·66.67 + 15·50) / 60 = 3333.33 / 60 = 55.56,
    // shown at once for the agent still selected.
    ASSERT_TRUE(window->cardWidget()->card().has_value());
    EXPECT_EQ(window->currentAgentId(), QStringLiteral("A002"));
    EXPECT_NEAR(*window->cardWidget()->card()->card.overall, 3333.333333 / 60, 1e-6);
    EXPECT_TRUE(drawnCard().contains(QStringLiteral("55.6"))) << qPrintable(drawnCard());
}

TEST_F(FirstUseTest, UndoingANoteTakesItOffTheCard)
{
    ASSERT_TRUE(window->selectAgent(QStringLiteral("A002")));
    NotesPanel *panel = window->notesPanel();
    QTest::keyClicks(panel->notesEditor(), QStringLiteral("Wants to coach new hires"));
    panel->flush();
    ASSERT_TRUE(window->cardWidget()->card()->note.has_value());
    EXPECT_EQ(window->cardWidget()->card()->note->text, QStringLiteral("Wants to coach new hires"));
    EXPECT_TRUE(drawnCard().contains(QStringLiteral("coach new hires")));

    window->undoStack()->undo(); // saved at once, no wait for the autosave
    const auto &note = window->cardWidget()->card()->note;
    EXPECT_TRUE(!note || note->text.isEmpty());
    EXPECT_FALSE(drawnCard().contains(QStringLiteral("coach new hires")));
    window->undoStack()->redo();
    EXPECT_TRUE(drawnCard().contains(QStringLiteral("coach new hires")));
}

TEST_F(FirstUseTest, SearchWithATeamSwitchSaysWhyNothingShowsAndEscapeClearsIt)
{
    QHeaderView *header = window->teamView()->horizontalHeader();
    const int nameWidth = header->sectionSize(TeamTableModel::NameColumn);
    ASSERT_TRUE(window->selectAgent(QStringLiteral("A003")));
    window->setSearch(QStringLiteral("carol"));
    window->setTeamFilter(QStringLiteral("Beta")); // Carol is in Alpha
    EXPECT_TRUE(tableOrder().isEmpty());
    EXPECT_FALSE(window->cardWidget()->card().has_value());
    EXPECT_TRUE(window->cardWidget()->placeholder().contains(QStringLiteral("carol")))
        << qPrintable(window->cardWidget()->placeholder());
    EXPECT_FALSE(window->cardWidget()->placeholder().contains(QStringLiteral("Preparing")));
    EXPECT_FALSE(window->statusBar()->currentMessage().contains(QStringLiteral("Carol")))
        << "the status bar no longer names the agent that was shown";

    // Escape in the search field clears it: Beta's agent and card come back.
    QLineEdit *search = window->searchField();
    search->setFocus();
    QTest::keyClick(search, Qt::Key_Escape);
    EXPECT_TRUE(search->text().isEmpty());
    EXPECT_EQ(tableOrder(), QStringList{QStringLiteral("B001")});
    EXPECT_EQ(window->currentAgentId(), QStringLiteral("B001"));
    ASSERT_TRUE(window->cardWidget()->card().has_value());
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("Dave Dunn")));

    // A search that matches nothing, cleared: the columns are as wide as before.
    window->setTeamFilter(QString());
    window->setSearch(QStringLiteral("nobody by that name"));
    window->setSearch(QString());
    EXPECT_EQ(header->sectionSize(TeamTableModel::NameColumn), nameWidth);
}

TEST_F(FirstUseTest, TeamColumnComesBackInAnotherDatabase)
{
    window->setTeamFilter(QStringLiteral("Beta"));
    EXPECT_TRUE(window->teamView()->isColumnHidden(TeamTableModel::TeamColumn));

    // Another database whose only team is Gamma: the filter falls back to
    // All teams, and the Team column shows again.
    QTemporaryDir other;
    auto store = openStore(other.filePath(QStringLiteral("other.sqlite")), testClock());
    ImportBatch agents;
    agents.kind = ImportKind::Agents;
    agents.agents.push_back({QStringLiteral("G001"), QStringLiteral("Gina Green"), QStringLiteral("Gamma"),
                             QStringLiteral("Uma Boss"), Employment::FullTime, QString(), true});
    ImportBatch time;
    time.kind = ImportKind::Time;
    time.time.push_back({QStringLiteral("G001"), QDate(2026, 10, 1), 480, 480.0, 470.0, 400.0});
    store->importBatches({agents, time});
    window->setDatabase(std::move(store), other.filePath(QStringLiteral("other.sqlite")));
    EXPECT_EQ(window->teamCombo()->currentData().toString(), QString());
    EXPECT_FALSE(window->teamView()->isColumnHidden(TeamTableModel::TeamColumn));
    EXPECT_EQ(tableOrder(), QStringList{QStringLiteral("G001")});
}

TEST_F(FirstUseTest, FinalizedMonthLabelHasOnlyGlyphsTheFontHasAndTheFrozenCardNamesTheSupervisor)
{
    ASSERT_EQ(workflow::finalizeMonth(window->store(), Month(2026, 10)).outcome, workflow::MonthOutcome::Done);
    window->reloadData();
    QLabel *state = window->monthStateLabel();
    EXPECT_TRUE(state->text().contains(QStringLiteral("Finalized")));
    const QFontMetrics fm(state->font());
    for (char32_t c : state->text().toUcs4())
        EXPECT_TRUE(fm.inFontUcs4(c)) << "no glyph for U+" << std::hex << unsigned(c);

    ASSERT_TRUE(window->selectAgent(QStringLiteral("A002")));
    ASSERT_TRUE(window->cache().report(Month(2026, 10)).frozen);
    EXPECT_EQ(window->cardWidget()->card()->card.agent.supervisor, QStringLiteral("Sam Super"));
    EXPECT_TRUE(drawnCard().contains(QStringLiteral("Sam Super"))) << qPrintable(drawnCard());
}

TEST_F(FirstUseTest, TemplatePreviewGivesTiedAgentsOneRankAndShowsTheirIds)
{
    TemplateEditor editor(window->store(), Month(2026, 10), QString());
    // Adherence alone: B001 110 (capped), A001 100, A003 100, A002 66.67.
    for (const char *key : {"contacts_per_hour", "qa", "csat", "kcs"})
        ASSERT_TRUE(
            editor.editCell(editor.rowOf(QString::fromLatin1(key)), TemplateEditor::WeightColumn, QStringLiteral("0")));
    QTimer::singleShot(0, [] {}); // let the preview timer run
    QTest::qWait(300);
    QTableWidget *t = editor.previewTable();
    QHash<QString, QString> rankById;
    for (int r = 0; r < t->rowCount(); ++r)
        rankById.insert(t->item(r, TemplateEditor::PvId)->text(), t->item(r, TemplateEditor::PvNewRank)->text());
    EXPECT_EQ(rankById.value(QStringLiteral("B001")), QStringLiteral("1"));
    EXPECT_EQ(rankById.value(QStringLiteral("A001")), QStringLiteral("=2"));
    EXPECT_EQ(rankById.value(QStringLiteral("A003")), QStringLiteral("=2"));
    EXPECT_EQ(rankById.value(QStringLiteral("A002")), QStringLiteral("4"));
}

TEST_F(FirstUseTest, MetricColumnsShowTheValueTheirNameSays)
{
    const QStringList keys = window->teamModel()->metricKeys();
    const int cph = TeamTableModel::FirstMetricColumn + int(keys.indexOf(QStringLiteral("contacts_per_hour")));
    EXPECT_EQ(window->teamModel()->headerData(cph, Qt::Horizontal, Qt::DisplayRole).toString(),
              QStringLiteral("Contacts/h"));
    const int row = window->teamModel()->rowOf(QStringLiteral("B001"));
    // B001: 60·720/6000 = 7.2 contacts per hour (its score, 80, is in the tool tip).
    EXPECT_EQ(window->teamModel()->index(row, cph).data().toString(), QStringLiteral("7.20"));
    EXPECT_TRUE(window->teamModel()->index(row, cph).data(Qt::ToolTipRole).toString().contains(QStringLiteral("80")));
}

TEST_F(FirstUseTest, GoalMonthsAreWrittenWithTheirYear)
{
    ASSERT_TRUE(window->selectAgent(QStringLiteral("A002")));
    ActionItem goal;
    goal.text = QStringLiteral("QA above 75");
    goal.metricKey = QStringLiteral("qa");
    goal.targetValue = 75;
    goal.dueMonth = Month(2026, 12);
    window->notesPanel()->addItem(goal);
    const QString drawn = drawnCard();
    EXPECT_TRUE(drawn.contains(QStringLiteral("agreed Oct 2026"))) << qPrintable(drawn);
    EXPECT_TRUE(drawn.contains(QStringLiteral("due Dec 2026"))) << qPrintable(drawn);
    EXPECT_FALSE(drawn.contains(QStringLiteral("Dec 26")));
}

TEST_F(FirstUseTest, ExportAllCardsKeepsToTheChosenTeamAndSaysWhere)
{
    window->setTeamFilter(QStringLiteral("Alpha"));
    const QString file = dir.filePath(QStringLiteral("alpha cards.pdf"));
    EXPECT_EQ(window->exportAllCards(file), file);
    EXPECT_EQ(pdfPageCount(file), 3); // A001, A002, A003; not Beta's B001
    const QString text = pdfText(file);
    EXPECT_TRUE(text.contains(QStringLiteral("Carol Chen")));
    EXPECT_FALSE(text.contains(QStringLiteral("Dave Dunn")));
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QDir::toNativeSeparators(file)))
        << qPrintable(window->statusBar()->currentMessage());

    window->setTeamFilter(QString());
    const QString all = dir.filePath(QStringLiteral("all cards.pdf"));
    EXPECT_EQ(window->exportAllCards(all), all);
    EXPECT_EQ(pdfPageCount(all), 4);
}

TEST_F(FirstUseTest, TeamReportWithAllTeamsOffersEveryTeam)
{
    window->setTeamFilter(QString());
    const QString file = dir.filePath(QStringLiteral("teams.pdf"));
    window->setAllTeamsAnswer(MainWindow::AllTeamsAnswer::No);
    EXPECT_TRUE(window->exportTeamReport(file).isEmpty());
    EXPECT_FALSE(QFileInfo::exists(file));

    window->setAllTeamsAnswer(MainWindow::AllTeamsAnswer::Yes);
    ASSERT_EQ(window->exportTeamReport(file), file);
    const QString text = pdfText(file);
    EXPECT_TRUE(text.contains(QStringLiteral("Alpha")));
    EXPECT_TRUE(text.contains(QStringLiteral("Beta")));
    // Each team's report on its own pages: Alpha's and Beta's together.
    const QString alpha = dir.filePath(QStringLiteral("alpha.pdf"));
    window->setTeamFilter(QStringLiteral("Alpha"));
    ASSERT_EQ(window->exportTeamReport(alpha), alpha);
    const QString beta = dir.filePath(QStringLiteral("beta.pdf"));
    window->setTeamFilter(QStringLiteral("Beta"));
    ASSERT_EQ(window->exportTeamReport(beta), beta);
    EXPECT_EQ(pdfPageCount(file), pdfPageCount(alpha) + pdfPageCount(beta));
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QDir::toNativeSeparators(beta)));
}

TEST_F(FirstUseTest, EditingAGoalInTheTableWarnsAboutNoEditor)
{
    ASSERT_TRUE(window->selectAgent(QStringLiteral("A002")));
    NotesPanel *panel = window->notesPanel();
    ActionItem goal;
    goal.text = QStringLiteral("New goal");
    panel->addItem(goal);
    MessageCatcher messages;
    QTableView *view = panel->itemsView();
    const QModelIndex cell = panel->itemsModel()->index(0, ActionItemsModel::TextColumn);
    view->setCurrentIndex(cell);
    view->edit(cell);
    auto *editor = view->viewport()->findChild<QLineEdit *>();
    ASSERT_NE(editor, nullptr);
    editor->setText(QStringLiteral("Shadow a senior agent"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    const auto items = window->store().actionItems(QStringLiteral("A002"), Month(2026, 10));
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0].text, QStringLiteral("Shadow a senior agent"));
    EXPECT_EQ(cell.data().toString(), QStringLiteral("Shadow a senior agent"));
    EXPECT_TRUE(messages.containing(QStringLiteral("closeEditor")).isEmpty())
        << qPrintable(messages.messages().join(QLatin1Char('\n')));
}

TEST(FirstUseDefaultMonth, AFewMisDatedRowsDoNotPickTheMonth)
{
    // A call log of August 1999 (5,000 rows) with one row dated March 2010.
    const std::vector<Month> months{Month(1999, 8), Month(2010, 3)};
    auto rows = [](Month m) { return m == Month(2010, 3) ? qint64(1) : qint64(5000); };
    EXPECT_EQ(MainWindow::defaultMonth(months, testClock(), rows), Month(1999, 8));
    // 499 rows are under a tenth of 5,000: passed over; 500 are not.
    auto tenth = [](qint64 n) { return [n](Month m) { return m == Month(2010, 3) ? n : qint64(5000); }; };
    EXPECT_EQ(MainWindow::defaultMonth(months, testClock(), tenth(499)), Month(1999, 8));
    EXPECT_EQ(MainWindow::defaultMonth(months, testClock(), tenth(500)), Month(2010, 3));
    // Without counts: the last complete month, as before.
    EXPECT_EQ(MainWindow::defaultMonth(months, testClock()), Month(2010, 3));
}

TEST(FirstUseDefaultMonth, TheAppOpensOnTheMonthWithTheData)
{
    QTemporaryDir dir;
    QString path;
    auto store = makeFilledStore(dir, testClock(), &path);
    // One contact row dated March 2028 (a typo for 2026), after October 2026's data.
    ImportBatch stray;
    stray.kind = ImportKind::Contacts;
    ContactRecord c;
    c.agentId = QStringLiteral("A001");
    c.date = QDate(2028, 3, 2);
    c.contacts = 1;
    stray.contacts.push_back(c);
    store->importBatches({stray});
    FixedClock later(QDateTime(QDate(2030, 1, 15), QTime(9, 0), Qt::UTC));
    MainWindow window(std::move(store), path, later);
    EXPECT_EQ(window.month(), Month(2026, 10));
    EXPECT_EQ(window.monthCombo()->count(), 3); // 2028-03 is still there to pick
}

TEST(FirstUseMyCard, ClosesFromTheKeyboard)
{
    QTemporaryDir dir;
    auto store = makeFilledStore(dir, testClock());
    for (QKeyCombination key : {QKeyCombination(Qt::CTRL, Qt::Key_W), QKeyCombination(Qt::Key_Escape)}) {
        MyCardWindow w(*store, QStringLiteral("A002"), Month(2026, 10));
        w.show();
        w.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(w.goalsView(), key.key(), key.keyboardModifiers());
        EXPECT_FALSE(w.isVisible()) << "key " << QKeySequence(key).toString().toStdString();
    }
}

} // namespace
