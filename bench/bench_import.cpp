// Import throughput: parsing a per-contact export (bytes/s) and storing the
// summed batch. The end-to-end comparison with sqlite3's .import lives in
// run_benchmarks.sh; these isolate the two halves.
#include "demo/demo_data.h"
#include "demo/splitmix.h"
#include "import/importer.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace sc;

namespace {

struct Input {
    std::vector<Agent> agents;
    QSet<QString> ids;
    QByteArray csv;
};

// 800 agents, `rows` contacts in October 2026, one row per contact.
const Input &input(qint64 rows)
{
    static std::map<qint64, Input> cache;
    auto it = cache.find(rows);
    if (it != cache.end())
        return it->second;
    Input in;
    DemoOptions opt;
    opt.agents = 800;
    opt.months = 1;
    opt.endMonth = Month(2026, 10);
    in.agents = DemoGenerator(opt).agentsBatch().agents;
    for (const Agent &a : in.agents)
        in.ids.insert(a.id);
    in.csv = "contact_id,agent_id,date,channel,queue,handle_seconds,fcr\n";
    quint64 state = 42;
    static const char *channels[] = {"phone", "phone", "phone", "chat", "email"};
    for (qint64 i = 0; i < rows; ++i) {
        const quint64 r = splitmix(state);
        const Agent &a = in.agents[size_t(r % in.agents.size())];
        const int day = 1 + int((r >> 16) % 31);
        in.csv += QStringLiteral("C%1,%2,2026-10-%3 %4:%5:00,%6,%7,%8,%9\n")
                      .arg(i, 8, 10, QLatin1Char('0'))
                      .arg(a.id)
                      .arg(day, 2, 10, QLatin1Char('0'))
                      .arg(8 + int((r >> 24) % 10), 2, 10, QLatin1Char('0'))
                      .arg(int((r >> 32) % 60), 2, 10, QLatin1Char('0'))
                      .arg(QLatin1String(channels[(r >> 40) % 5]))
                      .arg(a.team)
                      .arg(120 + int((r >> 44) % 700))
                      .arg(((r >> 56) % 4) ? 1 : 0)
                      .toUtf8();
    }
    return cache.emplace(rows, std::move(in)).first->second;
}

void BM_ParseContacts(benchmark::State &state)
{
    const Input &in = input(state.range(0));
    ImportOptions opt;
    opt.kind = ImportKind::Contacts;
    opt.knownAgents = in.ids;
    for (auto _ : state) {
        ImportResult r = parseImportData(in.csv, QStringLiteral("contacts.csv"), opt);
        if (!r.batch)
            state.SkipWithError("parse failed");
        benchmark::DoNotOptimize(r);
    }
    state.SetBytesProcessed(state.iterations() * in.csv.size());
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_ParseContacts)->Arg(100000)->Unit(benchmark::kMillisecond);

void BM_StoreContacts(benchmark::State &state)
{
    const Input &in = input(state.range(0));
    ImportOptions opt;
    opt.kind = ImportKind::Contacts;
    opt.knownAgents = in.ids;
    ImportResult parsed = parseImportData(in.csv, QStringLiteral("contacts.csv"), opt);
    if (!parsed.batch) {
        state.SkipWithError("parse failed");
        return;
    }
    ImportBatch agents;
    agents.kind = ImportKind::Agents;
    agents.agents = in.agents;
    const FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC));
    int n = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto store = openStore(dir.filePath(QStringLiteral("b%1.sqlite").arg(++n)), clock);
        store->importBatches({agents});
        state.ResumeTiming();
        benchmark::DoNotOptimize(store->importBatches({*parsed.batch}));
        state.PauseTiming();
        store.reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * qint64(parsed.batch->contacts.size()));
}
BENCHMARK(BM_StoreContacts)->Arg(100000)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
