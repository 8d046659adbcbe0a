#include "cli/server_connection.h"

#include "cli/cli.h"

#include <QFile>
#include <cstdio>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace sc::cli {

namespace {

// Reads one line from the terminal with echo off; the prompt goes to the
// terminal too, so stdout stays the command's output.
std::optional<QByteArray> readSecretFromTerminal(const QString &prompt)
{
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    const int fd = open("/dev/tty", O_RDWR | O_CLOEXEC);
    const int io = fd >= 0 ? fd : STDIN_FILENO;
    const QByteArray text = prompt.toUtf8();
    (void)!write(io, text.constData(), size_t(text.size()));
    termios old{};
    const bool haveTermios = tcgetattr(io, &old) == 0;
    if (haveTermios) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        tcsetattr(io, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    char c = 0;
    ssize_t n = 0;
    while ((n = read(io, &c, 1)) == 1 && c != '\n')
        line += c;
    if (haveTermios)
        tcsetattr(io, TCSAFLUSH, &old);
    if (fd >= 0)
        close(fd);
    if (n < 0)
        return std::nullopt;
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

std::optional<QByteArray> askServerPassword(const QString &user)
{
    return readSecretFromTerminal(QStringLiteral("Password for %1: ").arg(user));
}

QString requireServerUri(const QCommandLineParser &args)
{
    if (!args.isSet(QStringLiteral("db")))
        throw UsageError{QStringLiteral("--db postgresql://USER@HOST:PORT/DB is required")};
    const QString uri = args.value(QStringLiteral("db"));
    if (!pg::isPostgresUri(uri))
        throw UsageError{QStringLiteral("--db must be a postgresql:// URI for this command")};
    if (const QString problem = pg::checkConnectionString(uri); !problem.isEmpty())
        throw UsageError{QStringLiteral("--db: %1").arg(problem)};
    return uri;
}

pg::Connection connectToServer(const QString &uri)
{
    try {
        return pg::Connection::open(uri, [](const QString &user) {
            return readSecretFromTerminal(QStringLiteral("Password for %1: ").arg(user));
        });
    } catch (const pg::PgError &e) {
        const QString message = QString::fromUtf8(e.what());
        if (message.contains(QLatin1String("no password supplied")) && !isatty(STDIN_FILENO))
            throw pg::PgError(e.what()
                                  + std::string("; put the password in PGPASSFILE (or run from a terminal "
                                                "to be asked for it)"),
                              e.sqlState());
        throw;
    }
}

QByteArray readNewPassword(const QString &login)
{
    QByteArray password;
    if (isatty(STDIN_FILENO)) {
        const auto first = readSecretFromTerminal(QStringLiteral("New password for %1: ").arg(login));
        const auto second = readSecretFromTerminal(QStringLiteral("Again: "));
        if (!first || !second)
            throw UsageError{QStringLiteral("no password was typed")};
        if (*first != *second)
            throw UsageError{QStringLiteral("the two passwords differ")};
        password = *first;
    } else {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            throw UsageError{QStringLiteral("cannot read the password from standard input")};
        password = in.readLine();
        while (password.endsWith('\n') || password.endsWith('\r'))
            password.chop(1);
    }
    if (password.isEmpty())
        throw UsageError{QStringLiteral("the password is empty (type it at the prompt, or give it as the first line "
                                        "of standard input)")};
    return password;
}

int reportServerError(const Context &ctx, const pg::PgError &error)
{
    const std::string &state = error.sqlState();
    QString message = QString::fromUtf8(error.what());
    if (state == "42501" && message.contains(QLatin1String("permission denied for function user_")))
        message = QStringLiteral("only an admin may manage users (%1)").arg(message);
    ctx.fail(message);
    if (state == "22023")
        return ExitUsage;
    if (state == "42710" || state == "42704" || state == "55006")
        return ExitData;
    return ExitIo;
}

} // namespace sc::cli
