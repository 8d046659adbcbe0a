#pragma once
// Store on a shared PostgreSQL server (SPEC section 8), through libpq. The
// same Store interface as SqliteStore; what a user may read and write is
// decided by the server (grants and row-level security, pg_schema.cpp), so
// this class never filters rows itself. Who and when are stamped by the
// server's triggers (current_user, now()): the user names and the Clock
// the interface passes are not used for them.
#include "pg_connection.h"
#include "pg_schema.h"
#include "storage/store.h"

#include <QStringList>

namespace sc {

class PostgresStore final : public Store {
public:
    // Who is signed in, as the server says (scorecard.whoami()).
    struct Identity {
        QString login;
        std::optional<pg::Role> role; // none for a login that is not a Scorecard user (a superuser)
        QString agentId;              // role agent
        QStringList teams;            // role supervisor
    };

    // Connects to `uri` (a postgresql:// URI or any libpq connection
    // string); `prompt` is asked for a password libpq found nowhere. The
    // database must have been set up by `scorecard server init` at this
    // build's schema version: an older one is migrated step by step when the
    // login may (the owner role's members, superusers), else refused saying
    // to run `server init`; a newer one is refused (DatabaseRefused::Newer).
    // Throws StoreError.
    PostgresStore(const QString &uri, const Clock &clock, const pg::Connection::PasswordPrompt &prompt = {});
    ~PostgresStore() override;
    PostgresStore(const PostgresStore &) = delete;
    PostgresStore &operator=(const PostgresStore &) = delete;

    const Identity &identity() const { return m_identity; }
    // An agent sees only their own rows: their team's values come from the
    // server's scorecard.team_pooled_sums (teams of >= 5 agents with a record).
    std::optional<SumsByKey> pooledTeamSums(Month month) const override;
    QString userName() const override { return m_identity.login; }
    // Agents and leadership may write nothing (the server refuses anyway).
    bool isReadOnly() const override;
    // Server databases are backed up with pg_dump (docs/server.md).
    void backupTo(const QString &file) const override;

    // ScoringSource
    std::vector<Agent> agents() const override;
    SumsByKey agentSums(Month month) const override;
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

    // The connection, for tests and `server push`.
    pg::Connection &connection() const { return m_conn; }

private:
    class Transaction;
    class Snapshot;
    friend class Transaction;
    friend class Snapshot;
    enum class TxKind { None, Read, Write };
    pg::Result exec(const char *sql, const std::vector<pg::Param> &params = {}) const;
    pg::Result exec(const QString &sql, const std::vector<pg::Param> &params = {}) const;
    void insertAudit(const QString &action, const QString &month, const QString &details);
    // The session settings every connection gets (search_path, UTC, ...).
    void configureSession() const;

    mutable pg::Connection m_conn;
    Identity m_identity;
    bool m_readsServiceLevels = true; // agents may not: team values come to them otherwise
    mutable TxKind m_txKind = TxKind::None;
    mutable int m_txDepth = 0;
    mutable bool m_txFailed = false;
};

} // namespace sc
