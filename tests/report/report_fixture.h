#pragma once
// A small, fixed contact center stored through Store::importBatches in a
// temporary SQLite file: the data every report test draws from.
//
// Team Alpha (card month 2026-10):
//   A001 Alice Archer  Aug..Oct; QA Sep 80,80,80 -> 80; Oct 92,90,94 -> 92
//                      AHT Oct 18000 s / 40 contacts = 450 s
//   A002 Bob Brown     Oct only; QA 80,80,80 -> 80
//   A003 Cara Chen     part-time, Oct; QA 2 evaluations (insufficient: needs 3)
// Team Beta:
//   B001 Eve Evans     Oct
// Team Gamma (optional): `gammaAgents` filler agents G001.. for long tables.
#include "core/clock.h"
#include "storage/store.h"

#include <QTemporaryDir>
#include <memory>

namespace sc::test {

struct AgentMonth {
    int days = 20;
    double workedPerDay = 480;
    int contactsPerDay = 56; // 20 days: 1120 contacts / 9600 min = 7.0 per hour
    std::optional<double> handlePerDay = 56 * 400.0;
    std::optional<qint64> fcrPerDay = 42;
    double scheduledPerDay = 480;
    std::optional<double> adherentPerDay = 456; // 95%
    std::optional<double> occupiedPerDay = 384; // 80%
    std::vector<double> qa;
    std::vector<int> csat;
    std::vector<int> nps;
    int kcsLinks = 0, kcsEdits = 0, kcsDrafts = 0;
    QString qaComment;
    QString surveyComment;
};

// A call log alone (issues 11.5, 14): the agents of `team` and 40 calls
// each on `day` with the given seconds per call; no other source.
std::vector<ImportBatch> callLogOnly(const QString &team, const std::vector<std::pair<QString, double>> &secondsPerCall,
                                     QDate day);

class ReportFixture {
public:
    explicit ReportFixture(int gammaAgents = 0);

    Store &store() { return *m_store; }
    const FixedClock &clock() const { return m_clock; }
    QString dir() const { return m_dir.path(); }
    static Month cardMonth() { return {2026, 10}; }
    static QDateTime generatedAt() { return QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC); }

    // Adds one month of rows for an agent to `batches` (time, contacts, qa, survey, kcs).
    static void addMonth(std::vector<ImportBatch> &batches, const QString &agentId, Month month, const AgentMonth &m);

private:
    QTemporaryDir m_dir;
    FixedClock m_clock{generatedAt()};
    std::unique_ptr<Store> m_store;
};

} // namespace sc::test
