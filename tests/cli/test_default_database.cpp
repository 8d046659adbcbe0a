// Issue 8.1: one identity. The command line and the app, run with no --db
// under one fresh HOME, use the same per-user database and create no other.
#include "cli_test_util.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#ifdef SCORECARD_BINARY

namespace sc::test {
namespace {

QStringList databasesUnder(const QString &root)
{
    QStringList found;
    QDirIterator it(root, {QStringLiteral("*.sqlite")}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        found << QFileInfo(it.next()).canonicalFilePath();
    return found;
}

// The .sqlite file a process holds open, read from /proc/PID/fd.
QString openDatabaseOf(qint64 pid)
{
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    for (const QString &fd : fds.entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System)) {
        const QString target = QFileInfo(fds.filePath(fd)).symLinkTarget();
        if (target.endsWith(QLatin1String(".sqlite")))
            return QFileInfo(target).canonicalFilePath();
    }
    return {};
}

TEST(DefaultDatabase, CliAndAppShareOneDatabaseUnderOneHome)
{
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    const QList<QPair<QString, QString>> env = {
        {QStringLiteral("HOME"), home.path()},
        {QStringLiteral("XDG_DATA_HOME"), {}},
        {QStringLiteral("XDG_CONFIG_HOME"), {}},
        {QStringLiteral("XDG_CACHE_HOME"), {}},
    };
    const ProcessRun demo = runBinary({QStringLiteral("demo"), QStringLiteral("--months"), QStringLiteral("1")}, env);
    ASSERT_EQ(demo.code, 0) << demo.err.constData();
    const QStringList afterCli = databasesUnder(home.path());
    ASSERT_EQ(afterCli.size(), 1) << afterCli.join(u' ').toStdString();
    EXPECT_TRUE(afterCli.front().startsWith(home.path() + QStringLiteral("/.local/share/")))
        << afterCli.front().toStdString();

    // The app with no arguments, as a user starts it from the menu.
    QProcess app;
    QProcessEnvironment penv = QProcessEnvironment::systemEnvironment();
    penv.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const auto &[name, value] : env) {
        if (value.isEmpty())
            penv.remove(name);
        else
            penv.insert(name, value);
    }
    app.setProcessEnvironment(penv);
    app.start(QStringLiteral(SCORECARD_BINARY), {});
    ASSERT_TRUE(app.waitForStarted());
    QString opened;
    QElapsedTimer waited;
    waited.start();
    while (opened.isEmpty() && waited.elapsed() < 60000 && app.state() == QProcess::Running) {
        opened = openDatabaseOf(app.processId());
        if (opened.isEmpty())
            QThread::msleep(50);
    }
    app.kill();
    app.waitForFinished();
    EXPECT_EQ(opened, afterCli.front()) << app.readAllStandardError().constData();
    EXPECT_EQ(databasesUnder(home.path()), afterCli);
}

} // namespace
} // namespace sc::test

#endif
