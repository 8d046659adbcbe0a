// Issue 8.6 / SPEC section 5: headless commands load no GUI library. The
// dynamic loader's own trace (LD_DEBUG=libs) of the real executable lists
// every shared object a run loads, including those opened with dlopen.
#include "cli_test_util.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#ifdef SCORECARD_BINARY

namespace sc::test {
namespace {

struct TracedRun {
    int code = -1;
    QSet<QString> libraries; // file names, e.g. "libQt6Core.so.6"
};

TracedRun runTraced(const QStringList &args)
{
    const ProcessRun r = runBinary(args, {{QStringLiteral("LD_DEBUG"), QStringLiteral("libs")}});
    TracedRun t;
    t.code = r.code;
    // "     12345:	calling init: /lib/x86_64-linux-gnu/libQt6Core.so.6"
    static const QRegularExpression init(QStringLiteral("calling init: (\\S+)"));
    for (auto it = init.globalMatch(QString::fromLocal8Bit(r.err)); it.hasNext();) {
        const QString path = it.next().captured(1);
        t.libraries.insert(path.section(u'/', -1));
    }
    return t;
}

bool loadsAny(const TracedRun &t, const QStringList &prefixes)
{
    for (const QString &lib : t.libraries)
        for (const QString &prefix : prefixes)
            if (lib.startsWith(prefix))
                return true;
    return false;
}

const QStringList guiLibraries = {
    QStringLiteral("libQt6Gui"),
    QStringLiteral("libQt6Widgets"),
    QStringLiteral("libQt6Charts"),
    QStringLiteral("libQt6OpenGL"),
    QStringLiteral("libQt6PrintSupport"),
    QStringLiteral("libX11"),
    QStringLiteral("libxcb"),
    QStringLiteral("libGL"),
    QStringLiteral("libEGL"),
    QStringLiteral("scorecard-gui"),
    QStringLiteral("scorecard-report"),
};

class HeadlessTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        db = dir.filePath(QStringLiteral("h.sqlite"));
        // A month of demo data so every command below has work to do.
        const ProcessRun demo =
            runBinary({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--months"),
                       QStringLiteral("2"), QStringLiteral("--end-month"), QStringLiteral("2026-10")});
        ASSERT_EQ(demo.code, 0) << demo.err.constData();
    }
    QTemporaryDir dir;
    QString db;
};

TEST_F(HeadlessTest, TheTraceSeesLibraries)
{
    // Guards the other tests: a trace that lists nothing would prove nothing.
    const TracedRun t = runTraced({QStringLiteral("--version")});
    EXPECT_EQ(t.code, 0);
    EXPECT_TRUE(t.libraries.contains(QStringLiteral("libQt6Core.so.6")))
        << t.libraries.values().join(u' ').toStdString();
}

TEST_F(HeadlessTest, HeadlessCommandsLoadNoGuiLibrary)
{
    const QString csv = dir.filePath(QStringLiteral("agents.csv"));
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("agent_id,name,team,supervisor,hire_date\nZ900,Zoe Test,Blue,Sam,2026-01-05\n");
    f.close();
    const QString tpl = dir.filePath(QStringLiteral("t.json"));
    const QList<QStringList> commands = {
        {QStringLiteral("--help")},
        {QStringLiteral("score"), QStringLiteral("--db"), db, QStringLiteral("--month"), QStringLiteral("2026-10"),
         QStringLiteral("--format"), QStringLiteral("json")},
        {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"), QStringLiteral("agents"), csv},
        {QStringLiteral("month"), QStringLiteral("--db"), db, QStringLiteral("--month"), QStringLiteral("2026-10"),
         QStringLiteral("--status")},
        {QStringLiteral("template"), QStringLiteral("--db"), db, QStringLiteral("--export"), tpl},
        {QStringLiteral("audit"), QStringLiteral("--db"), db},
        {QStringLiteral("demo"), QStringLiteral("--db"), dir.filePath(QStringLiteral("d2.sqlite")),
         QStringLiteral("--months"), QStringLiteral("1")},
    };
    for (const QStringList &args : commands) {
        const TracedRun t = runTraced(args);
        EXPECT_EQ(t.code, 0) << args.join(u' ').toStdString();
        EXPECT_TRUE(t.libraries.contains(QStringLiteral("libQt6Core.so.6"))) << args.join(u' ').toStdString();
        EXPECT_FALSE(loadsAny(t, guiLibraries))
            << args.join(u' ').toStdString() << " loaded: " << t.libraries.values().join(u' ').toStdString();
    }
}

TEST_F(HeadlessTest, ReportLoadsQtGuiButNotWidgetsOrCharts)
{
    const TracedRun t = runTraced({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                                   QStringLiteral("2026-10"), QStringLiteral("--all"), QStringLiteral("--out"),
                                   dir.filePath(QStringLiteral("all.pdf"))});
    EXPECT_EQ(t.code, 0);
    EXPECT_TRUE(QFileInfo(dir.filePath(QStringLiteral("all.pdf"))).size() > 1000);
    EXPECT_TRUE(loadsAny(t, {QStringLiteral("libQt6Gui")}));
    EXPECT_TRUE(loadsAny(t, {QStringLiteral("scorecard-report")}));
    EXPECT_FALSE(loadsAny(t, {QStringLiteral("libQt6Widgets"), QStringLiteral("libQt6Charts"),
                              QStringLiteral("libQt6OpenGL"), QStringLiteral("scorecard-gui")}))
        << t.libraries.values().join(u' ').toStdString();
}

TEST_F(HeadlessTest, AnOptionWithoutCommandStillMeansTheApp)
{
    // The same tool opens the app: a GUI option goes to the GUI module, which
    // rejects an unknown one with the usage exit code.
    const TracedRun t = runTraced({QStringLiteral("--no-such-option")});
    EXPECT_EQ(t.code, 64);
    EXPECT_TRUE(loadsAny(t, {QStringLiteral("scorecard-gui")}));
    EXPECT_TRUE(loadsAny(t, {QStringLiteral("libQt6Widgets")}));
}

TEST_F(HeadlessTest, AnUnknownCommandIsAUsageErrorWithoutTheApp)
{
    const ProcessRun r = runBinary({QStringLiteral("frobnicate")}, {{QStringLiteral("QT_QPA_PLATFORM"), {}}});
    EXPECT_EQ(r.code, 64);
    EXPECT_TRUE(r.err.contains("unknown command 'frobnicate'")) << r.err.constData();
}

} // namespace
} // namespace sc::test

#endif
