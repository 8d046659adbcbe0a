// The one executable: a subcommand runs the headless CLI, anything else opens
// the desktop app (SPEC section 5). This file links no GUI library; the app
// and `report` are modules loaded on demand (src/module_loader.h).
#include "cli/cli.h"
#include "core/clock.h"
#include "core/identity.h"
#include "module_loader.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    if (!sc::isCliInvocation(args))
        return sc::runModule("scorecard-gui", argc, argv);
    if (sc::cliNeedsGui(args))
        return sc::runModule("scorecard-report", argc, argv);

    // Before anything reads QStandardPaths (the default database location).
    sc::applyApplicationIdentity();
    sc::installCliMessageHandler();
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const sc::SystemClock clock;
    return sc::runCli(args, out, err, clock);
}
