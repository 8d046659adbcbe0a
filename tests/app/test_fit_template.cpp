// Issue 11.5: a team whose exports lack a source. The window says which
// weighted metrics have no data, offers a template that weights what the
// team has, and shows the preview before anything is saved.
#include "../report/report_fixture.h"
#include "app/main_window.h"
#include "app/team_table_model.h"
#include "app/template_editor.h"
#include "gui_test_support.h"

#include <QApplication>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <gtest/gtest.h>

using namespace sc;
using namespace sc::test;

namespace {

// A call log alone: two agents of team Bank, contacts with handle time.
// ANN 200 s a call, BO 600 s.
std::unique_ptr<Store> callLogStore(const QString &path)
{
    auto store = openStore(path, testClock());
    store->importBatches(callLogOnly(QStringLiteral("Bank"),
                                     {{QStringLiteral("ANN"), 200}, {QStringLiteral("BO"), 600}}, QDate(2026, 10, 2)));
    return store;
}

QString overallShown(MainWindow &w, const QString &id)
{
    const TeamTableModel *m = w.teamModel();
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, 0).data(TeamTableModel::AgentIdRole).toString() == id)
            return m->index(r, TeamTableModel::OverallColumn).data().toString();
    return QStringLiteral("<no row>");
}

TEST(FitTemplate, ACallLogAloneIsExplainedAndFittedAfterAPreview)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("calls.sqlite"));
    MainWindow window(callLogStore(path), path, testClock());
    window.resize(1280, 800);
    window.show();
    ASSERT_EQ(window.month(), Month(2026, 10));

    // Nobody is rated, and the banner says why: 100 of 100 weight points.
    EXPECT_EQ(overallShown(window, QStringLiteral("ANN")), QString(QChar(0x2013))); // "–": no overall
    ASSERT_TRUE(window.fitBanner()->isVisible());
    const QString says = window.fitBannerText();
    for (const char *part : {"Bank has no data in October 2026", "Contacts per hour", "Quality score", "CSAT",
                             "Schedule adherence", "KCS contribution", "100 of the template", "no rating"})
        EXPECT_TRUE(says.contains(QLatin1String(part))) << part << " not in: " << says.toStdString();
    EXPECT_FALSE(says.contains(QStringLiteral("Handle time"))) << says.toStdString(); // it has data

    // The editor opens on the fitted template with its preview: AHT alone,
    // ANN 200 s -> 100 × (200 − 900) / (420 − 900) = 145.8, capped 120;
    // BO 600 s -> 100 × (−300 / −480) = 62.5.
    QStringList preview;
    QString note;
    double ahtWeight = -1, qaWeight = -1;
    QTimer::singleShot(0, [&] {
        auto *dlg = qobject_cast<TemplateEditor *>(QApplication::activeModalWidget());
        if (!dlg)
            return;
        note = dlg->noteText();
        ahtWeight = dlg->editedTemplate().rule(u"aht")->weight;
        qaWeight = dlg->editedTemplate().rule(u"qa")->weight;
        QTableWidget *t = dlg->previewTable();
        for (int r = 0; r < t->rowCount(); ++r)
            preview << t->item(r, TemplateEditor::PvId)->text() + QLatin1Char(' ')
                           + t->item(r, TemplateEditor::PvNewOverall)->text();
        for (QPushButton *b : dlg->findChildren<QPushButton *>())
            if (b->text().remove(QLatin1Char('&')) == QLatin1String("Save"))
                b->click();
    });
    window.fitTemplate();
    EXPECT_TRUE(note.contains(QStringLiteral("weights only the metrics the team has data for"))) << note.toStdString();
    EXPECT_DOUBLE_EQ(ahtWeight, 1);
    EXPECT_DOUBLE_EQ(qaWeight, 0);
    EXPECT_EQ(preview, (QStringList{QStringLiteral("ANN 120.0"), QStringLiteral("BO 62.5")}));

    // Saved for Bank from October: the table rates them, the banner goes.
    EXPECT_EQ(overallShown(window, QStringLiteral("ANN")), QStringLiteral("120.0"));
    EXPECT_EQ(overallShown(window, QStringLiteral("BO")), QStringLiteral("62.5"));
    EXPECT_FALSE(window.fitBanner()->isVisible()) << window.fitBannerText().toStdString();
    const auto stored = window.store().templates();
    ASSERT_FALSE(stored.empty());
    EXPECT_EQ(stored.back().team, QStringLiteral("Bank"));
    EXPECT_EQ(stored.back().effectiveFrom, Month(2026, 10));
}

} // namespace
