// Times the desktop app on a large database, driving the real widgets.
//   scorecard demo --db big.sqlite --agents 2000 --months 24
//   QT_QPA_PLATFORM=offscreen bench_gui --db big.sqlite [--moves 200]
// Prints: launch to usable window (QApplication + open + score + first
// paint of table and card) and agent-to-agent card redraw (Down key in the
// team table -> card rebuilt and repainted), median / p95 / max.
#include "app/card_widget.h"
#include "app/main_window.h"
#include "app/month_cache.h"
#include "storage/store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QStandardPaths>
#include <QTableView>
#include <QTextStream>
#include <algorithm>

using namespace sc;

int main(int argc, char **argv)
{
    QElapsedTimer launch;
    launch.start();
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ScorecardBench"));
    QString db;
    int moves = 200;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--db")
            db = args[++i];
        else if (args[i] == u"--moves")
            moves = args[++i].toInt();
    }
    QTextStream out(stdout);
    if (db.isEmpty()) {
        QTextStream(stderr) << "usage: bench_gui --db FILE [--moves N]\n";
        return 64;
    }
    SystemClock clock;
    const qint64 tApp = launch.elapsed();
    auto store = openStore(db, clock);
    const qint64 tOpen = launch.elapsed();
    MainWindow w(std::move(store), db, clock);
    w.resize(1920, 1080);
    const qint64 tWindow = launch.elapsed();
    w.show();
    QCoreApplication::processEvents();
    w.teamView()->repaint();
    w.cardWidget()->repaint();
    const qint64 tUsable = launch.elapsed();
    while (w.isPreparingCard())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    w.cardWidget()->repaint();
    const qint64 tCard = launch.elapsed();
    out << "agents in month " << w.month().toString() << ": " << w.teamView()->model()->rowCount() << '\n';
    out << "launch: QApplication " << tApp << " ms, store open " << tOpen - tApp << " ms, window+score "
        << tWindow - tOpen << " ms, usable (table, strip, menus painted) at " << tUsable
        << " ms, first card with its 12-month trend painted at " << tCard << " ms\n";

    std::vector<double> times;
    QTableView *table = w.teamView();
    table->setFocus();
    for (int i = 0; i < moves; ++i) {
        QElapsedTimer t;
        t.start();
        QKeyEvent press(QEvent::KeyPress, Qt::Key_Down, Qt::NoModifier);
        QApplication::sendEvent(table, &press);
        w.cardWidget()->repaint(); // synchronous paint of the new card
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::vector<double> sorted = times;
    std::sort(sorted.begin(), sorted.end());
    auto pct = [&](double p) { return sorted[std::min(sorted.size() - 1, size_t(p * double(sorted.size())))]; };
    out << "agent-to-agent redraw over " << moves << " moves: first " << QString::number(times.front(), 'f', 1)
        << " ms, median " << QString::number(pct(0.5), 'f', 1) << " ms, p95 " << QString::number(pct(0.95), 'f', 1)
        << " ms, max " << QString::number(sorted.back(), 'f', 1) << " ms\n";
    out << "months scored: " << w.cache().scoredCount() << '\n';
    return 0;
}
