// Renders the supervisor's window, the card and the "My card" window from a
// demo database into PNGs at 1280x800 and 1920x1080 (docs/images/).
//   render_screenshots --out DIR [--db FILE] [--agent ID] [--language es|pt_BR]
//                      [--team-report FILE.pdf]  (also the agent's team report)
// Without --db (or when the file does not exist) a demo database is made
// first: 48 agents, 12 months ending 2026-10, seed 1.
#include "app/app_language.h"
#include "app/card_widget.h"
#include "app/main_window.h"
#include "app/my_card_window.h"
#include "app/notes_panel.h"
#include "app/presentation_window.h"
#include "app/team_table_model.h"
#include "demo/demo_data.h"
#include "report/card_renderer.h"
#include "report/pdf_report.h"
#include "storage/store.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

using namespace sc;

static void settle()
{
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
}

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true); // keep the user's settings out
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ScorecardScreenshots"));
    QCoreApplication::setApplicationName(QStringLiteral("scorecard"));
    QString out = QStringLiteral("docs/images"), db, agent, teamReport;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--out")
            out = args[++i];
        else if (args[i] == u"--db")
            db = args[++i];
        else if (args[i] == u"--agent")
            agent = args[++i];
        else if (args[i] == u"--team-report")
            teamReport = args[++i];
        else if (args[i] == u"--language" && !installTranslations(args[++i]))
            QTextStream(stderr) << "no translation for " << args[i] << '\n';
    }
    QDir().mkpath(out);
    QTemporaryDir tmp;
    if (db.isEmpty())
        db = tmp.filePath(QStringLiteral("demo.sqlite"));
    FixedClock clock(QDateTime(QDate(2026, 11, 5), QTime(9, 0), Qt::UTC));
    const bool fresh = !QFileInfo::exists(db);
    auto store = openStore(db, clock);
    if (fresh) {
        DemoOptions o;
        o.endMonth = Month(2026, 10);
        DemoGenerator gen(o);
        store->importBatches({gen.agentsBatch()});
        for (Month m : demoMonths(o))
            store->importBatches(gen.monthBatches(m));
    }
    Store *raw = store.get();
    MainWindow w(std::move(store), db, clock);
    w.setDemoBanner(fresh); // made here from demo data; a given database is not
    w.show();
    settle();
    while (w.isPreparingCard())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (agent.isEmpty() && w.teamProxy()->rowCount() > 2)
        agent = w.teamProxy()->index(2, 0).data(TeamTableModel::AgentIdRole).toString();
    w.selectAgent(agent);
    // A goal and a note make the panel look like a real month.
    if (fresh && w.notesPanel()->itemsModel()->rowCount() == 0) {
        ActionItem g;
        g.text = QStringLiteral("Two KCS drafts a week");
        g.metricKey = QStringLiteral("kcs");
        g.targetValue = 20;
        w.notesPanel()->addItem(g);
    }
    struct Size {
        int w, h;
    };
    for (Size s : {Size{1280, 800}, Size{1920, 1080}}) {
        w.resize(s.w, s.h);
        settle();
        const QString suffix = QStringLiteral("-%1x%2.png").arg(s.w).arg(s.h);
        w.grab().save(QDir(out).filePath(QStringLiteral("main-window") + suffix));
        // The card alone, as large as the screen allows.
        QImage card(s.w, s.h, QImage::Format_ARGB32_Premultiplied);
        card.fill(Qt::white);
        {
            QPainter p(&card);
            p.setRenderHint(QPainter::Antialiasing);
            const QSizeF page = CardRenderer::logicalPageSize().scaled(QSizeF(s.w - 20, s.h - 20), Qt::KeepAspectRatio);
            CardRenderer::paint(p, QRectF(QPointF((s.w - page.width()) / 2, (s.h - page.height()) / 2), page),
                                *w.cardWidget()->card());
        }
        card.save(QDir(out).filePath(QStringLiteral("card") + suffix));
        MyCardWindow my(*raw, agent, w.month());
        my.resize(s.w, s.h);
        my.show();
        settle();
        my.grab().save(QDir(out).filePath(QStringLiteral("my-card") + suffix));
    }
    // Presentation mode at 1280x800, as on a meeting-room screen.
    if (PresentationWindow *pw = w.present()) {
        pw->showNormal();
        pw->resize(1280, 800);
        settle();
        pw->grab().save(QDir(out).filePath(QStringLiteral("presentation-1280x800.png")));
        pw->close();
    }
    QTextStream(stdout) << "wrote screenshots of agent " << agent << " to " << out << '\n';
    if (!teamReport.isEmpty()) {
        PdfReportOptions o;
        o.generatedAt = clock.now();
        QString error;
        if (!writeTeamReportPdf(*raw, w.cardWidget()->card()->card.agent.team, w.month(), teamReport, o, &error)) {
            QTextStream(stderr) << error << '\n';
            return 1;
        }
    }
    return 0;
}
