// Measures the storage layer on demo-sized data (not a unit test):
//   storage_timing [agents=2000] [months=24] [scoreAgents=800] [scoreMonths=12] [keepDir]
// 1. one batch of agents x months x workdays contact rows (~1M for 2000 x 24):
//    insert into an empty store, re-import (all unchanged), re-import with
//    every 10th row changed;
// 2. a ~15k-row monthly contacts file into that full store;
// 3. a full store of scoreAgents x scoreMonths (every kind) and agentSums
//    for one month.
// With the demo library: storage_timing demo [agents=2000] [months=24] [keepDir]
// stores the demo generator's data in ~500k-row calls (as `scorecard demo`)
// and scores its last month.
#include "core/scoring.h"
#include "storage/sqlite_store.h"
#ifdef SCORECARD_TIMING_WITH_DEMO
#include "demo/demo_data.h"
#endif

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>
#include <random>

using namespace sc;

namespace {

std::vector<QDate> workdays(Month first, int months)
{
    std::vector<QDate> out;
    for (QDate day = first.firstDay(); day < first.addMonths(months).firstDay(); day = day.addDays(1))
        if (day.dayOfWeek() <= 5)
            out.push_back(day);
    return out;
}

ImportBatch agentsBatch(int n)
{
    ImportBatch b;
    b.kind = ImportKind::Agents;
    for (int i = 0; i < n; ++i) {
        Agent a;
        a.id = QStringLiteral("A%1").arg(i, 5, 10, QLatin1Char('0'));
        a.name = QStringLiteral("Agent %1").arg(i);
        a.team = QStringLiteral("Team %1").arg(i / 12);
        b.agents.push_back(a);
    }
    return b;
}

ImportBatch contactsBatch(const ImportBatch &agents, const std::vector<QDate> &days, std::mt19937 &rng)
{
    ImportBatch b;
    b.kind = ImportKind::Contacts;
    b.sourceFile = QStringLiteral("contacts.csv");
    b.contacts.reserve(agents.agents.size() * days.size());
    std::uniform_int_distribution<int> n(20, 60);
    for (const QDate &day : days)
        for (const Agent &a : agents.agents) {
            ContactRecord r;
            r.agentId = a.id;
            r.date = day;
            r.contacts = n(rng);
            r.handleSeconds = double(r.contacts * 400 + n(rng));
            r.handleContacts = r.contacts;
            r.fcr = r.contacts * 3 / 4;
            r.fcrContacts = r.contacts;
            b.contacts.push_back(r);
        }
    return b;
}

double seconds(const QElapsedTimer &t) { return double(t.nsecsElapsed()) / 1e9; }

// CPU time of this process since the last call: the machine is shared, so
// wall time alone says little.
double cpuSinceLast()
{
    static std::clock_t last = std::clock();
    const std::clock_t now = std::clock();
    const double s = double(now - last) / CLOCKS_PER_SEC;
    last = now;
    return s;
}

void report(const char *what, qint64 rows, const QElapsedTimer &t, const ImportStats &s)
{
    const double cpu = cpuSinceLast();
    std::printf(
        "%-36s %8lld rows %6.2f s wall %6.2f s cpu %8.0f rows/cpu-s (stored %lld, replaced %lld, unchanged %lld)\n",
        what, (long long)rows, seconds(t), cpu, double(rows) / cpu, (long long)s.stored, (long long)s.replaced,
        (long long)s.unchanged);
}

} // namespace

#ifdef SCORECARD_TIMING_WITH_DEMO
int runDemo(const QStringList &args)
{
    auto arg = [&](int i, int def) { return args.size() > i ? args[i].toInt() : def; };
    DemoOptions opt;
    opt.agents = arg(2, 2000);
    opt.months = arg(3, 24);
    QTemporaryDir tmp;
    const QDir dir(args.size() > 4 ? args[4] : tmp.path());
    SystemClock clock;
    auto store = openStore(dir.filePath(QStringLiteral("demo.sqlite")), clock);
    DemoGenerator gen(opt);
    QElapsedTimer total, t;
    total.start();
    double genSecs = 0, storeSecs = 0, storeCpu = 0;
    qint64 rows = 0;
    std::vector<ImportBatch> pending{gen.agentsBatch()};
    qint64 pendingRows = 0;
    auto flush = [&] {
        t.start();
        cpuSinceLast();
        store->importBatches(pending);
        storeCpu += cpuSinceLast();
        storeSecs += seconds(t);
        pending.clear();
        pendingRows = 0;
    };
    for (Month m : demoMonths(opt)) {
        t.start();
        for (ImportBatch &b : gen.monthBatches(m)) {
            rows += b.recordCount();
            pendingRows += b.recordCount();
            pending.push_back(std::move(b));
        }
        genSecs += seconds(t);
        if (pendingRows >= 500000)
            flush();
    }
    flush();
    std::printf("demo %d agents x %d months: %lld rows; generate %.2f s; store %.2f s wall, %.2f s cpu "
                "(%.0f rows/cpu-s); total %.2f s\n",
                opt.agents, opt.months, (long long)rows, genSecs, storeSecs, storeCpu, double(rows) / storeCpu,
                seconds(total));
    const Month last = demoMonths(opt).back();
    for (int round = 0; round < 3; ++round) {
        cpuSinceLast();
        t.start();
        const auto sums = store->agentSums(last);
        std::printf("agentSums(%s): %lld agents in %.1f ms wall, %.1f ms cpu\n", qPrintable(last.toString()),
                    (long long)sums.size(), seconds(t) * 1e3, cpuSinceLast() * 1e3);
    }
    t.start();
    const MonthReport report = computeMonth(*store, last);
    std::printf("computeMonth: %zu agents in %.1f ms wall, %.1f ms cpu\n", report.agents.size(), seconds(t) * 1e3,
                cpuSinceLast() * 1e3);
    return 0;
}
#endif

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
#ifdef SCORECARD_TIMING_WITH_DEMO
    if (args.size() > 1 && args[1] == QLatin1String("demo"))
        return runDemo(args);
#endif
    auto arg = [&](int i, int def) { return args.size() > i ? args[i].toInt() : def; };
    const int nAgents = arg(1, 2000), nMonths = arg(2, 24), scoreAgents = arg(3, 800), scoreMonths = arg(4, 12);
    QTemporaryDir tmp;
    // A fifth argument keeps the files in that folder, to look at them.
    const QDir dir(args.size() > 5 ? args[5] : tmp.path());
    SystemClock clock;
    std::mt19937 rng(42);
    QElapsedTimer t;

    {
        auto store = openStore(dir.filePath(QStringLiteral("big.sqlite")), clock);
        const ImportBatch agents = agentsBatch(nAgents);
        store->importBatches({agents});
        ImportBatch contacts = contactsBatch(agents, workdays(Month(2024, 1), nMonths), rng);
        const qint64 rows = qint64(contacts.contacts.size());

        t.start();
        cpuSinceLast();
        auto s = store->importBatches({contacts});
        report("contacts, empty store", rows, t, s[0]);
        t.start();
        s = store->importBatches({contacts});
        report("same batch again (all unchanged)", rows, t, s[0]);
        for (size_t i = 0; i < contacts.contacts.size(); i += 10)
            contacts.contacts[i].contacts += 1;
        t.start();
        cpuSinceLast();
        s = store->importBatches({contacts});
        report("again, every 10th row changed", rows, t, s[0]);

        // One month of one team-of-teams export: ~15k rows (700 agents x 21 days).
        const Month next = Month(2024, 1).addMonths(nMonths);
        ImportBatch month = contactsBatch(agentsBatch(std::min(nAgents, 700)), workdays(next, 1), rng);
        t.start();
        cpuSinceLast();
        s = store->importBatches({month});
        report("a new month into the full store", qint64(month.contacts.size()), t, s[0]);
        t.start();
        s = store->importBatches({month});
        report("that month again", qint64(month.contacts.size()), t, s[0]);
    }

    {
        // Every kind, scoreAgents x scoreMonths.
        auto store = openStore(dir.filePath(QStringLiteral("score.sqlite")), clock);
        const ImportBatch agents = agentsBatch(scoreAgents);
        const std::vector<QDate> days = workdays(Month(2025, 1), scoreMonths);
        ImportBatch time, qa, survey, kcs, sl;
        time.kind = ImportKind::Time;
        qa.kind = ImportKind::Qa;
        survey.kind = ImportKind::Survey;
        kcs.kind = ImportKind::Kcs;
        sl.kind = ImportKind::ServiceLevel;
        std::uniform_int_distribution<int> pct(0, 99);
        qint64 id = 0;
        for (const QDate &day : days) {
            for (const Agent &a : agents.agents) {
                time.time.push_back({a.id, day, 450, 480, 440, 400});
                for (int k = 0; k < 2; ++k)
                    survey.surveys.push_back({QStringLiteral("S%1").arg(++id), a.id, day, 1 + pct(rng) % 5,
                                              pct(rng) % 11, pct(rng) < 5 ? QStringLiteral("nice") : QString()});
                if (pct(rng) < 20)
                    qa.qa.push_back({QStringLiteral("Q%1").arg(++id), a.id, day, double(60 + pct(rng) % 41),
                                     QStringLiteral("Eve"), QStringLiteral("v1"), QString()});
                if (pct(rng) < 25)
                    kcs.kcs.push_back({QStringLiteral("K%1").arg(++id), a.id, day, KcsType(pct(rng) % 3)});
            }
            for (int team = 0; team <= (scoreAgents - 1) / 12; ++team)
                sl.serviceLevels.push_back({QStringLiteral("Team %1").arg(team), day, 500, 400, {}, {}, 0});
        }
        ImportBatch contacts = contactsBatch(agents, days, rng);
        ImportBatch chat = contactsBatch(agents, days, rng);
        for (ContactRecord &r : chat.contacts)
            r.channel = QStringLiteral("chat");
        std::vector<ImportBatch> all{agents, time, contacts, chat, qa, survey, kcs, sl};
        qint64 rows = 0;
        for (const ImportBatch &b : all)
            rows += b.recordCount();
        t.start();
        cpuSinceLast();
        store->importBatches(all);
        const double cpu = cpuSinceLast();
        std::printf("%-36s %8lld rows %6.2f s wall %6.2f s cpu %8.0f rows/cpu-s\n",
                    "scoring store, all kinds, one call", (long long)rows, seconds(t), cpu, double(rows) / cpu);

        const Month m = Month(2025, 1).addMonths(scoreMonths / 2);
        for (int round = 0; round < 3; ++round) {
            cpuSinceLast();
            t.start();
            const auto sums = store->agentSums(m);
            const double sumsSecs = seconds(t);
            const double sumsCpu = cpuSinceLast();
            t.start();
            const auto slSums = store->serviceLevelSums(m);
            const double slSecs = seconds(t);
            std::printf(
                "agentSums(%s): %lld agents in %.1f ms wall, %.1f ms cpu; serviceLevelSums %lld teams in %.1f ms\n",
                qPrintable(m.toString()), (long long)sums.size(), sumsSecs * 1e3, sumsCpu * 1e3,
                (long long)slSums.size(), slSecs * 1e3);
        }
        cpuSinceLast();
        t.start();
        const MonthReport report = computeMonth(*store, m);
        std::printf("computeMonth (sums + scoring): %zu agents in %.1f ms wall, %.1f ms cpu\n", report.agents.size(),
                    seconds(t) * 1e3, cpuSinceLast() * 1e3);
        t.start();
        const auto months = store->monthsWithData();
        std::printf("monthsWithData: %zu months in %.2f ms\n", months.size(), seconds(t) * 1e3);
        t.start();
        const auto comments = store->latestComments(QStringLiteral("A00007"), m, 5);
        std::printf("latestComments: %zu in %.2f ms\n", comments.size(), seconds(t) * 1e3);
        t.start();
        const auto teams = store->teams();
        std::printf("teams: %lld in %.2f ms\n", (long long)teams.size(), seconds(t) * 1e3);
    }
    return 0;
}
