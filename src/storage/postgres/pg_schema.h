#pragma once
// The PostgreSQL schema of the shared server (SPEC section 8): tables,
// triggers, group roles, grants and row-level security policies, and the
// step-by-step migrations. The one place with this SQL; `scorecard server
// init` and the PostgresStore both use it. See docs/server.md.
#include "pg_connection.h"

#include <QStringList>

namespace sc::pg {

// Every object lives in this schema (tables are "scorecard.agents", ...).
inline constexpr char kSchemaName[] = "scorecard";

// NOLOGIN role that owns the schema, its tables and the SECURITY DEFINER
// functions; it has CREATEROLE so that admins can manage users through
// those functions. Nobody logs in as it.
inline constexpr char kOwnerRole[] = "scorecard_owner";

// The four group roles of SPEC section 8's table. Every login role belongs
// to exactly one of them.
enum class Role { Agent, Supervisor, Leadership, Admin };
inline constexpr char kAgentRole[] = "scorecard_agent";
inline constexpr char kSupervisorRole[] = "scorecard_supervisor";
inline constexpr char kLeadershipRole[] = "scorecard_leadership";
inline constexpr char kAdminRole[] = "scorecard_admin";

QString roleName(Role role);                        // "agent", "supervisor", "leadership", "admin"
std::optional<Role> roleFromName(const QString &s); // the inverse
QString groupRoleName(Role role);                   // "scorecard_agent", ...

// The schema version this build writes (scorecard.schema_version.version).
int latestSchemaVersion();

// The statements of one migration step (N takes the schema from N-1 to N),
// each run on its own, as the owner role, in one transaction per step.
QStringList migrationStep(int toVersion);

// The schema version of the connected database: 0 when `server init` never
// ran there. Throws PgError.
int schemaVersion(Connection &conn);

// `scorecard server init`: creates (or repairs) the owner and group roles,
// the database's CONNECT grants, the schema, and applies every migration
// step up to targetVersion, each in its own transaction. Idempotent: a
// second run changes nothing. Needs a superuser (or a role with CREATEROLE
// that owns the database). Returns the version it found before.
// Throws PgError (and for a database newer than this build).
int initServer(Connection &conn, int targetVersion = latestSchemaVersion());

} // namespace sc::pg
