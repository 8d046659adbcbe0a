// Issue 7.3: `scorecard import` (500,000 rows), `month --finalize` and
// `template --import`, each killed with SIGKILL at random moments, 30 times.
// After each kill the database passes PRAGMA integrity_check and equals,
// table by table (audit log and provenance included), exactly the state
// before the command or the state after it.
//
// The moments: two rounds in three pick a time uniformly over an
// uninterrupted run's length; every third waits until the command's -wal
// has grown (its write has reached the file) and then picks a time
// uniformly over what is left of such a run, so that many kills land inside the write, its commit
// and the checkpoint after it, not only while the command starts or reads.
// A round whose command ended before its moment is checked as well ("after"),
// but only a kill of a running process counts towards the 30.
#include "stress_data.h"
#include "stress_support.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <gtest/gtest.h>
#include <iostream>

namespace sc::stress {

namespace {

struct KillCounts {
    int rounds = 0;
    int kills = 0;        // SIGKILL sent to a running process
    int afterWalGrew = 0; // ... whose -wal had grown: its write had begun
    int endedFirst = 0;   // rounds where the command ended before the moment
    int before = 0;       // states checked equal to the state before
    int after = 0;        // ... to the state after
};

// Runs `scorecard args` on a fresh copy of `base` ("@DB@" in args stands for
// the copy) until it has been killed `kills` times, checking each outcome.
// `imported`: the files when the command is an import of them into
// base.sqlite, to share its state after with the other tests.
KillCounts killRepeatedly(const char *name, const QString &base, const QStringList &args, int kills,
                          const QStringList &imported = {})
{
    const Workspace &w = workspace();
    std::mt19937_64 g = generatorFor(name);
    auto argsFor = [&](const QString &db) {
        QStringList a = args;
        a.replaceInStrings(QStringLiteral("@DB@"), db);
        return a;
    };
    QString integrity;
    const DbState before = readState(base, &integrity);
    EXPECT_EQ(integrity, QStringLiteral("ok"));

    // An uninterrupted run: the state after, how long it takes, and when
    // its -wal first grows.
    const QString ref = w.path(QStringLiteral("%1-after.sqlite").arg(QLatin1String(name)));
    copyDatabase(base, ref);
    QProcess refRun;
    QElapsedTimer clock;
    clock.start();
    startScorecard(refRun, argsFor(ref));
    qint64 walGrewAt = -1;
    while (!refRun.waitForFinished(1))
        if (walGrewAt < 0 && fileSize(ref + QStringLiteral("-wal")) > 0)
            walGrewAt = clock.elapsed();
    const int fullMs = int(clock.elapsed());
    EXPECT_EQ(refRun.exitCode(), 0) << refRun.readAllStandardError().toStdString();
    const DbState after = readState(ref, &integrity);
    EXPECT_EQ(integrity, QStringLiteral("ok"));
    EXPECT_FALSE(differences(before, after).isEmpty()) << name << ": the command changed nothing";
    if (walGrewAt < 0)
        walGrewAt = fullMs / 2;
    if (!imported.isEmpty())
        rememberState(imported, after);

    KillCounts counts;
    const QString db = w.path(QStringLiteral("%1-killed.sqlite").arg(QLatin1String(name)));
    const QString wal = db + QStringLiteral("-wal");
    for (int round = 0; counts.kills < kills && round < 3 * kills; ++round) {
        ++counts.rounds;
        copyDatabase(base, db);
        QProcess p;
        clock.restart();
        startScorecard(p, argsFor(db));
        int killAt = uniform(g, 0, fullMs);
        bool finished = false;
        if (round % 3 == 2) {
            // Wait for the write, then a moment in what is left of the run.
            while (!(finished = p.waitForFinished(1)) && fileSize(wal) == 0 && clock.elapsed() < 20000) {
            }
            killAt = int(clock.elapsed()) + uniform(g, 0, std::max(1, fullMs - int(walGrewAt)));
        }
        while (!finished && clock.elapsed() < killAt)
            finished = p.waitForFinished(1);
        if (!finished) {
            ++counts.kills;
            if (fileSize(wal) > 0)
                ++counts.afterWalGrew;
            p.kill(); // SIGKILL
            p.waitForFinished(10000);
        } else {
            ++counts.endedFirst;
            EXPECT_EQ(p.exitCode(), 0) << name << " round " << round << ": " << p.readAllStandardError().toStdString();
        }
        const DbState now = readState(db, &integrity);
        EXPECT_EQ(integrity, QStringLiteral("ok")) << name << " round " << round << " (killed at " << killAt << " ms)";
        if (now == before) {
            ++counts.before;
        } else if (now == after) {
            ++counts.after;
        } else {
            ADD_FAILURE() << name << " round " << round << " (killed at " << killAt
                          << " ms): neither before nor after.\n  differs from before in: "
                          << differences(before, now).toStdString()
                          << "\n  differs from after in: " << differences(after, now).toStdString();
        }
        if (::testing::Test::HasFailure())
            break; // the first failure says it; the seed replays it
    }
    std::cout << name << ": " << counts.rounds << " rounds, " << counts.kills << " kills (" << counts.afterWalGrew
              << " after its -wal grew), " << counts.endedFirst
              << " ended before the moment; states checked: " << counts.before << " before, " << counts.after
              << " after, " << counts.rounds - counts.before - counts.after << " other; an uninterrupted run took "
              << fullMs << " ms, its -wal grew at " << walGrewAt << " ms" << std::endl;
    return counts;
}

} // namespace

TEST(KillWithSigkill, ImportOfHalfAMillionRows)
{
    const Workspace &w = workspace();
    const KillCounts c =
        killRepeatedly("import", w.baseDb,
                       {QStringLiteral("import"), QStringLiteral("--db"), QStringLiteral("@DB@"), w.bigContactsCsv}, 30,
                       {w.bigContactsCsv});
    EXPECT_EQ(c.kills, 30);
    EXPECT_EQ(c.before + c.after, c.rounds);
}

TEST(KillWithSigkill, MonthFinalize)
{
    const Workspace &w = workspace();
    const KillCounts c =
        killRepeatedly("finalize", w.aprilDb,
                       {QStringLiteral("month"), QStringLiteral("--db"), QStringLiteral("@DB@"),
                        QStringLiteral("--month"), QStringLiteral("2026-04"), QStringLiteral("--finalize")},
                       30);
    EXPECT_EQ(c.kills, 30);
    EXPECT_EQ(c.before + c.after, c.rounds);
}

TEST(KillWithSigkill, TemplateImport)
{
    const Workspace &w = workspace();
    const KillCounts c = killRepeatedly("template-import", w.baseDb,
                                        {QStringLiteral("template"), QStringLiteral("--db"), QStringLiteral("@DB@"),
                                         QStringLiteral("--import"), w.templatesJson},
                                        30);
    EXPECT_EQ(c.kills, 30);
    EXPECT_EQ(c.before + c.after, c.rounds);
}

} // namespace sc::stress
