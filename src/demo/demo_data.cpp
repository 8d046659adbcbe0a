#include "demo_data.h"
#include "splitmix.h"

#include <QStringList>
#include <algorithm>
#include <array>
#include <cmath>

namespace sc {

namespace {

quint64 mixKey(quint64 a, quint64 b, quint64 c = 0)
{
    quint64 s = a * 0xD1B54A32D192ED03ull + b;
    splitmix(s);
    s ^= c * 0x8CB92BA72F3D8DD7ull;
    return splitmix(s);
}

class Rng {
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next() { return splitmix(m_state); }
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    double range(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    int intIn(int lo, int hi) { return lo + int(next() % quint64(hi - lo + 1)); }
    bool chance(double p) { return uniform() < p; }
    // Approximately standard normal (Irwin-Hall of 4 uniforms, rescaled):
    // plain arithmetic, so no libm differences between platforms.
    double normal() { return (uniform() + uniform() + uniform() + uniform() - 2.0) * 1.7320508075688772; }

private:
    quint64 m_state;
};

double clampD(double v, double lo, double hi) { return std::min(std::max(v, lo), hi); }

enum class Archetype { Steady, Strong, Improving, Declining, Struggling, NewHire, Gap };

// 20 slots: mostly solid agents, a few stars, movers both ways, a few who
// struggle, new hires and one with a hole in the data.
constexpr std::array<Archetype, 20> kPattern{
    Archetype::Steady,     Archetype::Steady,     Archetype::Steady,    Archetype::Steady,    Archetype::Steady,
    Archetype::Steady,     Archetype::Strong,     Archetype::Strong,    Archetype::Strong,    Archetype::Improving,
    Archetype::Improving,  Archetype::Improving,  Archetype::Declining, Archetype::Declining, Archetype::Declining,
    Archetype::Struggling, Archetype::Struggling, Archetype::NewHire,   Archetype::NewHire,   Archetype::Gap};

// Per-agent offsets are indexed by these.
enum MetricSlot { MCph, MAht, MQa, MCsat, MFcr, MAdh, MKcs, MSlotCount };

const QStringList &firstNames()
{
    static const QStringList names{
        QStringLiteral("Ava"),   QStringLiteral("Liam"),   QStringLiteral("Maya"),  QStringLiteral("Noah"),
        QStringLiteral("Sofia"), QStringLiteral("Ethan"),  QStringLiteral("Chloe"), QStringLiteral("Lucas"),
        QStringLiteral("Amara"), QStringLiteral("Mateo"),  QStringLiteral("Priya"), QStringLiteral("Owen"),
        QStringLiteral("Hana"),  QStringLiteral("Diego"),  QStringLiteral("Grace"), QStringLiteral("Samuel"),
        QStringLiteral("Leila"), QStringLiteral("Jonas"),  QStringLiteral("Nora"),  QStringLiteral("Kwame"),
        QStringLiteral("Elena"), QStringLiteral("Ravi"),   QStringLiteral("Zoe"),   QStringLiteral("Tomas"),
        QStringLiteral("Aisha"), QStringLiteral("Felix"),  QStringLiteral("Ines"),  QStringLiteral("Marcus"),
        QStringLiteral("Yuki"),  QStringLiteral("Daniel"), QStringLiteral("Lucia"), QStringLiteral("Omar"),
        QStringLiteral("Freya"), QStringLiteral("Andre"),  QStringLiteral("Mei"),   QStringLiteral("Victor"),
        QStringLiteral("Rosa"),  QStringLiteral("Isaac"),  QStringLiteral("Tara"),  QStringLiteral("Hugo")};
    return names;
}

const QStringList &lastNames()
{
    static const QStringList names{
        QStringLiteral("Okafor"),   QStringLiteral("Lindqvist"), QStringLiteral("Patel"),   QStringLiteral("Moreau"),
        QStringLiteral("Nakamura"), QStringLiteral("Silva"),     QStringLiteral("Brennan"), QStringLiteral("Kowalski"),
        QStringLiteral("Haddad"),   QStringLiteral("Jensen"),    QStringLiteral("Romero"),  QStringLiteral("Chen"),
        QStringLiteral("Abara"),    QStringLiteral("Fischer"),   QStringLiteral("Novak"),   QStringLiteral("Reyes"),
        QStringLiteral("Osei"),     QStringLiteral("Larsen"),    QStringLiteral("Dubois"),  QStringLiteral("Kim"),
        QStringLiteral("Mendes"),   QStringLiteral("Walsh"),     QStringLiteral("Ibrahim"), QStringLiteral("Costa"),
        QStringLiteral("Varga"),    QStringLiteral("Sato"),      QStringLiteral("Murphy"),  QStringLiteral("Rossi"),
        QStringLiteral("Andersen"), QStringLiteral("Mwangi"),    QStringLiteral("Bauer"),   QStringLiteral("Lopez"),
        QStringLiteral("Tanaka"),   QStringLiteral("OBrien"),    QStringLiteral("Kaur"),    QStringLiteral("Petrov"),
        QStringLiteral("Hughes"),   QStringLiteral("Yilmaz"),    QStringLiteral("Nguyen"),  QStringLiteral("Berg")};
    return names;
}

struct TeamStyle {
    QString name;
    QString supervisor;
    std::vector<std::pair<QString, double>> channels; // channel, share of contacts
    double serviceLevel = 0.8;
};

const QString kPhone = QStringLiteral("phone");
const QString kChat = QStringLiteral("chat");
const QString kEmail = QStringLiteral("email");
const QString kEmpty = QStringLiteral("");

std::vector<TeamStyle> makeTeams(int agentCount, quint64 seed)
{
    static const QStringList base{QStringLiteral("Billing"),    QStringLiteral("Tech Support"),
                                  QStringLiteral("Onboarding"), QStringLiteral("Retention"),
                                  QStringLiteral("Payments"),   QStringLiteral("Escalations"),
                                  QStringLiteral("Accounts"),   QStringLiteral("Sales Support")};
    static const QStringList supervisors{
        QStringLiteral("Helen Marsh"),  QStringLiteral("Rafael Duarte"), QStringLiteral("Joanna Pike"),
        QStringLiteral("Kenji Mori"),   QStringLiteral("Beatrice Ude"),  QStringLiteral("Stefan Holm"),
        QStringLiteral("Carmen Vidal"), QStringLiteral("Patrick Doyle"), QStringLiteral("Nadia Karim"),
        QStringLiteral("Oliver Grant"), QStringLiteral("Sunita Rao"),    QStringLiteral("Emil Strand")};
    // A supervisor looks after about 16 agents.
    const int count = std::max(3, int(std::lround(agentCount / 16.0)));
    std::vector<TeamStyle> teams;
    teams.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        TeamStyle t;
        const int kind = i % int(base.size());
        t.name = count <= int(base.size()) ? base[kind] : base[kind] + u' ' + QString::number(i / base.size() + 1);
        t.supervisor = supervisors[i % supervisors.size()];
        if (i >= supervisors.size())
            t.supervisor += u' ' + QString::number(i / supervisors.size() + 1);
        switch (i % 3) {
        case 0: t.channels = {{kPhone, 0.7}, {kEmail, 0.3}}; break;
        case 1: t.channels = {{kPhone, 0.5}, {kChat, 0.3}, {kEmail, 0.2}}; break;
        default: t.channels = {{kPhone, 0.6}, {kChat, 0.4}}; break;
        }
        Rng rng(mixKey(seed, quint64(i), 0x7EA4));
        t.serviceLevel = rng.range(0.74, 0.9);
        teams.push_back(std::move(t));
    }
    return teams;
}

std::vector<QDate> workdays(Month month)
{
    std::vector<QDate> days;
    for (QDate d = month.firstDay(); d < month.endExclusive(); d = d.addDays(1))
        if (d.dayOfWeek() <= 5)
            days.push_back(d);
    return days;
}

// QA comments by score band: what an evaluator actually writes.
const QStringList &qaComments(double score)
{
    static const QStringList great{
        QStringLiteral("Excellent ownership: confirmed the fix worked before closing."),
        QStringLiteral("Warm greeting, clear summary, textbook wrap-up."),
        QStringLiteral("Great empathy with an upset customer; de-escalated quickly."),
        QStringLiteral("Used the knowledge base well and linked the article in the ticket.")};
    static const QStringList good{QStringLiteral("Solid contact. Verify identity before discussing the account."),
                                  QStringLiteral("Good troubleshooting; remember to set expectations on follow-up."),
                                  QStringLiteral("Accurate answer, but the hold was longer than needed."),
                                  QStringLiteral("Friendly and correct; ticket notes could be more complete.")};
    static const QStringList fair{QStringLiteral("Missed the knowledge base article that covers this case."),
                                  QStringLiteral("Rushed the close; the customer had a second question."),
                                  QStringLiteral("Summarise next steps before ending the contact."),
                                  QStringLiteral("Tone was fine but the wrong category was set on the ticket.")};
    static const QStringList poor{
        QStringLiteral("Incorrect refund information given; please review the billing policy."),
        QStringLiteral("Did not verify the caller's identity."),
        QStringLiteral("Long silences during troubleshooting; narrate what you are doing."),
        QStringLiteral("Transferred without a warm handover; customer had to repeat everything.")};
    if (score >= 90)
        return great;
    if (score >= 80)
        return good;
    if (score >= 70)
        return fair;
    return poor;
}

const QStringList &surveyComments(bool positive)
{
    static const QStringList pos{QStringLiteral("Sorted my problem in minutes, thank you!"),
                                 QStringLiteral("Very patient and friendly."),
                                 QStringLiteral("Best support experience I've had in a while."),
                                 QStringLiteral("Explained everything clearly.")};
    static const QStringList neg{
        QStringLiteral("Had to explain my issue twice."), QStringLiteral("Took too long to get an answer."),
        QStringLiteral("Problem still not fixed."), QStringLiteral("Felt rushed off the phone.")};
    return positive ? pos : neg;
}

const QStringList &evaluators()
{
    static const QStringList names{QStringLiteral("Dana Whitfield"), QStringLiteral("Marcus Oyelaran"),
                                   QStringLiteral("Priya Raman"), QStringLiteral("Tom Ortega")};
    return names;
}

QString formFor(const QString &channel)
{
    if (channel == kChat)
        return QStringLiteral("Chat v2");
    if (channel == kEmail)
        return QStringLiteral("Email v1");
    return QStringLiteral("Phone call v3");
}

QString compactMonth(Month m) { return QString::number(m.year() * 100 + m.month()); }

} // namespace

struct DemoGenerator::Profile {
    Agent agent;
    int index = 0;
    int team = 0;
    Archetype type = Archetype::Steady;
    double start = 1.0;                      // performance at the first month (1.0 = at goal)
    double end = 1.0;                        // ... and at the last
    std::array<double, MSlotCount> offset{}; // personal strengths and weaknesses
    double occupancy = 0.8;
    QDate hireDate;      // valid when hired inside the window
    int gapMonth = -1;   // Month::index() with no time rows (WFM export missed them)
    int leaveMonth = -1; // Month::index() with no rows at all (leave of absence)
};

std::vector<Month> demoMonths(const DemoOptions &options)
{
    std::vector<Month> months;
    const int n = std::max(1, options.months);
    for (int i = n - 1; i >= 0; --i)
        months.push_back(options.endMonth.addMonths(-i));
    return months;
}

DemoGenerator::DemoGenerator(const DemoOptions &options) : m_options(options)
{
    m_options.agents = std::max(1, m_options.agents);
    m_options.months = std::max(1, m_options.months);
    const std::vector<Month> months = demoMonths(m_options);
    const std::vector<TeamStyle> teams = makeTeams(m_options.agents, m_options.seed);
    const int width = m_options.agents > 9999 ? 6 : 4;
    const int shift = int(m_options.seed % kPattern.size());
    bool lateHireGiven = false;
    int gapCount = 0;

    m_profiles.resize(size_t(m_options.agents));
    for (int i = 0; i < m_options.agents; ++i) {
        Profile &p = m_profiles[size_t(i)];
        Rng rng(mixKey(m_options.seed, quint64(i), 0xA6E17));
        p.index = i;
        p.team = i % int(teams.size());
        p.type = kPattern[size_t((i * 13 + shift) % int(kPattern.size()))];

        Agent &a = p.agent;
        a.id = QStringLiteral("A%1").arg(i + 1, width, 10, QLatin1Char('0'));
        const QString first = firstNames()[int(rng.next() % quint64(firstNames().size()))];
        const QString last = lastNames()[int(rng.next() % quint64(lastNames().size()))];
        a.name = first + u' ' + last;
        a.team = teams[size_t(p.team)].name;
        a.supervisor = teams[size_t(p.team)].supervisor;
        // About one in five works part time; agent 2 always does, so even a
        // tiny demo shows how hours normalisation treats them.
        a.employment = (i == 1 || rng.chance(0.2)) ? Employment::PartTime : Employment::FullTime;
        a.email = first.toLower() + u'.' + last.toLower() + QString::number(i + 1) + QStringLiteral("@example.com");
        a.active = true;

        for (double &o : p.offset)
            o = 0.1 * rng.normal();
        p.occupancy = clampD(0.8 + 0.04 * rng.normal(), 0.62, 0.93);

        switch (p.type) {
        case Archetype::Steady: p.start = p.end = rng.range(0.88, 1.08); break;
        case Archetype::Strong: p.start = p.end = rng.range(1.05, 1.2); break;
        case Archetype::Improving:
            p.start = rng.range(0.6, 0.75);
            p.end = rng.range(0.95, 1.1);
            break;
        case Archetype::Declining:
            p.start = rng.range(0.98, 1.1);
            p.end = rng.range(0.62, 0.78);
            break;
        case Archetype::Struggling: p.start = p.end = rng.range(0.55, 0.75); break;
        case Archetype::NewHire: {
            p.start = 0.6;
            p.end = rng.range(0.92, 1.05);
            // The first new hire starts two workdays before the end of the
            // last month: too little data to score, as happens in real life.
            const Month hireMonth = lateHireGiven || months.size() < 2
                                        ? months[size_t(rng.intIn(0, int(months.size()) - 1))]
                                        : months.back();
            const std::vector<QDate> days = workdays(hireMonth);
            const int dayIdx = lateHireGiven ? rng.intIn(0, int(days.size()) - 1) : int(days.size()) - 2;
            p.hireDate = days[size_t(std::max(0, dayIdx))];
            lateHireGiven = true;
            break;
        }
        case Archetype::Gap: {
            p.start = p.end = rng.range(0.85, 1.05);
            const int mid = months[months.size() / 2].index();
            // Alternate the two kinds of hole: a month the WFM export missed
            // the agent, and a month of leave with no rows at all.
            if (gapCount++ % 2 == 0)
                p.gapMonth = mid;
            else
                p.leaveMonth = mid;
            break;
        }
        }
    }
}

DemoGenerator::~DemoGenerator() = default;

ImportBatch DemoGenerator::agentsBatch() const
{
    ImportBatch b;
    b.kind = ImportKind::Agents;
    b.sourceFile = QStringLiteral("demo/agents.csv");
    b.agents.reserve(m_profiles.size());
    for (const Profile &p : m_profiles)
        b.agents.push_back(p.agent);
    b.rowsRead = qint64(b.agents.size());
    return b;
}

std::vector<ImportBatch> DemoGenerator::monthBatches(Month month) const
{
    const std::vector<Month> months = demoMonths(m_options);
    const std::vector<TeamStyle> teams = makeTeams(m_options.agents, m_options.seed);
    const int firstIdx = months.front().index();
    const int span = std::max(1, int(months.size()) - 1);
    const double t = clampD(double(month.index() - firstIdx) / span, 0.0, 1.0);
    const std::vector<QDate> days = workdays(month);
    const QString ym = compactMonth(month);
    const QString prefix = QStringLiteral("demo/") + month.toString() + u'/';

    std::vector<ImportBatch> out(6);
    const ImportKind kinds[6] = {ImportKind::Time,   ImportKind::Contacts, ImportKind::Qa,
                                 ImportKind::Survey, ImportKind::Kcs,      ImportKind::ServiceLevel};
    for (int k = 0; k < 6; ++k) {
        out[size_t(k)].kind = kinds[k];
        out[size_t(k)].sourceFile = prefix + kindName(kinds[k]) + QStringLiteral(".csv");
    }
    ImportBatch &timeB = out[0];
    ImportBatch &contactsB = out[1];
    ImportBatch &qaB = out[2];
    ImportBatch &surveyB = out[3];
    ImportBatch &kcsB = out[4];
    ImportBatch &slB = out[5];

    // Team phone + chat contacts per workday, the base of service level.
    std::vector<std::vector<qint64>> teamLoad(teams.size(), std::vector<qint64>(days.size(), 0));

    for (const Profile &p : m_profiles) {
        if (p.leaveMonth == month.index())
            continue;
        if (p.hireDate.isValid() && Month::of(p.hireDate) > month)
            continue;
        Rng rng(mixKey(m_options.seed, quint64(p.index) + 1, quint64(month.index())));
        const TeamStyle &team = teams[size_t(p.team)];
        const bool partTime = p.agent.employment == Employment::PartTime;

        double perf = p.start + (p.end - p.start) * t;
        if (p.type == Archetype::NewHire) {
            // Ramp up about a tenth of the goal each month after starting.
            const int tenure = month.index() - Month::of(p.hireDate).index();
            perf = std::min(p.end, 0.6 + 0.09 * tenure);
        }
        perf += 0.04 * rng.normal();
        std::array<double, MSlotCount> m{};
        for (int s = 0; s < MSlotCount; ++s)
            m[size_t(s)] = perf + p.offset[size_t(s)] + 0.05 * rng.normal();

        // Performance 1.0 lands on SPEC section 4's goals, 0 on the floors.
        const double cph = clampD(4.0 + 4.0 * m[MCph], 1.5, 13.0);
        const double aht = clampD(900.0 - 480.0 * m[MAht], 200.0, 1200.0);
        const double qaMean = clampD(70.0 + 20.0 * m[MQa], 45.0, 99.0);
        const double csatRate = clampD(0.70 + 0.20 * m[MCsat], 0.3, 0.99);
        const double fcrRate = clampD(0.50 + 0.30 * m[MFcr], 0.2, 0.97);
        const double adhRate = clampD(0.80 + 0.15 * m[MAdh], 0.6, 0.995);
        const double kcsPoints = std::max(0.0, 20.0 * m[MKcs] + 3.0 * rng.normal());

        std::vector<int> present; // indices into days
        for (int d = 0; d < int(days.size()); ++d) {
            if (p.hireDate.isValid() && days[size_t(d)] < p.hireDate)
                continue;
            if (rng.chance(0.035)) // sick day: no time, no contacts
                continue;
            present.push_back(d);
        }
        if (present.empty())
            continue;
        const double presence = double(present.size()) / double(days.size());

        for (int d : present) {
            const QDate &date = days[size_t(d)];
            const double scheduled = partTime ? 240 : 480;
            const double worked = scheduled - rng.intIn(0, partTime ? 10 : 20);
            if (p.gapMonth != month.index()) {
                TimeRecord tr;
                tr.agentId = p.agent.id;
                tr.date = date;
                tr.workedMinutes = worked;
                tr.scheduledMinutes = scheduled;
                tr.adherentMinutes = std::round(scheduled * clampD(adhRate + 0.02 * rng.normal(), 0.4, 1.0));
                tr.occupiedMinutes = std::round(scheduled * clampD(p.occupancy + 0.04 * rng.normal(), 0.4, 0.98));
                timeB.time.push_back(std::move(tr));
            }
            const double total = worked / 60.0 * cph * (1.0 + 0.08 * rng.normal());
            for (const auto &[channel, share] : team.channels) {
                const qint64 c = std::llround(std::max(0.0, total * share * (1.0 + 0.1 * rng.normal())));
                if (c <= 0)
                    continue;
                const double factor = channel == kChat ? 1.3 : channel == kEmail ? 0.8 : 1.0;
                ContactRecord cr;
                cr.agentId = p.agent.id;
                cr.date = date;
                cr.channel = channel;
                cr.contacts = c;
                cr.handleSeconds = std::round(double(c) * aht * factor * (1.0 + 0.06 * rng.normal()));
                cr.handleContacts = c;
                cr.fcr = std::clamp<qint64>(std::llround(double(c) * (fcrRate + 0.05 * rng.normal())), 0, c);
                cr.fcrContacts = c;
                contactsB.contacts.push_back(std::move(cr));
                if (channel != kEmail)
                    teamLoad[size_t(p.team)][size_t(d)] += c;
            }
        }

        auto randomDay = [&]() { return days[size_t(present[size_t(rng.intIn(0, int(present.size()) - 1))])]; };

        // QA: 4-8 evaluations a month (3-5 part time), fewer in a partial month.
        const int evals = int(std::lround((partTime ? rng.intIn(3, 5) : rng.intIn(4, 8)) * presence));
        for (int e = 0; e < evals; ++e) {
            const QString &channel = team.channels[size_t(rng.intIn(0, int(team.channels.size()) - 1))].first;
            QaEvaluation q;
            q.evaluationId = QStringLiteral("QA-") + ym + u'-' + p.agent.id + u'-' + QString::number(e + 1);
            q.agentId = p.agent.id;
            q.date = randomDay();
            q.score = std::round(clampD(qaMean + 5.0 * rng.normal(), 0.0, 100.0));
            q.evaluator = evaluators()[int(rng.next() % quint64(evaluators().size()))];
            q.form = formFor(channel);
            q.comment = kEmpty; // empty, not null: storage keeps "" for "no comment"
            if (rng.chance(0.8)) {
                const QStringList &pool = qaComments(q.score);
                q.comment = pool[int(rng.next() % quint64(pool.size()))];
            }
            qaB.qa.push_back(std::move(q));
        }

        // Surveys: 10-30 responses (5-15 part time); some skip the NPS question.
        const int responses = int(std::lround((partTime ? rng.intIn(5, 15) : rng.intIn(10, 30)) * presence));
        for (int r = 0; r < responses; ++r) {
            SurveyResponse s;
            s.responseId = QStringLiteral("SR-") + ym + u'-' + p.agent.id + u'-' + QString::number(r + 1);
            s.agentId = p.agent.id;
            s.date = randomDay();
            const bool positive = rng.chance(csatRate);
            const int csat = positive ? (rng.chance(0.6) ? 5 : 4) : rng.intIn(1, 3);
            s.csat = csat;
            s.comment = kEmpty;
            if (rng.chance(0.85)) {
                // NPS follows CSAT: delighted customers promote, unhappy ones detract.
                s.nps = csat == 5 ? rng.intIn(8, 10) : csat == 4 ? rng.intIn(6, 9) : rng.intIn(0, 6);
            }
            if (rng.chance(0.15)) {
                const QStringList &pool = surveyComments(positive);
                s.comment = pool[int(rng.next() % quint64(pool.size()))];
            }
            surveyB.surveys.push_back(std::move(s));
        }

        // KCS: links mostly, some edits, the odd new article.
        const double target = kcsPoints * presence;
        double points = 0;
        for (int e = 0; points < target; ++e) {
            const double u = rng.uniform();
            KcsEvent k;
            k.eventId = QStringLiteral("KB-") + ym + u'-' + p.agent.id + u'-' + QString::number(e + 1);
            k.agentId = p.agent.id;
            k.date = randomDay();
            k.type = u < 0.7 ? KcsType::Link : u < 0.92 ? KcsType::Edit : KcsType::Draft;
            points += k.type == KcsType::Link ? 1 : k.type == KcsType::Edit ? 2 : 3;
            kcsB.kcs.push_back(std::move(k));
        }
    }

    // Service level per team and workday, from the team's live contacts.
    for (size_t ti = 0; ti < teams.size(); ++ti) {
        Rng rng(mixKey(m_options.seed, 0x5E41ull + ti, quint64(month.index())));
        const double monthly = teams[ti].serviceLevel + 0.03 * rng.normal();
        for (size_t d = 0; d < days.size(); ++d) {
            const qint64 load = teamLoad[ti][d];
            if (load <= 0)
                continue;
            ServiceLevelRecord r;
            r.team = teams[ti].name;
            r.date = days[d];
            r.offered = std::llround(double(load) * 1.06); // some callers abandon
            r.answeredInSl = std::llround(double(r.offered) * clampD(monthly + 0.05 * rng.normal(), 0.4, 0.99));
            slB.serviceLevels.push_back(std::move(r));
        }
    }

    for (ImportBatch &b : out)
        b.rowsRead = b.recordCount();
    return out;
}

std::vector<ImportBatch> generateDemo(const DemoOptions &options)
{
    DemoGenerator gen(options);
    std::vector<ImportBatch> batches;
    batches.push_back(gen.agentsBatch());
    for (Month m : demoMonths(gen.options())) {
        std::vector<ImportBatch> month = gen.monthBatches(m);
        for (ImportBatch &b : month)
            batches.push_back(std::move(b));
    }
    return batches;
}

} // namespace sc
