#include "store.h"

#include "sqlite_store.h"

#include <QDir>
#include <QStandardPaths>

namespace sc {

QString actionStatusName(ActionStatus s)
{
    switch (s) {
    case ActionStatus::Open: return QStringLiteral("open");
    case ActionStatus::Done: return QStringLiteral("done");
    case ActionStatus::Dropped: return QStringLiteral("dropped");
    }
    return {};
}

std::optional<ActionStatus> actionStatusFromName(QStringView s)
{
    for (ActionStatus status : {ActionStatus::Open, ActionStatus::Done, ActionStatus::Dropped})
        if (s.compare(actionStatusName(status), Qt::CaseInsensitive) == 0)
            return status;
    return std::nullopt;
}

std::unique_ptr<Store> openStore(const QString &location, const Clock &clock)
{
    if (location.trimmed().isEmpty())
        throw StoreError("No database location given");
    if (location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive))
        throw StoreError("PostgreSQL databases are not supported yet; use a SQLite file path");
    return std::make_unique<SqliteStore>(location, clock);
}

QString defaultDatabasePath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.scorecard");
    if (!QDir().mkpath(dir))
        throw StoreError("Cannot create the data folder " + QDir::toNativeSeparators(dir).toStdString());
    return dir + QStringLiteral("/scorecard.sqlite");
}

} // namespace sc
