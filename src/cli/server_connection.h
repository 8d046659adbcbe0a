#pragma once
// What `server` and `user` share (SPEC section 8): the --db URI, a
// connection that asks for a password only on a terminal, reading a new
// password, and PostgreSQL errors as exit codes.
#include "cli/command.h"
#include "storage/postgres/pg_connection.h"

#include <optional>

namespace sc::cli {

// --db as a postgresql:// URI without a password in it; throws UsageError.
QString requireServerUri(const QCommandLineParser &args);

// Connects; when the server wants a password that libpq did not find
// (PGPASSWORD, PGPASSFILE), asks on the terminal, without echo. With no
// terminal the error says where to put it. Throws pg::PgError.
pg::Connection connectToServer(const QString &uri);

// Asks for the server password of `user` on the terminal, without echo;
// nothing when there is no terminal. The CLI's ServerPasswordPrompt.
std::optional<QByteArray> askServerPassword(const QString &user);

// A new password for `login`: typed twice on the terminal (no echo), or
// the first line of standard input when it is not a terminal. Never the
// command line. Throws UsageError when empty or the two differ.
QByteArray readNewPassword(const QString &login);

// Reports a PostgreSQL error on one line and returns its exit code: 64 for
// a value the server rejects as invalid, 65 for a conflict with what is
// there (exists, unknown, in use), 74 for the rest (connection, rights).
int reportServerError(const Context &ctx, const pg::PgError &error);

} // namespace sc::cli
