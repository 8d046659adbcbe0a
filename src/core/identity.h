#pragma once
// Who the program is and who runs it: one answer for the CLI, the app and the
// store, so they open the same default database and sign audit entries alike.
#include <QString>

namespace sc {

// Organisation and application name, version: QStandardPaths and QSettings
// derive the per-user data folder and settings file from these.
void applyApplicationIdentity();

// The operating-system account running the process (the audit log's user on
// a local database). Falls back to "unknown" only when the system has no name.
QString currentUserName();

} // namespace sc
