#pragma once
// Helpers shared by the storage tests: a raw SQLite connection for looking
// at (or preparing) a file behind the store's back, dumps for "nothing
// changed" comparisons, and short record builders.
#include "core/domain.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTemporaryDir>
#include <atomic>
#include <gtest/gtest.h>

namespace sc::test {

class RawDb {
public:
    explicit RawDb(const QString &path) : m_name(QStringLiteral("raw-test-%1").arg(++counter()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open()) << db.lastError().text().toStdString();
    }
    ~RawDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    void exec(const QString &sql) const
    {
        QSqlQuery q(db());
        ASSERT_TRUE(q.exec(sql)) << sql.toStdString() << ": " << q.lastError().text().toStdString();
    }
    // Runs a script of statements separated by ";" at the end of a line.
    void execScript(const QString &script) const
    {
        for (const QString &statement : script.split(QLatin1String(";\n"), Qt::SkipEmptyParts)) {
            QString s = statement.trimmed();
            if (s.endsWith(QLatin1Char(';')))
                s.chop(1);
            // Drop whole-line comments.
            QStringList lines;
            for (const QString &line : s.split(QLatin1Char('\n')))
                if (!line.trimmed().startsWith(QLatin1String("--")))
                    lines << line;
            s = lines.join(QLatin1Char('\n')).trimmed();
            if (!s.isEmpty())
                exec(s);
        }
    }
    QString scalar(const QString &sql) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next())
            return QStringLiteral("<error: %1>").arg(q.lastError().text());
        return q.value(0).toString();
    }

    // The schema, one line per object, whitespace normalised.
    QStringList schema() const
    {
        QSqlQuery q(db());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")));
        QStringList out;
        while (q.next()) {
            QString sql = q.value(3).toString().simplified();
            sql.replace(QLatin1String("( "), QLatin1String("("));
            sql.replace(QLatin1String(" )"), QLatin1String(")"));
            out << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), sql}.join(
                QLatin1String(" | "));
        }
        return out;
    }

    // Every row of every table, in a stable order, with types visible (so a
    // REAL 1.0 and an INTEGER 1, or '' and NULL, count as different).
    QStringList dump() const
    {
        QStringList out;
        QSqlQuery tables(db());
        EXPECT_TRUE(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString &table : names) {
            QSqlQuery cols(db());
            EXPECT_TRUE(cols.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table)));
            QStringList exprs, order;
            int i = 1;
            while (cols.next()) {
                const QString c = cols.value(0).toString();
                exprs << QStringLiteral("typeof(%1) || ':' || quote(%1)").arg(c);
                order << QString::number(i++);
            }
            QSqlQuery rows(db());
            EXPECT_TRUE(rows.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                                      .arg(exprs.join(QLatin1String(", ")), table, order.join(QLatin1String(", ")))))
                << rows.lastError().text().toStdString();
            while (rows.next()) {
                QStringList values;
                for (int c = 0; c < rows.record().count(); ++c)
                    values << rows.value(c).toString();
                out << table + QStringLiteral(": ") + values.join(QLatin1String(" | "));
            }
        }
        return out;
    }

private:
    static std::atomic<int> &counter()
    {
        static std::atomic<int> c{0};
        return c;
    }
    QString m_name;
};

inline QDate d(const char *iso) { return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate); }

inline Agent agent(const char *id, const char *team, Employment e = Employment::FullTime)
{
    Agent a;
    a.id = QString::fromLatin1(id);
    a.name = QStringLiteral("Agent ") + a.id;
    a.team = QString::fromLatin1(team);
    a.supervisor = QStringLiteral("Sam Super");
    a.employment = e;
    a.email = a.id.toLower() + QStringLiteral("@example.com");
    return a;
}

inline TimeRecord timeRow(const char *agentId, const char *date, double worked, std::optional<double> scheduled,
                          std::optional<double> adherent, std::optional<double> occupied)
{
    return TimeRecord{QString::fromLatin1(agentId), d(date), worked, scheduled, adherent, occupied};
}

inline ContactRecord contactRow(const char *agentId, const char *date, const char *channel, qint64 contacts,
                                std::optional<double> handle, qint64 handleContacts, std::optional<qint64> fcr,
                                qint64 fcrContacts)
{
    return ContactRecord{QString::fromLatin1(agentId),
                         d(date),
                         QString::fromLatin1(channel),
                         contacts,
                         handle,
                         handleContacts,
                         fcr,
                         fcrContacts};
}

inline QaEvaluation qaRow(const char *id, const char *agentId, const char *date, double score,
                          const QString &comment = {})
{
    return QaEvaluation{QString::fromLatin1(id), QString::fromLatin1(agentId), d(date), score,
                        QStringLiteral("Eve"),   QStringLiteral("Phone v2"),   comment};
}

inline SurveyResponse surveyRow(const char *id, const char *agentId, const char *date, std::optional<int> csat,
                                std::optional<int> nps, const QString &comment = {})
{
    return SurveyResponse{QString::fromLatin1(id), QString::fromLatin1(agentId), d(date), csat, nps, comment};
}

inline KcsEvent kcsRow(const char *id, const char *agentId, const char *date, KcsType type)
{
    return KcsEvent{QString::fromLatin1(id), QString::fromLatin1(agentId), d(date), type};
}

inline ServiceLevelRecord slRow(const char *team, const char *date, qint64 offered, qint64 answered)
{
    return ServiceLevelRecord{QString::fromLatin1(team), d(date), offered, answered, {}, {}, 0};
}

template <typename T> ImportBatch batchOf(ImportKind kind, std::vector<T> rows, const char *file = "test.csv")
{
    ImportBatch b;
    b.kind = kind;
    b.sourceFile = QString::fromLatin1(file);
    b.rowsRead = qint64(rows.size());
    if constexpr (std::is_same_v<T, Agent>)
        b.agents = std::move(rows);
    else if constexpr (std::is_same_v<T, TimeRecord>)
        b.time = std::move(rows);
    else if constexpr (std::is_same_v<T, ContactRecord>)
        b.contacts = std::move(rows);
    else if constexpr (std::is_same_v<T, QaEvaluation>)
        b.qa = std::move(rows);
    else if constexpr (std::is_same_v<T, SurveyResponse>)
        b.surveys = std::move(rows);
    else if constexpr (std::is_same_v<T, KcsEvent>)
        b.kcs = std::move(rows);
    else if constexpr (std::is_same_v<T, ServiceLevelRecord>)
        b.serviceLevels = std::move(rows);
    return b;
}

} // namespace sc::test
