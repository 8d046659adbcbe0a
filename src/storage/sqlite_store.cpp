#include "sqlite_store.h"

#include "core/identity.h"
#include "sqlite_bulk_writer.h"
#include "sqlite_file.h"
#include "sqlite_locks.h"
#include "sqlite_schema.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <atomic>
#include <map>
#include <utility>

#include <sqlite3.h>

namespace sc {

namespace {

std::atomic<int> g_connectionCounter{0};

[[noreturn]] void fail(const QString &what, const QSqlError &error)
{
    throw StoreError(QString(what + QStringLiteral(": ") + error.text()).toStdString());
}

QSqlQuery prepare(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        fail(QStringLiteral("SQLite: cannot prepare \"%1\"").arg(sql.simplified()), q.lastError());
    return q;
}

void run(QSqlQuery &q)
{
    if (!q.exec())
        fail(QStringLiteral("SQLite: \"%1\" failed").arg(q.lastQuery().simplified()), q.lastError());
}

// Qt binds a null QString as SQL NULL; text columns hold '' instead.
QVariant textValue(const QString &s) { return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s); }

QDate dateFrom(const QVariant &v) { return QDate::fromString(v.toString(), Qt::ISODate); }

QVariant monthValue(Month m) { return m.isValid() ? QVariant(m.toString()) : QVariant(); }

Month monthFrom(const QVariant &v)
{
    if (v.isNull())
        return {};
    return Month::parse(v.toString()).value_or(Month());
}

QString timestampText(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }

QDateTime timestampFrom(const QVariant &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.toUTC();
}

template <typename T> QVariant optionalValue(const std::optional<T> &v)
{
    return v ? QVariant::fromValue(*v) : QVariant();
}

std::optional<double> optionalDouble(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

// The connection's sqlite3 handle, from the Qt driver (which links the same
// system libsqlite3 as this library).
sqlite3 *nativeHandle(QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        throw StoreError("SQLite: the Qt driver does not expose its sqlite3 handle");
    sqlite3 *handle = *static_cast<sqlite3 *const *>(v.constData());
    if (!handle)
        throw StoreError("SQLite: the connection is not open");
    return handle;
}

} // namespace

namespace {

// Runs BEGIN/COMMIT/ROLLBACK on the connection's handle; returns SQLite's code.
int execControl(QSqlDatabase &db, const char *sql, QString *error = nullptr)
{
    sqlite3 *handle = nativeHandle(db);
    const int rc = sqlite3_exec(handle, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK && error)
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
    return rc;
}

bool isBusy(int rc) { return (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED; }

} // namespace

// A write transaction: BEGIN IMMEDIATE, so the write lock is taken before
// anything is read, and SQLite's busy timeout applies to it (a deferred
// transaction that reads first cannot wait for the lock later). Nested
// scopes join the outermost; it rolls back unless committed, so every throw
// leaves the file as it was.
class SqliteStore::Transaction final : public WriteTransaction {
public:
    explicit Transaction(const SqliteStore &store) : m_store(const_cast<SqliteStore &>(store))
    {
        if (m_store.m_txDepth > 0) {
            if (m_store.m_txKind != TxKind::Write)
                throw StoreError("SQLite: a write cannot start inside a read snapshot");
            ++m_store.m_txDepth;
            return;
        }
        QString error;
        const int rc = execControl(m_store.m_db, "BEGIN IMMEDIATE", &error);
        if (isBusy(rc))
            throw StoreBusyError(QStringLiteral("the database is busy: another program has been writing to it "
                                                "for more than %1 s")
                                     .arg(busyTimeoutMs() / 1000.0)
                                     .toStdString());
        if (rc != SQLITE_OK)
            throw StoreError("SQLite: cannot begin a transaction: " + error.toStdString());
        m_store.m_txKind = TxKind::Write;
        m_store.m_txDepth = 1;
        m_store.m_txFailed = false;
    }
    ~Transaction() override
    {
        if (m_done)
            return;
        if (--m_store.m_txDepth > 0) {
            m_store.m_txFailed = true; // the outer scope must not commit half of it
            return;
        }
        execControl(m_store.m_db, "ROLLBACK");
        m_store.m_txKind = TxKind::None;
    }
    void commit() override
    {
        if (m_done)
            return;
        if (m_store.m_txDepth > 1) {
            --m_store.m_txDepth;
            m_done = true;
            return;
        }
        if (m_store.m_txFailed)
            throw StoreError("SQLite: part of the transaction failed; nothing was changed");
        QString error;
        const int rc = execControl(m_store.m_db, "COMMIT", &error);
        if (rc != SQLITE_OK) {
            const bool busy = isBusy(rc);
            execControl(m_store.m_db, "ROLLBACK");
            m_store.m_txDepth = 0;
            m_store.m_txKind = TxKind::None;
            m_done = true;
            if (busy)
                throw StoreBusyError("the database is busy; nothing was changed");
            throw StoreError("SQLite: cannot commit: " + error.toStdString());
        }
        m_store.m_txDepth = 0;
        m_store.m_txKind = TxKind::None;
        m_done = true;
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

private:
    SqliteStore &m_store;
    bool m_done = false;
};

// A read transaction: every query until it goes reads the state of the
// file as of its first read (WAL readers never block writers or wait).
class SqliteStore::Snapshot final : public ReadSnapshot {
public:
    explicit Snapshot(const SqliteStore &store) : m_store(store)
    {
        if (m_store.m_txDepth > 0) {
            ++m_store.m_txDepth; // inside a read or write transaction already
            return;
        }
        QString error;
        if (execControl(m_store.m_db, "BEGIN", &error) != SQLITE_OK)
            throw StoreError("SQLite: cannot begin a read transaction: " + error.toStdString());
        m_store.m_txKind = TxKind::Read;
        m_store.m_txDepth = 1;
    }
    ~Snapshot() override
    {
        if (--m_store.m_txDepth > 0)
            return;
        execControl(m_store.m_db, "COMMIT");
        m_store.m_txKind = TxKind::None;
    }

private:
    const SqliteStore &m_store;
};

int SqliteStore::busyTimeoutMs()
{
    bool ok = false;
    const int fromEnv = qEnvironmentVariableIntValue("SCORECARD_BUSY_TIMEOUT_MS", &ok);
    return ok && fromEnv >= 0 ? fromEnv : 30000;
}

std::unique_ptr<WriteTransaction> SqliteStore::beginWrite()
{
    requireWritable();
    return std::make_unique<Transaction>(*this);
}

std::unique_ptr<ReadSnapshot> SqliteStore::readSnapshot() const { return std::make_unique<Snapshot>(*this); }

SqliteStore::SqliteStore(const QString &path, const Clock &clock, OpenMode mode)
    : m_connectionName(QStringLiteral("scorecard-sqlite-%1").arg(++g_connectionCounter)), m_clock(clock), m_path(path)
{
    // No other code of the process can drop this connection's locks (also
    // done before main(); see sqlite_locks.h).
    sqlite::installLockGuard();
    m_user = currentUserName();
    // What the file is, decided before anything is written to it; a refusal
    // (DatabaseRefused) leaves it as it was and already names the file.
    const sqlite::FileState state = sqlite::inspectFile(path, mode);
    m_readOnly = state.readOnly;
    try {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        if (!m_db.isValid())
            throw StoreError("The Qt SQLite driver (QSQLITE) is not available");
        // Another process (the GUI and the CLI) may hold the write lock briefly.
        // Writes wait up to busyTimeoutMs() for it (BEGIN IMMEDIATE), then StoreBusyError.
        if (m_readOnly) {
            m_db.setDatabaseName(sqlite::readOnlyUri(path, state.immutable));
            m_db.setConnectOptions(
                QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1;QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI").arg(busyTimeoutMs()));
        } else {
            m_db.setDatabaseName(path);
            m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs()));
        }
        if (!m_db.open())
            fail(QStringLiteral("Cannot open database '%1'").arg(path), m_db.lastError());
        if (m_readOnly) {
            sqlite::configureReadOnlyConnection(m_db);
        } else {
            sqlite::configureConnection(m_db);
            const int before = sqlite::schemaVersion(m_db);
            sqlite::migrate(m_db, sqlite::latestSchemaVersion());
            if (before > 0 && before < 5) {
                // Upgraded from before the month sums existed: cache every month's.
                Transaction tx(*this);
                cacheMonthSums({});
                tx.commit();
            }
        }
    } catch (const StoreError &e) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        const std::string what = e.what();
        if (what.rfind("Cannot open database", 0) == 0)
            throw;
        throw StoreError("Cannot open database '" + path.toStdString() + "': " + what);
    }
}

SqliteStore::~SqliteStore()
{
    m_db.close();
    m_db = QSqlDatabase(); // the last handle must go before removeDatabase
    QSqlDatabase::removeDatabase(m_connectionName);
}

void SqliteStore::backupTo(const QString &file) const { sqlite::backupConnection(nativeHandle(m_db), m_path, file); }

void SqliteStore::requireWritable() const
{
    if (m_readOnly)
        throw StoreError(QStringLiteral("the database '%1' is open read-only (the file or its folder cannot be "
                                        "written); nothing was changed")
                             .arg(QDir::toNativeSeparators(m_path))
                             .toStdString());
}

QString SqliteStore::nowText() const { return timestampText(m_clock.now()); }

// --- ScoringSource ------------------------------------------------------------

std::vector<Agent> SqliteStore::agents() const
{
    QSqlQuery q = prepare(m_db, QStringLiteral("SELECT agent_id, name, team, supervisor, employment, email, active "
                                               "FROM agents ORDER BY agent_id"));
    run(q);
    std::vector<Agent> out;
    while (q.next()) {
        Agent a;
        a.id = q.value(0).toString();
        a.name = q.value(1).toString();
        a.team = q.value(2).toString();
        a.supervisor = q.value(3).toString();
        a.employment =
            q.value(4).toString() == QLatin1String("part_time") ? Employment::PartTime : Employment::FullTime;
        a.email = q.value(5).toString();
        a.active = q.value(6).toInt() != 0;
        out.push_back(std::move(a));
    }
    return out;
}

SumsByKey SqliteStore::agentSums(Month month) const
{
    // The month's cached sums (schema version 5) when it has them, else its
    // rows. Both read the same state: the import that changes a month's rows
    // rewrites its sums in its own transaction.
    QSqlQuery q = prepare(m_db, QStringLiteral("SELECT sums FROM month_sums WHERE month = ?"));
    q.bindValue(0, month.toString());
    run(q);
    if (q.next())
        if (auto cached = decodeSums(q.value(0).toByteArray()))
            return std::move(*cached);
    return agentSumsFromRows(month);
}

void SqliteStore::cacheMonthSums(const QSet<Month> &changed)
{
    // Inside the import's write transaction. Besides the months just
    // written, any month with rows but no sums: one whose sums a trigger
    // dropped (a row left it), or every month of a database upgraded from
    // before version 5.
    QSet<Month> months = changed;
    QSet<QString> cached;
    {
        QSqlQuery q = prepare(m_db, QStringLiteral("SELECT month FROM month_sums"));
        run(q);
        while (q.next())
            cached.insert(q.value(0).toString());
    }
    for (Month m : monthsWithData())
        if (!cached.contains(m.toString()))
            months.insert(m);
    QSqlQuery put = prepare(m_db, QStringLiteral("INSERT OR REPLACE INTO month_sums (month, sums) VALUES (?, ?)"));
    for (Month m : std::as_const(months)) {
        put.bindValue(0, m.toString());
        put.bindValue(1, encodeSums(agentSumsFromRows(m)));
        run(put);
    }
}

SumsByKey SqliteStore::agentSumsFromRows(Month month) const
{
    SumsByKey out;
    const QString from = month.firstDay().toString(Qt::ISODate);
    const QString to = month.endExclusive().toString(Qt::ISODate);

    // One aggregate query per activity table; the callback reads one row.
    auto each = [&](const QString &sql, auto &&fill) {
        QSqlQuery q = prepare(m_db, sql);
        q.bindValue(0, from);
        q.bindValue(1, to);
        run(q);
        while (q.next()) {
            ActivitySums &s = out[q.value(0).toString()];
            s.agentsWithRecord = 1;
            fill(q, s);
        }
    };
    each(QStringLiteral("SELECT agent_id, COUNT(*), COALESCE(SUM(worked_minutes), 0),"
                        " COUNT(adherent_minutes), COALESCE(SUM(adherent_minutes), 0),"
                        " COALESCE(SUM(CASE WHEN adherent_minutes IS NOT NULL THEN scheduled_minutes END), 0),"
                        " COUNT(occupied_minutes), COALESCE(SUM(occupied_minutes), 0),"
                        " COALESCE(SUM(CASE WHEN occupied_minutes IS NOT NULL THEN scheduled_minutes END), 0)"
                        " FROM time_records WHERE date >= ? AND date < ? GROUP BY agent_id"),
         [](const QSqlQuery &q, ActivitySums &s) {
             s.timeRows = q.value(1).toLongLong();
             s.workedMinutes = q.value(2).toDouble();
             s.adherenceRows = q.value(3).toLongLong();
             s.adherentMinutes = q.value(4).toDouble();
             s.adherenceScheduledMinutes = q.value(5).toDouble();
             s.occupancyRows = q.value(6).toLongLong();
             s.occupiedMinutes = q.value(7).toDouble();
             s.occupancyScheduledMinutes = q.value(8).toDouble();
         });
    each(QStringLiteral("SELECT agent_id, COUNT(*), COALESCE(SUM(contacts), 0),"
                        " COUNT(handle_seconds), COALESCE(SUM(handle_seconds), 0),"
                        " COALESCE(SUM(CASE WHEN handle_seconds IS NOT NULL THEN handle_contacts END), 0),"
                        " COUNT(fcr), COALESCE(SUM(fcr), 0),"
                        " COALESCE(SUM(CASE WHEN fcr IS NOT NULL THEN fcr_contacts END), 0)"
                        " FROM contacts WHERE date >= ? AND date < ? GROUP BY agent_id"),
         [](const QSqlQuery &q, ActivitySums &s) {
             s.contactRows = q.value(1).toLongLong();
             s.contacts = q.value(2).toLongLong();
             s.handleRows = q.value(3).toLongLong();
             s.handleSeconds = q.value(4).toDouble();
             s.handleContacts = q.value(5).toLongLong();
             s.fcrRows = q.value(6).toLongLong();
             s.fcrResolved = q.value(7).toLongLong();
             s.fcrContacts = q.value(8).toLongLong();
         });
    each(QStringLiteral("SELECT agent_id, COUNT(*), COALESCE(SUM(score), 0), COALESCE(SUM(score * score), 0)"
                        " FROM qa_evaluations WHERE date >= ? AND date < ? GROUP BY agent_id"),
         [](const QSqlQuery &q, ActivitySums &s) {
             s.qaEvaluations = q.value(1).toLongLong();
             s.qaScoreSum = q.value(2).toDouble();
             s.qaScoreSquares = q.value(3).toDouble();
         });
    each(QStringLiteral("SELECT agent_id, COUNT(*), COUNT(csat),"
                        " COALESCE(SUM(CASE WHEN csat >= 4 THEN 1 ELSE 0 END), 0),"
                        " COUNT(nps),"
                        " COALESCE(SUM(CASE WHEN nps >= 9 THEN 1 ELSE 0 END), 0),"
                        " COALESCE(SUM(CASE WHEN nps <= 6 THEN 1 ELSE 0 END), 0)"
                        " FROM survey_responses WHERE date >= ? AND date < ? GROUP BY agent_id"),
         [](const QSqlQuery &q, ActivitySums &s) {
             s.surveyRows = q.value(1).toLongLong();
             s.csatResponses = q.value(2).toLongLong();
             s.csatPositive = q.value(3).toLongLong();
             s.npsResponses = q.value(4).toLongLong();
             s.npsPromoters = q.value(5).toLongLong();
             s.npsDetractors = q.value(6).toLongLong();
         });
    each(QStringLiteral("SELECT agent_id,"
                        " COALESCE(SUM(CASE WHEN type = 'link' THEN 1 ELSE 0 END), 0),"
                        " COALESCE(SUM(CASE WHEN type = 'edit' THEN 1 ELSE 0 END), 0),"
                        " COALESCE(SUM(CASE WHEN type = 'draft' THEN 1 ELSE 0 END), 0)"
                        " FROM kcs_events WHERE date >= ? AND date < ? GROUP BY agent_id"),
         [](const QSqlQuery &q, ActivitySums &s) {
             s.kcsLinks = q.value(1).toLongLong();
             s.kcsEdits = q.value(2).toLongLong();
             s.kcsDrafts = q.value(3).toLongLong();
         });
    return out;
}

SumsByKey SqliteStore::serviceLevelSums(Month month) const
{
    QSqlQuery q = prepare(m_db, QStringLiteral("SELECT team, COUNT(*), COALESCE(SUM(offered), 0),"
                                               " COALESCE(SUM(answered_in_sl), 0), COALESCE(SUM(answered), 0),"
                                               " COUNT(answer_seconds), COALESCE(SUM(answer_seconds), 0),"
                                               " COALESCE(SUM(asa_answered), 0)"
                                               " FROM service_levels WHERE date >= ? AND date < ? GROUP BY team"));
    q.bindValue(0, month.firstDay().toString(Qt::ISODate));
    q.bindValue(1, month.endExclusive().toString(Qt::ISODate));
    run(q);
    SumsByKey out;
    while (q.next()) {
        ActivitySums &s = out[q.value(0).toString()];
        s.serviceLevelRows = q.value(1).toLongLong();
        s.offered = q.value(2).toLongLong();
        s.answeredInSl = q.value(3).toLongLong();
        s.answered = q.value(4).toLongLong();
        s.asaRows = q.value(5).toLongLong();
        s.answerSeconds = q.value(6).toDouble();
        s.asaAnswered = q.value(7).toLongLong();
    }
    return out;
}

std::vector<ScorecardTemplate> SqliteStore::templates() const
{
    QSqlQuery q = prepare(m_db, QStringLiteral("SELECT team, effective_from, definition FROM templates"
                                               " ORDER BY team, effective_from"));
    run(q);
    std::vector<ScorecardTemplate> out;
    while (q.next()) {
        const QString team = q.value(0).toString();
        const QString from = q.value(1).toString();
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(q.value(2).toString().toUtf8(), &parseError);
        QString error = parseError.error == QJsonParseError::NoError ? QString() : parseError.errorString();
        std::optional<ScorecardTemplate> t;
        if (error.isEmpty())
            t = templateFromJson(doc.object(), &error);
        const std::optional<Month> month = Month::parse(from);
        if (!t || !month)
            throw StoreError(QStringLiteral("The stored template for team '%1' effective %2 is unreadable: %3")
                                 .arg(team, from, error)
                                 .toStdString());
        // The key columns are authoritative.
        t->team = team;
        t->effectiveFrom = *month;
        out.push_back(std::move(*t));
    }
    return out;
}

std::optional<QByteArray> SqliteStore::frozenSnapshot(Month month) const
{
    QSqlQuery q = prepare(m_db, QStringLiteral("SELECT snapshot FROM finalized_months WHERE month = ?"));
    q.bindValue(0, month.toString());
    run(q);
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString().toUtf8();
}

// --- Store ---------------------------------------------------------------------

QSet<QString> SqliteStore::agentIds() const
{
    QSqlQuery q = prepare(m_db, QStringLiteral("SELECT agent_id FROM agents"));
    run(q);
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

std::vector<ImportStats> SqliteStore::importBatches(const std::vector<ImportBatch> &batches, const ImportAuditFn &audit)
{
    requireWritable();
    Transaction tx(*this);
    std::vector<ImportStats> out;
    out.reserve(batches.size());
    {
        // Its statements are finished before COMMIT.
        sqlite::BulkWriter writer(nativeHandle(m_db), nowText(), m_user);
        for (const ImportBatch &batch : batches)
            out.push_back(writer.write(batch));
    }
    QSet<Month> changed;
    for (size_t i = 0; i < batches.size(); ++i) {
        if (out[i].stored + out[i].replaced == 0)
            continue; // every row as it was: the month's sums too
        const ImportBatch &b = batches[i];
        auto add = [&](const auto &rows) {
            for (const auto &row : rows)
                changed.insert(Month::of(row.date));
        };
        add(b.time);
        add(b.contacts);
        add(b.qa);
        add(b.surveys);
        add(b.kcs);
    }
    cacheMonthSums(changed);
    AuditText entry;
    if (audit) {
        entry = audit(out);
    } else {
        QStringList files;
        for (size_t i = 0; i < batches.size(); ++i)
            files << QStringLiteral("%1 (%2): %3 stored, %4 replaced, %5 unchanged")
                         .arg(batches[i].sourceFile.isEmpty() ? QStringLiteral("import") : batches[i].sourceFile,
                              kindName(batches[i].kind))
                         .arg(out[i].stored)
                         .arg(out[i].replaced)
                         .arg(out[i].unchanged);
        entry = {QStringLiteral("import"), QString(), files.join(QStringLiteral("; "))};
    }
    if (!entry.action.isEmpty())
        insertAudit(m_user, entry.action, entry.month, entry.details);
    else if (m_txDepth == 1)
        throw StoreError("SQLite: an import without an audit entry must be part of an outer transaction");
    tx.commit();
    return out;
}

SourceRows SqliteStore::sourceRows(ImportKind kind, const QString &agentOrTeam, Month month) const
{
    const sqlite::TableSpec &spec = sqlite::tableSpec(kind);
    SourceRows out;
    out.table = QLatin1String(spec.table);
    QStringList select;
    for (const char *k : spec.keys)
        out.columns << QLatin1String(k);
    for (const char *v : spec.values)
        out.columns << QLatin1String(v);
    for (const QString &c : std::as_const(out.columns))
        select << QStringLiteral("t.") + c;
    const bool byTeam = kind == ImportKind::ServiceLevel;
    const bool dated = kind != ImportKind::Agents;
    QString sql = QStringLiteral("SELECT %1, t.import_id, i.kind, i.source_file, i.imported_at, i.user_name,"
                                 " i.row_count FROM %2 t LEFT JOIN imports i ON i.id = t.import_id WHERE t.%3 = ?")
                      .arg(select.join(QLatin1String(", ")), out.table,
                           byTeam ? QStringLiteral("team") : QStringLiteral("agent_id"));
    if (dated)
        sql += QStringLiteral(" AND t.date >= ? AND t.date < ?");
    QStringList order;
    if (dated)
        order << QStringLiteral("t.date");
    for (const char *k : spec.keys)
        order << QStringLiteral("t.") + QLatin1String(k);
    sql += QStringLiteral(" ORDER BY ") + order.join(QLatin1String(", "));
    const auto view = readSnapshot();
    QSqlQuery q = prepare(m_db, sql);
    q.bindValue(0, agentOrTeam);
    if (dated) {
        q.bindValue(1, month.firstDay().toString(Qt::ISODate));
        q.bindValue(2, month.endExclusive().toString(Qt::ISODate));
    }
    run(q);
    const int n = int(out.columns.size());
    while (q.next()) {
        SourceRows::Row row;
        for (int c = 0; c < n; ++c)
            row.values << q.value(c);
        if (!q.value(n).isNull()) {
            ImportRecord r;
            r.id = q.value(n).toLongLong();
            r.kind = q.value(n + 1).toString();
            r.sourceFile = q.value(n + 2).toString();
            r.importedAt = timestampFrom(q.value(n + 3));
            r.user = q.value(n + 4).toString();
            r.rowCount = q.value(n + 5).toLongLong();
            row.import = r;
        }
        out.rows.push_back(std::move(row));
    }
    return out;
}

std::vector<Month> SqliteStore::monthsWithData() const
{
    // Hop from month to month with an index seek per step instead of
    // scanning every row: MIN(date) at or after the start of the next month.
    static const char *const tables[] = {"time_records",     "contacts",   "qa_evaluations",
                                         "survey_responses", "kcs_events", "service_levels"};
    QSet<Month> months;
    for (const char *table : tables) {
        QSqlQuery q =
            prepare(m_db, QStringLiteral("SELECT MIN(date) FROM %1 WHERE date >= ?").arg(QLatin1String(table)));
        QString from = QStringLiteral("0000-00-00");
        for (;;) {
            q.bindValue(0, from);
            run(q);
            if (!q.next() || q.value(0).isNull())
                break;
            const QDate d = dateFrom(q.value(0));
            q.finish();
            if (!d.isValid())
                break;
            const Month m = Month::of(d);
            months.insert(m);
            from = m.endExclusive().toString(Qt::ISODate);
        }
    }
    std::vector<Month> out(months.begin(), months.end());
    std::sort(out.begin(), out.end());
    return out;
}

QStringList SqliteStore::teams() const
{
    QSqlQuery q = prepare(m_db, QStringLiteral("SELECT team FROM agents WHERE team <> ''"
                                               " UNION SELECT team FROM service_levels WHERE team <> ''"
                                               " ORDER BY 1"));
    run(q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

void SqliteStore::saveTemplate(const ScorecardTemplate &t)
{
    requireWritable();
    if (!t.effectiveFrom.isValid())
        throw StoreError("A template needs a valid effective_from month");
    const QJsonObject json = templateToJson(t);
    // Never store what templates() could not read back.
    QString error;
    if (!templateFromJson(json, &error))
        throw StoreError(QStringLiteral("Invalid template '%1': %2").arg(t.name, error).toStdString());
    Transaction tx(*this);
    QSqlQuery q =
        prepare(m_db, QStringLiteral("INSERT INTO templates (team, effective_from, name, definition)"
                                     " VALUES (?, ?, ?, ?) ON CONFLICT (team, effective_from)"
                                     " DO UPDATE SET name = excluded.name, definition = excluded.definition"));
    q.bindValue(0, textValue(t.team));
    q.bindValue(1, t.effectiveFrom.toString());
    q.bindValue(2, textValue(t.name));
    q.bindValue(3, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    run(q);
    q.finish();
    insertAudit(m_user, QStringLiteral("template"), t.effectiveFrom.toString(),
                QStringLiteral("saved template '%1' for %2 effective from %3")
                    .arg(t.name,
                         t.team.isEmpty() ? QStringLiteral("all teams") : QStringLiteral("team '%1'").arg(t.team),
                         t.effectiveFrom.toString()));
    tx.commit();
}

void SqliteStore::removeTemplate(const QString &team, Month effectiveFrom)
{
    requireWritable();
    Transaction tx(*this);
    QSqlQuery q = prepare(m_db, QStringLiteral("DELETE FROM templates WHERE team = ? AND effective_from = ?"));
    q.bindValue(0, textValue(team));
    q.bindValue(1, effectiveFrom.toString());
    run(q);
    if (q.numRowsAffected() == 0)
        return; // nothing to remove, nothing to record
    q.finish();
    insertAudit(m_user, QStringLiteral("template"), effectiveFrom.toString(),
                QStringLiteral("removed template for %1 effective from %2")
                    .arg(team.isEmpty() ? QStringLiteral("all teams") : QStringLiteral("team '%1'").arg(team),
                         effectiveFrom.toString()));
    tx.commit();
}

bool SqliteStore::isFinalized(Month month) const
{
    QSqlQuery q = prepare(m_db, QStringLiteral("SELECT 1 FROM finalized_months WHERE month = ?"));
    q.bindValue(0, month.toString());
    run(q);
    return q.next();
}

void SqliteStore::finalizeMonth(Month month, const QByteArray &snapshotJson, const QString &user)
{
    requireWritable();
    if (!month.isValid())
        throw StoreError("Cannot finalize an invalid month");
    Transaction tx(*this);
    if (isFinalized(month))
        throw StoreError("Month " + month.toString().toStdString() + " is already finalized");
    QSqlQuery q =
        prepare(m_db, QStringLiteral("INSERT INTO finalized_months (month, snapshot, finalized_at, finalized_by)"
                                     " VALUES (?, ?, ?, ?)"));
    q.bindValue(0, month.toString());
    q.bindValue(1, QString::fromUtf8(snapshotJson));
    q.bindValue(2, nowText());
    q.bindValue(3, textValue(user));
    run(q);
    q.finish();
    insertAudit(user, QStringLiteral("finalize"), month.toString(),
                QStringLiteral("finalized %1").arg(month.toString()));
    tx.commit();
}

void SqliteStore::reopenMonth(Month month, const QString &user, const QString &reason)
{
    requireWritable();
    Transaction tx(*this);
    QSqlQuery q = prepare(m_db, QStringLiteral("DELETE FROM finalized_months WHERE month = ?"));
    q.bindValue(0, month.toString());
    run(q);
    if (q.numRowsAffected() == 0)
        throw StoreError("Month " + month.toString().toStdString() + " is not finalized");
    q.finish();
    insertAudit(user, QStringLiteral("reopen"), month.toString(), reason);
    tx.commit();
}

void SqliteStore::insertAudit(const QString &user, const QString &action, const QString &month, const QString &details)
{
    QSqlQuery q = prepare(m_db, QStringLiteral("INSERT INTO audit_log (at, user_name, action, month, details)"
                                               " VALUES (?, ?, ?, ?, ?)"));
    q.bindValue(0, nowText());
    q.bindValue(1, textValue(user));
    q.bindValue(2, textValue(action));
    q.bindValue(3, textValue(month));
    q.bindValue(4, textValue(details));
    run(q);
}

void SqliteStore::addAuditEntry(const QString &user, const QString &action, const QString &month,
                                const QString &details)
{
    requireWritable();
    Transaction tx(*this);
    insertAudit(user, action, month, details);
    tx.commit();
}

std::vector<AuditEntry> SqliteStore::auditLog() const
{
    QSqlQuery q = prepare(m_db, QStringLiteral("SELECT id, at, user_name, action, month, details FROM audit_log"
                                               " ORDER BY at DESC, id DESC"));
    run(q);
    std::vector<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = timestampFrom(q.value(1));
        e.user = q.value(2).toString();
        e.action = q.value(3).toString();
        e.month = q.value(4).toString();
        e.details = q.value(5).toString();
        out.push_back(std::move(e));
    }
    return out;
}

std::vector<Comment> SqliteStore::latestComments(const QString &agentId, Month month, int limit) const
{
    std::vector<Comment> out;
    if (limit <= 0)
        return out;
    QSqlQuery q = prepare(
        m_db, QStringLiteral("SELECT date, 'qa' AS source, comment, score, evaluation_id AS id FROM qa_evaluations"
                             " WHERE agent_id = ? AND date < ? AND TRIM(comment) <> ''"
                             " UNION ALL"
                             " SELECT date, 'survey' AS source, comment, csat, response_id AS id FROM survey_responses"
                             " WHERE agent_id = ? AND date < ? AND TRIM(comment) <> ''"
                             " ORDER BY 1 DESC, 2, 5 DESC LIMIT ?"));
    const QString end = month.endExclusive().toString(Qt::ISODate);
    q.bindValue(0, agentId);
    q.bindValue(1, end);
    q.bindValue(2, agentId);
    q.bindValue(3, end);
    q.bindValue(4, limit);
    run(q);
    while (q.next()) {
        Comment c;
        c.date = dateFrom(q.value(0));
        c.source = q.value(1).toString();
        c.text = q.value(2).toString();
        c.score = optionalDouble(q.value(3));
        out.push_back(std::move(c));
    }
    return out;
}

std::optional<OneOnOneNote> SqliteStore::note(const QString &agentId, Month month, NoteVisibility visibility) const
{
    // A private note is only ever read back by its author.
    const bool priv = visibility == NoteVisibility::Private;
    QSqlQuery q = prepare(m_db, QStringLiteral("SELECT text, updated_at, author FROM one_on_one_notes"
                                               " WHERE agent_id = ? AND month = ? AND visibility = ?")
                                    + (priv ? QStringLiteral(" AND author = ?") : QString()));
    q.bindValue(0, agentId);
    q.bindValue(1, month.toString());
    q.bindValue(2, noteVisibilityName(visibility));
    if (priv)
        q.bindValue(3, m_user);
    run(q);
    if (!q.next())
        return std::nullopt;
    OneOnOneNote n{agentId, month, q.value(0).toString(), timestampFrom(q.value(1))};
    n.visibility = visibility;
    n.author = q.value(2).toString();
    return n;
}

void SqliteStore::saveNote(const OneOnOneNote &n)
{
    requireWritable();
    if (!n.month.isValid())
        throw StoreError("A note needs a valid month");
    Transaction tx(*this);
    if (isFinalized(n.month))
        throw StoreError(finalizedNoteRefusal(n.month));
    // One shared note per agent and month, one private note per author: the
    // partial unique indexes of schema 6 are the conflict targets.
    const bool priv = n.visibility == NoteVisibility::Private;
    QSqlQuery q = prepare(m_db, QStringLiteral("INSERT INTO one_on_one_notes"
                                               " (agent_id, month, visibility, author, text, updated_at, updated_by)"
                                               " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT %1"
                                               " DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at,"
                                               " updated_by = excluded.updated_by")
                                    .arg(priv ? QStringLiteral("(agent_id, month, author) WHERE visibility = 'private'")
                                              : QStringLiteral("(agent_id, month) WHERE visibility = 'shared'")));
    q.bindValue(0, n.agentId);
    q.bindValue(1, n.month.toString());
    q.bindValue(2, noteVisibilityName(n.visibility));
    q.bindValue(3, textValue(m_user));
    q.bindValue(4, textValue(n.text));
    q.bindValue(5, nowText());
    q.bindValue(6, textValue(m_user));
    run(q);
    q.finish();
    insertAudit(m_user, audit::kNoteAction, n.month.toString(), audit::noteSaved(n));
    tx.commit();
}

std::vector<ActionItem> SqliteStore::actionItems(const QString &agentId, Month upTo) const
{
    QSqlQuery q =
        prepare(m_db, QStringLiteral("SELECT id, created_month, text, metric_key, target_value, due_month, status"
                                     " FROM action_items WHERE agent_id = ? AND created_month <= ?"
                                     " ORDER BY created_month, id"));
    q.bindValue(0, agentId);
    q.bindValue(1, upTo.toString());
    run(q);
    std::vector<ActionItem> out;
    while (q.next()) {
        ActionItem item;
        item.id = q.value(0).toLongLong();
        item.agentId = agentId;
        item.createdMonth = monthFrom(q.value(1));
        item.text = q.value(2).toString();
        item.metricKey = q.value(3).toString();
        item.targetValue = optionalDouble(q.value(4));
        item.dueMonth = monthFrom(q.value(5));
        item.status = actionStatusFromName(q.value(6).toString()).value_or(ActionStatus::Open);
        out.push_back(std::move(item));
    }
    return out;
}

qint64 SqliteStore::saveActionItem(const ActionItem &item)
{
    requireWritable();
    if (!item.createdMonth.isValid())
        throw StoreError("An action item needs a valid month it was created in");
    const QVariantList values{item.agentId,
                              item.createdMonth.toString(),
                              textValue(item.text),
                              textValue(item.metricKey),
                              optionalValue(item.targetValue),
                              monthValue(item.dueMonth),
                              actionStatusName(item.status)};
    Transaction tx(*this);
    if (item.id == 0) {
        QSqlQuery q =
            prepare(m_db, QStringLiteral("INSERT INTO action_items"
                                         " (agent_id, created_month, text, metric_key, target_value, due_month, status)"
                                         " VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values[i]);
        run(q);
        ActionItem stored = item;
        stored.id = q.lastInsertId().toLongLong();
        q.finish();
        insertAudit(m_user, audit::kGoalAction, stored.createdMonth.toString(), audit::goalSaved(stored, true));
        tx.commit();
        return stored.id;
    }
    QSqlQuery q = prepare(m_db, QStringLiteral("UPDATE action_items SET agent_id = ?, created_month = ?, text = ?,"
                                               " metric_key = ?, target_value = ?, due_month = ?, status = ?"
                                               " WHERE id = ?"));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    q.bindValue(int(values.size()), item.id);
    run(q);
    if (q.numRowsAffected() == 0)
        throw StoreError("No action item with id " + std::to_string(item.id));
    q.finish();
    insertAudit(m_user, audit::kGoalAction, item.createdMonth.toString(), audit::goalSaved(item, false));
    tx.commit();
    return item.id;
}

void SqliteStore::removeActionItem(qint64 id)
{
    requireWritable();
    Transaction tx(*this);
    QSqlQuery q =
        prepare(m_db, QStringLiteral("DELETE FROM action_items WHERE id = ? RETURNING agent_id, created_month"));
    q.bindValue(0, id);
    run(q);
    const bool removed = q.next(); // no such goal: nothing removed, nothing to audit
    const QString agentId = removed ? q.value(0).toString() : QString();
    const QString month = removed ? q.value(1).toString() : QString();
    q.finish();
    if (removed)
        insertAudit(m_user, audit::kGoalAction, month, audit::goalRemoved(id, agentId));
    tx.commit();
}

// --- everything, for `server push` -------------------------------------------

std::vector<ImportBatch> SqliteStore::allRows() const
{
    const auto view = readSnapshot();
    std::vector<ImportBatch> out;
    for (ImportKind kind : allKinds()) {
        const sqlite::TableSpec &spec = sqlite::tableSpec(kind);
        QStringList columns, keys;
        for (const char *k : spec.keys) {
            columns << QLatin1String(k);
            keys << QLatin1String(k);
        }
        for (const char *v : spec.values)
            columns << QLatin1String(v);
        QSqlQuery q = prepare(m_db, QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                                        .arg(columns.join(QLatin1String(", ")), QLatin1String(spec.table),
                                             keys.join(QLatin1String(", "))));
        run(q);
        ImportBatch b;
        b.kind = kind;
        b.sourceFile = m_path;
        auto opt = [&](int c) { return optionalDouble(q.value(c)); };
        auto optInt = [&](int c) {
            return q.value(c).isNull() ? std::nullopt : std::optional<qint64>(q.value(c).toLongLong());
        };
        while (q.next()) {
            switch (kind) {
            case ImportKind::Agents: {
                Agent a;
                a.id = q.value(0).toString();
                a.name = q.value(1).toString();
                a.team = q.value(2).toString();
                a.supervisor = q.value(3).toString();
                a.employment =
                    q.value(4).toString() == QLatin1String("part_time") ? Employment::PartTime : Employment::FullTime;
                a.email = q.value(5).toString();
                a.active = q.value(6).toInt() != 0;
                b.agents.push_back(std::move(a));
                break;
            }
            case ImportKind::Time:
                b.time.push_back(TimeRecord{q.value(0).toString(), dateFrom(q.value(1)), q.value(2).toDouble(), opt(3),
                                            opt(4), opt(5)});
                break;
            case ImportKind::Contacts:
                b.contacts.push_back(ContactRecord{q.value(0).toString(), dateFrom(q.value(1)), q.value(2).toString(),
                                                   q.value(3).toLongLong(), opt(4), q.value(5).toLongLong(), optInt(6),
                                                   q.value(7).toLongLong()});
                break;
            case ImportKind::Qa:
                b.qa.push_back(QaEvaluation{q.value(0).toString(), q.value(1).toString(), dateFrom(q.value(2)),
                                            q.value(3).toDouble(), q.value(4).toString(), q.value(5).toString(),
                                            q.value(6).toString()});
                break;
            case ImportKind::Survey: {
                SurveyResponse r{q.value(0).toString(), q.value(1).toString(), dateFrom(q.value(2)), {}, {},
                                 q.value(5).toString()};
                if (!q.value(3).isNull())
                    r.csat = q.value(3).toInt();
                if (!q.value(4).isNull())
                    r.nps = q.value(4).toInt();
                b.surveys.push_back(std::move(r));
                break;
            }
            case ImportKind::Kcs: {
                KcsEvent e{q.value(0).toString(), q.value(1).toString(), dateFrom(q.value(2)), KcsType::Link};
                for (KcsType t : {KcsType::Link, KcsType::Edit, KcsType::Draft})
                    if (kcsTypeName(t) == q.value(3).toString())
                        e.type = t;
                b.kcs.push_back(std::move(e));
                break;
            }
            case ImportKind::ServiceLevel:
                b.serviceLevels.push_back(ServiceLevelRecord{q.value(0).toString(), dateFrom(q.value(1)),
                                                             q.value(2).toLongLong(), q.value(3).toLongLong(),
                                                             optInt(4), opt(5), q.value(6).toLongLong()});
                break;
            }
        }
        b.rowsRead = b.recordCount();
        out.push_back(std::move(b));
    }
    return out;
}

std::vector<OneOnOneNote> SqliteStore::allNotes() const
{
    // Shared notes only: a private note stays in the file of its author
    // (on the server it would become the pushing admin's).
    QSqlQuery q = prepare(m_db, QStringLiteral("SELECT agent_id, month, text, updated_at FROM one_on_one_notes"
                                               " WHERE visibility = 'shared' ORDER BY agent_id, month"));
    run(q);
    std::vector<OneOnOneNote> out;
    while (q.next())
        out.push_back(OneOnOneNote{q.value(0).toString(), monthFrom(q.value(1)), q.value(2).toString(),
                                   timestampFrom(q.value(3))});
    return out;
}

std::vector<ActionItem> SqliteStore::allActionItems() const
{
    QSqlQuery q = prepare(m_db, QStringLiteral("SELECT DISTINCT agent_id FROM action_items ORDER BY agent_id"));
    run(q);
    QStringList agentsWithItems;
    while (q.next())
        agentsWithItems << q.value(0).toString();
    std::vector<ActionItem> out;
    for (const QString &agentId : std::as_const(agentsWithItems))
        for (ActionItem &item : actionItems(agentId, Month(9999, 12)))
            out.push_back(std::move(item));
    return out;
}

std::vector<std::pair<Month, QByteArray>> SqliteStore::finalizedSnapshots() const
{
    QSqlQuery q = prepare(m_db, QStringLiteral("SELECT month, snapshot FROM finalized_months ORDER BY month"));
    run(q);
    std::vector<std::pair<Month, QByteArray>> out;
    while (q.next())
        out.emplace_back(monthFrom(q.value(0)), q.value(1).toString().toUtf8());
    return out;
}

} // namespace sc
