#include "cli/cli.h"
#include "cli/command.h"

#include "storage/store.h"

#include <QDir>
#include <QFileInfo>

namespace sc::cli {

namespace {

int runBackup(Context &ctx, const QCommandLineParser &a)
{
    if (!a.isSet(QStringLiteral("out")) || a.value(QStringLiteral("out")).isEmpty())
        throw UsageError{QStringLiteral("--out FILE is required")};
    const QString source = a.isSet(QStringLiteral("db")) ? a.value(QStringLiteral("db")) : defaultDatabasePath();
    if (source.isEmpty())
        throw UsageError{QStringLiteral("--db needs a file path")};
    const QString target = a.value(QStringLiteral("out"));
    // The source is only read: an older database is copied as it is, not upgraded.
    backupDatabase(source, target);
    ctx.out << QStringLiteral("Backed up %1 to %2 (%3 bytes)\n")
                   .arg(QDir::toNativeSeparators(source), QDir::toNativeSeparators(target))
                   .arg(QFileInfo(target).size());
    return ExitOk;
}

} // namespace

Command backupCommand()
{
    return Command{
        QStringLiteral("backup"),
        QStringLiteral("Copy a database safely, also while it is in use"),
        QStringLiteral("Writes a consistent copy of the database with SQLite's online backup API, also while the app "
                       "or an import is using it. The database is only read. FILE is written whole or not at all; an "
                       "existing FILE is replaced only if it is a Scorecard database or empty."),
        QStringLiteral("--db FILE --out FILE"),
        {dbOption(), valueOption(QStringLiteral("out"), QStringLiteral("FILE"), QStringLiteral("The backup to write"))},
        false,
        runBackup};
}

} // namespace sc::cli
