// Scoring a month: from the store's SQL sums to SPEC's JSON, on a year of
// demo data for 800 agents (built once per run in a temporary folder).
#include "cli/score_output.h"
#include "core/scoring.h"
#include "core/scoring_source.h"
#include "demo/demo_data.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

using namespace sc;

namespace {

const Month kMonth(2026, 10);

Store &store()
{
    static QTemporaryDir dir;
    static const FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC));
    static std::unique_ptr<Store> s = [] {
        auto st = openStore(dir.filePath(QStringLiteral("score.sqlite")), clock);
        DemoOptions opt;
        opt.agents = 800;
        opt.months = 12;
        opt.endMonth = kMonth;
        DemoGenerator gen(opt);
        st->importBatches({gen.agentsBatch()});
        for (Month m : demoMonths(opt))
            st->importBatches(gen.monthBatches(m));
        return st;
    }();
    return *s;
}

void BM_AgentSums(benchmark::State &state)
{
    Store &s = store();
    for (auto _ : state)
        benchmark::DoNotOptimize(s.agentSums(kMonth));
}
BENCHMARK(BM_AgentSums)->Unit(benchmark::kMillisecond);

void BM_AgentSumsFromRows(benchmark::State &state)
{
    Store &s = store();
    for (auto _ : state)
        benchmark::DoNotOptimize(s.agentSumsFromRows(kMonth));
}
BENCHMARK(BM_AgentSumsFromRows)->Unit(benchmark::kMillisecond);

void BM_BuildMonthReport(benchmark::State &state)
{
    Store &s = store();
    const auto agents = s.agents();
    const auto sums = s.agentSums(kMonth);
    const auto sl = s.serviceLevelSums(kMonth);
    const auto templates = s.templates();
    for (auto _ : state)
        benchmark::DoNotOptimize(buildMonthReport(kMonth, agents, sums, sl, templates));
}
BENCHMARK(BM_BuildMonthReport)->Unit(benchmark::kMillisecond);

void BM_ComputeMonth(benchmark::State &state)
{
    Store &s = store();
    for (auto _ : state)
        benchmark::DoNotOptimize(computeMonth(s, kMonth));
}
BENCHMARK(BM_ComputeMonth)->Unit(benchmark::kMillisecond);

// SPEC section 6 against the same scoring without it, in one run:
// baseline = no intervals, no needs_attention (what scoring was before);
// intervals = intervals, within_noise, score/overall intervals, rating_certain;
// full = that plus needs_attention, which rates the 3 previous months too.
void BM_ComputeMonthBaseline(benchmark::State &state)
{
    Store &s = store();
    for (auto _ : state)
        benchmark::DoNotOptimize(computeMonth(s, kMonth, ScoringOptions{false, false}));
}
BENCHMARK(BM_ComputeMonthBaseline)->Unit(benchmark::kMillisecond);

void BM_ComputeMonthIntervals(benchmark::State &state)
{
    Store &s = store();
    for (auto _ : state)
        benchmark::DoNotOptimize(computeMonth(s, kMonth, ScoringOptions{true, false}));
}
BENCHMARK(BM_ComputeMonthIntervals)->Unit(benchmark::kMillisecond);

void BM_ComputeMonthFull(benchmark::State &state)
{
    Store &s = store();
    for (auto _ : state)
        benchmark::DoNotOptimize(computeMonth(s, kMonth, ScoringOptions{true, true}));
}
BENCHMARK(BM_ComputeMonthFull)->Unit(benchmark::kMillisecond);

void BM_MonthJson(benchmark::State &state)
{
    const MonthReport report = computeMonth(store(), kMonth);
    for (auto _ : state)
        benchmark::DoNotOptimize(QJsonDocument(monthReportToJson(report)).toJson(QJsonDocument::Indented));
}
BENCHMARK(BM_MonthJson)->Unit(benchmark::kMillisecond);

void BM_MonthJsonObject(benchmark::State &state)
{
    const MonthReport report = computeMonth(store(), kMonth);
    for (auto _ : state)
        benchmark::DoNotOptimize(monthReportToJson(report));
}
BENCHMARK(BM_MonthJsonObject)->Unit(benchmark::kMillisecond);

void BM_MonthJsonCompact(benchmark::State &state)
{
    const QJsonDocument doc(monthReportToJson(computeMonth(store(), kMonth)));
    for (auto _ : state)
        benchmark::DoNotOptimize(doc.toJson(QJsonDocument::Compact));
}
BENCHMARK(BM_MonthJsonCompact)->Unit(benchmark::kMillisecond);

void BM_MonthJsonIndented(benchmark::State &state)
{
    const QJsonDocument doc(monthReportToJson(computeMonth(store(), kMonth)));
    for (auto _ : state)
        benchmark::DoNotOptimize(doc.toJson(QJsonDocument::Indented));
}
BENCHMARK(BM_MonthJsonIndented)->Unit(benchmark::kMillisecond);

// What `scorecard score --format json` uses: the same JSON, streamed.
void BM_ScoreJsonStreamed(benchmark::State &state)
{
    const MonthReport report = computeMonth(store(), kMonth);
    for (auto _ : state)
        benchmark::DoNotOptimize(scoreJson(report));
}
BENCHMARK(BM_ScoreJsonStreamed)->Unit(benchmark::kMillisecond);

// The store with every month aggregated from its rows, as scoring read it
// before the month sums were cached (schema version 5).
class FromRows final : public ScoringSource {
public:
    explicit FromRows(const Store &s) : m_store(s) {}
    std::unique_ptr<ReadSnapshot> readSnapshot() const override { return m_store.readSnapshot(); }
    std::vector<Agent> agents() const override { return m_store.agents(); }
    SumsByKey agentSums(Month m) const override { return m_store.agentSumsFromRows(m); }
    SumsByKey serviceLevelSums(Month m) const override { return m_store.serviceLevelSums(m); }
    std::vector<ScorecardTemplate> templates() const override { return m_store.templates(); }
    std::optional<QByteArray> frozenSnapshot(Month m) const override { return m_store.frozenSnapshot(m); }

private:
    const Store &m_store;
};

// --section6-ratio [rounds]: the ratios of the above, timed in alternation
// in this one process (the median of each), printed as one line each. The
// baseline is scoring as it was before section 6: no intervals, no
// needs_attention, every sum aggregated from the rows.
int section6Ratio(int rounds)
{
    Store &s = store();
    const FromRows rows(s);
    auto time = [&](const ScoringSource &source, ScoringOptions o) {
        QElapsedTimer t;
        t.start();
        const MonthReport r = computeMonth(source, kMonth, o);
        const qint64 ns = t.nsecsElapsed();
        benchmark::DoNotOptimize(r);
        return double(ns) / 1e6;
    };
    std::vector<double> base, intervals, fullRows, full;
    time(s, {}); // warm the page cache
    time(rows, {});
    for (int i = 0; i < rounds; ++i) {
        base.push_back(time(rows, ScoringOptions{false, false}));
        intervals.push_back(time(rows, ScoringOptions{true, false}));
        fullRows.push_back(time(rows, ScoringOptions{true, true}));
        full.push_back(time(s, ScoringOptions{true, true}));
    }
    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    const double b = median(base), i = median(intervals), fr = median(fullRows), f = median(full);
    std::printf("one month, 800 agents, 12-month store, median of %d rounds\n", rounds);
    std::printf("baseline: no section 6, sums from rows   %8.2f ms\n", b);
    std::printf("intervals + within_noise + overall       %8.2f ms  ratio %.3f\n", i, i / b);
    std::printf("  + needs_attention, sums from rows      %8.2f ms  ratio %.3f\n", fr, fr / b);
    std::printf("  + needs_attention, cached month sums   %8.2f ms  ratio %.3f  (what `score` does)\n", f, f / b);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc >= 2 && std::strcmp(argv[1], "--section6-ratio") == 0)
        return section6Ratio(argc >= 3 ? std::atoi(argv[2]) : 15);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
