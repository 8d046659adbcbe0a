#pragma once
// The headless command line (SPEC section 5): demo, import, score, report,
// template, month, audit. Runs in-process so tests can drive it with string
// streams; src/main.cpp only picks between this and the GUI.
#include "core/clock.h"

#include <QStringList>
#include <QTextStream>

namespace sc {

// sysexits.h values, as SPEC section 5 lists them.
enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 64,   // unknown subcommand/option, missing required option, bad --month
    ExitData = 65,    // bad input data: import errors, invalid template or profile, unknown kind
    ExitNoInput = 66, // an input file is missing or unreadable
    ExitIo = 74,      // I/O or database error
};

// `args` are the command-line arguments WITHOUT the program name.
// True when args[0] is a subcommand (or help/--help/-h/--version): the CLI
// handles it. Anything else (no arguments, or GUI options such as --db/--agent)
// goes to the GUI.
bool isCliInvocation(const QStringList &args);

// True when the subcommand draws with QPainter (PDF reports) and therefore
// needs a QGuiApplication (on the offscreen platform when headless).
bool cliNeedsGui(const QStringList &args);

// Headless runs print errors one line each: drops Qt's note about a missing
// XDG_RUNTIME_DIR (common under cron, CI and containers). Call once, early.
void installCliMessageHandler();

// Runs one subcommand; returns the process exit code. Output goes to `out`,
// one-line error messages to `err`. `clock` supplies "now" (audit entries,
// report footers, the demo's default end month).
int runCli(const QStringList &args, QTextStream &out, QTextStream &err, const Clock &clock);

} // namespace sc
