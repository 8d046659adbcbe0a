// The app's side of test_app_and_cli_share_a_database: the real MainWindow
// open on a database in its own process (offscreen), driven line by line
// from stdin so the test can interleave it with command-line processes:
//   browse        open a Qt file dialog on the database's folder and wait
//                 until it has listed it (it opens the files it lists)
//   note ID MONTH TEXT   save a 1:1 note through the app's store
//   quit          close the window and exit
// Each command answers "ok" or "error: ..." on stdout.
#include "app/main_window.h"
#include "core/clock.h"
#include "storage/store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QTextStream>
#include <QThread>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

using namespace sc;

namespace {

void wait(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: wal_app_helper DB\n");
        return 64;
    }
    const QString db = QString::fromLocal8Bit(argv[1]);
    SystemClock clock;
    auto window = std::make_unique<MainWindow>(openStore(db, clock), db, clock);
    window->show();
    wait(200);
    std::unique_ptr<QFileDialog> dialog;
    std::cout << "ready" << std::endl;
    std::string line;
    while (std::getline(std::cin, line)) {
        const QString cmd = QString::fromStdString(line).trimmed();
        try {
            if (cmd == QLatin1String("browse")) {
                dialog = std::make_unique<QFileDialog>(window.get(), QStringLiteral("Add files"),
                                                       QFileInfo(db).absolutePath());
                dialog->setOption(QFileDialog::DontUseNativeDialog);
                // The model reloads the folder whenever the command line
                // touches its files, long after this command: the flag must
                // outlive the command, and the connection must not.
                auto loaded = std::make_shared<bool>(false);
                QMetaObject::Connection listed;
                if (auto *model = dialog->findChild<QFileSystemModel *>())
                    listed = QObject::connect(model, &QFileSystemModel::directoryLoaded, [loaded] { *loaded = true; });
                dialog->show();
                QElapsedTimer t;
                t.start();
                while (!*loaded && t.elapsed() < 5000)
                    wait(20);
                QObject::disconnect(listed);
                wait(1000); // the type and icon lookups run after the listing
            } else if (cmd.startsWith(QLatin1String("note "))) {
                const QStringList parts = cmd.split(u' ');
                const auto month = Month::parse(parts.value(2));
                if (parts.size() < 4 || !month)
                    throw std::runtime_error("bad note command");
                window->store().saveNote({parts[1], *month, parts.mid(3).join(u' '), {}});
                wait(50);
            } else if (cmd == QLatin1String("quit")) {
                dialog.reset();
                window.reset();
                std::cout << "ok" << std::endl;
                return 0;
            } else {
                throw std::runtime_error("unknown command");
            }
            std::cout << "ok" << std::endl;
        } catch (const std::exception &e) {
            std::cout << "error: " << e.what() << std::endl;
        }
    }
    return 0;
}
