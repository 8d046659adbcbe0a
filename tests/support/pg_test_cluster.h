#pragma once
// A real, throwaway PostgreSQL server for tests (SPEC section 8): initdb
// into a temporary folder, a Unix socket in that folder and 127.0.0.1 on a
// free port, TLS with a certificate made here (CN localhost, SAN
// IP:127.0.0.1 and DNS:localhost, signed by a CA made here), scram-sha-256
// for every login but the fixture's own superuser on the private socket.
//
// Run as root (CI), the server runs as the `postgres` system user and the
// folder belongs to it. The server dies with the process that started it
// (parent-death signal), the destructor stops it and removes the folder,
// and start() first removes what crashed runs left behind.
#include <QString>
#include <gtest/gtest.h>
#include <memory>
#include <string>
#include <sys/types.h>

namespace sc::test {

class PgTestCluster {
public:
    // Starts a new cluster. Throws std::runtime_error saying why (with the
    // tail of the server log).
    static std::unique_ptr<PgTestCluster> start();
    ~PgTestCluster();
    PgTestCluster(const PgTestCluster &) = delete;
    PgTestCluster &operator=(const PgTestCluster &) = delete;

    // Removes the folders (and stops the servers) of clusters whose test
    // process is gone. Returns how many it removed.
    static int removeStaleClusters();

    QString root() const { return QString::fromStdString(m_root); }
    QString socketDir() const { return QString::fromStdString(m_root + "/sock"); }
    int port() const { return m_port; }
    QString caCertificate() const { return QString::fromStdString(m_root + "/tls/ca.crt"); }
    QString binDir() const { return QString::fromStdString(m_binDir); }
    QString psql() const { return binDir() + QStringLiteral("/psql"); }
    static QString superuser() { return QStringLiteral("postgres"); }

    // The fixture's superuser over the private Unix socket (trust).
    QString superuserUri(const QString &database = QStringLiteral("postgres")) const;
    // A login over the Unix socket (scram-sha-256).
    QString socketUri(const QString &user, const QString &database) const;
    // A login over TCP with TLS. `host` is the name the certificate is
    // checked against; the connection always goes to 127.0.0.1 (hostaddr).
    QString tcpUri(const QString &user, const QString &database, const QString &sslmode = QStringLiteral("verify-full"),
                   const QString &host = QStringLiteral("localhost")) const;

    // CREATE DATABASE name (UTF8, C locale) as the superuser.
    void createDatabase(const QString &name) const;

private:
    PgTestCluster() = default;
    void stop();

    std::string m_root;
    std::string m_binDir;
    int m_port = 0;
    pid_t m_postmaster = -1;
};

// One cluster per test binary: add it in main() with
// ::testing::AddGlobalTestEnvironment(new PgTestEnvironment).
class PgTestEnvironment : public ::testing::Environment {
public:
    void SetUp() override;
    void TearDown() override;
    static PgTestCluster &cluster();
};

} // namespace sc::test
