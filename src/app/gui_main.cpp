#include "app/gui_main.h"

#include "app/app_language.h"
#include "app/app_settings.h"
#include "app/database_open.h"
#include "app/main_window.h"
#include "app/my_card_window.h"
#include "core/identity.h"
#include "storage/server_location.h"
#include "storage/store.h"

#include "demo/demo_data.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTextStream>

#include <cstring>
#include <memory>

namespace sc {

namespace {

void usage(const QString &problem)
{
    QTextStream err(stderr);
    if (!problem.isEmpty())
        err << "scorecard: " << problem << '\n';
    err << "usage: scorecard [--db FILE|postgresql://USER@HOST/DB] [--agent ID]\n";
}

// Fills a new database with demo data, month by month, behind a progress
// dialog, so a first-time user sees every screen working.
bool fillWithDemo(Store &store, const Clock &clock)
{
    DemoOptions opts;
    opts.endMonth = Month::of(clock.today()).previous();
    DemoGenerator gen(opts);
    const std::vector<Month> months = demoMonths(opts);
    QProgressDialog progress(QCoreApplication::translate("sc::runGui", "Preparing demo data for a first look…"), {}, 0,
                             int(months.size()) + 1);
    progress.setWindowTitle(QCoreApplication::translate("sc::runGui", "Scorecard"));
    progress.setMinimumDuration(200);
    progress.setValue(0);
    store.importBatches({gen.agentsBatch()});
    for (size_t i = 0; i < months.size(); ++i) {
        progress.setValue(int(i) + 1);
        store.importBatches(gen.monthBatches(months[i]));
    }
    progress.setValue(progress.maximum());
    return true;
}

} // namespace

int runGui(int argc, char **argv)
{
    // Tests create their own QApplication; the executable does not.
    std::unique_ptr<QApplication> ownApp;
    if (!qApp)
        ownApp = std::make_unique<QApplication>(argc, argv);
    applyApplicationIdentity();
    // After the identity (the settings hold a chosen language), before any text.
    installTranslations(effectiveLanguage());
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Scorecard"));
    QGuiApplication::setDesktopFileName(QStringLiteral("scorecard"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/scorecard.svg")));

    QString dbPath;
    QString agentId;
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        auto value = [&](const char *name) -> std::optional<QString> {
            const size_t n = std::strlen(name);
            if (std::strcmp(arg, name) == 0) {
                if (i + 1 >= argc)
                    return std::nullopt;
                return QString::fromLocal8Bit(argv[++i]);
            }
            if (std::strncmp(arg, name, n) == 0 && arg[n] == '=')
                return QString::fromLocal8Bit(arg + n + 1);
            return std::nullopt;
        };
        if (std::strncmp(arg, "--db", 4) == 0) {
            auto v = value("--db");
            if (!v) {
                usage(QStringLiteral("--db needs a file"));
                return 64;
            }
            dbPath = *v;
        } else if (std::strncmp(arg, "--agent", 7) == 0) {
            auto v = value("--agent");
            if (!v) {
                usage(QStringLiteral("--agent needs an agent id"));
                return 64;
            }
            agentId = *v;
        } else if (std::strcmp(arg, "--help") == 0 || std::strcmp(arg, "-h") == 0) {
            usage({});
            return 0;
        } else if (arg[0] == '-' && std::strncmp(arg, "-platform", 9) != 0 && std::strncmp(arg, "-style", 6) != 0) {
            usage(QStringLiteral("unknown option %1").arg(QString::fromLocal8Bit(arg)));
            return 64;
        }
    }

    static SystemClock clock;
    std::unique_ptr<Store> store;
    try {
        if (dbPath.isEmpty()) {
            dbPath = AppSettings::lastDatabase();
            if (dbPath.isEmpty())
                dbPath = defaultDatabasePath();
        }
    } catch (const std::exception &e) {
        QTextStream(stderr) << "scorecard: " << QString::fromUtf8(e.what()) << '\n';
        QMessageBox::critical(nullptr, QStringLiteral("Scorecard"), QString::fromUtf8(e.what()));
        return 74;
    }
    const QString requested = dbPath;
    const bool firstRun = !isServerLocation(dbPath) && !QFileInfo::exists(dbPath);
    // --db postgresql://…: a password libpq finds nowhere is asked for here.
    setServerPasswordPrompt([](const QString &user) -> std::optional<QByteArray> {
        bool ok = false;
        const QString pw = QInputDialog::getText(
            nullptr, QCoreApplication::translate("sc::runGui", "Scorecard"),
            QCoreApplication::translate("sc::runGui", "Password for %1:").arg(user), QLineEdit::Password, {}, &ok);
        if (!ok)
            return std::nullopt;
        return pw.toUtf8();
    });
    // A file Scorecard refuses gets one message (also on stderr) and the
    // offer to open another database or create a new one.
    OpenedDatabase opened = openDatabaseForApp(nullptr, dbPath, clock);
    if (!opened.store) {
        QTextStream(stderr) << "scorecard: no database opened (" << QDir::toNativeSeparators(requested) << ")\n";
        return 74;
    }
    store = std::move(opened.store);
    dbPath = opened.path;
    try {
        if (firstRun && dbPath == requested && agentId.isEmpty() && fillWithDemo(*store, clock))
            AppSettings::setDemoDatabase(dbPath, true);
    } catch (const std::exception &e) {
        QTextStream(stderr) << "scorecard: " << QString::fromUtf8(e.what()) << '\n';
    }

    if (!agentId.isEmpty()) {
        if (!store->agentIds().contains(agentId)) {
            QTextStream(stderr) << "scorecard: unknown agent " << agentId << '\n';
            QMessageBox::critical(nullptr, QStringLiteral("Scorecard"),
                                  QCoreApplication::translate("sc::runGui", "There is no agent with the ID %1 in %2.")
                                      .arg(agentId, dbPath));
            return 65;
        }
        // "My card": the store is only read; nothing else of the team is shown.
        MyCardWindow w(*store, agentId, MainWindow::defaultMonth(*store, clock));
        w.show();
        return QApplication::exec();
    }

    MainWindow w(std::move(store), dbPath, clock);
    if (!w.agentWindow()) // an agent on a server gets "My card" only
        w.show();
    return QApplication::exec();
}

} // namespace sc
