// Outputs and databases that cannot hurt (issue 13 items 4-7, issue 7 items
// 5-6): CSV cells a spreadsheet would run, report --split file names,
// foreign / damaged / read-only databases, backups.
#include "cli_test_util.h"

#include "core/csv.h"
#include "storage/store.h"

#include <QCryptographicHash>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <array>
#include <iostream>

#include <sys/stat.h>
#include <unistd.h>

using namespace sc;
using namespace sc::test;

namespace {

class SafetyTest : public ::testing::Test {
protected:
    SafetyTest() : clock(QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC)) {}
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        db = dir.filePath(QStringLiteral("test.sqlite"));
    }
    CliRun run(const QStringList &args) { return runIn(args, clock); }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        return path;
    }

    // Imports agents (id, name, team) each with one day of time in 2026-10.
    void importAgents(const std::vector<std::array<QByteArray, 3>> &agents)
    {
        QByteArray a = "agent_id,name,team\n";
        QByteArray t = "agent_id,date,worked_minutes\n";
        for (const auto &row : agents) {
            a += row[0] + ',' + row[1] + ',' + row[2] + '\n';
            t += row[0] + ",2026-10-01,480\n";
        }
        const CliRun r = run({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
                              QStringLiteral("agents"), writeFile(QStringLiteral("agents.csv"), a)});
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
        const CliRun r2 = run({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
                               QStringLiteral("time"), writeFile(QStringLiteral("time.csv"), t)});
        ASSERT_EQ(r2.code, 0) << r2.err.toStdString();
    }

    QTemporaryDir dir;
    QString db;
    FixedClock clock;
};

// RFC 4180 records of a whole text (quoted cells may hold CR/LF).
std::vector<QStringList> parseCsv(const QString &text)
{
    std::vector<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false, inQuotes = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                inQuotes = false;
            } else {
                cell += c;
            }
        } else if (c == u'"' && cell.isEmpty() && !quoted) {
            inQuotes = quoted = true;
        } else if (c == u',') {
            row << cell;
            cell.clear();
            quoted = false;
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            continue;
        } else if (c == u'\n') {
            row << cell;
            rows.push_back(row);
            row.clear();
            cell.clear();
            quoted = false;
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row << cell;
        rows.push_back(row);
    }
    return rows;
}

} // namespace

// --- issue 13.6: CSV safe to open in a spreadsheet ------------------------------

// The exact strings, in names, teams and ids.
TEST_F(SafetyTest, ScoreCsvNeutralisesFormulasInTextCells)
{
    importAgents({{"\"=cmd|' /C calc'!A0\"", "@SUM(A1:A2)", "+1"},
                  {"-2+3", "\"\r=1\"", "=cmd|' /C calc'!A0"},
                  {"\"\r=1\"", "+1", "-2+3"},
                  {"N1", "-2+3", "@SUM(A1:A2)"}});
    const CliRun r = run({QStringLiteral("score"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                          QStringLiteral("2026-10"), QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const std::vector<QStringList> rows = parseCsv(r.out);
    ASSERT_EQ(rows.size(), 1u + 4u * 9u) << r.out.toStdString(); // header + 4 agents x 9 metrics
    const QStringList header = rows[0];
    ASSERT_EQ(header.mid(0, 4), (QStringList{QStringLiteral("month"), QStringLiteral("agent_id"),
                                             QStringLiteral("name"), QStringLiteral("team")}));
    // Every text cell starting with a formula character carries the apostrophe,
    // the value after it is exactly what was imported.
    QSet<QString> ids, names, teams;
    for (size_t i = 1; i < rows.size(); ++i) {
        ASSERT_EQ(rows[i].size(), header.size()) << rows[i].join(u'|').toStdString();
        ids << rows[i][1];
        names << rows[i][2];
        teams << rows[i][3];
        for (const QString &cell : rows[i].mid(1, 3))
            EXPECT_FALSE(cell.startsWith(u'=') || cell.startsWith(u'+') || cell.startsWith(u'-')
                         || cell.startsWith(u'@') || cell.startsWith(u'\r') || cell.startsWith(u'\t'))
                << cell.toStdString();
    }
    EXPECT_EQ(ids, (QSet<QString>{QStringLiteral("'=cmd|' /C calc'!A0"), QStringLiteral("'-2+3"),
                                  QStringLiteral("'\r=1"), QStringLiteral("N1")}));
    EXPECT_EQ(names, (QSet<QString>{QStringLiteral("'@SUM(A1:A2)"), QStringLiteral("'\r=1"), QStringLiteral("'+1"),
                                    QStringLiteral("'-2+3")}));
    EXPECT_EQ(teams, (QSet<QString>{QStringLiteral("'+1"), QStringLiteral("'=cmd|' /C calc'!A0"),
                                    QStringLiteral("'-2+3"), QStringLiteral("'@SUM(A1:A2)")}));
    // The raw output: the CR value is quoted with the apostrophe inside.
    EXPECT_TRUE(r.out.contains(QStringLiteral(",\"'\r=1\",")));
    EXPECT_FALSE(r.out.contains(QStringLiteral(",=cmd")));
}

// Numbers are never escaped: a negative value stays a number.
TEST(CsvCells, NumbersStayNumbers)
{
    EXPECT_EQ(csvNumber(-5.5, 1), QStringLiteral("-5.5"));
    EXPECT_EQ(csvNumber(-0.25), QStringLiteral("-0.25"));
    EXPECT_EQ(csvNumber(std::nullopt), QString());
}

// --- issue 13.7: report --split never loses a card -------------------------------

#ifdef SCORECARD_HAVE_REPORT
TEST_F(SafetyTest, SplitWritesOneFilePerAgentWhateverTheIds)
{
    // 26 agents: ids that sanitise to the same "A_B", ids differing only in
    // case, two long ids equal in their first 120 characters, one with a
    // space equal to another's "id name", and plain ones.
    const QByteArray longId(130, 'L');
    std::vector<std::array<QByteArray, 3>> agents{
        {"A/B", "Same Name", "T"},   {"A:B", "Same Name", "T"},   {"A_B", "Same Name", "T"}, {"a_b", "Same Name", "T"},
        {longId + "1", "Long", "T"}, {longId + "2", "Long", "T"}, {"X1 Bob", "Z", "T"},      {"X1", "Bob Z", "T"},
        {"..", "Dots", "T"},         {"../..", "Dots", "T"},
    };
    for (int i = 0; agents.size() < 26; ++i)
        agents.push_back({"P" + QByteArray::number(i), "Plain " + QByteArray::number(i), "T"});
    importAgents(agents);
    const QString split = dir.filePath(QStringLiteral("cards"));
    const CliRun r = run({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                          QStringLiteral("2026-10"), QStringLiteral("--split"), split});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QStringList files = QDir(split).entryList(QDir::Files);
    EXPECT_EQ(files.size(), 26) << files.join(u'\n').toStdString();
    EXPECT_EQ(r.out, QStringLiteral("Wrote 26 files (one per agent) to %1\n").arg(split));
    // Case-insensitively different too.
    QSet<QString> folded;
    for (const QString &f : files)
        folded.insert(f.toCaseFolded());
    EXPECT_EQ(folded.size(), 26);
    // The one id that sanitising kept keeps its plain name.
    EXPECT_TRUE(files.contains(QStringLiteral("A_B Same Name.pdf")));
    EXPECT_TRUE(files.contains(QStringLiteral("X1 Bob Z.pdf")));
    for (const QString &f : files)
        EXPECT_LE(f.toUtf8().size(), 255) << f.toStdString();
}
#endif

// --- issue 13.4 / 7.5: other applications' files, damaged and newer databases ------

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

void rawExec(const QString &path, const QStringList &statements)
{
    static int n = 0;
    const QString name = QStringLiteral("safety-raw-%1").arg(++n);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open());
        for (const QString &s : statements) {
            QSqlQuery q(db);
            EXPECT_TRUE(q.exec(s)) << s.toStdString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST_F(SafetyTest, ForeignDamagedAndNewerDatabasesExit74Unchanged)
{
    const QString other = dir.filePath(QStringLiteral("other-app.sqlite"));
    rawExec(other, {QStringLiteral("CREATE TABLE settings (k TEXT PRIMARY KEY, v TEXT)"),
                    QStringLiteral("INSERT INTO settings VALUES ('theme', 'dark')")});
    const QString withAgents = dir.filePath(QStringLiteral("crm.sqlite"));
    rawExec(withAgents, {QStringLiteral("CREATE TABLE agents (id INTEGER PRIMARY KEY)")});
    const QString random = writeFile(QStringLiteral("random.sqlite"), QByteArray(3000, '\x9c'));
    const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
    ASSERT_EQ(run({QStringLiteral("audit"), QStringLiteral("--db"), newer}).code, 0);
    rawExec(newer, {QStringLiteral("PRAGMA user_version = 999")});
    const QString folder = dir.filePath(QStringLiteral("a-folder"));
    ASSERT_TRUE(QDir().mkpath(folder));

    const QString agentsCsv = writeFile(QStringLiteral("a.csv"), "agent_id,name,team\nA1,Ann,T\n");
    struct Case {
        QString path;
        const char *words;
    };
    for (const Case &c :
         {Case{other, "is not a Scorecard database"}, Case{withAgents, "is not a Scorecard database"},
          Case{random, "is not a Scorecard database"}, Case{newer, "newer Scorecard"}, Case{folder, "is a folder"}}) {
        const QByteArray before = fileHash(c.path);
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
        for (const QStringList &args :
             {QStringList{QStringLiteral("score"), QStringLiteral("--month"), QStringLiteral("2026-10")},
              QStringList{QStringLiteral("import"), QStringLiteral("--kind"), QStringLiteral("agents"), agentsCsv},
              QStringList{QStringLiteral("month"), QStringLiteral("--month"), QStringLiteral("2026-10"),
                          QStringLiteral("--status")}}) {
            const CliRun r = run(QStringList{args.front(), QStringLiteral("--db"), c.path} + args.mid(1));
            EXPECT_EQ(r.code, 74) << c.path.toStdString() << " " << r.err.toStdString();
            ASSERT_EQ(r.errLines().size(), 1) << r.err.toStdString();
            EXPECT_TRUE(r.err.contains(QLatin1String(c.words))) << r.err.toStdString();
            EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
        }
        EXPECT_EQ(fileHash(c.path), before) << c.path.toStdString();
        EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), filesBefore);
    }
    // The example, word for word.
    const CliRun r = run(
        {QStringLiteral("score"), QStringLiteral("--db"), other, QStringLiteral("--month"), QStringLiteral("2026-10")});
    EXPECT_EQ(r.err, QStringLiteral("scorecard score: database error: '%1' is not a Scorecard database (another "
                                    "application's SQLite database); nothing was changed\n")
                         .arg(other));
    // A zero-byte file is an empty database: it becomes a Scorecard database.
    const QString empty = writeFile(QStringLiteral("empty.sqlite"), QByteArray());
    EXPECT_EQ(run({QStringLiteral("score"), QStringLiteral("--db"), empty, QStringLiteral("--month"),
                   QStringLiteral("2026-10")})
                  .code,
              0);
    EXPECT_GT(QFileInfo(empty).size(), 0);
}

// --- issue 7.6: backups -------------------------------------------------------------

TEST_F(SafetyTest, BackupCommandCopiesAConsistentDatabase)
{
    importAgents({{"A1", "Ann", "T"}, {"A2", "Bo", "T"}});
    // Another connection keeps the database open (as the app would) and has written.
    {
        auto open = openStore(db, clock);
        open->saveNote({QStringLiteral("A1"), Month(2026, 10), QStringLiteral("note from the app"), {}});
        const QString out = dir.filePath(QStringLiteral("backup.sqlite"));
        const CliRun r = run({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"), out});
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
        EXPECT_TRUE(r.out.startsWith(QStringLiteral("Backed up "))) << r.out.toStdString();
        EXPECT_EQ(dumpDatabase(out), dumpDatabase(db));
        // The backup is a Scorecard database the CLI opens like any other.
        const CliRun s = run({QStringLiteral("score"), QStringLiteral("--db"), out, QStringLiteral("--month"),
                              QStringLiteral("2026-10"), QStringLiteral("--format"), QStringLiteral("csv")});
        EXPECT_EQ(s.code, 0) << s.err.toStdString();
        EXPECT_EQ(s.out.count(QStringLiteral("\n2026-10,")), 2 * 9);
    }
    // Usage and refusals.
    EXPECT_EQ(run({QStringLiteral("backup"), QStringLiteral("--db"), db}).code, 64);
    const QString foreign = dir.filePath(QStringLiteral("keep.sqlite"));
    rawExec(foreign, {QStringLiteral("CREATE TABLE mine (x)")});
    const QByteArray hash = fileHash(foreign);
    CliRun r = run({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"), foreign});
    EXPECT_EQ(r.code, 74);
    EXPECT_EQ(r.errLines().size(), 1);
    EXPECT_EQ(fileHash(foreign), hash);
    r = run({QStringLiteral("backup"), QStringLiteral("--db"), foreign, QStringLiteral("--out"),
             dir.filePath(QStringLiteral("x.sqlite"))});
    EXPECT_EQ(r.code, 74);
    EXPECT_TRUE(r.err.contains(QLatin1String("not a Scorecard database"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.sqlite"))));
}

// --- issue 13.5: read-only databases can be read -------------------------------------

#if defined(SCORECARD_BINARY) && defined(SCORECARD_HAVE_REPORT)
namespace {

// Runs the real executable; as root, as the user "nobody" (root may write
// any file, so a read-only file is read-only only for another user).
ProcessRun runAsUser(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), QDir::tempPath());
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    p.setProcessEnvironment(env);
    if (::geteuid() == 0)
        p.setChildProcessModifier([] {
            if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(99);
        });
    p.start(QStringLiteral(SCORECARD_BINARY), args);
    EXPECT_TRUE(p.waitForFinished(120000));
    ProcessRun r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void giveToNobody(const QString &path, int mode)
{
    if (::geteuid() == 0) {
        ASSERT_EQ(::chown(QFile::encodeName(path).constData(), 65534, 65534), 0) << path.toStdString();
    }
    ASSERT_EQ(::chmod(QFile::encodeName(path).constData(), mode_t(mode)), 0) << path.toStdString();
}

} // namespace

TEST_F(SafetyTest, ReadOnlyFileAndReadOnlyFolderAreReadNotWritten)
{
    importAgents({{"A1", "Ann", "T"}, {"A2", "Bo", "T"}});
    ASSERT_FALSE(QFile::exists(db + QStringLiteral("-wal"))); // closed cleanly
    // The outputs go to a folder anyone may write.
    const QString outDir = dir.filePath(QStringLiteral("out"));
    ASSERT_TRUE(QDir().mkpath(outDir));
    giveToNobody(outDir, 0777);
    ASSERT_EQ(::chmod(QFile::encodeName(dir.path()).constData(), 0755), 0);

    // 1. A 0444 file in a folder its user may write; 2. a 0644 file of its
    // user in a 0555 folder (SQLite cannot create the -shm there).
    const QString fileCase = dir.filePath(QStringLiteral("ro-file"));
    const QString folderCase = dir.filePath(QStringLiteral("ro-folder"));
    for (const QString &folder : {fileCase, folderCase}) {
        ASSERT_TRUE(QDir().mkpath(folder));
        const QString copy = folder + QStringLiteral("/bank.sqlite");
        ASSERT_TRUE(QFile::copy(db, copy));
        giveToNobody(copy, folder == fileCase ? 0444 : 0644);
        giveToNobody(folder, folder == fileCase ? 0755 : 0555);
    }
    for (const QString &folder : {fileCase, folderCase}) {
        SCOPED_TRACE(folder.toStdString());
        const QString file = folder + QStringLiteral("/bank.sqlite");
        const QByteArray before = fileHash(file);
        ProcessRun r = runAsUser({QStringLiteral("score"), QStringLiteral("--db"), file, QStringLiteral("--month"),
                                  QStringLiteral("2026-10"), QStringLiteral("--format"), QStringLiteral("csv")});
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        EXPECT_EQ(r.out.count("\n2026-10,"), 2 * 9) << r.out.toStdString();
        const QString pdf = outDir + QStringLiteral("/a1.pdf");
        r = runAsUser({QStringLiteral("report"), QStringLiteral("--db"), file, QStringLiteral("--month"),
                       QStringLiteral("2026-10"), QStringLiteral("--agent"), QStringLiteral("A1"),
                       QStringLiteral("--out"), pdf});
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        EXPECT_TRUE(QFile::exists(pdf));
        QFile::remove(pdf);
        r = runAsUser({QStringLiteral("audit"), QStringLiteral("--db"), file});
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        // Writes fail with one clear line and change nothing.
        r = runAsUser({QStringLiteral("month"), QStringLiteral("--db"), file, QStringLiteral("--month"),
                       QStringLiteral("2026-10"), QStringLiteral("--finalize")});
        EXPECT_EQ(r.code, 74);
        EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains("is open read-only")) << r.err.toStdString();
        EXPECT_EQ(fileHash(file), before);
    }
    // Nothing was created in the read-only folder.
    EXPECT_EQ(QDir(folderCase).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("bank.sqlite")});
    // Let QTemporaryDir clean up.
    ::chmod(QFile::encodeName(folderCase).constData(), 0755);

    // 3. A database copied while open (its -wal holds a write not yet in the
    // file), all three files read-only in a read-only folder: the write is read.
    const QString walCase = dir.filePath(QStringLiteral("ro-wal"));
    ASSERT_TRUE(QDir().mkpath(walCase));
    {
        auto open = openStore(db, clock);
        open->addAuditEntry(QStringLiteral("tester"), QStringLiteral("marker"), QString(),
                            QStringLiteral("only in the -wal"));
        ASSERT_TRUE(QFile::exists(db + QStringLiteral("-wal")));
        for (const QString &ext : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            ASSERT_TRUE(QFile::copy(db + ext, walCase + QStringLiteral("/bank.sqlite") + ext));
            giveToNobody(walCase + QStringLiteral("/bank.sqlite") + ext, 0444);
        }
    }
    giveToNobody(walCase, 0555);
    const QString walFile = walCase + QStringLiteral("/bank.sqlite");
    const QByteArray walBefore = fileHash(walFile);
    const ProcessRun audit = runAsUser({QStringLiteral("audit"), QStringLiteral("--db"), walFile});
    EXPECT_EQ(audit.code, 0) << audit.err.toStdString();
    EXPECT_TRUE(audit.out.contains("only in the -wal")) << audit.out.toStdString();
    EXPECT_EQ(fileHash(walFile), walBefore);
    ::chmod(QFile::encodeName(walCase).constData(), 0755);
}
#endif

#ifdef SCORECARD_BINARY
// Backups taken while another process imports are each a whole database
// holding whole imports: integrity ok, and every import all there or absent.
TEST_F(SafetyTest, BackupsWhileAnotherProcessImportsAreConsistent)
{
    constexpr int kAgents = 50, kImports = 8, kDays = 28;
    QByteArray agents = "agent_id,name,team\n";
    for (int a = 0; a < kAgents; ++a)
        agents += "A" + QByteArray::number(a) + ",Agent " + QByteArray::number(a) + ",T\n";
    ASSERT_EQ(run({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
                   QStringLiteral("agents"), writeFile(QStringLiteral("agents.csv"), agents)})
                  .code,
              0);
    QStringList files;
    for (int i = 0; i < kImports; ++i) {
        QByteArray t = "agent_id,date,worked_minutes\n";
        for (int day = 1; day <= kDays; ++day)
            for (int a = 0; a < kAgents; ++a)
                t += "A" + QByteArray::number(a) + ',' + QDate(2025, i + 1, day).toString(Qt::ISODate).toLatin1()
                     + ",480\n";
        files << writeFile(QStringLiteral("time%1.csv").arg(i), t);
    }
    int backups = 0;
    QSet<int> statesSeen;
    for (int i = 0; i < kImports; ++i) {
        QProcess import;
        import.start(QStringLiteral(SCORECARD_BINARY), {QStringLiteral("import"), QStringLiteral("--db"), db,
                                                        QStringLiteral("--kind"), QStringLiteral("time"), files[i]});
        ASSERT_TRUE(import.waitForStarted());
        do {
            const QString copy = dir.filePath(QStringLiteral("backup-%1.sqlite").arg(backups++));
            ASSERT_NO_THROW(backupDatabase(db, copy));
            const QStringList dump = dumpDatabase(copy);
            const QString line = dump.filter(QRegularExpression(QStringLiteral("^time_records: "))).value(0);
            const int rows = line.section(u' ', 1, 1).toInt();
            EXPECT_EQ(rows % (kAgents * kDays), 0) << line.toStdString();
            statesSeen.insert(rows / (kAgents * kDays));
            QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            {
                check.setDatabaseName(copy);
                ASSERT_TRUE(check.open());
                QSqlQuery q(check);
                ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
                EXPECT_EQ(q.value(0).toString(), QStringLiteral("ok"));
                check.close();
            }
            check = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("check"));
            QFile::remove(copy);
        } while (!import.waitForFinished(1) && import.state() != QProcess::NotRunning);
        ASSERT_EQ(import.exitCode(), 0) << import.readAllStandardError().toStdString();
    }
    EXPECT_GE(backups, kImports);
    std::cout << "[          ] " << backups << " backups during " << kImports << " imports, " << statesSeen.size()
              << " different states seen\n";
}
#endif
