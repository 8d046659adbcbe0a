// The explanation panel (SPEC section 7) in the app: Enter or a click on a
// tile of the card opens it, it shows the template row, the formula with
// the numbers put in and the contributing rows with their file and import
// time, and exports those rows as CSV; "My card" explains only the agent's
// own numbers. Numbers from tests/data/app/README.md, worked by hand.
#include "app/card_widget.h"
#include "app/explain_dialog.h"
#include "app/main_window.h"
#include "app/my_card_window.h"
#include "gui_test_support.h"
#include "report/card_renderer.h"

#include <QApplication>
#include <QFile>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace sc;
using namespace sc::test;

namespace {

ExplainDialog *openDialog(QWidget *parent)
{
    for (ExplainDialog *d : parent->findChildren<ExplainDialog *>())
        if (d->isVisible())
            return d;
    return nullptr;
}

void closeDialogs(QWidget *parent)
{
    for (ExplainDialog *d : parent->findChildren<ExplainDialog *>())
        d->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

QStringList column(const QAbstractItemModel *m, int c)
{
    QStringList out;
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->index(r, c).data().toString();
    return out;
}

using ExplainPanelTest = FilledWindowTest;

} // namespace

TEST_F(ExplainPanelTest, EnterOnATileExplainsItsNumber)
{
    ASSERT_TRUE(window->selectAgent(QStringLiteral("A003")));
    CardWidget *card = window->cardWidget();
    ASSERT_TRUE(card->card().has_value());
    card->setFocus();
    // The first tile is contacts per hour; Right moves to QA (the grid's order).
    EXPECT_EQ(card->currentTile(), QStringLiteral("contacts_per_hour"));
    QTest::keyClick(card, Qt::Key_Right);
    EXPECT_EQ(card->currentTile(), QStringLiteral("qa"));
    QTest::keyClick(card, Qt::Key_Return);
    ExplainDialog *d = openDialog(window.get());
    ASSERT_NE(d, nullptr);
    // Carol's QA: Q07 95, Q08 85, Q09 90 -> 270 / 3 = 90; default template
    // weight 25, floor 70, goal 90, cap 120 -> score 100.
    EXPECT_EQ(d->templateText(), QStringLiteral("Default: weight 25, floor 70, goal 90, cap 120"));
    const QString formula = d->formulaText();
    EXPECT_TRUE(formula.contains(QStringLiteral("value = Σ score / evaluations"))) << formula.toStdString();
    EXPECT_TRUE(formula.contains(QStringLiteral("      = 270 / 3 = 90"))) << formula.toStdString();
    EXPECT_TRUE(formula.contains(QStringLiteral("      = clamp(100 × (90 − 70) / (90 − 70), 0, 120) = 100")))
        << formula.toStdString();
    const QAbstractItemModel *m = d->rowsModel();
    ASSERT_EQ(m->rowCount(), 3);
    EXPECT_EQ(column(m, 1), (QStringList{QStringLiteral("Q07"), QStringLiteral("Q08"), QStringLiteral("Q09")}));
    EXPECT_EQ(column(m, 3), (QStringList{QStringLiteral("95"), QStringLiteral("85"), QStringLiteral("90")}));
    // Numerator, denominator, the file it was imported from and when.
    EXPECT_EQ(m->headerData(4, Qt::Horizontal).toString(), QStringLiteral("Numerator"));
    EXPECT_EQ(m->headerData(5, Qt::Horizontal).toString(), QStringLiteral("Denominator"));
    EXPECT_EQ(column(m, 4), (QStringList{QStringLiteral("95"), QStringLiteral("85"), QStringLiteral("90")}));
    EXPECT_EQ(column(m, 5), (QStringList{QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1")}));
    EXPECT_EQ(m->headerData(6, Qt::Horizontal).toString(), QStringLiteral("Imported"));
    EXPECT_EQ(m->headerData(7, Qt::Horizontal).toString(), QStringLiteral("Source file"));
    for (const QString &file : column(m, 7))
        EXPECT_EQ(file, appDataFile(QStringLiteral("qa.csv")));
    for (const QString &at : column(m, 6))
        EXPECT_FALSE(at.isEmpty() || at == QStringLiteral("unknown"));
    // The rows view has the keyboard focus; Escape closes the panel.
    EXPECT_EQ(d->focusWidget(), d->rowsView());
    QTest::keyClick(d, Qt::Key_Escape);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_EQ(openDialog(window.get()), nullptr);
}

TEST_F(ExplainPanelTest, ClickOnATileExplainsItAndExportsTheRows)
{
    ASSERT_TRUE(window->selectAgent(QStringLiteral("A002")));
    CardWidget *card = window->cardWidget();
    // KCS: Bob has 2 drafts and 2 edits: 2·3 + 2·2 = 10 points / 1 agent.
    const QRectF r = card->tileRect(QStringLiteral("kcs"));
    ASSERT_FALSE(r.isEmpty());
    QTest::mouseClick(card, Qt::LeftButton, {}, r.center().toPoint());
    EXPECT_EQ(card->currentTile(), QStringLiteral("kcs"));
    // The click explains once no second click can make it a double-click
    // (which presents the card instead).
    EXPECT_EQ(openDialog(window.get()), nullptr);
    EXPECT_TRUE(QTest::qWaitFor([&] { return openDialog(window.get()) != nullptr; }, 3000));
    ExplainDialog *d = openDialog(window.get());
    ASSERT_NE(d, nullptr);
    const Explanation &e = d->explanation();
    EXPECT_EQ(e.agent.id, QStringLiteral("A002"));
    EXPECT_EQ(e.result.value.numerator, 10.0);
    EXPECT_EQ(e.result.value.denominator, 1.0);
    EXPECT_EQ(d->rowsModel()->rowCount(), 4);
    EXPECT_EQ(e.rowsNumerator(), 10);
    EXPECT_TRUE(d->formulaText().contains(QStringLiteral("agents with a record this month: 1")));
    EXPECT_TRUE(d->exportButton()->isEnabled());

    const QString out = dir.filePath(QStringLiteral("rows.csv"));
    QString error;
    ASSERT_TRUE(d->exportRows(out, &error)) << error.toStdString();
    QFile f(out);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    // A BOM, then exactly the CSV of `scorecard explain --format csv`.
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_EQ(QString::fromUtf8(bytes.mid(3)), explanationCsv(e));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 5);
    EXPECT_EQ(lines[0], QStringLiteral("kind,key,date,type,numerator,denominator,source_file,imported_at"));
    closeDialogs(window.get());
}

TEST(ExplainPanelMyCard, ExplainsOnlyTheAgentsOwnNumbers)
{
    QTemporaryDir dir;
    auto store = makeFilledStore(dir, testClock());
    MyCardWindow window(*store, QStringLiteral("A002"), Month(2026, 10));
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(window.hasCard());
    CardWidget *card = window.cardWidget();
    card->setFocus();
    card->setCurrentTile(QStringLiteral("qa"));
    QTest::keyClick(card, Qt::Key_Enter);
    ExplainDialog *d = openDialog(&window);
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->explanation().agent.id, QStringLiteral("A002"));
    // Bob's three evaluations only (Q04..Q06, 80 each): 240 / 3.
    EXPECT_EQ(column(d->rowsModel(), 1),
              (QStringList{QStringLiteral("Q04"), QStringLiteral("Q05"), QStringLiteral("Q06")}));
    EXPECT_TRUE(d->formulaText().contains(QStringLiteral("      = 240 / 3 = 80")));
    // Nothing of another agent anywhere in the panel.
    const QString shown = visibleTexts(d).join(u'\n');
    for (const char *other : {"A001", "A003", "B001", "Alice", "Carol", "Dave", "Q01", "Q07", "Q10"})
        EXPECT_FALSE(shown.contains(QLatin1String(other))) << other;
    closeDialogs(&window);
}

TEST(ExplainPanelRender, LooksRightOffscreen)
{
    // Renders the panel so a person can look at it (docs/images is not
    // touched); the check here is only that it lays out non-empty.
    QTemporaryDir dir;
    auto store = makeFilledStore(dir, testClock());
    ExplainDialog *d = ExplainDialog::open(*store, Month(2026, 10), QStringLiteral("A001"),
                                           QStringLiteral("contacts_per_hour"), nullptr);
    ASSERT_NE(d, nullptr);
    const QImage img = d->grab().toImage();
    EXPECT_FALSE(img.isNull());
    if (const QByteArray out = qgetenv("SCORECARD_EXPLAIN_PNG"); !out.isEmpty())
        img.save(QString::fromLocal8Bit(out));
    // Contacts and time rows side by side: 800 contacts over 6000 minutes.
    EXPECT_TRUE(d->formulaText().contains(QStringLiteral("      = 60 × 800 / 6000 = 8")))
        << d->formulaText().toStdString();
    d->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}
