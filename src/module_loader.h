#pragma once
// The `scorecard` executable links only the headless engine. The parts that
// need a GUI library live in modules loaded on demand (see
// docs/architecture.md, "One program, loaded in parts"):
//   scorecard-gui     the desktop app (Qt Widgets, Charts)
//   scorecard-report  `scorecard report` (Qt GUI for PDF painting)
// so `score`, `import` and the other headless commands never load them.

namespace sc {

// Loads module `name` and calls its entry point with the process arguments.
// Returns the entry point's exit code, or 74 with a one-line message on stderr
// when the module cannot be found or loaded.
int runModule(const char *name, int argc, char **argv);

} // namespace sc
