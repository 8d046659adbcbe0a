#pragma once
// What every subcommand shares: its description (one table entry for help and
// parsing), the context it runs in, and the helpers that turn options into
// values. Each command lives in its own <name>_command.cpp and is listed once
// in cli.cpp.
#include "core/clock.h"
#include "core/month.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QTextStream>
#include <functional>
#include <memory>

namespace sc {

class Store;

namespace cli {

struct Context {
    QTextStream &out;
    QTextStream &err;
    const Clock &clock;
    QString command;
    // Errors are one line each: "scorecard <command>: message".
    void fail(const QString &message) const;
};

// A usage problem: reported by the dispatcher with exit 64.
struct UsageError {
    QString message;
};

struct Command {
    QString name;
    QString brief;    // one line for `scorecard --help`
    QString summary;  // the paragraph of `scorecard NAME --help`
    QString synopsis; // after "scorecard NAME "
    QList<QCommandLineOption> options;
    bool takesFiles = false;
    std::function<int(Context &, const QCommandLineParser &)> run;
};

// Each defined in its own file.
Command demoCommand();
Command importCommand();
Command scoreCommand();
Command reportCommand();
Command templateCommand();
Command monthCommand();
Command auditCommand();
Command backupCommand();
Command serverCommand();
Command userCommand();
Command explainCommand();

// --- shared options and helpers ----------------------------------------------

QCommandLineOption dbOption();
QCommandLineOption monthOption();
QCommandLineOption flagOption(const QString &name, const QString &help);
QCommandLineOption valueOption(const QString &name, const QString &valueName, const QString &help);

// --month, required and valid; throws UsageError.
Month requireMonth(const QCommandLineParser &args);
// --NAME as a whole number in [1, maximum], or `fallback` when absent; throws UsageError.
int parsePositiveInt(const QCommandLineParser &args, const QString &name, int fallback, int maximum);
// The store named by --db, or the per-user default; throws UsageError or StoreError.
std::unique_ptr<Store> openDb(const Context &ctx, const QCommandLineParser &args);

// Writes UTF-8 bytes as they are when the stream has a device (stdout),
// saving a round trip through QString for megabytes of JSON.
void writeUtf8(QTextStream &out, const QByteArray &bytes);

// Storage columns are NOT NULL and a null QString binds as SQL NULL.
inline QString nonNull(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }

} // namespace cli
} // namespace sc
