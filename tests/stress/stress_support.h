#pragma once
// Support of the stress suite (issues 7.3, 7.4 and 13): the real `scorecard`
// executable in its own processes, killed with SIGKILL or run side by side,
// and a database's state table by table to compare with known states.
#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <map>
#include <memory>
#include <random>

namespace sc::stress {

// --- seed ----------------------------------------------------------------------
// Every random moment comes from this seed: SCORECARD_STRESS_SEED when set
// (to replay a failure), the clock otherwise. Printed once per run.
std::uint64_t runSeed();
// A generator of its own per test, so one test replays alone.
std::mt19937_64 generatorFor(const char *testName);
// A uniform integer in [low, high].
int uniform(std::mt19937_64 &g, int low, int high);

// --- the executables -----------------------------------------------------------
struct Outcome {
    int code = -1;       // exit code; -1 when it did not exit normally
    bool killed = false; // we killed it
    QByteArray out;
    QByteArray err;
    qint64 ms = 0; // wall time
};

QProcessEnvironment cliEnvironment(int busyTimeoutMs = -1); // -1: the default wait
Outcome runScorecard(const QStringList &args, const QProcessEnvironment &env = cliEnvironment());
void startScorecard(QProcess &p, const QStringList &args, const QProcessEnvironment &env = cliEnvironment());
Outcome finish(QProcess &p, qint64 startedMs);

// The size of a file, 0 when it does not exist (not cached, unlike QFileInfo).
qint64 fileSize(const QString &path);

// --- database files -------------------------------------------------------------
// Copies a database whose last connection has closed (no -wal) to `to`,
// removing any -wal and -shm `to` left behind.
void copyDatabase(const QString &from, const QString &to);

// Each table's row count and a digest of its rows (in the table's own order,
// which is its key order). Timestamp columns (audit_log.at,
// imports.imported_at, finalized_months.finalized_at,
// one_on_one_notes.updated_at) are read as "set" or "unset": they are the
// wall clock of the run, the one thing two runs of the same command differ in.
struct TableState {
    qint64 rows = 0;
    QByteArray digest;
    bool operator==(const TableState &o) const { return rows == o.rows && digest == o.digest; }
};
using DbState = std::map<QString, TableState>;

// Opens the file as a new process would (recovering a killed writer's
// -wal), runs PRAGMA integrity_check into *integrity ("ok" when sound) and
// reads every table.
DbState readState(const QString &db, QString *integrity);
// "" when equal, else the tables that differ with their row counts.
QString differences(const DbState &a, const DbState &b);

// Another writer: holds the database's write lock (BEGIN IMMEDIATE on a
// connection of its own) from construction to destruction, then rolls back.
class Connection; // a sqlite3 connection (stress_support.cpp)
class WriteLockHolder {
public:
    explicit WriteLockHolder(const QString &db);
    ~WriteLockHolder();
    WriteLockHolder(const WriteLockHolder &) = delete;
    WriteLockHolder &operator=(const WriteLockHolder &) = delete;

private:
    std::unique_ptr<Connection> m_connection;
};

// One value of SQL, read through a fresh connection.
QString queryValue(const QString &db, const QString &sql);

} // namespace sc::stress
