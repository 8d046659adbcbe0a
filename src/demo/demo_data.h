#pragma once
// Realistic, deterministic demo data: a contact center of several teams with
// a year of exports of every import kind (SPEC section 2), so a new user can
// try every screen before importing their own files. Pure: no clock, no I/O.
#include "core/domain.h"
#include "core/month.h"

#include <QtGlobal>
#include <vector>

namespace sc {

struct DemoOptions {
    int agents = 48;
    int months = 12;
    quint64 seed = 1;
    Month endMonth{2026, 10}; // last month generated (the CLI passes last complete month)
};

// The months the options cover, oldest first.
std::vector<Month> demoMonths(const DemoOptions &options);

// Generates one month at a time so a large demo (thousands of agents, years)
// can be stored month by month without holding every row in memory. The
// same options and month always give the same rows, whatever order months
// are asked for in.
class DemoGenerator {
public:
    explicit DemoGenerator(const DemoOptions &options);
    ~DemoGenerator();
    DemoGenerator(const DemoGenerator &) = delete;
    DemoGenerator &operator=(const DemoGenerator &) = delete;

    const DemoOptions &options() const { return m_options; }
    // The agents batch (every agent, including those hired later).
    ImportBatch agentsBatch() const;
    // One batch per activity kind for the month: time, contacts, qa, survey,
    // kcs, service_level (in that order). Empty batches are still returned.
    std::vector<ImportBatch> monthBatches(Month month) const;

    struct Profile; // per-agent traits, internal

private:
    DemoOptions m_options;
    std::vector<Profile> m_profiles;
};

// Everything at once: the agents batch, then each month's six batches.
std::vector<ImportBatch> generateDemo(const DemoOptions &options);

} // namespace sc
