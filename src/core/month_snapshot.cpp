#include "core/month_snapshot.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <cmath>

namespace sc {

namespace {
const QString kFormatKey = QStringLiteral("snapshot_format");
}

QByteArray monthSnapshotToJson(const MonthReport &report)
{
    QJsonObject o = monthReportToJson(report);
    o.insert(kFormatKey, kMonthSnapshotFormat);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

MonthSnapshotRead monthSnapshotFromJson(const QByteArray &json)
{
    MonthSnapshotRead read;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        read.error = parseError.error != QJsonParseError::NoError
                         ? QStringLiteral("the snapshot is not JSON: %1 at offset %2")
                               .arg(parseError.errorString())
                               .arg(parseError.offset)
                         : QStringLiteral("the snapshot is not a JSON object");
        return read;
    }
    QJsonObject o = doc.object();
    // Version 1 was written without the field.
    const QJsonValue format = o.value(kFormatKey);
    if (format.isUndefined()) {
        read.format = 1;
    } else {
        const double f = format.toDouble(-1);
        if (!format.isDouble() || f < 1 || f > 1e6 || f != std::floor(f)) {
            read.error = QStringLiteral("the snapshot's snapshot_format is not a version number");
            return read;
        }
        read.format = int(f);
    }
    if (read.format > kMonthSnapshotFormat) {
        read.error = QStringLiteral("the snapshot has format %1, newer than this version of Scorecard reads (%2)")
                         .arg(read.format)
                         .arg(kMonthSnapshotFormat);
        return read;
    }
    o.remove(kFormatKey);
    read.report = monthReportFromJson(o);
    if (!read.report) {
        read.error = QStringLiteral("the snapshot is not a month report");
        return read;
    }
    read.report->frozen = true;
    return read;
}

} // namespace sc
