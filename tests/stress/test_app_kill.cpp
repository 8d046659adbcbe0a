// Issue 7.3, the app's side: the real main window (note_typing_helper, its
// own process, offscreen) killed with SIGKILL while a 1:1 note is being
// typed, at a random moment. Reopened, the app shows exactly the text its
// last autosave stored, and the database passes integrity_check.
#include "stress_data.h"
#include "stress_support.h"

#include <QElapsedTimer>
#include <gtest/gtest.h>
#include <iostream>

namespace sc::stress {

namespace {

// What note_typing_helper types: burst k, one after the other.
QString burst(int k) { return QStringLiteral("Talk %1: hold times, then the KB article on refunds. ").arg(k); }

QString typedText(int bursts)
{
    QString s;
    for (int k = 0; k < bursts; ++k)
        s += burst(k);
    return s;
}

void startHelper(QProcess &p, const QString &db, const char *mode)
{
    p.setProcessEnvironment(cliEnvironment());
    p.start(QStringLiteral(NOTE_TYPING_HELPER), {db, QStringLiteral("A0001"), QLatin1String(mode)});
    ASSERT_TRUE(p.waitForStarted(10000));
}

} // namespace

TEST(KillTheApp, WhileANoteIsTypedItReopensWithTheLastAutosave)
{
    const Workspace &w = workspace();
    std::mt19937_64 g = generatorFor("app-note");
    const QString db = w.path(QStringLiteral("app-note.sqlite"));
    constexpr int kRounds = 3;
    int midBurst = 0, sawLastReported = 0, sawOneLater = 0;
    for (int round = 0; round < kRounds; ++round) {
        copyDatabase(w.baseDb, db);
        QProcess app;
        startHelper(app, db, "type");
        // Read its lines until a random moment 0-2 s after its first
        // autosave (a burst of typing and an autosave take about 1.8 s).
        const int killAt = uniform(g, 0, 2000);
        QElapsedTimer t, sinceStart;
        sinceStart.start();
        bool inBurst = false;
        int lastSaved = 0, bursts = 0, savedBursts = 0;
        while (savedBursts == 0 || t.elapsed() < killAt) {
            ASSERT_EQ(app.state(), QProcess::Running) << app.readAllStandardError().toStdString();
            ASSERT_LT(sinceStart.elapsed(), 60000) << "no autosave";
            app.waitForReadyRead(5);
            while (app.canReadLine()) {
                const QString line = QString::fromUtf8(app.readLine()).trimmed();
                if (line.startsWith(QLatin1String("typing "))) {
                    inBurst = true;
                    ++bursts;
                } else if (line.startsWith(QLatin1String("saved "))) {
                    if (savedBursts == 0)
                        t.start();
                    inBurst = false;
                    lastSaved = line.mid(6).toInt();
                    savedBursts = bursts;
                }
            }
        }
        app.kill(); // SIGKILL
        app.waitForFinished(10000);
        midBurst += inBurst ? 1 : 0;
        ASSERT_EQ(lastSaved, typedText(savedBursts).size());

        QString integrity;
        readState(db, &integrity);
        EXPECT_EQ(integrity, QStringLiteral("ok"));
        QProcess reopened;
        startHelper(reopened, db, "show");
        ASSERT_TRUE(reopened.waitForFinished(30000));
        const QByteArray out = reopened.readAllStandardOutput();
        ASSERT_TRUE(out.startsWith("text ") && out.endsWith('\n'))
            << out.toStdString() << reopened.readAllStandardError().toStdString();
        const QString shown = QString::fromUtf8(QByteArray::fromHex(out.mid(5).trimmed()));
        // The last autosave it reported; or, when the kill fell between the
        // next autosave's commit and its "saved" line, that one.
        if (shown == typedText(savedBursts))
            ++sawLastReported;
        else if (shown == typedText(savedBursts + 1))
            ++sawOneLater;
        else
            ADD_FAILURE() << "round " << round << ": reopened with '" << shown.toStdString()
                          << "', the last autosave stored '" << typedText(savedBursts).toStdString() << "'";
        if (::testing::Test::HasFailure())
            break;
    }
    std::cout << "app killed while a note is typed: " << kRounds << " kills (" << midBurst
              << " in the middle of a burst of typing), reopened with the last reported autosave " << sawLastReported
              << " times, with an autosave committed just before the kill " << sawOneLater << " times" << std::endl;
}

} // namespace sc::stress
