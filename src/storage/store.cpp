#include "store.h"

#include "postgres/pg_store.h"
#include "server_location.h"
#include "sqlite_file.h"
#include "sqlite_schema.h"
#include "sqlite_store.h"

#include <QDir>
#include <QFileInfo>
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

namespace audit {

QString noteSaved(const OneOnOneNote &n)
{
    return QStringLiteral("%1: %2 note saved (%3 characters)")
        .arg(n.agentId, noteVisibilityName(n.visibility))
        .arg(n.text.size());
}

QString goalSaved(const ActionItem &item, bool added)
{
    QString details =
        QStringLiteral("%1: goal #%2 %3: %4, status %5")
            .arg(item.agentId)
            .arg(item.id)
            .arg(added ? QStringLiteral("added") : QStringLiteral("changed"), item.text, actionStatusName(item.status));
    if (item.dueMonth.isValid())
        details += QStringLiteral(", due ") + item.dueMonth.toString();
    return details;
}

QString goalRemoved(qint64 id, const QString &agentId)
{
    return QStringLiteral("%1: goal #%2 removed").arg(agentId).arg(id);
}

} // namespace audit

std::string finalizedNoteRefusal(Month month)
{
    return QStringLiteral("%1 is finalized: its 1:1 notes are read-only until the month is reopened; nothing was saved")
        .arg(month.toString())
        .toStdString();
}

QString noteVisibilityName(NoteVisibility v)
{
    return v == NoteVisibility::Private ? QStringLiteral("private") : QStringLiteral("shared");
}

DatabaseRefused::DatabaseRefused(Reason reason, const QString &message)
    : StoreError(message.toStdString()), m_reason(reason)
{
}

void Store::backupTo(const QString &) const { throw StoreError("This database cannot make backups"); }

namespace {

void requireSqlitePath(const QString &location)
{
    if (location.trimmed().isEmpty())
        throw StoreError("No database location given");
    if (isServerLocation(location))
        throw StoreError("This needs a SQLite file; a PostgreSQL server database is backed up with pg_dump");
}

ServerPasswordPrompt &passwordPrompt()
{
    static ServerPasswordPrompt prompt;
    return prompt;
}

} // namespace

DatabaseCheck checkDatabase(const QString &location)
{
    if (isServerLocation(location))
        return DatabaseCheck{false, false, pg::latestSchemaVersion(), pg::latestSchemaVersion()};
    requireSqlitePath(location);
    const sqlite::FileState state = sqlite::inspectFile(location, OpenMode::Auto);
    DatabaseCheck check;
    check.create = state.create;
    check.readOnly = state.readOnly;
    check.version = state.version;
    check.latestVersion = sqlite::latestSchemaVersion();
    return check;
}

void backupDatabase(const QString &source, const QString &target)
{
    requireSqlitePath(source);
    requireSqlitePath(target);
    sqlite::backupFile(source, target);
}

bool isServerLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
           || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

void setServerPasswordPrompt(ServerPasswordPrompt prompt) { passwordPrompt() = std::move(prompt); }

std::unique_ptr<Store> openStore(const QString &location, const Clock &clock, OpenMode mode)
{
    if (isServerLocation(location)) {
        if (const QString problem = pg::checkConnectionString(location); !problem.isEmpty())
            throw StoreError(QStringLiteral("PostgreSQL URI refused: %1").arg(problem).toStdString());
        return std::make_unique<PostgresStore>(location, clock, passwordPrompt());
    }
    requireSqlitePath(location);
    return std::make_unique<SqliteStore>(location, clock, mode);
}

QString defaultDatabasePath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.scorecard");
    // Before 0.2 the app named itself "scorecard" and kept its database in
    // .../Scorecard/scorecard while the CLI used .../Scorecard/Scorecard. Move
    // the app's folder (with its -wal and -shm) once, so nobody loses data.
    const QString legacyDir = QFileInfo(dir).path() + QStringLiteral("/scorecard");
    if (legacyDir != dir && !QFileInfo::exists(dir + QStringLiteral("/scorecard.sqlite"))
        && QFileInfo::exists(legacyDir + QStringLiteral("/scorecard.sqlite")) && !QFileInfo::exists(dir))
        QDir().rename(legacyDir, dir);
    if (!QDir().mkpath(dir))
        throw StoreError("Cannot create the data folder " + QDir::toNativeSeparators(dir).toStdString());
    return dir + QStringLiteral("/scorecard.sqlite");
}

} // namespace sc
