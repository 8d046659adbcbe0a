#pragma once
// Helpers of the PostgreSQL tests: sign in as a login (libpq over TLS, or
// psql), and run probes that expect a refusal or a number of rows.
#include "storage/postgres/pg_connection.h"
#include "support/pg_test_cluster.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryFile>
#include <gtest/gtest.h>

namespace sc::test {

inline pg::Connection connectAs(const QString &login, const QString &password, const QString &database)
{
    const QString uri = PgTestEnvironment::cluster().tcpUri(login, database);
    return pg::Connection::open(uri, [&](const QString &) { return std::optional<QByteArray>(password.toUtf8()); });
}

// The SQLSTATE of the error `sql` raises, or "" when it succeeds.
inline std::string errorState(pg::Connection &conn, const char *sql, const std::vector<pg::Param> &params = {})
{
    try {
        conn.exec(sql, params);
        return {};
    } catch (const pg::PgError &e) {
        return e.sqlState().empty() ? std::string("?????") : e.sqlState();
    }
}

inline std::string errorState(pg::Connection &conn, const QString &sql, const std::vector<pg::Param> &params = {})
{
    return errorState(conn, sql.toUtf8().constData(), params);
}

// The values of a one-column result, in order.
inline QStringList column(pg::Connection &conn, const char *sql, const std::vector<pg::Param> &params = {})
{
    const pg::Result r = conn.exec(sql, params);
    QStringList out;
    for (int i = 0; i < r.rows(); ++i)
        out << r.value(i, 0);
    return out;
}

inline QString scalar(pg::Connection &conn, const char *sql, const std::vector<pg::Param> &params = {})
{
    const pg::Result r = conn.exec(sql, params);
    return r.rows() > 0 ? r.value(0, 0) : QStringLiteral("<no row>");
}

struct PsqlResult {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs `psql -X -At -v ON_ERROR_STOP=1 URI -c SQL`, the password from a
// PGPASSFILE (never the command line).
inline PsqlResult runPsql(const QString &uri, const QString &login, const QString &password, const QString &sql)
{
    PgTestCluster &cluster = PgTestEnvironment::cluster();
    QTemporaryFile passfile;
    if (!passfile.open())
        return {};
    // host:port:database:user:password, with ':' and '\' escaped.
    auto esc = [](QString s) { return s.replace(u'\\', QStringLiteral("\\\\")).replace(u':', QStringLiteral("\\:")); };
    passfile.write(QStringLiteral("*:%1:*:%2:%3\n").arg(cluster.port()).arg(esc(login), esc(password)).toUtf8());
    passfile.flush();
    passfile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSFILE"), passfile.fileName());
    env.remove(QStringLiteral("PGPASSWORD"));
    p.setProcessEnvironment(env);
    p.start(cluster.psql(),
            {QStringLiteral("-X"), QStringLiteral("-At"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
             QStringLiteral("-w"), QStringLiteral("-d"), uri, QStringLiteral("-c"), sql});
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace sc::test
