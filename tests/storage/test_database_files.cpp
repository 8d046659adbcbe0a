// Opening files that are not (yet, or no longer) this Scorecard's databases
// (issue 13.4, 7.5), read-only databases (13.5) and backups (7.6): nothing is
// written before Scorecard knows the file is its own; refused files are
// unchanged to the byte, with no -wal or -shm left beside them.
#include "storage/sqlite_file.h"
#include "storage/sqlite_schema.h"
#include "storage/store.h"
#include "storage_test_util.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace sc;
using namespace sc::test;

namespace {

QByteArray sha256(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

// The files in the folder: a refusal must not leave -wal / -shm / -journal behind.
QStringList filesIn(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

class DatabaseFiles : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(dir.isValid()); }
    QString path(const char *name) const { return dir.filePath(QLatin1String(name)); }

    // Expects openStore to refuse `file` for `reason` with `words` in its
    // one-line message, and the file (and folder) to be exactly as before.
    void expectRefused(const QString &file, DatabaseRefused::Reason reason, const char *words)
    {
        const bool existed = QFileInfo(file).isFile();
        const QByteArray before = existed ? sha256(file) : QByteArray();
        const QStringList filesBefore = filesIn(dir);
        try {
            openStore(file, clock);
            ADD_FAILURE() << "expected a refusal of " << file.toStdString();
        } catch (const DatabaseRefused &e) {
            const QString msg = QString::fromUtf8(e.what());
            EXPECT_EQ(int(e.reason()), int(reason)) << msg.toStdString();
            EXPECT_TRUE(msg.contains(QLatin1String(words))) << msg.toStdString();
            EXPECT_TRUE(msg.contains(QFileInfo(file).fileName())) << msg.toStdString();
            EXPECT_FALSE(msg.contains(u'\n')) << msg.toStdString();
        }
        if (existed) {
            EXPECT_EQ(sha256(file), before) << file.toStdString();
        }
        EXPECT_EQ(filesIn(dir), filesBefore);
        // checkDatabase, what the app asks first, says the same.
        EXPECT_THROW(checkDatabase(file), DatabaseRefused);
    }

    QTemporaryDir dir;
    FixedClock clock{QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC)};
};

} // namespace

TEST_F(DatabaseFiles, AnotherApplicationsDatabaseIsRefusedUnchangedToTheByte)
{
    // What the tester used: another program's SQLite file, rollback journal.
    const QString other = path("other-app.sqlite");
    {
        RawDb db(other);
        db.exec(QStringLiteral("CREATE TABLE bookmarks (id INTEGER PRIMARY KEY, url TEXT)"));
        db.exec(QStringLiteral("INSERT INTO bookmarks (url) VALUES ('https://example.com')"));
    }
    expectRefused(other, DatabaseRefused::Reason::Foreign, "not a Scorecard database");

    // One with an `agents` table of its own: today the journal mode changed before the failure.
    const QString agents = path("crm.sqlite");
    {
        RawDb db(agents);
        db.exec(QStringLiteral("CREATE TABLE agents (id INTEGER PRIMARY KEY, login TEXT)"));
        db.exec(QStringLiteral("PRAGMA user_version = 7"));
    }
    expectRefused(agents, DatabaseRefused::Reason::Foreign, "not a Scorecard database");

    // One in WAL mode, closed cleanly: looking at it creates no -wal or -shm.
    const QString wal = path("wal-app.sqlite");
    {
        RawDb db(wal);
        db.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        db.exec(QStringLiteral("CREATE TABLE t (x)"));
    }
    ASSERT_FALSE(QFile::exists(wal + QStringLiteral("-wal")));
    expectRefused(wal, DatabaseRefused::Reason::Foreign, "not a Scorecard database");

    // One that says whose it is (application_id), even if it has every Scorecard table.
    const QString stamped = path("stamped.sqlite");
    {
        RawDb db(stamped);
        QSqlDatabase raw = db.db();
        sqlite::migrate(raw, sqlite::latestSchemaVersion());
        db.exec(QStringLiteral("PRAGMA application_id = 1179603536")); // "FOSP"
    }
    expectRefused(stamped, DatabaseRefused::Reason::Foreign, "another application's");
}

TEST_F(DatabaseFiles, RandomBytesAFolderAndAMissingFolderAreRefused)
{
    const QString random = path("random.sqlite");
    {
        QFile f(random);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        QByteArray bytes(8192, '\0');
        quint32 x = 12345;
        for (char &c : bytes) {
            x = x * 1664525u + 1013904223u;
            c = char(x >> 24);
        }
        f.write(bytes);
    }
    expectRefused(random, DatabaseRefused::Reason::NotSqlite, "not a Scorecard database");
    // A short text file.
    const QString text = path("notes.txt");
    {
        QFile f(text);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("hello\n");
    }
    expectRefused(text, DatabaseRefused::Reason::NotSqlite, "not a Scorecard database");
    expectRefused(dir.path(), DatabaseRefused::Reason::IsFolder, "is a folder");
    EXPECT_THROW(openStore(path("no/such/folder/x.sqlite"), clock), DatabaseRefused);
    EXPECT_FALSE(QFileInfo::exists(path("no")));
}

TEST_F(DatabaseFiles, NewerScorecardDatabaseIsRefusedUnchanged)
{
    const QString newer = path("newer.sqlite");
    {
        auto store = openStore(newer, clock);
        store->importBatches({batchOf(ImportKind::Agents, std::vector<Agent>{agent("A1", "T1")})});
    }
    {
        RawDb db(newer);
        db.exec(QStringLiteral("PRAGMA user_version = %1").arg(sqlite::latestSchemaVersion() + 1));
    }
    expectRefused(newer, DatabaseRefused::Reason::Newer, "newer Scorecard");
}

TEST_F(DatabaseFiles, EmptyAndNewFilesBecomeScorecardDatabases)
{
    const QString empty = path("empty.sqlite");
    {
        QFile f(empty);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    }
    ASSERT_EQ(QFileInfo(empty).size(), 0);
    const DatabaseCheck check = checkDatabase(empty);
    EXPECT_TRUE(check.create);
    EXPECT_FALSE(check.needsUpgrade());
    {
        auto store = openStore(empty, clock);
        EXPECT_FALSE(store->isReadOnly());
    }
    auto fresh = openStore(path("new.sqlite"), clock);
    for (const char *name : {"empty.sqlite", "new.sqlite"}) {
        RawDb db(path(name));
        EXPECT_EQ(db.scalar(QStringLiteral("PRAGMA application_id")), QString::number(sqlite::kApplicationId));
        EXPECT_EQ(db.scalar(QStringLiteral("PRAGMA user_version")), QString::number(sqlite::latestSchemaVersion()));
    }
    // Reopening a Scorecard database is fine, and checkDatabase knows it.
    fresh.reset();
    EXPECT_FALSE(checkDatabase(path("new.sqlite")).create);
    EXPECT_NO_THROW(openStore(path("new.sqlite"), clock));
}

TEST_F(DatabaseFiles, DatabasesMadeBeforeTheApplicationIdAreRecognisedAndStamped)
{
    const QString old = path("old.sqlite");
    {
        RawDb db(old);
        QSqlDatabase raw = db.db();
        sqlite::migrate(raw, sqlite::latestSchemaVersion());
        db.exec(QStringLiteral("PRAGMA application_id = 0")); // as every database before it
    }
    {
        auto store = openStore(old, clock);
    }
    RawDb db(old);
    EXPECT_EQ(db.scalar(QStringLiteral("PRAGMA application_id")), QString::number(sqlite::kApplicationId));
    EXPECT_EQ(sqlite::scorecardTables(1).size(), 8);
}

TEST_F(DatabaseFiles, ReadOnlyOpenReadsAndRefusesWritesWithoutTouchingTheFile)
{
    const QString file = path("ro.sqlite");
    {
        auto store = openStore(file, clock);
        store->importBatches(
            {batchOf(ImportKind::Agents, std::vector<Agent>{agent("A1", "T1")}),
             batchOf(ImportKind::Time, std::vector<TimeRecord>{timeRow("A1", "2026-10-01", 480, 480, 450, 400)})});
    }
    ASSERT_FALSE(QFile::exists(file + QStringLiteral("-wal")));
    const QByteArray before = sha256(file);
    {
        auto store = openStore(file, clock, OpenMode::ReadOnly);
        EXPECT_TRUE(store->isReadOnly());
        EXPECT_EQ(store->agentIds(), QSet<QString>{QStringLiteral("A1")});
        EXPECT_EQ(store->agentSums(Month(2026, 10)).value(QStringLiteral("A1")).workedMinutes, 480);
        try {
            store->saveNote({QStringLiteral("A1"), Month(2026, 10), QStringLiteral("x"), {}});
            ADD_FAILURE() << "a read-only store wrote";
        } catch (const StoreError &e) {
            EXPECT_NE(std::string(e.what()).find("read-only"), std::string::npos) << e.what();
        }
        EXPECT_THROW(store->importBatches({batchOf(ImportKind::Agents, std::vector<Agent>{agent("A2", "T1")})}),
                     StoreError);
        EXPECT_THROW(store->finalizeMonth(Month(2026, 10), "{}", QStringLiteral("me")), StoreError);
    }
    EXPECT_EQ(sha256(file), before);
}

TEST_F(DatabaseFiles, BackupIsAConsistentCopyAndLeavesAnOldDatabaseOld)
{
    // An old (version 1) database: the backup is version 1 with the same rows.
    const QString old = path("v1.sqlite");
    {
        RawDb db(old);
        QSqlDatabase raw = db.db();
        sqlite::migrate(raw, 1);
        db.exec(QStringLiteral("PRAGMA application_id = 0"));
        db.exec(QStringLiteral("INSERT INTO agents (agent_id, name, team) VALUES ('A1', 'Ana', 'T1')"));
    }
    const QByteArray oldHash = sha256(old);
    const QStringList oldDump = RawDb(old).dump();
    const QString copy = path("v1-backup.sqlite");
    backupDatabase(old, copy);
    EXPECT_EQ(sha256(old), oldHash); // the source is only read, never upgraded
    {
        RawDb b(copy);
        EXPECT_EQ(b.scalar(QStringLiteral("PRAGMA user_version")), QStringLiteral("1"));
        EXPECT_EQ(b.scalar(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        EXPECT_EQ(b.dump(), oldDump);
    }

    // From an open store, while another connection writes between backups.
    const QString live = path("live.sqlite");
    auto store = openStore(live, clock);
    store->importBatches({batchOf(ImportKind::Agents, std::vector<Agent>{agent("A1", "T1")})});
    auto other = openStore(live, clock);
    other->saveNote({QStringLiteral("A1"), Month(2026, 10), QStringLiteral("written by the other"), {}});
    const QString liveCopy = path("live-backup.sqlite");
    store->backupTo(liveCopy);
    {
        RawDb b(liveCopy);
        EXPECT_EQ(b.scalar(QStringLiteral("SELECT text FROM one_on_one_notes")),
                  QStringLiteral("written by the other"));
        EXPECT_EQ(b.scalar(QStringLiteral("PRAGMA application_id")), QString::number(sqlite::kApplicationId));
    }
    // A backup replaces an older backup, never another file.
    EXPECT_NO_THROW(store->backupTo(liveCopy));
    const QString foreign = path("other.sqlite");
    {
        RawDb db(foreign);
        db.exec(QStringLiteral("CREATE TABLE mine (x)"));
    }
    const QByteArray foreignHash = sha256(foreign);
    EXPECT_THROW(store->backupTo(foreign), DatabaseRefused);
    EXPECT_EQ(sha256(foreign), foreignHash);
    EXPECT_THROW(store->backupTo(live), StoreError); // not onto itself
    EXPECT_THROW(store->backupTo(dir.path()), DatabaseRefused);
    // No temporary files are left behind.
    for (const QString &f : filesIn(dir))
        EXPECT_FALSE(f.endsWith(QLatin1String(".part"))) << f.toStdString();
}
