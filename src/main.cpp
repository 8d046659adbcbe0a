// The one executable: a subcommand runs the headless CLI, anything else opens
// the desktop app (SPEC section 5).
#include "cli/cli.h"
#include "core/identity.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

#ifdef SCORECARD_HAVE_REPORT
#include <QGuiApplication>
#endif
#ifdef SCORECARD_HAVE_GUI
#include "app/gui_main.h"
#endif

namespace {

// Headless runs print errors one line each; Qt's note about a missing
// XDG_RUNTIME_DIR (common under cron, CI and containers) is not one of them.
QtMessageHandler previousHandler = nullptr;
void cliMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

int main(int argc, char **argv)
{
    // Before anything reads QStandardPaths (the default database location).
    sc::applyApplicationIdentity();

    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    if (sc::isCliInvocation(args)) {
        previousHandler = qInstallMessageHandler(cliMessageHandler);
        std::unique_ptr<QCoreApplication> app;
#ifdef SCORECARD_HAVE_REPORT
        if (sc::cliNeedsGui(args)) {
            // PDF text needs the font database, hence a QGuiApplication; the
            // offscreen platform keeps the command headless (no display).
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QGuiApplication>(argc, argv);
        }
#endif
        if (!app)
            app = std::make_unique<QCoreApplication>(argc, argv);
        QTextStream out(stdout);
        QTextStream err(stderr);
        const sc::SystemClock clock;
        return sc::runCli(args, out, err, clock);
    }
#ifdef SCORECARD_HAVE_GUI
    return sc::runGui(argc, argv);
#else
    QTextStream err(stderr);
    err << "This build has no desktop app; run 'scorecard --help' for the commands.\n";
    return 64;
#endif
}
