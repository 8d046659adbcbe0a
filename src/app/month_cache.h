#pragma once
// Scores each month once per data version: the team table, the card's trend
// and "change since last month" all read the same cached MonthReports.
#include "core/scoring.h"

#include <QHash>
#include <functional>
#include <memory>

namespace sc {

class Store;

class MonthCache {
public:
    explicit MonthCache(const Store &store) : m_store(store) {}

    const MonthReport &report(Month month);
    bool contains(Month month) const { return m_reports.contains(month); }
    // A report scored elsewhere (the prefetch thread) from the same data.
    void insert(MonthReport report)
    {
        const Month m = report.month;
        if (!m_reports.contains(m))
            m_reports.insert(m, std::make_shared<MonthReport>(std::move(report)));
    }
    // After imports, template edits, finalize/reopen.
    void clear() { m_reports.clear(); }
    std::function<const MonthReport &(Month)> accessor()
    {
        return [this](Month m) -> const MonthReport & { return report(m); };
    }
    int scoredCount() const { return m_scoreCalls; }

private:
    const Store &m_store;
    QHash<Month, std::shared_ptr<MonthReport>> m_reports;
    int m_scoreCalls = 0;
};

} // namespace sc
