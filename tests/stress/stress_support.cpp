#include "stress_support.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <sqlite3.h>
#include <stdexcept>
#include <sys/stat.h>

#include <gtest/gtest.h>
#include <iostream>

namespace sc::stress {

std::uint64_t runSeed()
{
    static const std::uint64_t seed = [] {
        bool ok = false;
        const qulonglong fromEnv = qEnvironmentVariable("SCORECARD_STRESS_SEED").toULongLong(&ok);
        const std::uint64_t s = ok ? fromEnv : std::uint64_t(QDateTime::currentMSecsSinceEpoch());
        std::cout << "stress seed: " << s << " (replay with SCORECARD_STRESS_SEED=" << s << ")" << std::endl;
        return s;
    }();
    return seed;
}

std::mt19937_64 generatorFor(const char *testName)
{
    std::uint64_t h = runSeed();
    for (const char *c = testName; *c; ++c)
        h = (h ^ std::uint64_t(static_cast<unsigned char>(*c))) * 1099511628211ULL; // FNV-1a step
    return std::mt19937_64(h);
}

int uniform(std::mt19937_64 &g, int low, int high) { return std::uniform_int_distribution<int>(low, high)(g); }

QProcessEnvironment cliEnvironment(int busyTimeoutMs)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("SCORECARD_BUSY_TIMEOUT_MS"));
    if (busyTimeoutMs >= 0)
        env.insert(QStringLiteral("SCORECARD_BUSY_TIMEOUT_MS"), QString::number(busyTimeoutMs));
    return env;
}

void startScorecard(QProcess &p, const QStringList &args, const QProcessEnvironment &env)
{
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SCORECARD_BINARY), args);
    if (!p.waitForStarted(10000))
        throw std::runtime_error("cannot start scorecard: " + p.errorString().toStdString());
}

Outcome finish(QProcess &p, qint64 startedMs)
{
    Outcome r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished(5000);
        r.killed = true;
    }
    r.ms = QDateTime::currentMSecsSinceEpoch() - startedMs;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

Outcome runScorecard(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
    startScorecard(p, args, env);
    return finish(p, t0);
}

qint64 fileSize(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? qint64(st.st_size) : 0;
}

void copyDatabase(const QString &from, const QString &to)
{
    if (QFile::exists(from + QStringLiteral("-wal")) && fileSize(from + QStringLiteral("-wal")) > 0)
        throw std::runtime_error("copyDatabase: " + from.toStdString() + " is open (it has a -wal)");
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(to + suffix);
    if (!QFile::copy(from, to))
        throw std::runtime_error("copyDatabase: cannot copy " + from.toStdString());
}

class Connection {
public:
    explicit Connection(const QString &path)
    {
        // Read-write, as the next scorecard process would open it: a killed
        // writer's -wal is recovered (only its committed frames count).
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
            throw std::runtime_error("cannot open " + path.toStdString() + ": " + sqlite3_errmsg(m_db));
        sqlite3_busy_timeout(m_db, 10000);
    }
    ~Connection() { sqlite3_close(m_db); }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // Calls row(stmt) for each row of sql.
    template <typename F> void each(const QByteArray &sql, F row)
    {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &st, nullptr) != SQLITE_OK)
            throw std::runtime_error("cannot prepare " + sql.toStdString() + ": " + sqlite3_errmsg(m_db));
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW)
            row(st);
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE)
            throw std::runtime_error("cannot read " + sql.toStdString() + ": " + sqlite3_errmsg(m_db));
    }
    QString value(const QByteArray &sql)
    {
        QString v;
        each(sql, [&](sqlite3_stmt *st) {
            if (v.isEmpty())
                v = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
        });
        return v;
    }

private:
    sqlite3 *m_db = nullptr;
};

namespace {

bool isClockColumn(const QByteArray &table, const char *column)
{
    const QByteArray c(column);
    return (table == "audit_log" && c == "at") || (table == "imports" && c == "imported_at")
           || (table == "finalized_months" && c == "finalized_at")
           || (table == "one_on_one_notes" && c == "updated_at");
}

} // namespace

DbState readState(const QString &db, QString *integrity)
{
    Connection c(db);
    *integrity = c.value("PRAGMA integrity_check");
    QList<QByteArray> tables;
    c.each("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
           [&](sqlite3_stmt *st) { tables << QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))); });
    DbState state;
    for (const QByteArray &t : tables) {
        TableState ts;
        QCryptographicHash hash(QCryptographicHash::Sha1);
        c.each("SELECT * FROM \"" + t + "\"", [&](sqlite3_stmt *st) {
            ++ts.rows;
            const int n = sqlite3_column_count(st);
            for (int i = 0; i < n; ++i) {
                const int type = sqlite3_column_type(st, i);
                if (isClockColumn(t, sqlite3_column_name(st, i))) {
                    hash.addData(type == SQLITE_NULL || sqlite3_column_bytes(st, i) == 0 ? "\x01unset" : "\x01set");
                    continue;
                }
                const char tag[2] = {char(type), 0};
                hash.addData(QByteArrayView(tag, 1));
                if (type != SQLITE_NULL) {
                    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(st, i));
                    const int len = sqlite3_column_bytes(st, i);
                    hash.addData(QByteArrayView(text, len));
                }
                hash.addData(QByteArrayView("\x1f", 1));
            }
            hash.addData(QByteArrayView("\x1e", 1));
        });
        ts.digest = hash.result();
        state.emplace(QString::fromUtf8(t), ts);
    }
    return state;
}

QString differences(const DbState &a, const DbState &b)
{
    QStringList out;
    auto rows = [](const DbState &s, const QString &t) {
        const auto it = s.find(t);
        return it == s.end() ? QStringLiteral("no table") : QStringLiteral("%1 rows").arg(it->second.rows);
    };
    std::map<QString, bool> names;
    for (const auto &[t, ts] : a)
        names[t] = true;
    for (const auto &[t, ts] : b)
        names[t] = true;
    for (const auto &[t, unused] : names) {
        const auto ia = a.find(t), ib = b.find(t);
        if (ia == a.end() || ib == b.end() || !(ia->second == ib->second))
            out << QStringLiteral("%1 (%2 / %3)").arg(t, rows(a, t), rows(b, t));
    }
    return out.join(QStringLiteral(", "));
}

WriteLockHolder::WriteLockHolder(const QString &db) : m_connection(std::make_unique<Connection>(db))
{
    m_connection->each("BEGIN IMMEDIATE", [](sqlite3_stmt *) {});
}

WriteLockHolder::~WriteLockHolder()
{
    // Closing the connection would roll back too; saying it is clearer.
    try {
        m_connection->each("ROLLBACK", [](sqlite3_stmt *) {});
    } catch (const std::exception &) {
    }
}

QString queryValue(const QString &db, const QString &sql)
{
    Connection c(db);
    return c.value(sql.toUtf8());
}

} // namespace sc::stress

namespace {

// Prints the whole suite's time at the end: the budget is two minutes.
class SuiteClock : public ::testing::Environment {
public:
    void SetUp() override { m_timer.start(); }
    void TearDown() override
    {
        std::cout << "stress suite: " << m_timer.elapsed() / 1000.0 << " s in all (seed " << sc::stress::runSeed()
                  << ")" << std::endl;
    }

private:
    QElapsedTimer m_timer;
};

[[maybe_unused]] ::testing::Environment *const g_suiteClock = ::testing::AddGlobalTestEnvironment(new SuiteClock);

} // namespace
