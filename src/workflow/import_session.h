#pragma once
// An import session, the same for the app, the command line and (later) the
// server: check every file (agents files first, so the activity files may
// name the agents they add), then store all of them in one transaction that
// also holds the import's audit entry. Checking touches no store and may run
// on a worker thread; storing runs on the store's thread.
#include "import/importer.h"
#include "import/mapping_profile.h"
#include "storage/store.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

namespace sc::workflow {

// One file of a session and how to read it. Without kind or profile the kind
// is recognised from the file's header.
struct ImportFile {
    QString path;
    std::optional<ImportKind> kind;
    std::optional<MappingProfile> profile;
};

// The kind a file will be read as: the forced kind, the profile's, or the
// one its header shows (none when it shows none).
std::optional<ImportKind> expectedKind(const ImportFile &file);

// The files in the order they are checked and stored: agents files first,
// otherwise as given.
std::vector<ImportFile> importOrder(std::vector<ImportFile> files);

struct CheckedImport {
    std::vector<ImportBatch> batches;  // in store order; sourceFile is the path given
    std::vector<ImportFile> sources;   // the file (and kind or profile) each batch was read from
    std::vector<ImportError> errors;   // the first maxErrorsPerFile of each file
    qint64 errorTotal = 0;             // every problem found, listed or not
    std::vector<ImportError> warnings; // worth reading, not stopping the import
    QStringList unreadable;            // files that failed without a row-level error
    bool cancelled = false;
    bool ok() const { return errors.empty() && unreadable.empty() && !cancelled && !batches.empty(); }
};

struct CheckOptions {
    int maxErrorsPerFile = 200;
    // Bytes done of all files' total; returning false cancels.
    std::function<bool(qint64 done, qint64 total)> progress;
};

// Parses every file in importOrder(). knownAgents: the store's agents; the
// agents of each checked agents file are added for the files after it.
CheckedImport checkImportFiles(const std::vector<ImportFile> &files, QSet<QString> knownAgents,
                               const CheckOptions &options = {});

// The months the batches' dated rows fall in, "YYYY-MM", ascending.
QStringList importMonths(const std::vector<ImportBatch> &batches);

// The audit entry of an import: one part per file with its counts (read,
// stored, replaced, unchanged, collapsed, skipped).
AuditText importAudit(const std::vector<ImportBatch> &batches, const std::vector<ImportStats> &stats);

// Stores the checked batches and their audit entry in one transaction (the
// store's user). Throws StoreBusyError when another writer holds the
// database past the busy timeout, StoreError otherwise: nothing stored.
std::vector<ImportStats> storeImport(Store &store, const CheckedImport &checked);

} // namespace sc::workflow
