#pragma once
// Store on a local SQLite file. The only code of the project that speaks SQL
// (with sqlite_schema.cpp, which holds the dialect-specific parts).
#include "store.h"

#include <QSqlDatabase>

namespace sc {

class SqliteStore final : public Store {
public:
    // Opens or creates the file and migrates it to the latest schema; see
    // openStore for what is refused and when it opens read-only.
    // Throws StoreError. `clock` must outlive the store.
    SqliteStore(const QString &path, const Clock &clock, OpenMode mode = OpenMode::Auto);
    ~SqliteStore() override;
    SqliteStore(const SqliteStore &) = delete;
    SqliteStore &operator=(const SqliteStore &) = delete;

    // Who template edits are attributed to in the audit log (the API of
    // saveTemplate has no user). Defaults to the operating system's user.
    void setUserName(const QString &user) { m_user = user; }
    QString userName() const override { return m_user; }

    bool isReadOnly() const override { return m_readOnly; }
    // With SQLite's online backup API, page by page from this connection.
    void backupTo(const QString &file) const override;

    // ScoringSource
    std::vector<Agent> agents() const override;
    SumsByKey agentSums(Month month) const override;
    SumsByKey agentSumsFromRows(Month month) const override;
    SumsByKey serviceLevelSums(Month month) const override;
    std::vector<ScorecardTemplate> templates() const override;
    std::optional<QByteArray> frozenSnapshot(Month month) const override;
    std::unique_ptr<ReadSnapshot> readSnapshot() const override;

    // Store
    QSet<QString> agentIds() const override;
    std::vector<ImportStats> importBatches(const std::vector<ImportBatch> &batches,
                                           const ImportAuditFn &audit = {}) override;
    SourceRows sourceRows(ImportKind kind, const QString &agentOrTeam, Month month) const override;
    std::unique_ptr<WriteTransaction> beginWrite() override;
    std::vector<Month> monthsWithData() const override;
    QStringList teams() const override;
    void saveTemplate(const ScorecardTemplate &t) override;
    void removeTemplate(const QString &team, Month effectiveFrom) override;
    bool isFinalized(Month month) const override;
    void finalizeMonth(Month month, const QByteArray &snapshotJson, const QString &user) override;
    void reopenMonth(Month month, const QString &user, const QString &reason) override;
    void addAuditEntry(const QString &user, const QString &action, const QString &month,
                       const QString &details) override;
    std::vector<AuditEntry> auditLog() const override;
    std::vector<Comment> latestComments(const QString &agentId, Month month, int limit) const override;
    std::optional<OneOnOneNote> note(const QString &agentId, Month month,
                                     NoteVisibility visibility = NoteVisibility::Shared) const override;
    void saveNote(const OneOnOneNote &note) override;
    std::vector<ActionItem> actionItems(const QString &agentId, Month upTo) const override;
    qint64 saveActionItem(const ActionItem &item) override;
    void removeActionItem(qint64 id) override;

    // Everything, for `server push`: one batch per import kind (agents
    // first, every row, by key; sourceFile the database's path), every 1:1
    // note and action item, and the finalized months' snapshots.
    std::vector<ImportBatch> allRows() const;
    std::vector<OneOnOneNote> allNotes() const;
    std::vector<ActionItem> allActionItems() const;
    std::vector<std::pair<Month, QByteArray>> finalizedSnapshots() const;

    // The connection, for tests that inspect the file (PRAGMAs, schema).
    QSqlDatabase database() const { return m_db; }

    // How long a write waits for another writer before StoreBusyError (the
    // environment's SCORECARD_BUSY_TIMEOUT_MS, else 30 s).
    static int busyTimeoutMs();

private:
    class Transaction;
    class Snapshot;
    friend class Transaction;
    friend class Snapshot;
    enum class TxKind { None, Read, Write };
    // Rewrites the cached sums of these months and of any month with rows
    // but no sums; inside the import's write transaction.
    void cacheMonthSums(const QSet<Month> &changed);
    void insertAudit(const QString &user, const QString &action, const QString &month, const QString &details);
    QString nowText() const;
    // Throws StoreError when the store is read-only: first thing of every write.
    void requireWritable() const;

    QString m_connectionName;
    mutable QSqlDatabase m_db;
    const Clock &m_clock;
    QString m_user;
    QString m_path;
    bool m_readOnly = false;
    // The open transaction of this connection: its kind and nesting depth.
    mutable TxKind m_txKind = TxKind::None;
    mutable int m_txDepth = 0;
    mutable bool m_txFailed = false; // an inner write scope went without commit
};

} // namespace sc
