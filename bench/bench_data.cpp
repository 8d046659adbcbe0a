// Writes the benchmark inputs as CSV exports, deterministically:
//   bench_data contacts DIR [--agents N] [--rows R] [--month YYYY-MM]
//     agents.csv + contacts.csv: a per-contact ticketing export (one row per
//     contact), the shape that makes import speed matter.
//   bench_data exports DIR [--agents N] [--months M] [--end-month YYYY-MM] [--per-contact]
//     one file per import kind covering every month, from the demo generator:
//     what a supervisor would keep in a spreadsheet. contacts.csv has one row
//     per agent/day/channel; with --per-contact it is what a ticketing/ACD
//     system exports instead: one row per contact (contact_id, timestamp,
//     its own handle_seconds and fcr 0/1, no contacts column), splitting each
//     demo agent/day/channel row so the per-key sums are exactly the same.
#include "demo/demo_data.h"
#include "demo/splitmix.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QTextStream>
#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace sc;

namespace {

QString option(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
}

QString number(double v)
{
    if (v == std::floor(v) && std::abs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', 17);
}

QString csv(const QString &s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n'))
        return s;
    QString q = s;
    q.replace(u'"', QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

class CsvFile {
public:
    CsvFile(const QString &path, const QString &header) : m_file(path)
    {
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            std::exit(74);
        }
        m_buffer.reserve(1 << 20);
        line(header);
    }
    ~CsvFile()
    {
        flush();
        m_file.close();
    }
    void line(const QString &text)
    {
        m_buffer += text.toUtf8();
        m_buffer += '\n';
        if (m_buffer.size() > (1 << 20))
            flush();
    }
    void flush()
    {
        m_file.write(m_buffer);
        m_buffer.clear();
    }

private:
    QFile m_file;
    QByteArray m_buffer;
};

void writeAgents(const QString &dir, const std::vector<Agent> &agents)
{
    CsvFile f(dir + QStringLiteral("/agents.csv"),
              QStringLiteral("agent_id,name,team,supervisor,employment,email,active"));
    for (const Agent &a : agents)
        f.line(csv(a.id) + u',' + csv(a.name) + u',' + csv(a.team) + u',' + csv(a.supervisor) + u','
               + (a.employment == Employment::PartTime ? QStringLiteral("part_time") : QStringLiteral("full_time"))
               + u',' + csv(a.email) + u',' + (a.active ? QStringLiteral("true") : QStringLiteral("false")));
}

int writeContacts(const QString &dir, int agentCount, qint64 rows, Month month)
{
    DemoOptions opt;
    opt.agents = agentCount;
    opt.months = 1;
    opt.endMonth = month;
    DemoGenerator gen(opt);
    const std::vector<Agent> agents = gen.agentsBatch().agents;
    writeAgents(dir, agents);

    std::vector<QDate> days;
    for (QDate d = month.firstDay(); d < month.endExclusive(); d = d.addDays(1))
        if (d.dayOfWeek() <= 5)
            days.push_back(d);
    const double perAgentDay = double(rows) / double(agentCount) / double(days.size());
    static const char *channels[] = {"phone", "phone", "phone", "chat", "email"};
    quint64 state = 0xC0FFEE;
    CsvFile f(dir + QStringLiteral("/contacts.csv"),
              QStringLiteral("contact_id,agent_id,date,channel,queue,handle_seconds,fcr"));
    qint64 id = 0;
    struct Contact {
        int second;
        int agent;
    };
    std::vector<Contact> day;
    for (const QDate &d : days) {
        day.clear();
        // About the same number of contacts per agent and day (+-10 %),
        // spread over 08:00-18:00 and written in time order like an export.
        for (int a = 0; a < agentCount && id + qint64(day.size()) < rows; ++a) {
            const int n = int(perAgentDay * (0.9 + 0.2 * double(splitmix(state) % 1000) / 1000.0) + 0.5);
            for (int i = 0; i < n; ++i)
                day.push_back({8 * 3600 + int(splitmix(state) % (10 * 3600)), a});
        }
        std::sort(day.begin(), day.end(), [](const Contact &x, const Contact &y) {
            return x.second != y.second ? x.second < y.second : x.agent < y.agent;
        });
        const QString date = d.toString(Qt::ISODate);
        for (const Contact &c : day) {
            if (id >= rows)
                break;
            ++id;
            const quint64 r = splitmix(state);
            const char *channel = channels[r % 5];
            const int handle = 120 + int((r >> 8) % 700);
            const int fcr = ((r >> 24) % 100) < 75 ? 1 : 0;
            const QTime t = QTime(0, 0).addSecs(c.second);
            f.line(QStringLiteral("C%1,").arg(id, 8, 10, QLatin1Char('0')) + agents[size_t(c.agent)].id + u',' + date
                   + u' ' + t.toString(QStringLiteral("HH:mm:ss")) + u',' + QLatin1String(channel) + u','
                   + agents[size_t(c.agent)].team + u',' + QString::number(handle) + u',' + QString::number(fcr));
        }
    }
    std::printf("%lld contacts, %d agents, %s\n", static_cast<long long>(id), agentCount, qPrintable(month.toString()));
    return 0;
}

// One contact of a month's per-contact export, kept small so a month (about
// 900k contacts for 800 agents) can be sorted into time order in memory.
struct OneContact {
    qint64 day;  // QDate::toJulianDay()
    int second;  // of the day
    int agent;   // index into the agents list
    int channel; // index into the channel names
    int handle;  // seconds
    bool fcr;
};

// Splits one agent/day/channel row into r.contacts contacts whose handle
// seconds add up to r.handleSeconds and of which exactly r.fcr are resolved
// on first contact, so importing either export gives the same store.
void splitRow(const ContactRecord &r, int agent, int channel, quint64 &state, std::vector<OneContact> &out)
{
    const qint64 n = r.contacts;
    const qint64 total = qint64(std::llround(r.handleSeconds.value_or(0.0)));
    // Random weights in [0.5, 1.5): each contact's share of the handle time;
    // integer parts from the cumulative sum so they add up exactly.
    std::vector<double> cum(static_cast<size_t>(n) + 1, 0.0);
    for (qint64 i = 0; i < n; ++i)
        cum[size_t(i) + 1] = cum[size_t(i)] + 0.5 + double(splitmix(state) % 1000) / 1000.0;
    // Which contacts were resolved first time: a partial Fisher-Yates pick of exactly fcr of them.
    std::vector<char> resolved(static_cast<size_t>(n), 0);
    std::vector<qint64> order(static_cast<size_t>(n));
    for (qint64 i = 0; i < n; ++i)
        order[size_t(i)] = i;
    const qint64 f = std::clamp<qint64>(r.fcr.value_or(0), 0, n);
    for (qint64 i = 0; i < f; ++i) {
        const qint64 j = i + qint64(splitmix(state) % quint64(n - i));
        std::swap(order[size_t(i)], order[size_t(j)]);
        resolved[size_t(order[size_t(i)])] = 1;
    }
    const qint64 day = r.date.toJulianDay();
    qint64 before = 0;
    for (qint64 i = 0; i < n; ++i) {
        const qint64 upTo = qint64(std::floor(double(total) * cum[size_t(i) + 1] / cum[size_t(n)]));
        const qint64 handle = i + 1 == n ? total - before : upTo - before;
        before += handle;
        out.push_back({day, 8 * 3600 + int(splitmix(state) % (10 * 3600)), agent, channel, int(handle),
                       resolved[size_t(i)] != 0});
    }
}

int writeExports(const QString &dir, int agentCount, int months, Month end, bool perContact)
{
    DemoOptions opt;
    opt.agents = agentCount;
    opt.months = months;
    opt.endMonth = end;
    DemoGenerator gen(opt);
    const std::vector<Agent> agentList = gen.agentsBatch().agents;
    writeAgents(dir, agentList);
    QHash<QString, int> agentIndex;
    for (size_t i = 0; i < agentList.size(); ++i)
        agentIndex.insert(agentList[i].id, int(i));
    QStringList channelNames;
    quint64 state = 0x5EEDC0DE;
    qint64 contactId = 0;
    std::vector<OneContact> monthContacts;
    CsvFile time(dir + QStringLiteral("/time.csv"),
                 QStringLiteral("agent_id,date,worked_minutes,scheduled_minutes,adherent_minutes,occupied_minutes"));
    CsvFile contacts(dir + QStringLiteral("/contacts.csv"),
                     perContact ? QStringLiteral("contact_id,agent_id,date,channel,queue,handle_seconds,fcr")
                                : QStringLiteral("agent_id,date,channel,contacts,handle_seconds,fcr"));
    CsvFile qa(dir + QStringLiteral("/qa.csv"),
               QStringLiteral("evaluation_id,agent_id,date,score,evaluator,form,comment"));
    CsvFile survey(dir + QStringLiteral("/survey.csv"), QStringLiteral("response_id,agent_id,date,csat,nps,comment"));
    CsvFile kcs(dir + QStringLiteral("/kcs.csv"), QStringLiteral("event_id,agent_id,date,type"));
    CsvFile sl(dir + QStringLiteral("/service_level.csv"), QStringLiteral("team,date,offered,answered_in_sl"));
    auto opt_ = [](const auto &v) { return v ? number(double(*v)) : QString(); };
    qint64 rows = 0;
    for (Month m : demoMonths(opt)) {
        monthContacts.clear();
        for (const ImportBatch &b : gen.monthBatches(m)) {
            rows += perContact ? b.recordCount() - qint64(b.contacts.size()) : b.recordCount();
            for (const TimeRecord &r : b.time)
                time.line(r.agentId + u',' + r.date.toString(Qt::ISODate) + u',' + number(r.workedMinutes) + u','
                          + opt_(r.scheduledMinutes) + u',' + opt_(r.adherentMinutes) + u',' + opt_(r.occupiedMinutes));
            if (perContact) {
                for (const ContactRecord &r : b.contacts) {
                    qsizetype ch = channelNames.indexOf(r.channel);
                    if (ch < 0) {
                        ch = channelNames.size();
                        channelNames.append(r.channel);
                    }
                    splitRow(r, agentIndex.value(r.agentId), int(ch), state, monthContacts);
                }
            } else
                for (const ContactRecord &r : b.contacts)
                    contacts.line(r.agentId + u',' + r.date.toString(Qt::ISODate) + u',' + r.channel + u','
                                  + QString::number(r.contacts) + u',' + opt_(r.handleSeconds) + u',' + opt_(r.fcr));
            for (const QaEvaluation &r : b.qa)
                qa.line(r.evaluationId + u',' + r.agentId + u',' + r.date.toString(Qt::ISODate) + u',' + number(r.score)
                        + u',' + csv(r.evaluator) + u',' + csv(r.form) + u',' + csv(r.comment));
            for (const SurveyResponse &r : b.surveys)
                survey.line(r.responseId + u',' + r.agentId + u',' + r.date.toString(Qt::ISODate) + u',' + opt_(r.csat)
                            + u',' + opt_(r.nps) + u',' + csv(r.comment));
            for (const KcsEvent &r : b.kcs)
                kcs.line(r.eventId + u',' + r.agentId + u',' + r.date.toString(Qt::ISODate) + u','
                         + kcsTypeName(r.type));
            for (const ServiceLevelRecord &r : b.serviceLevels)
                sl.line(csv(r.team) + u',' + r.date.toString(Qt::ISODate) + u',' + QString::number(r.offered) + u','
                        + QString::number(r.answeredInSl));
        }
        // Per-contact rows of the month in time order, like an export.
        std::sort(monthContacts.begin(), monthContacts.end(), [](const OneContact &x, const OneContact &y) {
            return x.day != y.day ? x.day < y.day : x.second != y.second ? x.second < y.second : x.agent < y.agent;
        });
        for (const OneContact &c : monthContacts) {
            ++contactId;
            const Agent &a = agentList[size_t(c.agent)];
            contacts.line(QStringLiteral("C%1,").arg(contactId, 9, 10, QLatin1Char('0')) + a.id + u','
                          + QDate::fromJulianDay(c.day).toString(Qt::ISODate) + u' '
                          + QTime(0, 0).addSecs(c.second).toString(QStringLiteral("HH:mm:ss")) + u','
                          + channelNames[c.channel] + u',' + csv(a.team) + u',' + QString::number(c.handle) + u','
                          + (c.fcr ? u'1' : u'0'));
        }
        rows += qint64(monthContacts.size());
    }
    std::printf("%lld rows%s, %d agents, %d months to %s\n", static_cast<long long>(rows),
                perContact ? " (contacts per contact)" : "", agentCount, months, qPrintable(end.toString()));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_data contacts|exports DIR [options]\n");
        return 64;
    }
    const QString dir = args[1];
    QDir().mkpath(dir);
    const int agents = option(args, QStringLiteral("--agents"), QStringLiteral("800")).toInt();
    if (args[0] == QLatin1String("contacts")) {
        const auto month = Month::parse(option(args, QStringLiteral("--month"), QStringLiteral("2026-10")));
        return writeContacts(dir, agents, option(args, QStringLiteral("--rows"), QStringLiteral("700000")).toLongLong(),
                             month.value_or(Month(2026, 10)));
    }
    if (args[0] == QLatin1String("exports")) {
        const auto end = Month::parse(option(args, QStringLiteral("--end-month"), QStringLiteral("2026-10")));
        return writeExports(dir, agents, option(args, QStringLiteral("--months"), QStringLiteral("12")).toInt(),
                            end.value_or(Month(2026, 10)), args.contains(QStringLiteral("--per-contact")));
    }
    std::fprintf(stderr, "unknown mode %s\n", qPrintable(args[0]));
    return 64;
}
