// Scoring a month: from the store's SQL sums to SPEC's JSON, on a year of
// demo data for 800 agents (built once per run in a temporary folder).
#include "cli/score_output.h"
#include "core/scoring.h"
#include "core/scoring_source.h"
#include "demo/demo_data.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
