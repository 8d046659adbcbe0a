#pragma once
// What the rest of the program needs to know about server databases (SPEC
// section 8) without including libpq: which locations are servers, how a
// password is asked for, and the error of an unreachable server. openStore
// (store.h) opens a postgresql:// URI as a PostgresStore.
#include "store.h"

#include <QByteArray>
#include <functional>
#include <optional>

namespace sc {

// The connection to a server database is gone and could not be made again
// (the server is down, the network is away). What was being written was
// not stored; reads and writes work again once the server answers.
class StoreUnavailableError : public StoreError {
public:
    using StoreError::StoreError;
};

// True for a postgresql:// or postgres:// URI: a shared server.
bool isServerLocation(const QString &location);

// Asked for a server password that libpq found nowhere (PGPASSWORD,
// PGPASSFILE): gets the login, returns the password or nothing to give up.
// Set once by the CLI (a terminal prompt) or the app (a dialog); openStore
// uses it for a postgresql:// location (the URI never carries a password).
using ServerPasswordPrompt = std::function<std::optional<QByteArray>(const QString &login)>;
void setServerPasswordPrompt(ServerPasswordPrompt prompt);

} // namespace sc
