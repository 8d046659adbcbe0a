#pragma once
// The bulk writer of SqliteStore: stores the rows of import batches through
// the sqlite3 C API (prepared multi-row statements reused chunk after chunk)
// and records each file in the imports table. It runs inside the store's
// write transaction; SqliteStore::importBatches opens it, adds the audit
// entry and commits.
#include "core/domain.h"

#include <QString>
#include <memory>
#include <vector>

struct sqlite3;

namespace sc::sqlite {

// One import kind's table: key columns first, then the value columns.
struct TableSpec {
    const char *table;
    std::vector<const char *> keys;
    std::vector<const char *> values;
};
const TableSpec &tableSpec(ImportKind kind);

class KindWriter;
class Statement;

class BulkWriter {
public:
    // `db` is the store's open connection, in a write transaction; the
    // imports rows name `importedAt` and `user`.
    BulkWriter(sqlite3 *db, const QString &importedAt, const QString &user);
    ~BulkWriter();
    BulkWriter(const BulkWriter &) = delete;
    BulkWriter &operator=(const BulkWriter &) = delete;

    // Records the batch's file in `imports` and stores its rows, each naming
    // that import: a new key is stored, a key with other values replaced, one
    // with the same values left unchanged (rows of one batch in order: the
    // last one of a key wins). Throws StoreError naming the file, the record
    // (1-based in the batch) and its key; the caller rolls back.
    ImportStats write(const ImportBatch &batch);

private:
    sqlite3 *m_db;
    QString m_importedAt, m_user;
    std::unique_ptr<Statement> m_addImport;
    std::vector<std::unique_ptr<KindWriter>> m_writers; // by kind, made when first needed
};

} // namespace sc::sqlite
