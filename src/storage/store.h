#pragma once
// The storage interface: the only door to persisted data. SqliteStore
// implements it today; a PostgreSQL server could implement it later.
#include "core/clock.h"
#include "core/domain.h"
#include "core/scoring_source.h"

#include <QDateTime>
#include <QSet>
#include <QString>
#include <QVariantList>
#include <functional>
#include <memory>
#include <stdexcept>
#include <vector>

namespace sc {

// Thrown for I/O and database failures (CLI exit 74).
class StoreError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A file that was not opened, decided before anything was written to it
// (the file is unchanged). The message is one line naming the file; the app
// picks its dialog by the reason.
class DatabaseRefused : public StoreError {
public:
    enum class Reason {
        IsFolder,      // a folder was given
        NoFolder,      // its folder does not exist
        NotAFile,      // a device, socket, ...
        CannotCreate,  // missing, and its folder cannot be written
        CannotRead,    // no permission to read
        NotSqlite,     // not an SQLite file at all (random bytes)
        Damaged,       // an SQLite file SQLite cannot read
        Foreign,       // another application's SQLite database
        Newer,         // made by a newer Scorecard (higher schema version)
        NeedsUpgrade,  // made by an older Scorecard, and read-only so it cannot be upgraded
        EmptyReadOnly, // empty and read-only: nothing to read, nothing can be made
    };
    DatabaseRefused(Reason reason, const QString &message);
    Reason reason() const { return m_reason; }

private:
    Reason m_reason;
};

// How to open a database file.
enum class OpenMode {
    Auto,     // read-write; read-only when the file or its folder cannot be written
    ReadOnly, // never write (no WAL switch, no migration)
};

// Another writer held the database for longer than the busy timeout; the
// write did not start, nothing was changed (CLI exit 74).
class StoreBusyError : public StoreError {
public:
    using StoreError::StoreError;
};

struct AuditEntry {
    qint64 id = 0;
    QDateTime at; // UTC
    QString user;
    QString action; // "finalize", "reopen", "import", "template", ...
    QString month;  // "YYYY-MM" or empty
    QString details;
};

// Who may read a 1:1 note (SPEC section 8): a shared note is the agent's too
// ("My card", their PDF, any export made for them); a private note only its
// author's. New notes are shared unless the author says otherwise.
enum class NoteVisibility { Shared, Private };
QString noteVisibilityName(NoteVisibility v); // "shared", "private"
// Why a note of a finalized month is not saved (SqliteStore and
// PostgresStore refuse it: docs/decisions.md, issue 11.6).
std::string finalizedNoteRefusal(Month month);

// A 1:1 note: per agent and month one shared note, and one private note per
// author.
struct OneOnOneNote {
    QString agentId;
    Month month;
    QString text;
    QDateTime updatedAt;
    NoteVisibility visibility = NoteVisibility::Shared;
    QString author{}; // who first wrote it (the store's user), set by the store
};

enum class ActionStatus { Open, Done, Dropped };
QString actionStatusName(ActionStatus s); // "open", "done", "dropped"
std::optional<ActionStatus> actionStatusFromName(QStringView s);

// An action item / goal agreed in a 1:1.
struct ActionItem {
    qint64 id = 0; // 0 until stored
    QString agentId;
    Month createdMonth; // the 1:1 it was agreed in
    QString text;
    QString metricKey; // empty when not tied to a metric
    std::optional<double> targetValue;
    Month dueMonth;
    ActionStatus status = ActionStatus::Open;
};

// The audit entries of 1:1 notes and goals, in the same words on every store
// (each written in the transaction of the change it records). A note's text
// is not copied into the log, only its length.
namespace audit {
inline const QString kNoteAction = QStringLiteral("note");
inline const QString kGoalAction = QStringLiteral("goal");
QString noteSaved(const OneOnOneNote &n);               // "A001: note saved (123 characters)"
QString goalSaved(const ActionItem &item, bool added);  // "A001: goal #4 added: …"
QString goalRemoved(qint64 id, const QString &agentId); // "A001: goal #4 removed"
} // namespace audit

// One imported file: where a row's values came from.
struct ImportRecord {
    qint64 id = 0;
    QString kind;         // "agents", "time", ...
    QString sourceFile;   // as given to the import
    QDateTime importedAt; // UTC
    QString user;
    qint64 rowCount = 0; // data rows read from the file
};

// The stored rows of one import kind for one agent (the team for
// service_level) and month, each with the import that last wrote it.
struct SourceRows {
    QString table;
    QStringList columns; // the table's columns in schema order, without import_id
    struct Row {
        QVariantList values;                // as stored (dates as 'YYYY-MM-DD' text)
        std::optional<ImportRecord> import; // none for rows stored before provenance was kept
    };
    std::vector<Row> rows; // by date, then key
};

// What an import's audit entry says, built from the stored counts inside the
// import's transaction.
struct AuditText {
    QString action;
    QString month; // "YYYY-MM" or empty
    QString details;
};
using ImportAuditFn = std::function<AuditText(const std::vector<ImportStats> &)>;

// An open write transaction (BEGIN IMMEDIATE): the store's write methods
// called while it lives join it. Rolled back unless committed.
class WriteTransaction {
public:
    virtual ~WriteTransaction() = default;
    virtual void commit() = 0;
};

struct Comment {
    QDate date;
    QString source; // "qa" or "survey"
    QString text;
    std::optional<double> score; // QA score or CSAT
};

class Store : public ScoringSource {
public:
    ~Store() override = default;

    // True when opened read-only: every write throws StoreError saying so.
    virtual bool isReadOnly() const { return false; }
    // A consistent copy of the whole database in `file` (replaced if it
    // exists), made while others may be writing. Throws StoreError (also
    // when the store cannot make backups).
    virtual void backupTo(const QString &file) const;

    // --- import (one transaction for all batches: all or nothing) ---------
    // The month's agent sums aggregated from its rows, whatever the store
    // caches (agentSums may read a cache): for the tests that compare the
    // two and the benchmark's baseline.
    virtual SumsByKey agentSumsFromRows(Month month) const { return agentSums(month); }
    virtual QSet<QString> agentIds() const = 0;
    // Stores the batches, one `imports` row per batch (file) stamped on its
    // rows, and the audit entry `audit` builds from the counts (a generic
    // "import" entry when it is empty), all in one transaction. An AuditText
    // with an empty action writes none: allowed only inside beginWrite(),
    // whose caller then writes the entry before committing. Throws
    // StoreBusyError when another writer holds the database past the busy
    // timeout, StoreError otherwise; either way nothing is stored.
    virtual std::vector<ImportStats> importBatches(const std::vector<ImportBatch> &batches,
                                                   const ImportAuditFn &audit = {}) = 0;
    // Provenance: the agent's (team's, for service_level) rows of a month.
    virtual SourceRows sourceRows(ImportKind kind, const QString &agentOrTeam, Month month) const = 0;

    // --- transactions --------------------------------------------------------
    // Begins a write transaction now (waiting up to the busy timeout for
    // another writer, then StoreBusyError): read-then-write sequences such as
    // finalize see the data they write over. Nested calls join the outer one.
    virtual std::unique_ptr<WriteTransaction> beginWrite() = 0;
    // Who writes through this store (audit entries, imports). The operating
    // system's user unless set.
    virtual QString userName() const = 0;

    // --- months ------------------------------------------------------------
    // Months with any activity row, ascending.
    virtual std::vector<Month> monthsWithData() const = 0;
    virtual QStringList teams() const = 0;

    // --- templates (effective-dated; key is (team, effective_from)) --------
    virtual void saveTemplate(const ScorecardTemplate &t) = 0;
    virtual void removeTemplate(const QString &team, Month effectiveFrom) = 0;

    // --- finalize / reopen, audit log --------------------------------------
    virtual bool isFinalized(Month month) const = 0;
    // Stores the snapshot and an audit entry; throws StoreError if already final.
    virtual void finalizeMonth(Month month, const QByteArray &snapshotJson, const QString &user) = 0;
    virtual void reopenMonth(Month month, const QString &user, const QString &reason) = 0;
    virtual void addAuditEntry(const QString &user, const QString &action, const QString &month,
                               const QString &details) = 0;
    virtual std::vector<AuditEntry> auditLog() const = 0;

    // --- the qualitative side and the 1:1 ------------------------------------
    // Latest non-empty QA and survey comments of the agent up to the end of month.
    virtual std::vector<Comment> latestComments(const QString &agentId, Month month, int limit) const = 0;
    // The agent's shared note of the month; with Private, the private note
    // of the store's user (another author's private note is never returned).
    virtual std::optional<OneOnOneNote> note(const QString &agentId, Month month,
                                             NoteVisibility visibility = NoteVisibility::Shared) const = 0;
    // Stores the note by its visibility: the month's shared note, or the
    // store user's private note (its author is the store's user, whatever the
    // note says).
    virtual void saveNote(const OneOnOneNote &note) = 0;
    // Items created in or before `month` for the agent, oldest first.
    virtual std::vector<ActionItem> actionItems(const QString &agentId, Month upTo) const = 0;
    virtual qint64 saveActionItem(const ActionItem &item) = 0; // insert (id 0) or update; returns id
    virtual void removeActionItem(qint64 id) = 0;
};

// Opens (creating and migrating as needed) the store at `location`: a SQLite
// file path. A file that is not a Scorecard database, or one from a newer
// Scorecard, is refused (DatabaseRefused) before anything is written to it.
// A file that cannot be written opens read-only (see Store::isReadOnly).
// Throws StoreError.
std::unique_ptr<Store> openStore(const QString &location, const Clock &clock, OpenMode mode = OpenMode::Auto);

// What opening `location` would do, found without writing anything.
// Throws DatabaseRefused for a file openStore would refuse.
struct DatabaseCheck {
    bool create = false;   // missing or empty: opening makes a new database
    bool readOnly = false; // opening gives a read-only store
    int version = 0;       // its schema version
    int latestVersion = 0; // the schema version this Scorecard writes
    // Opening upgrades the schema (older Scorecards cannot open it after).
    bool needsUpgrade() const { return !create && !readOnly && version < latestVersion; }
};
DatabaseCheck checkDatabase(const QString &location);

// A consistent copy of the Scorecard database `source` into `target`, made
// with SQLite's online backup API while other processes may be writing; the
// source is only read (never upgraded). `target` is written whole or not at
// all (a temporary file renamed into place); it must not be the source, nor a
// database in use (with -wal/-shm files). Throws StoreError / DatabaseRefused.
void backupDatabase(const QString &source, const QString &target);

// The per-user default database path (QStandardPaths::AppDataLocation).
QString defaultDatabasePath();

} // namespace sc
