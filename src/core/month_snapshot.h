#pragma once
// A finalized month's snapshot: the month report's JSON (SPEC section 5, as
// monthReportToJson writes it) plus "snapshot_format", the version of that
// layout, so a later version can read or convert what earlier ones froze.
// Snapshots written before the field existed are version 1.
#include "core/scoring.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace sc {

// The version this build writes, and the newest it reads.
inline constexpr int kMonthSnapshotFormat = 1;

QByteArray monthSnapshotToJson(const MonthReport &report);

struct MonthSnapshotRead {
    std::optional<MonthReport> report; // frozen == true when read
    int format = 0;                    // the snapshot's version (1 when it has none); 0 when not JSON
    QString error;                     // why report is empty
};
MonthSnapshotRead monthSnapshotFromJson(const QByteArray &json);

} // namespace sc
