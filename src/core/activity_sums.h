#pragma once
// The sums every metric is a ratio of (SPEC section 3), for one agent or one
// team over one month. The store fills them with SQL aggregates; pooling a
// team is adding its agents' sums, never averaging their ratios.
#include <QByteArray>
#include <QMap>
#include <QString>
#include <QtGlobal>
#include <optional>

namespace sc {

struct ActivitySums {
    // time
    qint64 timeRows = 0;
    double workedMinutes = 0;
    qint64 adherenceRows = 0; // rows with adherent_minutes
    double adherentMinutes = 0;
    double adherenceScheduledMinutes = 0; // scheduled_minutes of those rows
    qint64 occupancyRows = 0;             // rows with occupied_minutes
    double occupiedMinutes = 0;
    double occupancyScheduledMinutes = 0;
    // contacts
    qint64 contactRows = 0;
    qint64 contacts = 0;
    qint64 handleRows = 0; // rows with handle_seconds
    double handleSeconds = 0;
    qint64 handleContacts = 0;
    qint64 fcrRows = 0; // rows with fcr
    qint64 fcrResolved = 0;
    qint64 fcrContacts = 0;
    // qa
    qint64 qaEvaluations = 0;
    double qaScoreSum = 0;
    double qaScoreSquares = 0; // Σ score², for the QA interval (SPEC section 6)
    // survey
    qint64 csatResponses = 0;
    qint64 csatPositive = 0; // csat >= 4
    qint64 npsResponses = 0;
    qint64 npsPromoters = 0;  // 9..10
    qint64 npsDetractors = 0; // 0..6
    // kcs
    qint64 kcsLinks = 0;
    qint64 kcsEdits = 0;
    qint64 kcsDrafts = 0;
    // One kcs row is one event of one type, so this is the number of kcs rows.
    qint64 kcsEvents() const { return kcsLinks + kcsEdits + kcsDrafts; }
    // Agents with any row of any kind in the month: 1 for an agent with a
    // record, the number of such agents for a team (the kcs denominator).
    qint64 agentsWithRecord = 0;
    // Survey rows with neither csat nor nps still make a record.
    qint64 surveyRows = 0;

    // Service level exists only for teams.
    qint64 serviceLevelRows = 0;
    qint64 offered = 0;
    qint64 answeredInSl = 0;
    qint64 answered = 0;      // calls answered (rows that say)
    qint64 asaRows = 0;       // rows with answer_seconds
    double answerSeconds = 0; // the asa numerator
    qint64 asaAnswered = 0;   // answered calls of those rows: the asa denominator

    ActivitySums &operator+=(const ActivitySums &o);
    bool hasRecord() const { return agentsWithRecord > 0; }
};

// Sums by agent_id or team. An ordered map, never a hash: pooling iterates it,
// and floating-point sums must be taken in the same order on every run
// (SPEC section 5: the same database gives byte-identical output).
using SumsByKey = QMap<QString, ActivitySums>;

// A month's agent sums as bytes, for the store's cache of them (a month
// that is not re-aggregated from its rows each time it is scored). The
// format names ActivitySums' field list: bytes written by another list
// decode to nullopt, and the store then aggregates the rows again.
QByteArray encodeSums(const SumsByKey &sums);
std::optional<SumsByKey> decodeSums(const QByteArray &bytes);

} // namespace sc
