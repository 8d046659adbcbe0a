#include "cli/command.h"

#include "storage/postgres/pg_connection.h"
#include "storage/server_location.h"
#include "storage/store.h"

#include <QIODevice>

namespace sc::cli {

void Context::fail(const QString &message) const
{
    err << QStringLiteral("scorecard ") << command << QStringLiteral(": ") << message << Qt::endl;
}

QCommandLineOption dbOption()
{
    return valueOption(QStringLiteral("db"), QStringLiteral("FILE"),
                       QStringLiteral("SQLite database file, or a postgresql:// URI of a shared server (default: the "
                                      "per-user data location)"));
}

QCommandLineOption monthOption()
{
    return valueOption(QStringLiteral("month"), QStringLiteral("YYYY-MM"), QStringLiteral("The month"));
}

QCommandLineOption flagOption(const QString &name, const QString &help) { return QCommandLineOption(name, help); }

QCommandLineOption valueOption(const QString &name, const QString &valueName, const QString &help)
{
    return QCommandLineOption(name, help, valueName);
}

Month requireMonth(const QCommandLineParser &args)
{
    if (!args.isSet(QStringLiteral("month")))
        throw UsageError{QStringLiteral("--month YYYY-MM is required")};
    const QString text = args.value(QStringLiteral("month"));
    const auto month = Month::parse(text);
    if (!month)
        throw UsageError{QStringLiteral("invalid --month '%1' (expected YYYY-MM)").arg(text)};
    return *month;
}

int parsePositiveInt(const QCommandLineParser &args, const QString &name, int fallback, int maximum)
{
    if (!args.isSet(name))
        return fallback;
    bool ok = false;
    const int v = args.value(name).toInt(&ok);
    if (!ok || v < 1 || v > maximum)
        throw UsageError{QStringLiteral("invalid --%1 '%2' (expected a whole number from 1 to %3)")
                             .arg(name, args.value(name))
                             .arg(maximum)};
    return v;
}

std::unique_ptr<Store> openDb(const Context &ctx, const QCommandLineParser &args)
{
    const QString path = args.isSet(QStringLiteral("db")) ? args.value(QStringLiteral("db")) : defaultDatabasePath();
    if (path.isEmpty())
        throw UsageError{QStringLiteral("--db needs a file path or a postgresql:// URI")};
    if (isServerLocation(path))
        if (const QString problem = pg::checkConnectionString(path); !problem.isEmpty())
            throw UsageError{QStringLiteral("--db: %1").arg(problem)};
    return openStore(path, ctx.clock);
}

void writeUtf8(QTextStream &out, const QByteArray &bytes)
{
    if (QIODevice *device = out.device()) {
        out.flush();
        device->write(bytes);
    } else {
        out << QString::fromUtf8(bytes);
    }
}

} // namespace sc::cli
