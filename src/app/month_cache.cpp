#include "app/month_cache.h"

#include "storage/store.h"

namespace sc {

const MonthReport &MonthCache::report(Month month)
{
    auto it = m_reports.find(month);
    if (it != m_reports.end())
        return **it;
    ++m_scoreCalls;
    auto r = std::make_shared<MonthReport>(scoreMonth(m_store, month));
    // shared_ptr keeps references stable while the hash grows.
    return *m_reports.insert(month, std::move(r)).value();
}

} // namespace sc
