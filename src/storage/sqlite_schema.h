#pragma once
// The SQLite-specific part of the storage layer: connection PRAGMAs and the
// schema migrations. Everything dialect-dependent lives here so that a
// PostgreSQL store would only need its own version of this file.
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace sc::sqlite {

// The schema version this build writes (PRAGMA user_version).
int latestSchemaVersion();

// The DDL of one migration step: step N takes a database from version N-1
// to N. Exposed so tests can build an old database.
QStringList migrationStep(int toVersion);

// "column differs from the next bound parameter", NULLs compared as values
// (SQLite's IS NOT; IS DISTINCT FROM in standard SQL).
QString isDistinctFromParameter(const QString &column);

// Sets WAL, foreign_keys=ON, synchronous=NORMAL, a 64 MiB page cache and
// temp_store=MEMORY. Throws StoreError.
void configureConnection(QSqlDatabase &db);

// A read-only connection: the same cache settings, no journal mode change,
// query_only on. Throws StoreError.
void configureReadOnlyConnection(QSqlDatabase &db);

// Reads PRAGMA user_version. Throws StoreError.
int schemaVersion(QSqlDatabase &db);

// Applies every step from the current version up to targetVersion, each in
// its own transaction. Throws StoreError, in particular for a database
// written by a newer Scorecard (version > latestSchemaVersion()).
void migrate(QSqlDatabase &db, int targetVersion);

} // namespace sc::sqlite
