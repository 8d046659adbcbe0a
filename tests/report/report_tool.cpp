// A helper for looking at and timing the reports (not a ctest):
//   report_tool demo    DB AGENTS MONTHS        demo database (end month 2026-10)
//   report_tool samples DB MONTH OUTDIR         card + team PDFs and PNGs to look at
//   report_tool all     DB MONTH OUT.pdf        every card, timed (the --all path)
#include "demo/demo_data.h"
#include "report/card_renderer.h"
#include "report/pdf_report.h"
#include "storage/store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <cstdio>
#include <map>

using namespace sc;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: report_tool demo|samples|all DB ...\n");
        return 64;
    }
    SystemClock clock;
    const QString mode = args.at(1);
    auto store = openStore(args.at(2), clock);
    PdfReportOptions options;
    options.generatedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
    if (mode == u"demo" && args.size() >= 5) {
        DemoOptions o;
        o.agents = args.at(3).toInt();
        o.months = args.at(4).toInt();
        DemoGenerator gen(o);
        store->importBatches({gen.agentsBatch()});
        for (Month m : demoMonths(o))
            store->importBatches(gen.monthBatches(m));
        return 0;
    }
    const Month month = Month::parse(args.value(3)).value_or(Month(2026, 10));
    if (mode == u"samples" && args.size() >= 5) {
        const QString out = args.at(4);
        QDir().mkpath(out);
        const MonthReport report = scoreMonth(*store, month);
        // A few goals and a note on the first agent, so those sections show.
        const QString id = report.agents.front().agent.id;
        if (store->actionItems(id, month).empty()) {
            ActionItem g;
            g.agentId = id;
            g.createdMonth = month.previous();
            g.text = QStringLiteral("Lift the quality score to 85 with the new checklist");
            g.metricKey = QStringLiteral("qa");
            g.targetValue = 85;
            g.dueMonth = month;
            store->saveActionItem(g);
            g.text = QStringLiteral("Keep handle time under 420 seconds");
            g.metricKey = QStringLiteral("aht");
            g.targetValue = 420;
            store->saveActionItem(g);
            g.text = QStringLiteral("Write two knowledge articles about the new billing flow");
            g.metricKey = QStringLiteral("kcs");
            g.targetValue = 8;
            store->saveActionItem(g);
            g.text = QStringLiteral("Shadow a senior agent on escalations");
            g.metricKey.clear();
            g.targetValue.reset();
            g.status = ActionStatus::Done;
            store->saveActionItem(g);
            OneOnOneNote n;
            n.agentId = id;
            n.month = month;
            n.text = QStringLiteral("Strong month on customer feedback. We agreed to focus on first-contact resolution "
                                    "and to review two calls together before the next 1:1.");
            store->saveNote(n);
        }
        QString error;
        for (int i = 0; i < 3 && i < int(report.agents.size()); ++i) {
            const QString aid = report.agents[size_t(i * 7 % report.agents.size())].agent.id;
            if (!writeAgentCardPdf(*store, aid, month, out + QStringLiteral("/card_%1.pdf").arg(i), options, &error))
                std::fprintf(stderr, "card: %s\n", qPrintable(error));
            auto data = buildCardData(*store, aid, month);
            QImage img(1684, 1190, QImage::Format_RGB32);
            QPainter p(&img);
            p.setRenderHint(QPainter::Antialiasing);
            CardRenderer::paint(p, img.rect(), *data);
            p.end();
            img.save(out + QStringLiteral("/card_%1.png").arg(i));
            QImage dark(1280, 800, QImage::Format_RGB32);
            QPainter pd(&dark);
            CardRenderOptions ro;
            ro.darkPalette = true;
            CardRenderer::paint(pd, dark.rect(), *data, ro);
            pd.end();
            dark.save(out + QStringLiteral("/card_%1_dark.png").arg(i));
        }
        const QString team = report.agents.front().agent.team;
        if (!writeTeamReportPdf(*store, team, month, out + QStringLiteral("/team.pdf"), options, &error))
            std::fprintf(stderr, "team: %s\n", qPrintable(error));
        options.pageSize = QPageSize(QPageSize::Letter);
        writeAgentCardPdf(*store, id, month, out + QStringLiteral("/card_letter.pdf"), options, &error);
        return 0;
    }
    if (mode == u"paint") {
        // How long one card takes to gather and to paint at 1280x800 (the GUI's redraw).
        const MonthReport report = scoreMonth(*store, month);
        std::map<Month, MonthReport> cache;
        auto fn = [&](Month m) -> const MonthReport & {
            auto it = cache.find(m);
            if (it == cache.end())
                it = cache.emplace(m, scoreMonth(*store, m)).first;
            return it->second;
        };
        buildCardData(*store, report.agents.front().agent.id, month, fn); // warm the month cache
        QImage img(1280, 800, QImage::Format_ARGB32_Premultiplied);
        QElapsedTimer t;
        t.start();
        const int n = std::min<int>(100, int(report.agents.size()));
        qint64 gather = 0, paint = 0;
        for (int i = 0; i < n; ++i) {
            t.restart();
            auto d = buildCardData(*store, report.agents[size_t(i)].agent.id, month, fn);
            gather += t.nsecsElapsed();
            t.restart();
            QPainter p(&img);
            p.setRenderHint(QPainter::Antialiasing);
            CardRenderer::paint(p, img.rect(), *d);
            p.end();
            paint += t.nsecsElapsed();
        }
        std::printf("per card: gather %.2f ms, paint %.2f ms (mean of %d)\n", gather / 1e6 / n, paint / 1e6 / n, n);
        return 0;
    }
    if (mode == u"all" && args.size() >= 5) {
        QElapsedTimer t;
        t.start();
        int pages = 0;
        options.progress = [&](int done, int) {
            pages = done;
            return true;
        };
        QString error;
        if (!writeAllCardsPdf(*store, month, args.at(4), options, &error)) {
            std::fprintf(stderr, "all: %s\n", qPrintable(error));
            return 1;
        }
        const double s = t.elapsed() / 1000.0;
        std::printf("%d pages in %.2f s: %.1f pages/s\n", pages, s, pages / s);
        return 0;
    }
    std::fprintf(stderr, "bad arguments\n");
    return 64;
}
