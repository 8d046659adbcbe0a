#include "pg_connection.h"

#include <QStringList>
#include <libpq-fe.h>

namespace sc::pg {

namespace {

// libpq messages end with a newline and may span lines ("connection to
// server ... failed: FATAL: ..."); CLI errors are one line each.
std::string oneLine(const char *message)
{
    QString text = QString::fromUtf8(message).trimmed();
    text.replace(QLatin1String("\r"), QString());
    QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    for (QString &line : lines)
        line = line.trimmed();
    return lines.join(QStringLiteral("; ")).toStdString();
}

std::string resultError(const PGresult *result, const char *fallback)
{
    const char *primary = PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY);
    if (!primary)
        return oneLine(fallback);
    std::string message = oneLine(primary);
    if (const char *detail = PQresultErrorField(result, PG_DIAG_MESSAGE_DETAIL))
        message += " (" + oneLine(detail) + ")";
    if (const char *hint = PQresultErrorField(result, PG_DIAG_MESSAGE_HINT))
        message += "; hint: " + oneLine(hint);
    return message;
}

// Server NOTICEs ("relation already exists, skipping") are not errors and
// must not reach stderr as extra lines.
void ignoreNotice(void *, const char *) {}

} // namespace

PgError::PgError(const std::string &message, std::string sqlState)
    : StoreError(message), m_sqlState(std::move(sqlState))
{
}

Param text(const QString &value) { return value.toUtf8(); }
Param integer(qint64 value) { return QByteArray::number(value); }

Param textArray(const QStringList &values)
{
    QByteArray out = "{";
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += ',';
        out += '"';
        for (char c : values[i].toUtf8()) {
            if (c == '"' || c == '\\')
                out += '\\';
            out += c;
        }
        out += '"';
    }
    out += '}';
    return out;
}

Result::~Result() { PQclear(m_result); }
Result::Result(Result &&other) noexcept : m_result(std::exchange(other.m_result, nullptr)) {}
Result &Result::operator=(Result &&other) noexcept
{
    if (this != &other) {
        PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}
int Result::rows() const { return m_result ? PQntuples(m_result) : 0; }
int Result::columns() const { return m_result ? PQnfields(m_result) : 0; }
bool Result::isNull(int row, int column) const { return PQgetisnull(m_result, row, column) != 0; }
QString Result::value(int row, int column) const
{
    if (isNull(row, column))
        return QString();
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}
qint64 Result::toInt(int row, int column) const { return QByteArray(PQgetvalue(m_result, row, column)).toLongLong(); }
double Result::toDouble(int row, int column) const { return QByteArray(PQgetvalue(m_result, row, column)).toDouble(); }
unsigned Result::type(int column) const { return PQftype(m_result, column); }
QByteArray Result::commandTag() const { return QByteArray(PQcmdStatus(m_result)); }
qint64 Result::affectedRows() const { return QByteArray(PQcmdTuples(m_result)).toLongLong(); }

bool isPostgresUri(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

QString checkConnectionString(const QString &conninfo)
{
    char *error = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.toUtf8().constData(), &error);
    if (!options) {
        const QString message = error ? QString::fromUtf8(oneLine(error)) : QStringLiteral("cannot be parsed");
        PQfreemem(error);
        return message;
    }
    QString problem;
    for (PQconninfoOption *o = options; o->keyword; ++o)
        if (qstrcmp(o->keyword, "password") == 0 && o->val && *o->val)
            problem = QStringLiteral("the connection string carries a password; put it in PGPASSFILE or let "
                                     "scorecard prompt for it");
    PQconninfoFree(options);
    return problem;
}

Connection Connection::open(const QString &conninfo, const PasswordPrompt &prompt)
{
    const QByteArray info = conninfo.toUtf8();
    std::optional<QByteArray> password;
    for (;;) {
        // expand_dbname: the first value is the whole URI; the later keys
        // override what it says (client_encoding) or fill what it lacks.
        // connect_timeout first, so that the URI's own overrides it.
        std::vector<const char *> keys{"connect_timeout", "dbname", "client_encoding", "fallback_application_name"};
        std::vector<const char *> values{"10", info.constData(), "UTF8", "scorecard"};
        if (password) {
            keys.push_back("password");
            values.push_back(password->constData());
        }
        keys.push_back(nullptr);
        values.push_back(nullptr);
        PGconn *conn = PQconnectdbParams(keys.data(), values.data(), 1);
        if (!conn)
            throw PgError("PostgreSQL: out of memory while connecting", {});
        if (PQstatus(conn) == CONNECTION_OK) {
            PQsetNoticeProcessor(conn, ignoreNotice, nullptr);
            return Connection(conn);
        }
        const bool wantsPassword = PQconnectionNeedsPassword(conn) && !password && prompt;
        const QString user = QString::fromUtf8(PQuser(conn));
        const std::string message = oneLine(PQerrorMessage(conn));
        PQfinish(conn);
        if (wantsPassword) {
            password = prompt(user);
            if (password)
                continue;
        }
        throw PgError("PostgreSQL: " + message, {});
    }
}

Connection::~Connection() { PQfinish(m_conn); }
Connection::Connection(Connection &&other) noexcept : m_conn(std::exchange(other.m_conn, nullptr)) {}
Connection &Connection::operator=(Connection &&other) noexcept
{
    if (this != &other) {
        PQfinish(m_conn);
        m_conn = std::exchange(other.m_conn, nullptr);
    }
    return *this;
}

Result Connection::exec(const char *sql, const std::vector<Param> &params)
{
    std::vector<const char *> values;
    values.reserve(params.size());
    for (const Param &p : params)
        values.push_back(p ? p->constData() : nullptr);
    PGresult *raw = PQexecParams(m_conn, sql, int(values.size()), nullptr, values.data(), nullptr, nullptr, 0);
    Result result(raw);
    const ExecStatusType status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return result;
    const char *state = raw ? PQresultErrorField(raw, PG_DIAG_SQLSTATE) : nullptr;
    throw PgError("PostgreSQL: " + resultError(raw, PQerrorMessage(m_conn)), state ? state : "");
}

Result Connection::exec(const QString &sql, const std::vector<Param> &params)
{
    return exec(sql.toUtf8().constData(), params);
}

qint64 Connection::copyIn(const QString &sql, const std::function<bool(QByteArray &buffer)> &produce)
{
    const QByteArray statement = sql.toUtf8();
    {
        Result start(PQexec(m_conn, statement.constData()));
        const ExecStatusType status = start.m_result ? PQresultStatus(start.m_result) : PGRES_FATAL_ERROR;
        if (status != PGRES_COPY_IN) {
            const char *state = start.m_result ? PQresultErrorField(start.m_result, PG_DIAG_SQLSTATE) : nullptr;
            throw PgError("PostgreSQL: " + resultError(start.m_result, PQerrorMessage(m_conn)), state ? state : "");
        }
    }
    QByteArray buffer;
    std::string failure;
    try {
        bool more = true;
        while (more) {
            buffer.clear();
            more = produce(buffer);
            if (!buffer.isEmpty() && PQputCopyData(m_conn, buffer.constData(), int(buffer.size())) != 1) {
                failure = "PostgreSQL: cannot send COPY data: " + oneLine(PQerrorMessage(m_conn));
                break;
            }
        }
    } catch (const std::exception &e) {
        failure = e.what();
    }
    PQputCopyEnd(m_conn, failure.empty() ? nullptr : "aborted by the client");
    qint64 rows = 0;
    std::string serverError;
    std::string state;
    while (PGresult *raw = PQgetResult(m_conn)) {
        Result r(raw);
        if (PQresultStatus(raw) == PGRES_COMMAND_OK) {
            rows = r.affectedRows();
        } else if (serverError.empty()) {
            serverError = "PostgreSQL: " + resultError(raw, PQerrorMessage(m_conn));
            if (const char *s = PQresultErrorField(raw, PG_DIAG_SQLSTATE))
                state = s;
        }
    }
    if (!failure.empty())
        throw PgError(failure, {});
    if (!serverError.empty())
        throw PgError(serverError, state);
    return rows;
}

bool Connection::isOpen() const { return m_conn && PQstatus(m_conn) == CONNECTION_OK; }

bool Connection::reset()
{
    if (!m_conn)
        return false;
    PQreset(m_conn);
    if (PQstatus(m_conn) != CONNECTION_OK)
        return false;
    PQsetNoticeProcessor(m_conn, ignoreNotice, nullptr);
    return true;
}

QByteArray Connection::scramVerifier(const QByteArray &password, const QString &login)
{
    char *verifier = PQencryptPasswordConn(m_conn, password.constData(), login.toUtf8().constData(), "scram-sha-256");
    if (!verifier)
        throw PgError("PostgreSQL: cannot encrypt the password: " + oneLine(PQerrorMessage(m_conn)), {});
    QByteArray out(verifier);
    PQfreemem(verifier);
    return out;
}

QString Connection::user() const { return QString::fromUtf8(PQuser(m_conn)); }
QString Connection::database() const { return QString::fromUtf8(PQdb(m_conn)); }
int Connection::serverVersion() const { return PQserverVersion(m_conn); }
bool Connection::usesSsl() const { return PQsslInUse(m_conn) != 0; }

Transaction::Transaction(Connection &conn) : m_conn(conn) { m_conn.exec("BEGIN"); }

Transaction::~Transaction()
{
    if (m_done)
        return;
    try {
        m_conn.exec("ROLLBACK");
    } catch (...) {
        // The connection is gone; the server rolls back on its own.
    }
}

void Transaction::commit()
{
    // COMMIT of a transaction in which a statement failed "succeeds" with
    // the tag ROLLBACK: that is a failure for the caller.
    const Result result = m_conn.exec("COMMIT");
    m_done = true;
    if (result.commandTag() == "ROLLBACK")
        throw PgError("PostgreSQL: the transaction was rolled back", "40000");
}

} // namespace sc::pg
