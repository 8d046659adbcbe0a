#include "pg_test_cluster.h"

#include "storage/postgres/pg_connection.h"

#include <QUrl>
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <grp.h>
#include <libpq-fe.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sstream>
#include <stdexcept>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace sc::test {

namespace fs = std::filesystem;

namespace {

constexpr char kPrefix[] = "scorecard-pg-";

// Who runs initdb and the server: `postgres` when we are root (initdb
// refuses root), else ourselves.
struct ServerUser {
    bool switchUser = false;
    uid_t uid = 0;
    gid_t gid = 0;
};

ServerUser serverUser()
{
    ServerUser u;
    u.uid = geteuid();
    u.gid = getegid();
    if (u.uid != 0)
        return u;
    const passwd *pw = getpwnam("postgres");
    if (!pw)
        throw std::runtime_error("running as root, but there is no 'postgres' system user to run the test server "
                                 "(install the postgresql package: scripts/install-deps.sh)");
    u.switchUser = true;
    u.uid = pw->pw_uid;
    u.gid = pw->pw_gid;
    return u;
}

std::string findBinDir()
{
    if (const char *env = std::getenv("SCORECARD_PG_BINDIR"); env && *env)
        return env;
    // Debian: /usr/lib/postgresql/<major>/bin; the newest major >= 15.
    int best = 0;
    std::error_code ec;
    for (const auto &entry : fs::directory_iterator("/usr/lib/postgresql", ec)) {
        const int major = std::atoi(entry.path().filename().c_str());
        if (major >= 15 && major > best && fs::exists(entry.path() / "bin/initdb")
            && fs::exists(entry.path() / "bin/postgres"))
            best = major;
    }
    if (best == 0)
        throw std::runtime_error("no PostgreSQL >= 15 server binaries under /usr/lib/postgresql/*/bin "
                                 "(install the postgresql package: scripts/install-deps.sh)");
    return "/usr/lib/postgresql/" + std::to_string(best) + "/bin";
}

std::string tempRoot()
{
    // Unix socket paths are limited to 107 bytes.
    const char *env = std::getenv("TMPDIR");
    if (env && *env && std::strlen(env) < 60 && fs::is_directory(env))
        return env;
    return "/tmp";
}

// /proc/PID/stat field 22: when the process started, to tell a live owner
// from a new process that reused its pid.
std::string processStartTime(pid_t pid)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto close = stat.rfind(')');
    if (close == std::string::npos)
        return {};
    std::istringstream fields(stat.substr(close + 2));
    std::string field;
    for (int i = 3; i <= 22 && fields >> field; ++i)
        if (i == 22)
            return field;
    return {};
}

bool processAlive(pid_t pid) { return pid > 0 && (kill(pid, 0) == 0 || errno == EPERM); }

std::string readFile(const std::string &path)
{
    std::ifstream in(path);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::string tail(const std::string &text, size_t lines)
{
    size_t pos = text.size();
    for (size_t n = 0; n <= lines && pos > 0; ++n)
        pos = text.rfind('\n', pos - 1);
    return pos == std::string::npos ? text : text.substr(pos + 1);
}

void writeFile(const std::string &path, const std::string &content, bool append = false)
{
    std::ofstream out(path, append ? std::ios::app : std::ios::trunc);
    out << content;
    if (!out.flush())
        throw std::runtime_error("cannot write " + path);
}

// Starts argv[0] (an absolute path) with stdout and stderr appended to
// `logPath`, stdin from /dev/null, in `cwd`, as `user`. With
// dieWithParent the child gets SIGINT (a fast, clean server shutdown) when
// this process dies, however it dies.
pid_t spawn(const std::vector<std::string> &argv, const ServerUser &user, const std::string &logPath,
            const std::string &cwd, bool dieWithParent)
{
    // Everything the child needs is prepared before fork(): after it, only
    // async-signal-safe calls.
    std::vector<char *> args;
    for (const std::string &a : argv)
        args.push_back(const_cast<char *>(a.c_str()));
    args.push_back(nullptr);
    std::vector<std::string> envStrings;
    for (char **e = environ; *e; ++e)
        if (std::strncmp(*e, "PG", 2) != 0) // PGPORT, PGDATA, ... of the caller must not leak in
            envStrings.emplace_back(*e);
    std::vector<char *> env;
    for (std::string &e : envStrings)
        env.push_back(e.data());
    env.push_back(nullptr);
    const int logFd = open(logPath.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    const int nullFd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (logFd < 0 || nullFd < 0)
        throw std::runtime_error("cannot open " + logPath + ": " + std::strerror(errno));
    const pid_t parent = getpid();
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(nullFd, 0);
        dup2(logFd, 1);
        dup2(logFd, 2);
        if (user.switchUser && (setgroups(1, &user.gid) != 0 || setgid(user.gid) != 0 || setuid(user.uid) != 0))
            _exit(126);
        // After setuid: a change of credentials clears the death signal.
        if (dieWithParent && (prctl(PR_SET_PDEATHSIG, SIGINT) != 0 || getppid() != parent))
            _exit(126);
        if (chdir(cwd.c_str()) != 0)
            _exit(126);
        execve(args[0], args.data(), env.data());
        _exit(127);
    }
    close(logFd);
    close(nullFd);
    if (pid < 0)
        throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
    return pid;
}

// Runs a command to its end; throws with its output when it fails.
void run(const std::vector<std::string> &argv, const ServerUser &user, const std::string &logPath,
         const std::string &cwd)
{
    const auto before = readFile(logPath).size();
    const pid_t pid = spawn(argv, user, logPath, cwd, false);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::string command;
        for (const std::string &a : argv)
            command += (command.empty() ? "" : " ") + a;
        throw std::runtime_error(command + " failed (status " + std::to_string(status)
                                 + "): " + tail(readFile(logPath).substr(before), 15));
    }
}

bool waitForExit(pid_t pid, std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        int status = 0;
        const pid_t r = waitpid(pid, &status, WNOHANG);
        if (r == pid || (r < 0 && errno == ECHILD))
            return true;
        if (std::chrono::steady_clock::now() > deadline)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

int freePort()
{
    const int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    if (fd < 0 || bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0
        || getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) != 0) {
        if (fd >= 0)
            close(fd);
        throw std::runtime_error(std::string("cannot find a free port: ") + std::strerror(errno));
    }
    close(fd);
    return ntohs(addr.sin_port);
}

void chownTree(const std::string &path, const ServerUser &user)
{
    if (!user.switchUser)
        return;
    if (lchown(path.c_str(), user.uid, user.gid) != 0)
        throw std::runtime_error("chown " + path + ": " + std::strerror(errno));
    if (fs::is_directory(path))
        for (const auto &entry : fs::recursive_directory_iterator(path))
            if (lchown(entry.path().c_str(), user.uid, user.gid) != 0)
                throw std::runtime_error("chown " + entry.path().string() + ": " + std::strerror(errno));
}

// A CA and a server certificate it signs, for 127.0.0.1 and localhost.
void makeCertificates(const std::string &dir, const ServerUser &user, const std::string &log)
{
    fs::create_directories(dir);
    writeFile(dir + "/openssl.cnf", "[req]\n"
                                    "distinguished_name = dn\n"
                                    "prompt = no\n"
                                    "[dn]\n"
                                    "CN = Scorecard test CA\n"
                                    "[ca_ext]\n"
                                    "basicConstraints = critical, CA:true\n"
                                    "keyUsage = critical, keyCertSign, cRLSign\n"
                                    "subjectKeyIdentifier = hash\n"
                                    "[server_ext]\n"
                                    "basicConstraints = CA:false\n"
                                    "keyUsage = critical, digitalSignature, keyEncipherment\n"
                                    "extendedKeyUsage = serverAuth\n"
                                    "subjectAltName = IP:127.0.0.1, DNS:localhost\n");
    const ServerUser self{};
    const std::string openssl = "/usr/bin/openssl";
    if (!fs::exists(openssl))
        throw std::runtime_error("openssl is missing (scripts/install-deps.sh installs it)");
    const std::vector<std::string> ecKey{"-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"};
    auto with = [&](std::vector<std::string> head, const std::vector<std::string> &rest) {
        head.insert(head.end(), rest.begin(), rest.end());
        return head;
    };
    run(with({openssl, "req", "-config", "openssl.cnf", "-x509", "-days", "30", "-extensions", "ca_ext", "-subj",
              "/CN=Scorecard test CA", "-keyout", "ca.key", "-out", "ca.crt"},
             ecKey),
        self, log, dir);
    run(with({openssl, "req", "-config", "openssl.cnf", "-new", "-subj", "/CN=localhost", "-keyout", "server.key",
              "-out", "server.csr"},
             ecKey),
        self, log, dir);
    run({openssl, "x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial", "-days",
         "30", "-extfile", "openssl.cnf", "-extensions", "server_ext", "-out", "server.crt"},
        self, log, dir);
    chmod((dir + "/server.key").c_str(), 0600);
    chmod((dir + "/ca.key").c_str(), 0600);
    chmod(dir.c_str(), 0755);
    chownTree(dir, user);
}

QString encoded(const QString &part) { return QString::fromLatin1(QUrl::toPercentEncoding(part)); }

// The environment's cluster; a static, so that it is also stopped at exit()
// when a test bails out before TearDown.
std::unique_ptr<PgTestCluster> g_cluster;

} // namespace

int PgTestCluster::removeStaleClusters()
{
    int removed = 0;
    std::error_code ec;
    for (const auto &entry : fs::directory_iterator(tempRoot(), ec)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind(kPrefix, 0) != 0 || !entry.is_directory())
            continue;
        const std::string dir = entry.path().string();
        std::istringstream owner(readFile(dir + "/owner"));
        pid_t ownerPid = 0;
        std::string started;
        owner >> ownerPid >> started;
        if (ownerPid > 0 && processAlive(ownerPid) && processStartTime(ownerPid) == started)
            continue; // a test process still uses it
        if (ownerPid == 0) {
            // No owner file yet: a cluster being set up right now, or a
            // crash during set-up. Only the latter is older than an hour.
            struct stat st {};
            if (stat(dir.c_str(), &st) != 0 || time(nullptr) - st.st_mtime < 3600)
                continue;
        }
        // Normally the server died with its owner; if not, stop it now.
        std::istringstream pidFile(readFile(dir + "/data/postmaster.pid"));
        pid_t postmaster = 0;
        pidFile >> postmaster;
        if (postmaster > 0 && processAlive(postmaster)
            && readFile("/proc/" + std::to_string(postmaster) + "/cmdline").find("postgres") != std::string::npos) {
            kill(postmaster, SIGQUIT);
            for (int i = 0; i < 250 && processAlive(postmaster); ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            if (processAlive(postmaster))
                kill(postmaster, SIGKILL);
        }
        fs::remove_all(dir, ec);
        if (!ec)
            ++removed;
    }
    return removed;
}

std::unique_ptr<PgTestCluster> PgTestCluster::start()
{
    removeStaleClusters();
    std::unique_ptr<PgTestCluster> cluster(new PgTestCluster);
    cluster->m_binDir = findBinDir();
    const ServerUser user = serverUser();

    std::string pattern = tempRoot() + "/" + kPrefix + "XXXXXX";
    if (!mkdtemp(pattern.data()))
        throw std::runtime_error("mkdtemp " + pattern + ": " + std::strerror(errno));
    cluster->m_root = pattern;
    const std::string &root = cluster->m_root;
    writeFile(root + "/owner", std::to_string(getpid()) + " " + processStartTime(getpid()) + "\n");
    const std::string log = root + "/setup.log";
    fs::create_directories(root + "/sock");
    makeCertificates(root + "/tls", user, log);
    chownTree(root, user);

    run({cluster->m_binDir + "/initdb", "-D", root + "/data", "-U", "postgres", "-A", "trust", "-E", "UTF8",
         "--no-locale", "--no-sync"},
        user, log, root);

    // Only the fixture's superuser over the private socket goes without a
    // password; everyone else uses scram-sha-256, over TCP only with TLS.
    writeFile(root + "/data/pg_hba.conf", "local     all  postgres                  trust\n"
                                          "local     all  all                       scram-sha-256\n"
                                          "hostssl   all  all       127.0.0.1/32    scram-sha-256\n"
                                          "hostnossl all  all       127.0.0.1/32    reject\n");
    const std::string conf = root + "/data/postgresql.conf";
    const std::string baseConf = readFile(conf);
    for (int attempt = 0;; ++attempt) {
        cluster->m_port = freePort();
        writeFile(conf, baseConf
                            + "\n# scorecard test cluster\n"
                              "listen_addresses = '127.0.0.1'\n"
                              "port = "
                            + std::to_string(cluster->m_port)
                            + "\n"
                              "unix_socket_directories = '"
                            + root
                            + "/sock'\n"
                              "unix_socket_permissions = 0700\n"
                              "ssl = on\n"
                              "ssl_cert_file = '"
                            + root
                            + "/tls/server.crt'\n"
                              "ssl_key_file = '"
                            + root
                            + "/tls/server.key'\n"
                              "password_encryption = 'scram-sha-256'\n"
                              "max_connections = 60\n"
                              "shared_buffers = 16MB\n"
                              "fsync = off\n"
                              "synchronous_commit = off\n"
                              "full_page_writes = off\n"
                              "log_min_messages = warning\n"
                              "log_connections = off\n");
        const std::string serverLog = root + "/server.log";
        const auto logStart = readFile(serverLog).size();
        cluster->m_postmaster =
            spawn({cluster->m_binDir + "/postgres", "-D", root + "/data"}, user, serverLog, root, true);
        const QByteArray ping = QStringLiteral("host=%1 port=%2 user=postgres dbname=postgres connect_timeout=2")
                                    .arg(cluster->socketDir())
                                    .arg(cluster->m_port)
                                    .toUtf8();
        bool ready = false;
        bool exited = false;
        for (int i = 0; i < 1500 && !ready && !exited; ++i) {
            int status = 0;
            if (waitpid(cluster->m_postmaster, &status, WNOHANG) == cluster->m_postmaster) {
                exited = true;
                cluster->m_postmaster = -1;
                break;
            }
            ready = PQping(ping.constData()) == PQPING_OK;
            if (!ready)
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        if (ready)
            break;
        const std::string serverOutput = readFile(serverLog).substr(logStart);
        if (exited && attempt < 5 && serverOutput.find("could not bind") != std::string::npos)
            continue; // someone took the port in between: try another
        throw std::runtime_error("the test PostgreSQL server did not start: " + tail(serverOutput, 15));
    }
    return cluster;
}

PgTestCluster::~PgTestCluster()
{
    stop();
    std::error_code ec;
    if (!m_root.empty())
        fs::remove_all(m_root, ec);
}

void PgTestCluster::stop()
{
    if (m_postmaster <= 0)
        return;
    kill(m_postmaster, SIGINT); // fast shutdown: disconnects clients, clean
    if (!waitForExit(m_postmaster, std::chrono::seconds(30))) {
        kill(m_postmaster, SIGQUIT);
        if (!waitForExit(m_postmaster, std::chrono::seconds(5))) {
            kill(m_postmaster, SIGKILL);
            waitForExit(m_postmaster, std::chrono::seconds(5));
        }
    }
    m_postmaster = -1;
}

QString PgTestCluster::superuserUri(const QString &database) const { return socketUri(superuser(), database); }

// Built by concatenation: percent-encoded parts ("%2F") must not meet
// QString::arg().
QString PgTestCluster::socketUri(const QString &user, const QString &database) const
{
    return QStringLiteral("postgresql://") + encoded(user) + QStringLiteral("@/") + encoded(database)
           + QStringLiteral("?host=") + encoded(socketDir()) + QStringLiteral("&port=") + QString::number(m_port);
}

QString PgTestCluster::tcpUri(const QString &user, const QString &database, const QString &sslmode,
                              const QString &host) const
{
    return QStringLiteral("postgresql://") + encoded(user) + u'@' + encoded(host) + u':' + QString::number(m_port)
           + u'/' + encoded(database) + QStringLiteral("?hostaddr=127.0.0.1&sslmode=") + encoded(sslmode)
           + QStringLiteral("&sslrootcert=") + encoded(caCertificate());
}

void PgTestCluster::createDatabase(const QString &name) const
{
    pg::Connection conn = pg::Connection::open(superuserUri());
    // CREATE DATABASE takes no parameters; quote_ident does the quoting on
    // the server and format() builds the statement there.
    const pg::Result q = conn.exec("SELECT format('CREATE DATABASE %I ENCODING ''UTF8'' TEMPLATE template0', $1::text)",
                                   {pg::text(name)});
    conn.exec(q.value(0, 0));
}

void PgTestEnvironment::SetUp()
{
    try {
        g_cluster = PgTestCluster::start();
    } catch (const std::exception &e) {
        FAIL() << "cannot start the test PostgreSQL server: " << e.what();
    }
}

void PgTestEnvironment::TearDown() { g_cluster.reset(); }

PgTestCluster &PgTestEnvironment::cluster()
{
    if (!g_cluster)
        throw std::runtime_error("the test PostgreSQL server is not running (see the first failure)");
    return *g_cluster;
}

} // namespace sc::test
