#pragma once
// A small RAII wrapper over libpq: one connection, statements with bound
// text parameters only (PQexecParams), results freed on scope exit. The only
// place besides pg_schema.cpp / pg_users.cpp that includes libpq-fe.h.
#include "storage/store.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <optional>
#include <string>
#include <vector>

struct pg_conn;
struct pg_result;

namespace sc::pg {

// A server or connection error. sqlState() is the five-character SQLSTATE
// ("42501" permission denied, "28P01" wrong password, ...) or empty when the
// error did not come from the server (connection failures).
class PgError : public StoreError {
public:
    PgError(const std::string &message, std::string sqlState);
    const std::string &sqlState() const { return m_sqlState; }

private:
    std::string m_sqlState;
};

// A bound parameter, sent as text; std::nullopt is SQL NULL.
using Param = std::optional<QByteArray>;
Param text(const QString &value);
Param integer(qint64 value);
// A PostgreSQL array literal of text ({"a","b"}), for text[] parameters.
Param textArray(const QStringList &values);

class Result {
public:
    explicit Result(pg_result *result) : m_result(result) {}
    ~Result();
    Result(Result &&other) noexcept;
    Result &operator=(Result &&other) noexcept;
    Result(const Result &) = delete;
    Result &operator=(const Result &) = delete;

    int rows() const;
    int columns() const;
    bool isNull(int row, int column) const;
    QString value(int row, int column) const; // UTF-8 text; null as a null QString
    qint64 toInt(int row, int column) const;
    double toDouble(int row, int column) const;
    // The column's type OID (20 int8, 23 int4, 701 float8, 16 bool, ...).
    unsigned type(int column) const;
    // Affected rows of INSERT/UPDATE/DELETE.
    qint64 affectedRows() const;
    QByteArray commandTag() const; // "INSERT 0 3", "COMMIT", "ROLLBACK", ...

private:
    friend class Connection;
    pg_result *m_result = nullptr;
};

// True for a postgresql:// or postgres:// URI (SPEC section 8's --db).
bool isPostgresUri(const QString &location);

// Checks a libpq connection string without connecting. Returns an error
// message (empty when fine): unparsable, or it carries a password (SPEC
// section 8: never on the command line; use PGPASSFILE or the prompt).
QString checkConnectionString(const QString &conninfo);

class Connection {
public:
    // Asked when the server wants a password that libpq found nowhere
    // (PGPASSWORD, PGPASSFILE); gets the user name, returns the password or
    // nothing to give up.
    using PasswordPrompt = std::function<std::optional<QByteArray>(const QString &user)>;

    // Connects (client_encoding UTF8). Throws PgError with a one-line message.
    static Connection open(const QString &conninfo, const PasswordPrompt &prompt = {});

    ~Connection();
    Connection(Connection &&other) noexcept;
    Connection &operator=(Connection &&other) noexcept;
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // One statement with bound text parameters ($1, $2, ...). Throws PgError.
    Result exec(const char *sql, const std::vector<Param> &params = {});
    Result exec(const QString &sql, const std::vector<Param> &params = {});

    // COPY ... FROM STDIN: runs `sql`, then sends what `produce` writes
    // (called until it returns false; each call appends text-format lines to
    // its buffer, sent as they grow) and ends the copy. Returns the affected
    // rows. Throws PgError (also when `produce` throws: the copy is aborted).
    qint64 copyIn(const QString &sql, const std::function<bool(QByteArray &buffer)> &produce);

    // False once the connection to the server is broken.
    bool isOpen() const;
    // Connects again with the same parameters (password included); true
    // when that worked.
    bool reset();

    // The SCRAM-SHA-256 verifier of `password` for `login`, computed here so
    // that the clear password never travels to the server. Throws PgError.
    QByteArray scramVerifier(const QByteArray &password, const QString &login);

    QString user() const;
    QString database() const;
    int serverVersion() const; // e.g. 150020
    bool usesSsl() const;
    pg_conn *native() const { return m_conn; }

private:
    explicit Connection(pg_conn *conn) : m_conn(conn) {}
    pg_conn *m_conn = nullptr;
};

// BEGIN on construction, ROLLBACK on destruction unless commit() ran.
class Transaction {
public:
    explicit Transaction(Connection &conn);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Connection &m_conn;
    bool m_done = false;
};

} // namespace sc::pg
