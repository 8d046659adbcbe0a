#include "pg_store.h"
#include "storage/server_location.h"

#include "storage/sqlite_bulk_writer.h"
#include "storage/sqlite_store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace sc {

namespace {

using pg::Param;

Param text(const QString &s) { return s.isNull() ? Param(QByteArray("")) : pg::text(s); }
Param monthParam(Month m) { return m.isValid() ? pg::text(m.toString()) : Param(); }
Param dateParam(const QDate &d) { return pg::text(d.toString(Qt::ISODate)); }

Month monthFrom(const QString &s) { return s.isNull() ? Month() : Month::parse(s).value_or(Month()); }

// Timestamps are read as milliseconds since the epoch (no time zone or
// DateStyle parsing on this side).
QDateTime timestampFrom(const pg::Result &r, int row, int column)
{
    if (r.isNull(row, column))
        return {};
    return QDateTime::fromMSecsSinceEpoch(r.toInt(row, column), Qt::UTC);
}
#define SC_MS(column) "(extract(epoch FROM " column ") * 1000)::bigint"

std::optional<double> optionalDouble(const pg::Result &r, int row, int column)
{
    return r.isNull(row, column) ? std::nullopt : std::optional<double>(r.toDouble(row, column));
}

// Type OIDs of pg_type.
constexpr unsigned kBool = 16, kInt8 = 20, kInt2 = 21, kInt4 = 23, kFloat4 = 700, kFloat8 = 701, kNumeric = 1700;

// A value as SqliteStore::sourceRows gives it: integers, reals, text.
QVariant variantOf(const pg::Result &r, int row, int column)
{
    if (r.isNull(row, column))
        return QVariant();
    switch (r.type(column)) {
    case kBool: return QVariant(qint64(r.value(row, column) == QLatin1String("t") ? 1 : 0));
    case kInt2:
    case kInt4:
    case kInt8: return QVariant(r.toInt(row, column));
    case kFloat4:
    case kFloat8:
    case kNumeric: return QVariant(r.toDouble(row, column));
    default: return QVariant(r.value(row, column));
    }
}

QString employmentName(Employment e)
{
    return e == Employment::PartTime ? QStringLiteral("part_time") : QStringLiteral("full_time");
}

// --- import: COPY into a staging table, then one merge statement ---------

// One import kind's table, key columns first: the SQLite store's own list,
// so both stores hold the same columns in the same order.
using sqlite::TableSpec;
using sqlite::tableSpec;

// Builds COPY text-format lines: fields separated by tabs, \N for NULL,
// backslash, tab, newline and carriage return escaped.
class CopyLine {
public:
    explicit CopyLine(QByteArray &out) : m_out(out) {}
    void null() { sep() += "\\N"; }
    void text(const QString &s)
    {
        QByteArray &o = sep();
        if (s.isNull())
            return; // '' as SqliteStore binds a null QString in text columns
        const QByteArray utf8 = s.toUtf8();
        for (char c : utf8) {
            switch (c) {
            case '\\': o += "\\\\"; break;
            case '\t': o += "\\t"; break;
            case '\n': o += "\\n"; break;
            case '\r': o += "\\r"; break;
            default: o += c;
            }
        }
    }
    void key(const QString &s) { s.isNull() ? null() : text(s); }
    void integer(qint64 v) { sep() += QByteArray::number(v); }
    void real(double v) { sep() += QByteArray::number(v, 'g', QLocale::FloatingPointShortest); }
    template <typename T> void optional(const std::optional<T> &v)
    {
        if (!v)
            null();
        else if constexpr (std::is_floating_point_v<T>)
            real(*v);
        else
            integer(qint64(*v));
    }
    // An invalid date (or one outside years 0..9999) is NULL, which the
    // NOT NULL date columns refuse, naming the record.
    void date(const QDate &d)
    {
        if (!d.isValid() || d.year() < 0 || d.year() > 9999)
            null();
        else
            sep() += d.toString(Qt::ISODate).toLatin1();
    }
    void end() { m_out += '\n'; }

private:
    QByteArray &sep()
    {
        if (m_fields++ > 0)
            m_out += '\t';
        return m_out;
    }
    QByteArray &m_out;
    int m_fields = 0;
};

// Fields in TableSpec order (keys, then values).
void copyFields(CopyLine &l, const Agent &a)
{
    l.key(a.id);
    l.text(a.name);
    l.text(a.team);
    l.text(a.supervisor);
    l.text(employmentName(a.employment));
    l.text(a.email);
    l.text(a.active ? QStringLiteral("t") : QStringLiteral("f"));
}
void copyFields(CopyLine &l, const TimeRecord &r)
{
    l.key(r.agentId);
    l.date(r.date);
    l.real(r.workedMinutes);
    l.optional(r.scheduledMinutes);
    l.optional(r.adherentMinutes);
    l.optional(r.occupiedMinutes);
}
void copyFields(CopyLine &l, const ContactRecord &r)
{
    l.key(r.agentId);
    l.date(r.date);
    l.key(r.channel);
    l.integer(r.contacts);
    l.optional(r.handleSeconds);
    l.integer(r.handleContacts);
    l.optional(r.fcr);
    l.integer(r.fcrContacts);
}
void copyFields(CopyLine &l, const QaEvaluation &r)
{
    l.key(r.evaluationId);
    l.key(r.agentId);
    l.date(r.date);
    l.real(r.score);
    l.text(r.evaluator);
    l.text(r.form);
    l.text(r.comment);
}
void copyFields(CopyLine &l, const SurveyResponse &r)
{
    l.key(r.responseId);
    l.key(r.agentId);
    l.date(r.date);
    l.optional(r.csat);
    l.optional(r.nps);
    l.text(r.comment);
}
void copyFields(CopyLine &l, const KcsEvent &r)
{
    l.key(r.eventId);
    l.key(r.agentId);
    l.date(r.date);
    l.text(kcsTypeName(r.type));
}
void copyFields(CopyLine &l, const ServiceLevelRecord &r)
{
    l.key(r.team);
    l.date(r.date);
    l.integer(r.offered);
    l.integer(r.answeredInSl);
    l.optional(r.answered);
    l.optional(r.answerSeconds);
    l.integer(r.asaAnswered);
}

QString join(const std::vector<const char *> &names, const QString &prefix, const QString &separator)
{
    QStringList out;
    for (const char *n : names)
        out << prefix + QLatin1String(n);
    return out.join(separator);
}

// The statements of one kind's import, built once per import.
struct KindSql {
    QString stage;  // pg_temp.stage_<table>
    QString create; // the staging table (no constraints: the target's refuse)
    QString copy;   // COPY stage (ord, columns) FROM STDIN
    QString merge;  // classifies every row and writes the last one per key; returns the counts
    QString locate; // a DO block that stores the rows one by one, naming the first that fails
};

KindSql kindSql(const TableSpec &spec)
{
    const QString t = QStringLiteral("scorecard.") + QLatin1String(spec.table);
    std::vector<const char *> all = spec.keys;
    all.insert(all.end(), spec.values.begin(), spec.values.end());
    KindSql k;
    k.stage = QStringLiteral("pg_temp.stage_") + QLatin1String(spec.table);
    k.create =
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 ON COMMIT DROP AS SELECT 0::bigint AS ord, %2 FROM %3 "
                       "WITH NO DATA")
            .arg(k.stage, join(all, QString(), QStringLiteral(", ")), t);
    k.copy = QStringLiteral("COPY %1 (ord, %2) FROM STDIN").arg(k.stage, join(all, QString(), QStringLiteral(", ")));

    QStringList prevValues, keyMatch, sets;
    for (const char *v : spec.values)
        prevValues << QStringLiteral("lag(s.%1) OVER w AS p_%1").arg(QLatin1String(v));
    for (const char *key : spec.keys)
        keyMatch << QStringLiteral("t.%1 = st.%1").arg(QLatin1String(key));
    for (const char *v : spec.values)
        sets << QStringLiteral("%1 = excluded.%1").arg(QLatin1String(v));
    sets << QStringLiteral("import_id = excluded.import_id");
    const QString keys = join(spec.keys, QString(), QStringLiteral(", "));
    const QString stValues = QStringLiteral("(") + join(spec.values, QStringLiteral("st."), QStringLiteral(", "))
                             + (spec.values.size() == 1 ? QStringLiteral(", NULL)") : QStringLiteral(")"));
    const QString prev = QStringLiteral("(") + join(spec.values, QStringLiteral("st.p_"), QStringLiteral(", "))
                         + (spec.values.size() == 1 ? QStringLiteral(", NULL)") : QStringLiteral(")"));
    const QString stored = QStringLiteral("(") + join(spec.values, QStringLiteral("t."), QStringLiteral(", "))
                           + (spec.values.size() == 1 ? QStringLiteral(", NULL)") : QStringLiteral(")"));
    // In file order, each row is new (0: its key is neither stored nor
    // earlier in the file), unchanged (1: the same values as the row before
    // it, stored or earlier in the file) or replacing (2): as SqliteStore
    // counts. The last row of each key is written, with this import's id,
    // when any row of the key was new or changed something.
    k.merge =
        QStringLiteral(
            "WITH st AS (SELECT s.*, lag(s.ord) OVER w AS p_ord, %1 FROM %2 s WINDOW w AS (PARTITION BY %3 "
            "ORDER BY s.ord)), "
            "cls AS (SELECT st.ord, %4, CASE WHEN st.p_ord IS NOT NULL THEN CASE WHEN %5 IS NOT DISTINCT FROM %6 "
            "THEN 1 ELSE 2 END WHEN t.%7 IS NULL THEN 0 WHEN %5 IS NOT DISTINCT FROM %8 THEN 1 ELSE 2 END AS c "
            "FROM st LEFT JOIN %9 t ON %10), "
            "last AS (SELECT max(cls.ord) AS ord FROM cls GROUP BY %11 HAVING bool_or(cls.c <> 1)), "
            "ins AS (INSERT INTO %9 AS t (%12, import_id) SELECT %13, $1::bigint FROM %2 s JOIN last ON last.ord "
            "= s.ord ON CONFLICT (%3) DO UPDATE SET %14 RETURNING 1) "
            "SELECT count(*) FILTER (WHERE c = 0), count(*) FILTER (WHERE c = 2), count(*) FILTER (WHERE c = 1), "
            "(SELECT count(*) FROM ins) FROM cls")
            .arg(prevValues.join(QStringLiteral(", ")), k.stage, keys,
                 join(spec.keys, QStringLiteral("st."), QStringLiteral(", ")), stValues, prev,
                 QLatin1String(spec.keys.front()), stored, t)
            .arg(keyMatch.join(QStringLiteral(" AND ")), join(spec.keys, QStringLiteral("cls."), QStringLiteral(", ")),
                 join(all, QString(), QStringLiteral(", ")), join(all, QStringLiteral("s."), QStringLiteral(", ")),
                 sets.join(QStringLiteral(", ")));
    // Only when the merge failed: the same writes row by row in file order;
    // the first that fails is named by its ordinal ("scorecard-row N: ...").
    k.locate = QStringLiteral(
                   "DO $$\n#variable_conflict use_column\nDECLARE r record; cur bigint; BEGIN "
                   "FOR r IN SELECT * FROM %1 ORDER BY ord LOOP cur := r.ord; "
                   "INSERT INTO %2 AS t (%3, import_id) VALUES (%4, %5) ON CONFLICT (%6) DO UPDATE SET %7; END LOOP; "
                   "EXCEPTION WHEN OTHERS THEN RAISE EXCEPTION 'scorecard-row %: %', cur, SQLERRM USING ERRCODE = "
                   "SQLSTATE; END $$")
                   .arg(k.stage, t, join(all, QString(), QStringLiteral(", ")),
                        join(all, QStringLiteral("r."), QStringLiteral(", ")), QStringLiteral("%IMPORT%"), keys,
                        sets.join(QStringLiteral(", ")));
    return k;
}

bool isBusyState(const std::string &state) { return state == "55P03" || state == "40P01" || state == "40001"; }

} // namespace

// --- transactions ---------------------------------------------------------------

class PostgresStore::Transaction final : public WriteTransaction {
public:
    explicit Transaction(const PostgresStore &store) : m_store(const_cast<PostgresStore &>(store))
    {
        if (m_store.m_txDepth > 0) {
            if (m_store.m_txKind != TxKind::Write)
                throw StoreError("PostgreSQL: a write cannot start inside a read snapshot");
            ++m_store.m_txDepth;
            return;
        }
        m_store.exec("BEGIN ISOLATION LEVEL READ COMMITTED");
        m_store.m_txKind = TxKind::Write;
        m_store.m_txDepth = 1;
        m_store.m_txFailed = false;
    }
    ~Transaction() override
    {
        if (m_done)
            return;
        if (--m_store.m_txDepth > 0) {
            m_store.m_txFailed = true;
            return;
        }
        m_store.m_txKind = TxKind::None;
        try {
            m_store.m_conn.exec("ROLLBACK");
        } catch (...) {
            // The connection is gone: the server rolled back already.
        }
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
        m_done = true;
        m_store.m_txDepth = 0;
        m_store.m_txKind = TxKind::None;
        if (m_store.m_txFailed) {
            m_store.m_conn.exec("ROLLBACK");
            throw StoreError("PostgreSQL: part of the transaction failed; nothing was changed");
        }
        const pg::Result r = m_store.exec("COMMIT");
        if (r.commandTag() == "ROLLBACK")
            throw StoreError("PostgreSQL: the transaction was rolled back; nothing was changed");
    }

private:
    PostgresStore &m_store;
    bool m_done = false;
};

// A read-only REPEATABLE READ transaction: every read until it goes sees
// one state of the database.
class PostgresStore::Snapshot final : public ReadSnapshot {
public:
    explicit Snapshot(const PostgresStore &store) : m_store(store)
    {
        if (m_store.m_txDepth > 0) {
            ++m_store.m_txDepth;
            return;
        }
        m_store.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
        m_store.m_txKind = TxKind::Read;
        m_store.m_txDepth = 1;
    }
    ~Snapshot() override
    {
        if (--m_store.m_txDepth > 0)
            return;
        m_store.m_txKind = TxKind::None;
        try {
            m_store.m_conn.exec("COMMIT");
        } catch (...) {
        }
    }

private:
    const PostgresStore &m_store;
};

// --- opening ------------------------------------------------------------------

PostgresStore::PostgresStore(const QString &uri, const Clock &, const pg::Connection::PasswordPrompt &prompt)
    : m_conn(pg::Connection::open(uri, prompt))
{
    configureSession();
    int version = pg::schemaVersion(m_conn);
    const int latest = pg::latestSchemaVersion();
    if (version == 0)
        throw StoreError(QStringLiteral("PostgreSQL database '%1' has no Scorecard schema: run `scorecard server "
                                        "init --db URI` as its superuser first (docs/server.md)")
                             .arg(m_conn.database())
                             .toStdString());
    if (version > latest)
        throw DatabaseRefused(DatabaseRefused::Reason::Newer,
                              QStringLiteral("PostgreSQL database '%1' has schema version %2, newer than this "
                                             "Scorecard supports (%3). Update Scorecard to use it.")
                                  .arg(m_conn.database())
                                  .arg(version)
                                  .arg(latest));
    if (version < latest) {
        const pg::Result mayMigrate =
            m_conn.exec("SELECT rolsuper OR pg_has_role(current_user, 'scorecard_owner', 'MEMBER') FROM pg_roles "
                        "WHERE rolname = current_user");
        if (mayMigrate.value(0, 0) != QLatin1String("t"))
            throw DatabaseRefused(DatabaseRefused::Reason::NeedsUpgrade,
                                  QStringLiteral("PostgreSQL database '%1' has schema version %2 and this Scorecard "
                                                 "needs %3: ask the server's administrator to run `scorecard server "
                                                 "init` with this version")
                                      .arg(m_conn.database())
                                      .arg(version)
                                      .arg(latest));
        pg::initServer(m_conn);
        exec("SELECT set_config('search_path', 'scorecard, pg_temp', false)");
        version = pg::schemaVersion(m_conn);
    }
    m_readsServiceLevels =
        exec("SELECT has_table_privilege('scorecard.service_levels', 'SELECT')").value(0, 0) == QLatin1String("t");
    const pg::Result who = exec("SELECT login, role, agent_id, array_to_string(teams, chr(31)) FROM whoami()");
    m_identity.login = m_conn.user();
    if (who.rows() > 0) {
        m_identity.login = who.value(0, 0);
        m_identity.role = pg::roleFromName(who.value(0, 1));
        m_identity.agentId = who.value(0, 2);
        if (!who.value(0, 3).isEmpty())
            m_identity.teams = who.value(0, 3).split(QChar(31));
    }
}

PostgresStore::~PostgresStore() = default;

void PostgresStore::configureSession() const
{
    // Schema-qualified names resolve to scorecard, then the session's
    // temporary tables; UTC; ISO dates; shortest exact doubles; a bounded
    // wait for another writer's row locks.
    m_conn.exec(QStringLiteral("SELECT set_config('search_path', 'scorecard, pg_temp', false), "
                               "set_config('TimeZone', 'UTC', false), set_config('DateStyle', 'ISO, YMD', false), "
                               "set_config('lock_timeout', $1, false), set_config('extra_float_digits', '1', false)"),
                {pg::text(QString::number(SqliteStore::busyTimeoutMs()))});
}

pg::Result PostgresStore::exec(const char *sql, const std::vector<pg::Param> &params) const
{
    try {
        return m_conn.exec(sql, params);
    } catch (const pg::PgError &e) {
        if (!m_conn.isOpen()) {
            // The connection broke (server restart, network). Outside a
            // transaction the statement is simply run again on a new
            // connection; inside one, what it was writing is gone.
            const bool inTransaction = m_txDepth > 0;
            if (inTransaction)
                m_txFailed = true;
            if (m_conn.reset()) {
                configureSession();
                if (!inTransaction)
                    return m_conn.exec(sql, params);
            }
            throw StoreUnavailableError(
                QStringLiteral("the connection to the server was lost%1 (%2)")
                    .arg(inTransaction ? QStringLiteral("; this change was not saved") : QString(),
                         QString::fromUtf8(e.what()))
                    .toStdString());
        }
        if (isBusyState(e.sqlState()))
            throw StoreBusyError(QStringLiteral("the database is busy: another user has been writing the same rows "
                                                "for more than %1 s; nothing was changed (%2)")
                                     .arg(SqliteStore::busyTimeoutMs() / 1000.0)
                                     .arg(QString::fromUtf8(e.what()))
                                     .toStdString());
        throw;
    }
}

pg::Result PostgresStore::exec(const QString &sql, const std::vector<pg::Param> &params) const
{
    return exec(sql.toUtf8().constData(), params);
}

bool PostgresStore::isReadOnly() const
{
    return m_identity.role == pg::Role::Agent || m_identity.role == pg::Role::Leadership;
}

void PostgresStore::backupTo(const QString &) const
{
    throw StoreError("A server database is backed up on the server, with pg_dump (see docs/server.md)");
}

std::unique_ptr<WriteTransaction> PostgresStore::beginWrite() { return std::make_unique<Transaction>(*this); }

std::unique_ptr<ReadSnapshot> PostgresStore::readSnapshot() const { return std::make_unique<Snapshot>(*this); }

// --- ScoringSource ------------------------------------------------------------

std::vector<Agent> PostgresStore::agents() const
{
    const pg::Result r = exec("SELECT agent_id, name, team, supervisor, employment, email, active FROM agents "
                              "ORDER BY agent_id");
    std::vector<Agent> out;
    out.reserve(size_t(r.rows()));
    for (int i = 0; i < r.rows(); ++i) {
        Agent a;
        a.id = r.value(i, 0);
        a.name = r.value(i, 1);
        a.team = r.value(i, 2);
        a.supervisor = r.value(i, 3);
        a.employment = r.value(i, 4) == QLatin1String("part_time") ? Employment::PartTime : Employment::FullTime;
        a.email = r.value(i, 5);
        a.active = r.value(i, 6) == QLatin1String("t");
        out.push_back(std::move(a));
    }
    return out;
}

// The same sums as SqliteStore::agentSums, each double added in the order
// SQLite adds it (the order of the index its query reads), so that both
// stores give the same bits and `score` the same bytes.
std::optional<SumsByKey> PostgresStore::pooledTeamSums(Month month) const
{
    if (m_identity.role != pg::Role::Agent)
        return std::nullopt; // every other role sees whole teams
    const pg::Result r = exec("SELECT * FROM scorecard.team_pooled_sums($1)", {pg::text(month.toString())});
    SumsByKey out;
    for (int i = 0; i < r.rows(); ++i) {
        ActivitySums s;
        int c = 1; // the function's columns, in its order
        auto n = [&] { return r.toInt(i, c++); };
        auto x = [&] { return r.toDouble(i, c++); };
        s.agentsWithRecord = n();
        s.timeRows = n();
        s.workedMinutes = x();
        s.adherenceRows = n();
        s.adherentMinutes = x();
        s.adherenceScheduledMinutes = x();
        s.occupancyRows = n();
        s.occupiedMinutes = x();
        s.occupancyScheduledMinutes = x();
        s.contactRows = n();
        s.contacts = n();
        s.handleRows = n();
        s.handleSeconds = x();
        s.handleContacts = n();
        s.fcrRows = n();
        s.fcrResolved = n();
        s.fcrContacts = n();
        s.qaEvaluations = n();
        s.qaScoreSum = x();
        s.qaScoreSquares = x();
        s.surveyRows = n();
        s.csatResponses = n();
        s.csatPositive = n();
        s.npsResponses = n();
        s.npsPromoters = n();
        s.npsDetractors = n();
        s.kcsLinks = n();
        s.kcsEdits = n();
        s.kcsDrafts = n();
        s.serviceLevelRows = n();
        s.offered = n();
        s.answeredInSl = n();
        s.answered = n();
        s.asaRows = n();
        s.answerSeconds = x();
        s.asaAnswered = n();
        out.insert(r.value(i, 0), s);
    }
    return out;
}

SumsByKey PostgresStore::agentSums(Month month) const
{
    SumsByKey out;
    const std::vector<Param> range{dateParam(month.firstDay()), dateParam(month.endExclusive())};
    const auto view = readSnapshot();
    auto each = [&](const char *sql, auto &&fill) {
        const pg::Result r = exec(sql, range);
        for (int i = 0; i < r.rows(); ++i) {
            ActivitySums &s = out[r.value(i, 0)];
            s.agentsWithRecord = 1;
            fill(r, i, s);
        }
    };
    each("SELECT agent_id, count(*), coalesce(sum(worked_minutes ORDER BY date), 0),"
         " count(adherent_minutes), coalesce(sum(adherent_minutes ORDER BY date), 0),"
         " coalesce(sum(scheduled_minutes ORDER BY date) FILTER (WHERE adherent_minutes IS NOT NULL), 0),"
         " count(occupied_minutes), coalesce(sum(occupied_minutes ORDER BY date), 0),"
         " coalesce(sum(scheduled_minutes ORDER BY date) FILTER (WHERE occupied_minutes IS NOT NULL), 0)"
         " FROM time_records WHERE date >= $1 AND date < $2 GROUP BY agent_id",
         [](const pg::Result &r, int i, ActivitySums &s) {
             s.timeRows = r.toInt(i, 1);
             s.workedMinutes = r.toDouble(i, 2);
             s.adherenceRows = r.toInt(i, 3);
             s.adherentMinutes = r.toDouble(i, 4);
             s.adherenceScheduledMinutes = r.toDouble(i, 5);
             s.occupancyRows = r.toInt(i, 6);
             s.occupiedMinutes = r.toDouble(i, 7);
             s.occupancyScheduledMinutes = r.toDouble(i, 8);
         });
    each("SELECT agent_id, count(*), coalesce(sum(contacts), 0),"
         " count(handle_seconds), coalesce(sum(handle_seconds ORDER BY date, channel), 0),"
         " coalesce(sum(handle_contacts) FILTER (WHERE handle_seconds IS NOT NULL), 0),"
         " count(fcr), coalesce(sum(fcr), 0),"
         " coalesce(sum(fcr_contacts) FILTER (WHERE fcr IS NOT NULL), 0)"
         " FROM contacts WHERE date >= $1 AND date < $2 GROUP BY agent_id",
         [](const pg::Result &r, int i, ActivitySums &s) {
             s.contactRows = r.toInt(i, 1);
             s.contacts = r.toInt(i, 2);
             s.handleRows = r.toInt(i, 3);
             s.handleSeconds = r.toDouble(i, 4);
             s.handleContacts = r.toInt(i, 5);
             s.fcrRows = r.toInt(i, 6);
             s.fcrResolved = r.toInt(i, 7);
             s.fcrContacts = r.toInt(i, 8);
         });
    each("SELECT agent_id, count(*), coalesce(sum(score ORDER BY date, score, evaluation_id), 0),"
         " coalesce(sum(score * score ORDER BY date, score, evaluation_id), 0)"
         " FROM qa_evaluations WHERE date >= $1 AND date < $2 GROUP BY agent_id",
         [](const pg::Result &r, int i, ActivitySums &s) {
             s.qaEvaluations = r.toInt(i, 1);
             s.qaScoreSum = r.toDouble(i, 2);
             s.qaScoreSquares = r.toDouble(i, 3);
         });
    each("SELECT agent_id, count(*), count(csat), count(*) FILTER (WHERE csat >= 4), count(nps),"
         " count(*) FILTER (WHERE nps >= 9), count(*) FILTER (WHERE nps <= 6)"
         " FROM survey_responses WHERE date >= $1 AND date < $2 GROUP BY agent_id",
         [](const pg::Result &r, int i, ActivitySums &s) {
             s.surveyRows = r.toInt(i, 1);
             s.csatResponses = r.toInt(i, 2);
             s.csatPositive = r.toInt(i, 3);
             s.npsResponses = r.toInt(i, 4);
             s.npsPromoters = r.toInt(i, 5);
             s.npsDetractors = r.toInt(i, 6);
         });
    each("SELECT agent_id, count(*) FILTER (WHERE type = 'link'), count(*) FILTER (WHERE type = 'edit'),"
         " count(*) FILTER (WHERE type = 'draft')"
         " FROM kcs_events WHERE date >= $1 AND date < $2 GROUP BY agent_id",
         [](const pg::Result &r, int i, ActivitySums &s) {
             s.kcsLinks = r.toInt(i, 1);
             s.kcsEdits = r.toInt(i, 2);
             s.kcsDrafts = r.toInt(i, 3);
         });
    return out;
}

SumsByKey PostgresStore::serviceLevelSums(Month month) const
{
    if (!m_readsServiceLevels)
        return {};
    const pg::Result r = exec("SELECT team, count(*), coalesce(sum(offered), 0), coalesce(sum(answered_in_sl), 0),"
                              " coalesce(sum(answered), 0), count(answer_seconds),"
                              " coalesce(sum(answer_seconds ORDER BY date), 0), coalesce(sum(asa_answered), 0)"
                              " FROM service_levels WHERE date >= $1 AND date < $2 GROUP BY team",
                              {dateParam(month.firstDay()), dateParam(month.endExclusive())});
    SumsByKey out;
    for (int i = 0; i < r.rows(); ++i) {
        ActivitySums &s = out[r.value(i, 0)];
        s.serviceLevelRows = r.toInt(i, 1);
        s.offered = r.toInt(i, 2);
        s.answeredInSl = r.toInt(i, 3);
        s.answered = r.toInt(i, 4);
        s.asaRows = r.toInt(i, 5);
        s.answerSeconds = r.toDouble(i, 6);
        s.asaAnswered = r.toInt(i, 7);
    }
    return out;
}

std::vector<ScorecardTemplate> PostgresStore::templates() const
{
    const pg::Result r = exec("SELECT team, effective_from, definition FROM templates ORDER BY team, effective_from");
    std::vector<ScorecardTemplate> out;
    for (int i = 0; i < r.rows(); ++i) {
        const QString team = r.value(i, 0);
        const QString from = r.value(i, 1);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(r.value(i, 2).toUtf8(), &parseError);
        QString error = parseError.error == QJsonParseError::NoError ? QString() : parseError.errorString();
        std::optional<ScorecardTemplate> t;
        if (error.isEmpty())
            t = templateFromJson(doc.object(), &error);
        const std::optional<Month> month = Month::parse(from);
        if (!t || !month)
            throw StoreError(QStringLiteral("The stored template for team '%1' effective %2 is unreadable: %3")
                                 .arg(team, from, error)
                                 .toStdString());
        t->team = team;
        t->effectiveFrom = *month;
        out.push_back(std::move(*t));
    }
    return out;
}

std::optional<QByteArray> PostgresStore::frozenSnapshot(Month month) const
{
    // Through the function: admins and leadership get the snapshot as
    // stored, a supervisor their teams, an agent their own card.
    const pg::Result r = exec("SELECT finalized_snapshot($1)", {pg::text(month.toString())});
    if (r.rows() == 0 || r.isNull(0, 0))
        return std::nullopt;
    return r.value(0, 0).toUtf8();
}

// --- Store --------------------------------------------------------------------

QSet<QString> PostgresStore::agentIds() const
{
    const pg::Result r = exec("SELECT agent_id FROM agents");
    QSet<QString> out;
    for (int i = 0; i < r.rows(); ++i)
        out.insert(r.value(i, 0));
    return out;
}

namespace {

template <typename Row> qint64 copyRows(pg::Connection &conn, const QString &sql, const std::vector<Row> &rows)
{
    size_t next = 0;
    return conn.copyIn(sql, [&](QByteArray &buffer) {
        // About 1 MiB per message.
        while (next < rows.size() && buffer.size() < (1 << 20)) {
            CopyLine line(buffer);
            line.integer(qint64(next + 1));
            copyFields(line, rows[next]);
            line.end();
            ++next;
        }
        return next < rows.size();
    });
}

} // namespace

std::vector<ImportStats> PostgresStore::importBatches(const std::vector<ImportBatch> &batches,
                                                      const ImportAuditFn &audit)
{
    Transaction tx(*this);
    std::vector<ImportStats> out;
    out.reserve(batches.size());
    for (const ImportBatch &batch : batches) {
        const TableSpec &spec = tableSpec(batch.kind);
        const KindSql sql = kindSql(spec);
        const QString file = batch.sourceFile.isEmpty() ? QStringLiteral("import") : batch.sourceFile;
        const pg::Result added = exec("INSERT INTO imports (kind, source_file, row_count) VALUES ($1, $2, $3) "
                                      "RETURNING id",
                                      {pg::text(kindName(batch.kind)), text(batch.sourceFile),
                                       pg::integer(std::max<qint64>(batch.rowsRead, batch.recordCount()))});
        const qint64 importId = added.toInt(0, 0);
        exec(sql.create);
        exec(QStringLiteral("TRUNCATE ") + sql.stage);
        switch (batch.kind) {
        case ImportKind::Agents: copyRows(m_conn, sql.copy, batch.agents); break;
        case ImportKind::Time: copyRows(m_conn, sql.copy, batch.time); break;
        case ImportKind::Contacts: copyRows(m_conn, sql.copy, batch.contacts); break;
        case ImportKind::Qa: copyRows(m_conn, sql.copy, batch.qa); break;
        case ImportKind::Survey: copyRows(m_conn, sql.copy, batch.surveys); break;
        case ImportKind::Kcs: copyRows(m_conn, sql.copy, batch.kcs); break;
        case ImportKind::ServiceLevel: copyRows(m_conn, sql.copy, batch.serviceLevels); break;
        }
        exec("SAVEPOINT scorecard_merge");
        ImportStats stats;
        try {
            const pg::Result counts = exec(sql.merge, {pg::integer(importId)});
            stats.stored = counts.toInt(0, 0);
            stats.replaced = counts.toInt(0, 1);
            stats.unchanged = counts.toInt(0, 2);
            exec("RELEASE SAVEPOINT scorecard_merge");
        } catch (const StoreBusyError &) {
            throw;
        } catch (const pg::PgError &mergeError) {
            // Name the first row that fails, as the SQLite store does.
            exec("ROLLBACK TO SAVEPOINT scorecard_merge");
            QString locate = sql.locate;
            locate.replace(QStringLiteral("%IMPORT%"), QString::number(importId));
            try {
                exec(locate);
            } catch (const pg::PgError &rowError) {
                static const QRegularExpression pattern(QStringLiteral("scorecard-row (\\d+): (.*)$"));
                const QRegularExpressionMatch m = pattern.match(QString::fromUtf8(rowError.what()));
                if (m.hasMatch()) {
                    exec("ROLLBACK TO SAVEPOINT scorecard_merge");
                    const qint64 ord = m.captured(1).toLongLong();
                    QStringList what;
                    QStringList columns;
                    for (const char *k : spec.keys)
                        columns << QLatin1String(k);
                    if (std::find_if(spec.values.begin(), spec.values.end(),
                                     [](const char *v) { return qstrcmp(v, "agent_id") == 0; })
                        != spec.values.end())
                        columns << QStringLiteral("agent_id");
                    const pg::Result row = exec(QStringLiteral("SELECT %1 FROM %2 WHERE ord = $1")
                                                    .arg(columns.join(QStringLiteral(", ")), sql.stage),
                                                {pg::integer(ord)});
                    for (int c = 0; c < columns.size(); ++c)
                        what << columns[c] + QLatin1Char('=') + (row.rows() > 0 ? row.value(0, c) : QString());
                    QString reason = m.captured(2);
                    if (rowError.sqlState() == "23503")
                        reason = QStringLiteral("no such agent (%1)").arg(reason);
                    else if (rowError.sqlState() == "42501")
                        reason = QStringLiteral("not an agent or team you may import for (%1)").arg(reason);
                    throw StoreError(QStringLiteral("%1: cannot store record %2 (%3) in %4: %5")
                                         .arg(file)
                                         .arg(ord)
                                         .arg(what.join(QStringLiteral(", ")), QLatin1String(spec.table), reason)
                                         .toStdString());
                }
                throw;
            }
            throw StoreError(QStringLiteral("%1: cannot store the rows in %2: %3")
                                 .arg(file, QLatin1String(spec.table), QString::fromUtf8(mergeError.what()))
                                 .toStdString());
        }
        out.push_back(stats);
    }
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
        insertAudit(entry.action, entry.month, entry.details);
    else if (m_txDepth == 1)
        throw StoreError("PostgreSQL: an import without an audit entry must be part of an outer transaction");
    tx.commit();
    return out;
}

SourceRows PostgresStore::sourceRows(ImportKind kind, const QString &agentOrTeam, Month month) const
{
    const TableSpec &spec = tableSpec(kind);
    SourceRows out;
    out.table = QLatin1String(spec.table);
    QStringList select;
    for (const char *k : spec.keys)
        out.columns << QLatin1String(k);
    for (const char *v : spec.values)
        out.columns << QLatin1String(v);
    for (const QString &c : std::as_const(out.columns))
        select << (c == QLatin1String("date") ? QStringLiteral("t.date::text") : QStringLiteral("t.") + c);
    const bool byTeam = kind == ImportKind::ServiceLevel;
    const bool dated = kind != ImportKind::Agents;
    QString sql =
        QStringLiteral("SELECT %1, t.import_id, i.kind, i.source_file, " SC_MS(
                           "i.at") ", i.user_name,"
                                   " i.row_count FROM %2 t LEFT JOIN imports i ON i.id = t.import_id WHERE t.%3 = $1")
            .arg(select.join(QLatin1String(", ")), out.table,
                 byTeam ? QStringLiteral("team") : QStringLiteral("agent_id"));
    std::vector<Param> params{pg::text(agentOrTeam)};
    if (dated) {
        sql += QStringLiteral(" AND t.date >= $2 AND t.date < $3");
        params.push_back(dateParam(month.firstDay()));
        params.push_back(dateParam(month.endExclusive()));
    }
    QStringList order;
    if (dated)
        order << QStringLiteral("t.date");
    for (const char *k : spec.keys)
        order << QStringLiteral("t.") + QLatin1String(k);
    sql += QStringLiteral(" ORDER BY ") + order.join(QLatin1String(", "));
    const auto view = readSnapshot();
    const pg::Result r = exec(sql, params);
    const int n = int(out.columns.size());
    for (int i = 0; i < r.rows(); ++i) {
        SourceRows::Row row;
        for (int c = 0; c < n; ++c)
            row.values << variantOf(r, i, c);
        if (!r.isNull(i, n) && !r.isNull(i, n + 1)) {
            ImportRecord rec;
            rec.id = r.toInt(i, n);
            rec.kind = r.value(i, n + 1);
            rec.sourceFile = r.value(i, n + 2);
            rec.importedAt = timestampFrom(r, i, n + 3);
            rec.user = r.value(i, n + 4);
            rec.rowCount = r.toInt(i, n + 5);
            row.import = rec;
        }
        out.rows.push_back(std::move(row));
    }
    return out;
}

std::vector<Month> PostgresStore::monthsWithData() const
{
    // From month to month with one index seek per step (as SqliteStore).
    static const char *const tables[] = {"time_records",     "contacts",   "qa_evaluations",
                                         "survey_responses", "kcs_events", "service_levels"};
    QSet<Month> months;
    const auto view = readSnapshot();
    for (const char *table : tables) {
        if (!m_readsServiceLevels && qstrcmp(table, "service_levels") == 0)
            continue;
        const QString sql = QStringLiteral("SELECT min(date)::text FROM %1 WHERE date >= $1").arg(QLatin1String(table));
        QString from = QStringLiteral("0001-01-01");
        for (;;) {
            const pg::Result r = exec(sql, {pg::text(from)});
            if (r.rows() == 0 || r.isNull(0, 0))
                break;
            const QDate d = QDate::fromString(r.value(0, 0), Qt::ISODate);
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

QStringList PostgresStore::teams() const
{
    // A role without access to service levels (agents) sees its agents' teams.
    const pg::Result r =
        exec(m_readsServiceLevels ? "SELECT team FROM agents WHERE team <> ''"
                                    " UNION SELECT team FROM service_levels WHERE team <> '' ORDER BY 1"
                                  : "SELECT DISTINCT team FROM agents WHERE team <> '' ORDER BY 1");
    QStringList out;
    for (int i = 0; i < r.rows(); ++i)
        out << r.value(i, 0);
    return out;
}

void PostgresStore::saveTemplate(const ScorecardTemplate &t)
{
    if (!t.effectiveFrom.isValid())
        throw StoreError("A template needs a valid effective_from month");
    const QJsonObject json = templateToJson(t);
    QString error;
    if (!templateFromJson(json, &error))
        throw StoreError(QStringLiteral("Invalid template '%1': %2").arg(t.name, error).toStdString());
    Transaction tx(*this);
    exec("INSERT INTO templates (team, effective_from, name, definition) VALUES ($1, $2, $3, $4)"
         " ON CONFLICT (team, effective_from) DO UPDATE SET name = excluded.name, definition = excluded.definition",
         {text(t.team), pg::text(t.effectiveFrom.toString()), text(t.name),
          pg::text(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)))});
    insertAudit(QStringLiteral("template"), t.effectiveFrom.toString(),
                QStringLiteral("saved template '%1' for %2 effective from %3")
                    .arg(t.name,
                         t.team.isEmpty() ? QStringLiteral("all teams") : QStringLiteral("team '%1'").arg(t.team),
                         t.effectiveFrom.toString()));
    tx.commit();
}

void PostgresStore::removeTemplate(const QString &team, Month effectiveFrom)
{
    Transaction tx(*this);
    const pg::Result r = exec("DELETE FROM templates WHERE team = $1 AND effective_from = $2",
                              {text(team), pg::text(effectiveFrom.toString())});
    if (r.affectedRows() == 0)
        return;
    insertAudit(QStringLiteral("template"), effectiveFrom.toString(),
                QStringLiteral("removed template for %1 effective from %2")
                    .arg(team.isEmpty() ? QStringLiteral("all teams") : QStringLiteral("team '%1'").arg(team),
                         effectiveFrom.toString()));
    tx.commit();
}

bool PostgresStore::isFinalized(Month month) const
{
    return exec("SELECT 1 FROM finalized_months WHERE month = $1", {pg::text(month.toString())}).rows() > 0;
}

void PostgresStore::finalizeMonth(Month month, const QByteArray &snapshotJson, const QString &)
{
    if (!month.isValid())
        throw StoreError("Cannot finalize an invalid month");
    Transaction tx(*this);
    // Locks out a concurrent finalize of the same month until this commits.
    exec("SELECT pg_advisory_xact_lock(hashtext('scorecard finalize ' || $1))", {pg::text(month.toString())});
    if (isFinalized(month))
        throw StoreError("Month " + month.toString().toStdString() + " is already finalized");
    exec("INSERT INTO finalized_months (month, snapshot) VALUES ($1, $2)",
         {pg::text(month.toString()), Param(snapshotJson)});
    insertAudit(QStringLiteral("finalize"), month.toString(), QStringLiteral("finalized %1").arg(month.toString()));
    tx.commit();
}

void PostgresStore::reopenMonth(Month month, const QString &, const QString &reason)
{
    Transaction tx(*this);
    const pg::Result r = exec("DELETE FROM finalized_months WHERE month = $1", {pg::text(month.toString())});
    if (r.affectedRows() == 0)
        throw StoreError("Month " + month.toString().toStdString() + " is not finalized");
    insertAudit(QStringLiteral("reopen"), month.toString(), reason);
    tx.commit();
}

// user_name and at are stamped by the server's trigger.
void PostgresStore::insertAudit(const QString &action, const QString &month, const QString &details)
{
    exec("INSERT INTO audit_log (action, month, details) VALUES ($1, $2, $3)",
         {text(action), text(month), text(details)});
}

void PostgresStore::addAuditEntry(const QString &, const QString &action, const QString &month, const QString &details)
{
    Transaction tx(*this);
    insertAudit(action, month, details);
    tx.commit();
}

std::vector<AuditEntry> PostgresStore::auditLog() const
{
    const pg::Result r = exec("SELECT id, " SC_MS("at") ", user_name, action, month, details FROM audit_log"
                                                        " ORDER BY at DESC, id DESC");
    std::vector<AuditEntry> out;
    for (int i = 0; i < r.rows(); ++i) {
        AuditEntry e;
        e.id = r.toInt(i, 0);
        e.at = timestampFrom(r, i, 1);
        e.user = r.value(i, 2);
        e.action = r.value(i, 3);
        e.month = r.value(i, 4);
        e.details = r.value(i, 5);
        out.push_back(std::move(e));
    }
    return out;
}

std::vector<Comment> PostgresStore::latestComments(const QString &agentId, Month month, int limit) const
{
    std::vector<Comment> out;
    if (limit <= 0)
        return out;
    const pg::Result r =
        exec("SELECT date::text, 'qa' AS source, comment, score, evaluation_id AS id FROM qa_evaluations"
             " WHERE agent_id = $1 AND date < $2 AND btrim(comment) <> ''"
             " UNION ALL"
             " SELECT date::text, 'survey' AS source, comment, csat::double precision, response_id AS id"
             " FROM survey_responses WHERE agent_id = $1 AND date < $2 AND btrim(comment) <> ''"
             " ORDER BY 1 DESC, 2, 5 DESC LIMIT $3",
             {pg::text(agentId), dateParam(month.endExclusive()), pg::integer(limit)});
    for (int i = 0; i < r.rows(); ++i) {
        Comment c;
        c.date = QDate::fromString(r.value(i, 0), Qt::ISODate);
        c.source = r.value(i, 1);
        c.text = r.value(i, 2);
        c.score = optionalDouble(r, i, 3);
        out.push_back(std::move(c));
    }
    return out;
}

std::optional<OneOnOneNote> PostgresStore::note(const QString &agentId, Month month, NoteVisibility visibility) const
{
    // A private note is read back by its author only (the policies say the
    // same to any client: another author's private note is not visible).
    const bool priv = visibility == NoteVisibility::Private;
    const pg::Result r =
        priv ? exec("SELECT text, " SC_MS("updated_at") ", author FROM one_on_one_notes"
                                                        " WHERE agent_id = $1 AND month = $2 AND visibility = 'private'"
                                                        " AND author = scorecard.acting_user()",
                    {pg::text(agentId), pg::text(month.toString())})
             : exec("SELECT text, " SC_MS("updated_at") ", author FROM one_on_one_notes"
                                                        " WHERE agent_id = $1 AND month = $2 AND visibility = 'shared'",
                    {pg::text(agentId), pg::text(month.toString())});
    if (r.rows() == 0)
        return std::nullopt;
    OneOnOneNote n{agentId, month, r.value(0, 0), timestampFrom(r, 0, 1)};
    n.visibility = visibility;
    n.author = r.value(0, 2);
    return n;
}

void PostgresStore::saveNote(const OneOnOneNote &n)
{
    if (!n.month.isValid())
        throw StoreError("A note needs a valid month");
    Transaction tx(*this);
    if (isFinalized(n.month))
        throw StoreError(finalizedNoteRefusal(n.month));
    // The author is stamped by the server (the stamp trigger), so a private
    // note is always the signed-in user's.
    if (n.visibility == NoteVisibility::Private)
        exec("INSERT INTO one_on_one_notes (agent_id, month, visibility, text) VALUES ($1, $2, 'private', $3)"
             " ON CONFLICT (agent_id, month, author) WHERE visibility = 'private' DO UPDATE SET text = excluded.text",
             {pg::text(n.agentId), pg::text(n.month.toString()), text(n.text)});
    else
        exec("INSERT INTO one_on_one_notes (agent_id, month, text) VALUES ($1, $2, $3)"
             " ON CONFLICT (agent_id, month) WHERE visibility = 'shared' DO UPDATE SET text = excluded.text",
             {pg::text(n.agentId), pg::text(n.month.toString()), text(n.text)});
    insertAudit(audit::kNoteAction, n.month.toString(), audit::noteSaved(n));
    tx.commit();
}

std::vector<ActionItem> PostgresStore::actionItems(const QString &agentId, Month upTo) const
{
    const pg::Result r = exec("SELECT id, created_month, text, metric_key, target_value, due_month, status"
                              " FROM action_items WHERE agent_id = $1 AND created_month <= $2"
                              " ORDER BY created_month, id",
                              {pg::text(agentId), pg::text(upTo.toString())});
    std::vector<ActionItem> out;
    for (int i = 0; i < r.rows(); ++i) {
        ActionItem item;
        item.id = r.toInt(i, 0);
        item.agentId = agentId;
        item.createdMonth = monthFrom(r.value(i, 1));
        item.text = r.value(i, 2);
        item.metricKey = r.value(i, 3);
        item.targetValue = optionalDouble(r, i, 4);
        item.dueMonth = monthFrom(r.value(i, 5));
        item.status = actionStatusFromName(r.value(i, 6)).value_or(ActionStatus::Open);
        out.push_back(std::move(item));
    }
    return out;
}

qint64 PostgresStore::saveActionItem(const ActionItem &item)
{
    if (!item.createdMonth.isValid())
        throw StoreError("An action item needs a valid month it was created in");
    std::vector<Param> values{pg::text(item.agentId),
                              pg::text(item.createdMonth.toString()),
                              text(item.text),
                              text(item.metricKey),
                              item.targetValue ? pg::text(QString::number(*item.targetValue, 'g', 17)) : Param(),
                              monthParam(item.dueMonth),
                              pg::text(actionStatusName(item.status))};
    Transaction tx(*this);
    if (item.id == 0) {
        const pg::Result r = exec("INSERT INTO action_items (agent_id, created_month, text, metric_key, target_value,"
                                  " due_month, status) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                                  values);
        ActionItem stored = item;
        stored.id = r.toInt(0, 0);
        insertAudit(audit::kGoalAction, stored.createdMonth.toString(), audit::goalSaved(stored, true));
        tx.commit();
        return stored.id;
    }
    values.push_back(pg::integer(item.id));
    const pg::Result r = exec("UPDATE action_items SET agent_id = $1, created_month = $2, text = $3, metric_key = $4,"
                              " target_value = $5, due_month = $6, status = $7 WHERE id = $8",
                              values);
    if (r.affectedRows() == 0)
        throw StoreError("No action item with id " + std::to_string(item.id));
    insertAudit(audit::kGoalAction, item.createdMonth.toString(), audit::goalSaved(item, false));
    tx.commit();
    return item.id;
}

void PostgresStore::removeActionItem(qint64 id)
{
    Transaction tx(*this);
    const pg::Result r =
        exec("DELETE FROM action_items WHERE id = $1 RETURNING agent_id, created_month", {pg::integer(id)});
    if (r.rows() > 0) // nothing removed, nothing to audit
        insertAudit(audit::kGoalAction, r.value(0, 1), audit::goalRemoved(id, r.value(0, 0)));
    tx.commit();
}

} // namespace sc
