#pragma once
// Deciding what a file is before anything is written to it: a new or empty
// file becomes a Scorecard database; a Scorecard database (this version or an
// older one) is opened; anything else is refused unchanged (DatabaseRefused).
// Also how to open a file read-only. SQLite-specific, next to sqlite_schema.
#include "store.h"

#include <QString>
#include <QStringList>

struct sqlite3;

namespace sc::sqlite {

// PRAGMA application_id of every Scorecard database (bytes 68-71 of the file
// header): "SCRD" in ASCII. Databases made before it was set are recognised
// by their user_version and tables.
constexpr int kApplicationId = 0x53435244;

struct FileState {
    bool create = false;    // missing or empty: becomes a new Scorecard database
    bool readOnly = false;  // open read-only
    bool immutable = false; // read-only, and nobody can write it meanwhile (see readOnlyUri)
    int version = 0;        // schema version (user_version) of an existing database
    bool stamped = false;   // application_id is already Scorecard's
};

// Looks at `path` with a read-only SQLite connection only (never a plain
// open/close of the file, which would drop this process's SQLite locks on
// it). Throws DatabaseRefused with a one-line message naming the file.
// `anyVersion`: accept a Scorecard database of any schema version (to copy it).
FileState inspectFile(const QString &path, OpenMode mode, bool anyVersion = false);

// The URI that opens `path` read-only: "file:...?mode=ro", plus
// "&immutable=1" when `immutable` (no locks, no -shm: what a database in a
// read-only folder needs, where SQLite cannot create its -shm file).
QString readOnlyUri(const QString &path, bool immutable);

// Copies the database open on `source` (a connection of this process) into
// `target` with the online backup API, in one read transaction: a
// consistent snapshot, while other connections go on writing. Writes a
// temporary file beside `target` and renames it into place. Throws StoreError.
void backupConnection(sqlite3 *source, const QString &sourcePath, const QString &target);

// Opens the Scorecard database `source` read-only (refusing what
// inspectFile refuses, except that any schema version is copied as it is)
// and backs it up into `target`.
void backupFile(const QString &source, const QString &target);

// The tables Scorecard's migration steps 1..version create.
QStringList scorecardTables(int version);

} // namespace sc::sqlite
