#pragma once
// Entry point of the desktop application, called by src/main.cpp when no
// subcommand is given. Parses the GUI's own options:
//   --db FILE     open this database instead of the per-user default
//   --agent ID    "My card" mode: only that agent's card, read-only
// Returns the process exit code.

namespace sc {

int runGui(int argc, char **argv);

} // namespace sc
