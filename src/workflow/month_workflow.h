#pragma once
// Finalize and reopen a month, the same for the app, the command line and
// (later) the server. Each is one write transaction begun before anything
// is read (so the snapshot freezes the data as of the write lock, never an
// older state), and holds its audit entry.
#include "core/month.h"

#include <QString>

namespace sc {
class Store;
}

namespace sc::workflow {

enum class MonthOutcome {
    Done,
    AlreadyFinalized, // finalize: reopen it first
    NoData,           // finalize: no agent has a record that month
    NotFinalized,     // reopen: it is open
};

struct MonthResult {
    MonthOutcome outcome = MonthOutcome::Done;
    qsizetype agentCards = 0; // finalize: cards frozen
};

// Freezes the month's computed report as its snapshot. Throws StoreBusyError
// when another writer holds the database past the busy timeout, StoreError
// otherwise; nothing is changed then.
MonthResult finalizeMonth(Store &store, Month month);

// Unfreezes a finalized month; reason goes into the audit log.
MonthResult reopenMonth(Store &store, Month month, const QString &reason);

} // namespace sc::workflow
