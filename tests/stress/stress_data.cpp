#include "stress_data.h"

#include "stress_support.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <iostream>
#include <memory>
#include <stdexcept>

namespace sc::stress {

namespace {

constexpr int kAgents = 1000;

QByteArray agentId(int i) { return "A" + QByteArray::number(i).rightJustified(4, '0'); }
QByteArray day(int month, int d)
{
    return "2026-" + QByteArray::number(month).rightJustified(2, '0') + "-"
           + QByteArray::number(d).rightJustified(2, '0');
}

// Writes a file in one go from a generator that appends lines to a buffer.
template <typename F> QString writeFile(const Workspace &w, const QString &name, F lines)
{
    QByteArray data;
    lines(data);
    QFile f(w.path(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        throw std::runtime_error("cannot write " + name.toStdString());
    return f.fileName();
}

void mustSucceed(const QStringList &args)
{
    const Outcome r = runScorecard(args);
    if (r.code != 0)
        throw std::runtime_error("scorecard " + args.join(u' ').toStdString() + " failed: " + r.err.toStdString());
}

std::unique_ptr<Workspace> generate()
{
    auto w = std::make_unique<Workspace>();
    if (!w->dir.isValid())
        throw std::runtime_error("no temporary folder");

    w->agentsCsv = writeFile(*w, QStringLiteral("agents.csv"), [](QByteArray &d) {
        d += "agent_id,name,team,supervisor,employment,email,active\n";
        for (int i = 0; i < kAgents; ++i)
            d += agentId(i) + ",Agent " + QByteArray::number(i) + ",Team " + QByteArray::number(i % 10) + ",Lead "
                 + QByteArray::number(i % 10) + "," + (i % 7 == 0 ? "part_time" : "full_time") + ",a"
                 + QByteArray::number(i) + "@example.com,true\n";
    });
    w->timeCsv = writeFile(*w, QStringLiteral("time.csv"), [](QByteArray &d) {
        d += "agent_id,date,worked_minutes,scheduled_minutes,adherent_minutes,occupied_minutes\n";
        for (int month : {3, 4, 5})
            for (int dd = 1; dd <= 10; ++dd)
                for (int i = 0; i < kAgents; ++i) {
                    const int worked = 300 + (i * 7 + dd * 13 + month) % 180;
                    d += agentId(i) + "," + day(month, dd) + "," + QByteArray::number(worked) + ",480,"
                         + QByteArray::number(worked - (i + dd) % 30) + "," + QByteArray::number(worked * 3 / 4) + "\n";
                }
    });
    // 1,000 agents x 25 days x 20 channels = 500,000 rows, about 12 MB
    // (the required columns and the channel only, so the import is cheap
    // enough to kill 30 times within the suite's two minutes).
    w->bigContactsCsv = writeFile(*w, QStringLiteral("contacts_big.csv"), [](QByteArray &d) {
        d.reserve(14 << 20);
        d += "agent_id,date,channel,contacts\n";
        for (int dd = 1; dd <= 25; ++dd)
            for (int i = 0; i < kAgents; ++i)
                for (int c = 0; c < 20; ++c)
                    d += agentId(i) + "," + day(3, dd) + ",ch" + QByteArray::number(c).rightJustified(2, '0') + ","
                         + QByteArray::number(1 + (i * 7 + dd * 3 + c) % 20) + "\n";
    });
    w->aprilContactsCsv = writeFile(*w, QStringLiteral("contacts_april.csv"), [](QByteArray &d) {
        d += "agent_id,date,channel,contacts,handle_seconds,fcr\n";
        const char *channels[] = {"phone", "chat", "email"};
        for (int dd = 1; dd <= 10; ++dd)
            for (int i = 0; i < kAgents; ++i)
                for (int c = 0; c < 3; ++c) {
                    const int n = 2 + (i * 5 + dd + c * 11) % 30;
                    d += agentId(i) + "," + day(4, dd) + "," + channels[c] + "," + QByteArray::number(n) + ","
                         + QByteArray::number(n * (240 + (i * 3 + dd) % 200)) + ","
                         + QByteArray::number(n - (i + c) % 3) + "\n";
                }
    });
    w->tinySurveyCsv = writeFile(*w, QStringLiteral("survey_tiny.csv"), [](QByteArray &d) {
        d += "response_id,agent_id,date,csat,nps,comment\nT1,A0001,2026-04-02,5,10,\nT2,A0002,2026-04-03,3,6,\n";
    });
    w->aprilSurveyCsv = writeFile(*w, QStringLiteral("survey_april.csv"), [](QByteArray &d) {
        d += "response_id,agent_id,date,csat,nps,comment\n";
        for (int i = 0; i < kAgents; ++i)
            for (int k = 0; k < 20; ++k)
                d += "R" + QByteArray::number(i * 20 + k) + "," + agentId(i) + "," + day(4, 1 + k % 28) + ","
                     + QByteArray::number(1 + (i + k) % 5) + "," + QByteArray::number((i * 3 + k) % 11) + ",\n";
    });

    // base.sqlite: agents, time and the default template saved once.
    w->baseDb = w->path(QStringLiteral("base.sqlite"));
    mustSucceed({QStringLiteral("import"), QStringLiteral("--db"), w->baseDb, w->agentsCsv, w->timeCsv});
    const Outcome exported = runScorecard({QStringLiteral("template"), QStringLiteral("--db"), w->baseDb,
                                           QStringLiteral("--export"), QStringLiteral("-")});
    if (exported.code != 0)
        throw std::runtime_error("template --export failed: " + exported.err.toStdString());
    const QJsonObject defaults =
        QJsonDocument::fromJson(exported.out).object().value(QStringLiteral("templates")).toArray().at(0).toObject();
    QJsonObject one = defaults;
    one.insert(QStringLiteral("effective_from"), QStringLiteral("2024-01"));
    QFile oneFile(w->path(QStringLiteral("template_one.json")));
    if (!oneFile.open(QIODevice::WriteOnly) || oneFile.write(QJsonDocument(one).toJson()) <= 0)
        throw std::runtime_error("cannot write template_one.json");
    oneFile.close();
    mustSucceed({QStringLiteral("template"), QStringLiteral("--db"), w->baseDb, QStringLiteral("--import"),
                 oneFile.fileName()});

    // templates.json: the default, for each team and each month of early 2025.
    QJsonArray many;
    for (int team = 0; team < 10; ++team)
        for (int month = 1; month <= 6; ++month) {
            QJsonObject t = defaults;
            t.insert(QStringLiteral("name"), QStringLiteral("Team %1 from 2025-%2").arg(team).arg(month));
            t.insert(QStringLiteral("team"), QStringLiteral("Team %1").arg(team));
            t.insert(QStringLiteral("effective_from"), QStringLiteral("2025-%1").arg(month, 2, 10, QLatin1Char('0')));
            many.append(t);
        }
    w->templatesJson = w->path(QStringLiteral("templates.json"));
    QFile manyFile(w->templatesJson);
    if (!manyFile.open(QIODevice::WriteOnly)
        || manyFile.write(QJsonDocument(QJsonObject{{QStringLiteral("templates"), many}}).toJson()) <= 0)
        throw std::runtime_error("cannot write templates.json");
    manyFile.close();

    // april.sqlite: the base with April's contacts and surveys.
    w->aprilDb = w->path(QStringLiteral("april.sqlite"));
    copyDatabase(w->baseDb, w->aprilDb);
    mustSucceed({QStringLiteral("import"), QStringLiteral("--db"), w->aprilDb, w->aprilContactsCsv, w->aprilSurveyCsv});
    return w;
}

} // namespace

const Workspace &workspace()
{
    static const std::unique_ptr<Workspace> w = generate();
    return *w;
}

namespace {
std::map<QStringList, DbState> &knownStates()
{
    static std::map<QStringList, DbState> states;
    return states;
}
} // namespace

void rememberState(const QStringList &files, const DbState &state) { knownStates()[files] = state; }

const DbState &stateAfterImports(const QStringList &files)
{
    auto &known = knownStates();
    if (const auto it = known.find(files); it != known.end())
        return it->second;
    const Workspace &w = workspace();
    const QString db = w.path(QStringLiteral("reference.sqlite"));
    copyDatabase(w.baseDb, db);
    for (const QString &f : files)
        mustSucceed({QStringLiteral("import"), QStringLiteral("--db"), db, f});
    QString integrity;
    DbState state = readState(db, &integrity);
    if (integrity != QLatin1String("ok"))
        throw std::runtime_error("reference database not ok: " + integrity.toStdString());
    return known[files] = std::move(state);
}

} // namespace sc::stress
