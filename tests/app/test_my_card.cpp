// "My card": only the agent's own card, trend and goals, read-only, and no
// other agent's name anywhere: widgets, tool tips, chart texts and the page.
#include "app/card_widget.h"
#include "app/charts/trend_chart.h"
#include "app/my_card_window.h"
#include "gui_test_support.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QTreeWidget>
#include <gtest/gtest.h>

using namespace sc;
using namespace sc::test;

namespace {

const QStringList others{QStringLiteral("Alice"), QStringLiteral("Archer"), QStringLiteral("Carol"),
                         QStringLiteral("Chen"),  QStringLiteral("Dave"),   QStringLiteral("Dunn"),
                         QStringLiteral("A001"),  QStringLiteral("A003"),   QStringLiteral("B001")};

class MyCardTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        store = makeFilledStore(dir, testClock());
        // A goal for Bob, and one for Alice that must not show.
        ActionItem bob;
        bob.agentId = QStringLiteral("A002");
        bob.createdMonth = Month(2026, 9);
        bob.dueMonth = Month(2026, 10);
        bob.text = QStringLiteral("QA above 75");
        bob.metricKey = QStringLiteral("qa");
        bob.targetValue = 75;
        store->saveActionItem(bob);
        ActionItem alice = bob;
        alice.agentId = QStringLiteral("A001");
        alice.text = QStringLiteral("Alice's secret goal");
        store->saveActionItem(alice);
        window = std::make_unique<MyCardWindow>(*store, QStringLiteral("A002"), Month(2026, 10));
        window->resize(1280, 800);
        window->show();
    }

    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    std::unique_ptr<MyCardWindow> window;
};

TEST_F(MyCardTest, ShowsTheAgentsOwnCard)
{
    ASSERT_TRUE(window->hasCard());
    const CardData &card = *window->cardWidget()->card();
    EXPECT_EQ(card.card.agent.id, QStringLiteral("A002"));
    EXPECT_TRUE(card.agentView);
    EXPECT_TRUE(cardTexts(card).join(QLatin1Char('\n')).contains(QStringLiteral("Bob Baker")));
    // Bob's goal, with its result: QA 80 >= 75 in October -> met.
    ASSERT_EQ(window->goalsView()->topLevelItemCount(), 1);
    EXPECT_EQ(window->goalsView()->topLevelItem(0)->text(0), QStringLiteral("QA above 75"));
}

TEST_F(MyCardTest, NoOtherAgentNameAnywhere)
{
    QStringList everything = visibleTexts(window.get());
    everything << cardTexts(*window->cardWidget()->card());
    everything << window->trendChart()->visibleTexts();
    // Every metric of the trend chart, with its texts.
    QComboBox *metric = window->trendChart()->metricCombo();
    for (int i = 0; i < metric->count(); ++i) {
        metric->setCurrentIndex(i);
        everything << window->trendChart()->visibleTexts();
    }
    const QString all = everything.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("Bob Baker")));
    for (const QString &name : others)
        EXPECT_FALSE(all.contains(name)) << "found " << qPrintable(name);
    EXPECT_FALSE(all.contains(QStringLiteral("secret goal")));
}

TEST_F(MyCardTest, NoOtherAgentInAnyMonth)
{
    window->setMonth(Month(2026, 9)); // Bob has no September record
    EXPECT_FALSE(window->hasCard());
    QStringList everything = visibleTexts(window.get());
    const QString all = everything.join(QLatin1Char('\n'));
    for (const QString &name : others)
        EXPECT_FALSE(all.contains(name)) << "found " << qPrintable(name);
}

TEST_F(MyCardTest, IsReadOnly)
{
    // No notes editor and no team table in the agent's window.
    EXPECT_TRUE(window->findChildren<QPlainTextEdit *>().isEmpty());
    for (auto *view : window->findChildren<QAbstractItemView *>()) {
        if (view->inherits("QComboBoxListView") || view->inherits("QHeaderView") || view->window() != window.get())
            continue; // the month picker's list
        EXPECT_EQ(view->editTriggers(), QAbstractItemView::NoEditTriggers)
            << view->metaObject()->className() << " " << qPrintable(view->objectName()) << " "
            << view->parentWidget()->metaObject()->className();
    }
    QTreeWidget *goals = window->goalsView();
    ASSERT_GT(goals->topLevelItemCount(), 0);
    EXPECT_FALSE(goals->topLevelItem(0)->flags() & Qt::ItemIsEditable);
}

} // namespace
