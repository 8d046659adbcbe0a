#include "sqlite_bulk_writer.h"

#include "sqlite_schema.h"
#include "store.h"

#include <QLocale>
#include <QStringList>
#include <algorithm>
#include <map>

#include <sqlite3.h>

namespace sc::sqlite {

namespace {

QString employmentName(Employment e)
{
    return e == Employment::PartTime ? QStringLiteral("part_time") : QStringLiteral("full_time");
}

} // namespace

const TableSpec &tableSpec(ImportKind kind)
{
    static const TableSpec agents{
        "agents", {"agent_id"}, {"name", "team", "supervisor", "employment", "email", "active"}};
    static const TableSpec time{"time_records",
                                {"agent_id", "date"},
                                {"worked_minutes", "scheduled_minutes", "adherent_minutes", "occupied_minutes"}};
    static const TableSpec contacts{"contacts",
                                    {"agent_id", "date", "channel"},
                                    {"contacts", "handle_seconds", "handle_contacts", "fcr", "fcr_contacts"}};
    static const TableSpec qa{
        "qa_evaluations", {"evaluation_id"}, {"agent_id", "date", "score", "evaluator", "form", "comment"}};
    static const TableSpec survey{"survey_responses", {"response_id"}, {"agent_id", "date", "csat", "nps", "comment"}};
    static const TableSpec kcs{"kcs_events", {"event_id"}, {"agent_id", "date", "type"}};
    static const TableSpec serviceLevel{"service_levels",
                                        {"team", "date"},
                                        {"offered", "answered_in_sl", "answered", "answer_seconds", "asa_answered"}};
    switch (kind) {
    case ImportKind::Agents: return agents;
    case ImportKind::Time: return time;
    case ImportKind::Contacts: return contacts;
    case ImportKind::Qa: return qa;
    case ImportKind::Survey: return survey;
    case ImportKind::Kcs: return kcs;
    case ImportKind::ServiceLevel: return serviceLevel;
    }
    throw StoreError("Unknown import kind");
}

namespace {

// One value of a row, converted once and bound with the sqlite3 API. Binds
// what the Qt driver bound before: a null QString is NULL, integers int64,
// reals double, text the same characters (here as UTF-8, the file's
// encoding, instead of UTF-16 that SQLite had to translate).
struct Value {
    enum Type { Null, Int, Real, Text, Date } type = Null;
    qint64 i = 0;
    double d = 0;
    QString s;
    char date[10] = {}; // "YYYY-MM-DD", for Date

    Value() = default;
    Value(const QString &text) : type(text.isNull() ? Null : Text), s(text) {}
    Value(qint64 v) : type(Int), i(v) {}
    Value(int v) : type(Int), i(v) {}
    Value(double v) : type(Real), d(v) {}
    template <typename T> Value(const std::optional<T> &v) : Value(v ? Value(*v) : Value()) {}

    // As QDate::toString(Qt::ISODate), without its formatting machinery
    // (it was a good part of the import's time): an invalid date or a year
    // outside 0..9999 gives a null string, i.e. NULL.
    static Value ofDate(const QDate &d)
    {
        Value v;
        int y = 0, m = 0, day = 0;
        d.getDate(&y, &m, &day);
        if (!d.isValid() || y < 0 || y > 9999)
            return v;
        v.type = Date;
        const int digits[] = {y / 1000, y / 100 % 10, y / 10 % 10, y % 10, -1, m / 10, m % 10, -1, day / 10, day % 10};
        for (int k = 0; k < 10; ++k)
            v.date[k] = digits[k] < 0 ? '-' : char('0' + digits[k]);
        return v;
    }

    QString toString() const
    {
        switch (type) {
        case Null: return {};
        case Int: return QString::number(i);
        case Real: return QString::number(d, 'g', QLocale::FloatingPointShortest);
        case Text: return s;
        case Date: return QString::fromLatin1(date, sizeof date);
        }
        return {};
    }
};

// Qt binds a null QString as SQL NULL; text columns hold '' instead.
Value textOf(const QString &s) { return s.isNull() ? Value(QStringLiteral("")) : Value(s); }

// An invalid date becomes NULL, which the NOT NULL date columns refuse: the
// error then names the file and record like any other constraint.
Value dateOf(const QDate &d) { return Value::ofDate(d); }

// Row values in TableSpec order (keys, then values).
void rowValues(const Agent &a, std::vector<Value> &out)
{
    out = {a.id,
           textOf(a.name),
           textOf(a.team),
           textOf(a.supervisor),
           employmentName(a.employment),
           textOf(a.email),
           int(a.active ? 1 : 0)};
}
void rowValues(const TimeRecord &r, std::vector<Value> &out)
{
    out = {r.agentId, dateOf(r.date), r.workedMinutes, r.scheduledMinutes, r.adherentMinutes, r.occupiedMinutes};
}
void rowValues(const ContactRecord &r, std::vector<Value> &out)
{
    out = {r.agentId, dateOf(r.date), r.channel, r.contacts, r.handleSeconds, r.handleContacts, r.fcr, r.fcrContacts};
}
void rowValues(const QaEvaluation &r, std::vector<Value> &out)
{
    out = {r.evaluationId, r.agentId, dateOf(r.date), r.score, textOf(r.evaluator), textOf(r.form), textOf(r.comment)};
}
void rowValues(const SurveyResponse &r, std::vector<Value> &out)
{
    out = {r.responseId, r.agentId, dateOf(r.date), r.csat, r.nps, textOf(r.comment)};
}
void rowValues(const KcsEvent &r, std::vector<Value> &out)
{
    out = {r.eventId, r.agentId, dateOf(r.date), kcsTypeName(r.type)};
}
void rowValues(const ServiceLevelRecord &r, std::vector<Value> &out)
{
    out = {r.team, dateOf(r.date), r.offered, r.answeredInSl, r.answered, r.answerSeconds, r.asaAnswered};
}

} // namespace

// A prepared sqlite3 statement, finalized when it goes.
class Statement {
public:
    Statement(sqlite3 *db, const QString &sql) : m_db(db)
    {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr) != SQLITE_OK) {
            const QString error = QString::fromUtf8(sqlite3_errmsg(db));
            sqlite3_finalize(m_stmt);
            throw StoreError(QStringLiteral("SQLite: cannot prepare \"%1\": %2 Unable to execute statement")
                                 .arg(sql.simplified(), error)
                                 .toStdString());
        }
        m_text.resize(size_t(sqlite3_bind_parameter_count(m_stmt)));
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Binds to the 1-based parameter index. Text is converted into a buffer
    // the statement keeps per parameter (reused row after row) and bound
    // without a copy.
    void bind(int index, const Value &v)
    {
        int rc = SQLITE_OK;
        switch (v.type) {
        case Value::Null: rc = sqlite3_bind_null(m_stmt, index); break;
        case Value::Int: rc = sqlite3_bind_int64(m_stmt, index, v.i); break;
        case Value::Real: rc = sqlite3_bind_double(m_stmt, index, v.d); break;
        case Value::Date: rc = sqlite3_bind_text(m_stmt, index, v.date, int(sizeof v.date), SQLITE_STATIC); break;
        case Value::Text: {
            std::string &buffer = m_text[size_t(index - 1)];
            toUtf8(v.s, buffer);
            rc = sqlite3_bind_text(m_stmt, index, buffer.data(), int(buffer.size()), SQLITE_STATIC);
            break;
        }
        }
        if (rc != SQLITE_OK)
            throw StoreError(QStringLiteral("SQLite: cannot bind a value: %1")
                                 .arg(QString::fromUtf8(sqlite3_errmsg(m_db)))
                                 .toStdString());
    }

    // Runs the statement to completion; returns false on an error, then
    // errorText() describes it. Leaves the statement reset for the next use.
    bool step()
    {
        const int rc = sqlite3_step(m_stmt);
        const bool ok = rc == SQLITE_DONE || rc == SQLITE_ROW;
        if (!ok) // read before the reset, worded as the Qt driver words a failed statement
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db)) + QStringLiteral(" Unable to fetch row");
        sqlite3_reset(m_stmt);
        return ok;
    }
    QString errorText() const { return m_error; }
    qint64 changes() const { return sqlite3_changes(m_db); }

private:
    // The usual ASCII text is narrowed in place; anything else goes through
    // Qt's converter (same bytes the driver's UTF-16 binding stored).
    static void toUtf8(const QString &s, std::string &out)
    {
        const QChar *p = s.constData();
        const qsizetype n = s.size();
        out.resize(size_t(n));
        for (qsizetype k = 0; k < n; ++k) {
            if (p[k].unicode() >= 0x80) {
                const QByteArray utf8 = s.toUtf8();
                out.assign(utf8.constData(), size_t(utf8.size()));
                return;
            }
            out[size_t(k)] = char(p[k].unicode());
        }
    }

    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
    std::vector<std::string> m_text; // per parameter
};

// Stores rows of one kind through the sqlite3 C API with prepared
// statements reused for every chunk of rows, without a SELECT per row
// (binding through QSqlQuery/QVariant was most of the import's time). This
// is the SQLite-specific bulk path; a PostgreSQL store would have its own
// writer (e.g. COPY into a temporary table and one INSERT ... ON CONFLICT).
// - one multi-row INSERT per chunk that does nothing on a key conflict; its
//   change count is the number of new keys. When every row was new (a new
//   month, the demo), that is all: one statement per chunk.
// - otherwise each row of the chunk runs an UPDATE that touches the row only
//   if a value differs: its change count tells replaced from unchanged. The
//   chunk's new rows match themselves and change nothing, and rows are
//   processed in file order, so duplicate keys in a file count exactly as if
//   the rows were stored one by one (the last one wins).
class KindWriter {
public:
    static constexpr size_t kChunkRows = 64;

    KindWriter(sqlite3 *db, ImportKind kind) : m_db(db), m_spec(tableSpec(kind))
    {
        QStringList sets, keyMatch, differs;
        for (const char *k : m_spec.keys) {
            m_columns << QLatin1String(k);
            m_keyColumns << QLatin1String(k);
            keyMatch << QLatin1String(k) + QStringLiteral(" = ?");
        }
        for (const char *v : m_spec.values) {
            m_columns << QLatin1String(v);
            sets << QLatin1String(v) + QStringLiteral(" = ?");
            differs << sqlite::isDistinctFromParameter(QLatin1String(v));
        }
        // Provenance: a new or replaced row names this import; an unchanged
        // one keeps the import its values came from.
        m_columns << QStringLiteral("import_id");
        sets << QStringLiteral("import_id = ?");
        m_update = std::make_unique<Statement>(db, QStringLiteral("UPDATE %1 SET %2 WHERE %3 AND (%4)")
                                                       .arg(QLatin1String(m_spec.table), sets.join(QLatin1String(", ")),
                                                            keyMatch.join(QLatin1String(" AND ")),
                                                            differs.join(QLatin1String(" OR "))));
    }

    template <typename Row>
    void write(const std::vector<Row> &rows, const QString &sourceFile, qint64 importId, ImportStats &stats)
    {
        const size_t nKeys = m_spec.keys.size();
        const size_t nValues = m_spec.values.size();
        std::vector<std::vector<Value>> chunk;
        for (size_t start = 0; start < rows.size(); start += kChunkRows) {
            const size_t count = std::min(kChunkRows, rows.size() - start);
            chunk.resize(count);
            for (size_t i = 0; i < count; ++i) {
                rowValues(rows[start + i], chunk[i]);
                chunk[i].push_back(Value(importId));
            }

            Statement &insert = insertStatement(count);
            int p = 1;
            for (const auto &v : chunk)
                for (const Value &x : v)
                    insert.bind(p++, x);
            if (!insert.step())
                findFailingRow(chunk, start, sourceFile, insert.errorText());
            const qint64 inserted = insert.changes();
            stats.stored += inserted;
            if (inserted == qint64(count))
                continue;

            qint64 changed = 0;
            for (size_t r = 0; r < count; ++r) {
                const auto &v = chunk[r];
                // SET values, WHERE keys, AND values differ.
                int q = 1;
                for (size_t i = 0; i < nValues; ++i)
                    m_update->bind(q++, v[nKeys + i]);
                m_update->bind(q++, v[nKeys + nValues]); // import_id
                for (size_t i = 0; i < nKeys; ++i)
                    m_update->bind(q++, v[i]);
                for (size_t i = 0; i < nValues; ++i)
                    m_update->bind(q++, v[nKeys + i]);
                if (!m_update->step())
                    rowFailed(sourceFile, qint64(start + r + 1), v, m_update->errorText());
                if (m_update->changes() > 0)
                    ++changed;
            }
            stats.replaced += changed;
            stats.unchanged += qint64(count) - inserted - changed;
        }
    }

private:
    Statement &insertStatement(size_t rowCount)
    {
        auto it = m_inserts.find(rowCount);
        if (it != m_inserts.end())
            return *it->second;
        const QString marks = QStringLiteral("(")
                              + QStringList(m_columns.size(), QStringLiteral("?")).join(QLatin1String(", "))
                              + QStringLiteral(")");
        const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES %3 ON CONFLICT (%4) DO NOTHING")
                                .arg(QLatin1String(m_spec.table), m_columns.join(QLatin1String(", ")),
                                     QStringList(qsizetype(rowCount), marks).join(QLatin1String(", ")),
                                     m_keyColumns.join(QLatin1String(", ")));
        return *m_inserts.emplace(rowCount, std::make_unique<Statement>(m_db, sql)).first->second;
    }

    // A chunk's INSERT failed (a constraint; the statement's changes were
    // undone): insert its rows one by one to name the row. The transaction
    // is rolled back by the caller anyway.
    [[noreturn]] void findFailingRow(const std::vector<std::vector<Value>> &chunk, size_t start,
                                     const QString &sourceFile, const QString &chunkError)
    {
        Statement &single = insertStatement(1);
        for (size_t r = 0; r < chunk.size(); ++r) {
            int p = 1;
            for (const Value &x : chunk[r])
                single.bind(p++, x);
            if (!single.step())
                rowFailed(sourceFile, qint64(start + r + 1), chunk[r], single.errorText());
        }
        rowFailed(sourceFile, qint64(start + 1), chunk.front(), chunkError);
    }

    [[noreturn]] void rowFailed(const QString &sourceFile, qint64 index, const std::vector<Value> &v,
                                const QString &error) const
    {
        // The key, and the agent when it is not part of the key: what a
        // user needs to find the row (a foreign key failure is an unknown agent).
        QStringList key;
        for (size_t i = 0; i < m_spec.keys.size(); ++i)
            key << QLatin1String(m_spec.keys[i]) + QStringLiteral("=") + v[i].toString();
        for (size_t i = 0; i < m_spec.values.size(); ++i)
            if (qstrcmp(m_spec.values[i], "agent_id") == 0)
                key << QStringLiteral("agent_id=") + v[m_spec.keys.size() + i].toString();
        throw StoreError(QStringLiteral("%1: cannot store record %2 (%3) in %4: %5")
                             .arg(sourceFile.isEmpty() ? QStringLiteral("import") : sourceFile)
                             .arg(index)
                             .arg(key.join(QLatin1String(", ")), QLatin1String(m_spec.table), error)
                             .toStdString());
    }

    sqlite3 *m_db;
    const TableSpec &m_spec;
    QStringList m_columns, m_keyColumns;
    std::map<size_t, std::unique_ptr<Statement>> m_inserts; // by rows per statement
    std::unique_ptr<Statement> m_update;
};

BulkWriter::BulkWriter(sqlite3 *db, const QString &importedAt, const QString &user)
    : m_db(db),
      m_importedAt(importedAt),
      m_user(user),
      m_addImport(std::make_unique<Statement>(
          db, QStringLiteral("INSERT INTO imports (kind, source_file, imported_at, user_name, row_count)"
                             " VALUES (?, ?, ?, ?, ?)"))),
      m_writers(allKinds().size())
{
}

BulkWriter::~BulkWriter() = default;

ImportStats BulkWriter::write(const ImportBatch &batch)
{
    m_addImport->bind(1, Value(kindName(batch.kind)));
    m_addImport->bind(2, textOf(batch.sourceFile));
    m_addImport->bind(3, Value(m_importedAt));
    m_addImport->bind(4, textOf(m_user));
    m_addImport->bind(5, Value(std::max<qint64>(batch.rowsRead, batch.recordCount())));
    if (!m_addImport->step())
        throw StoreError(QStringLiteral("SQLite: cannot record the import of %1: %2")
                             .arg(batch.sourceFile, m_addImport->errorText())
                             .toStdString());
    const qint64 importId = sqlite3_last_insert_rowid(m_db);
    auto &writer = m_writers[size_t(batch.kind)];
    if (!writer)
        writer = std::make_unique<KindWriter>(m_db, batch.kind);
    ImportStats stats;
    switch (batch.kind) {
    case ImportKind::Agents: writer->write(batch.agents, batch.sourceFile, importId, stats); break;
    case ImportKind::Time: writer->write(batch.time, batch.sourceFile, importId, stats); break;
    case ImportKind::Contacts: writer->write(batch.contacts, batch.sourceFile, importId, stats); break;
    case ImportKind::Qa: writer->write(batch.qa, batch.sourceFile, importId, stats); break;
    case ImportKind::Survey: writer->write(batch.surveys, batch.sourceFile, importId, stats); break;
    case ImportKind::Kcs: writer->write(batch.kcs, batch.sourceFile, importId, stats); break;
    case ImportKind::ServiceLevel: writer->write(batch.serviceLevels, batch.sourceFile, importId, stats); break;
    }
    return stats;
}

} // namespace sc::sqlite
