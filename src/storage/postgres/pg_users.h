#pragma once
// Scorecard's users on a PostgreSQL server (SPEC section 8): login roles,
// each in one group role, with the agent or teams it maps to. Calls the
// scorecard.user_* functions of pg_schema.cpp, which check and apply
// everything on the server; this side only binds values.
#include "pg_connection.h"
#include "pg_schema.h"

#include <QStringList>

namespace sc::pg {

struct ServerUser {
    QString login;
    Role role = Role::Agent;
    QString agentId;      // role agent only
    QStringList teams;    // role supervisor only
    QStringList memberOf; // group roles as PostgreSQL sees them (listUsers)
    bool canLogin = true;
};

// Creates the login role with a SCRAM-SHA-256 verifier computed here from
// `password`, puts it in its group and records the mapping. Throws PgError:
// 42501 not an admin, 42710 the role exists, 22023 bad login/role/mapping.
void addUser(Connection &conn, const ServerUser &user, const QByteArray &password);

// Drops the login role and its mapping; refuses yourself and the last admin.
void removeUser(Connection &conn, const QString &login);

// Sets a password (an admin: anyone's; others: their own).
void setPassword(Connection &conn, const QString &login, const QByteArray &password);

// Every user of this database, by login (admins only).
std::vector<ServerUser> listUsers(Connection &conn);

} // namespace sc::pg
