#pragma once
// Helpers for the CLI tests: run a command in-process or as a process, and
// dump a database's every table to compare "before" and "after".
#include "cli/cli.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimeZone>
#include <algorithm>
#include <gtest/gtest.h>

namespace sc::test {

struct CliRun {
    int code = -1;
    QString out;
    QString err;
    QStringList errLines() const { return err.split(u'\n', Qt::SkipEmptyParts); }
    QJsonObject json() const
    {
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &e);
        EXPECT_EQ(e.error, QJsonParseError::NoError) << e.errorString().toStdString() << "\n" << out.toStdString();
        return doc.object();
    }
};

inline CliRun runIn(const QStringList &args, const Clock &clock)
{
    CliRun r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = runCli(args, out, err, clock);
    out.flush();
    err.flush();
    return r;
}

// Every table's rows, sorted, as text: equal dumps mean equal content.
inline QStringList dumpDatabase(const QString &path)
{
    static int counter = 0;
    const QString name = QStringLiteral("cli-dump-%1").arg(++counter);
    QStringList lines;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open());
        QStringList tables;
        QSqlQuery q(db);
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
        while (q.next())
            tables << q.value(0).toString();
        EXPECT_FALSE(tables.isEmpty());
        for (const QString &t : tables) {
            QSqlQuery rows(db);
            EXPECT_TRUE(rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(t)));
            QStringList tableRows;
            while (rows.next()) {
                QStringList cells;
                for (int i = 0; i < rows.record().count(); ++i)
                    cells << (rows.value(i).isNull() ? QStringLiteral("<null>") : rows.value(i).toString());
                tableRows << t + u'|' + cells.join(u'|');
            }
            tableRows.sort();
            lines << t + QStringLiteral(": %1 rows").arg(tableRows.size());
            lines << tableRows;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return lines;
}

#ifdef SCORECARD_BINARY
struct ProcessRun {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the real executable; `extraEnv` entries are set (an empty value
// removes the variable).
inline ProcessRun runBinary(const QStringList &args, const QList<QPair<QString, QString>> &extraEnv = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const auto &[name, value] : extraEnv) {
        if (value.isEmpty())
            env.remove(name);
        else
            env.insert(name, value);
    }
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SCORECARD_BINARY), args);
    EXPECT_TRUE(p.waitForFinished(120000));
    ProcessRun r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}
#endif

} // namespace sc::test
