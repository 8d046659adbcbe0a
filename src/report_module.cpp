// The `scorecard-report` module: runs `scorecard report`, the one command that
// paints (PDF text needs Qt GUI's font database). Loaded by src/main.cpp.
#include "cli/cli.h"
#include "core/clock.h"
#include "core/identity.h"

#include <QGuiApplication>
#include <QTextStream>

extern "C" __attribute__((visibility("default"))) int scorecard_module_main(int argc, char **argv)
{
    // The offscreen platform keeps the command headless: no display needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    sc::applyApplicationIdentity();
    sc::installCliMessageHandler();
    QGuiApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const sc::SystemClock clock;
    return sc::runCli(args, out, err, clock);
}
