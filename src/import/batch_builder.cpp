#include "import/batch_builder.h"

#include "import/mapping_profile.h"

#include <string>

using namespace Qt::StringLiterals;

namespace sc::importdetail {

namespace {

// Field positions, in kindFields() order.
namespace F {
enum Agents { AgentId, Name, Team, Supervisor, Employment, Email, Active };
enum Time { TAgent, TDate, Worked, Scheduled, Adherent, Occupied };
enum Contacts { CAgent, CDate, Channel, Count, Handle, Fcr };
enum Qa { QId, QAgent, QDate, Score, Evaluator, Form, Comment };
enum Survey { SId, SAgent, SDate, Csat, Nps, SComment };
enum Kcs { KId, KAgent, KDate, KType };
enum ServiceLevel { SlTeam, SlDate, Offered, AnsweredInSl, Answered, AnswerSeconds };
} // namespace F

// The fields in which two rows of one key differ, for the error naming both lines.
template <typename T, typename M> void differ(QStringList &out, const T &a, const T &b, M T::*member, const char *name)
{
    if (!(a.*member == b.*member))
        out << QString::fromLatin1(name);
}
QStringList agentDifferences(const Agent &a, const Agent &b)
{
    QStringList d;
    differ(d, a, b, &Agent::name, "name");
    differ(d, a, b, &Agent::team, "team");
    differ(d, a, b, &Agent::supervisor, "supervisor");
    differ(d, a, b, &Agent::employment, "employment");
    differ(d, a, b, &Agent::email, "email");
    differ(d, a, b, &Agent::active, "active");
    return d;
}
QStringList timeDifferences(const TimeRecord &a, const TimeRecord &b)
{
    QStringList d;
    differ(d, a, b, &TimeRecord::workedMinutes, "worked_minutes");
    differ(d, a, b, &TimeRecord::scheduledMinutes, "scheduled_minutes");
    differ(d, a, b, &TimeRecord::adherentMinutes, "adherent_minutes");
    differ(d, a, b, &TimeRecord::occupiedMinutes, "occupied_minutes");
    return d;
}
QStringList qaDifferences(const QaEvaluation &a, const QaEvaluation &b)
{
    QStringList d;
    differ(d, a, b, &QaEvaluation::agentId, "agent_id");
    differ(d, a, b, &QaEvaluation::date, "date");
    differ(d, a, b, &QaEvaluation::score, "score");
    differ(d, a, b, &QaEvaluation::evaluator, "evaluator");
    differ(d, a, b, &QaEvaluation::form, "form");
    differ(d, a, b, &QaEvaluation::comment, "comment");
    return d;
}
QStringList surveyDifferences(const SurveyResponse &a, const SurveyResponse &b)
{
    QStringList d;
    differ(d, a, b, &SurveyResponse::agentId, "agent_id");
    differ(d, a, b, &SurveyResponse::date, "date");
    differ(d, a, b, &SurveyResponse::csat, "csat");
    differ(d, a, b, &SurveyResponse::nps, "nps");
    differ(d, a, b, &SurveyResponse::comment, "comment");
    return d;
}
QStringList kcsDifferences(const KcsEvent &a, const KcsEvent &b)
{
    QStringList d;
    differ(d, a, b, &KcsEvent::agentId, "agent_id");
    differ(d, a, b, &KcsEvent::date, "date");
    differ(d, a, b, &KcsEvent::type, "type");
    return d;
}

} // namespace

BatchBuilder::BatchBuilder(ImportKind kind, FieldReader &fields, ErrorList &errors, const QSet<QString> &knownAgents)
    : m_kind(kind), m_fields(fields), m_errors(errors), m_knownAgents(knownAgents)
{
    m_batch.kind = kind;
}

void BatchBuilder::read(const CsvRecord &r)
{
    switch (m_kind) {
    case ImportKind::Agents: return rowAgents(r);
    case ImportKind::Time: return rowTime(r);
    case ImportKind::Contacts: return rowContacts(r);
    case ImportKind::Qa: return rowQa(r);
    case ImportKind::Survey: return rowSurvey(r);
    case ImportKind::Kcs: return rowKcs(r);
    case ImportKind::ServiceLevel: return rowServiceLevel(r);
    }
}

void BatchBuilder::countUnknownAgentRows()
{
    // Each unknown agent is reported once, on its first row, with how often it appears.
    for (size_t i = 0; i < m_agentErrorIndex.size(); ++i) {
        const qint64 e = m_agentErrorIndex[i];
        if (e >= 0 && m_agentUnknownRows[i] > 1)
            m_errors.listed()[size_t(e)].reason += u"; on %1 rows"_s.arg(m_agentUnknownRows[i]);
    }
}

int BatchBuilder::agent(const CsvRecord &r, int f)
{
    const std::string_view v = m_fields.raw(r, f);
    if (m_fields.presence(r, f, v) != Read::Ok)
        return -1;
    const auto [index, isNew] = m_agents.get(v);
    if (isNew) {
        const bool known = m_knownAgents.contains(m_agents.value(index));
        m_agentKnown.push_back(known ? 1 : 0);
        m_agentErrorIndex.push_back(-1);
        m_agentUnknownRows.push_back(0);
        if (!known && !m_errors.full()) {
            m_agentErrorIndex.back() = qint64(m_errors.listed().size());
            m_fields.fail(r, f, u"unknown agent (not in the store nor in an agents file of this import)"_s);
        }
    }
    if (m_agentKnown[size_t(index)])
        return index;
    ++m_agentUnknownRows[size_t(index)];
    return -1;
}

void BatchBuilder::rowAgents(const CsvRecord &r)
{
    Agent a;
    bool ok = m_fields.text(r, F::AgentId, a.id) == Read::Ok;
    ok &= m_fields.text(r, F::Name, a.name) == Read::Ok;
    ok &= m_fields.text(r, F::Team, a.team) == Read::Ok;
    ok &= m_fields.text(r, F::Supervisor, a.supervisor) != Read::Bad;
    ok &= m_fields.text(r, F::Email, a.email) != Read::Bad;
    const std::string_view e = m_fields.raw(r, F::Employment);
    if (!e.empty()) {
        std::string norm(e);
        for (char &c : norm)
            c = (c == '-' || c == ' ') ? '_' : lowerAscii(c);
        if (norm == "full_time")
            a.employment = Employment::FullTime;
        else if (norm == "part_time")
            a.employment = Employment::PartTime;
        else
            ok = (m_fields.fail(r, F::Employment, u"expected full_time or part_time"_s), false);
    }
    ok &= m_fields.boolean(r, F::Active, a.active) != Read::Bad;
    if (!ok)
        return;
    const std::string_view id = m_fields.raw(r, F::AgentId);
    addOrCollapse(m_batch.agents, m_posById.insert(id, m_batch.agents.size()), std::move(a), r, F::AgentId,
                  toQString(id), agentDifferences);
}

void BatchBuilder::rowTime(const CsvRecord &r)
{
    const int a = agent(r, F::TAgent);
    qint64 jd = 0;
    bool ok = m_fields.date(r, F::TDate, jd) == Read::Ok;
    TimeRecord t;
    ok &= m_fields.duration(r, F::Worked, true, t.workedMinutes) == Read::Ok;
    double scheduled = 0, adherent = 0, occupied = 0;
    const Read s = m_fields.duration(r, F::Scheduled, true, scheduled);
    const Read ad = m_fields.duration(r, F::Adherent, true, adherent);
    const Read oc = m_fields.duration(r, F::Occupied, true, occupied);
    ok &= s != Read::Bad && ad != Read::Bad && oc != Read::Bad;
    if (s == Read::Ok)
        t.scheduledMinutes = scheduled;
    if (ad == Read::Ok) {
        // Adherence is adherent / scheduled of the same rows: one without the
        // other would skew the ratio, so both are required together.
        if (s == Read::Absent)
            ok = (m_fields.fail(r, F::Adherent, u"adherent_minutes needs scheduled_minutes on the same row"_s), false);
        else if (s == Read::Ok && adherent > scheduled + 1e-9)
            ok = (m_fields.fail(
                      r, F::Adherent,
                      u"adherent minutes exceed scheduled minutes (%1)"_s.arg(shown(m_fields.raw(r, F::Scheduled)))),
                  false);
        t.adherentMinutes = adherent;
    }
    if (oc == Read::Ok) {
        if (s == Read::Absent)
            ok = (m_fields.fail(r, F::Occupied, u"occupied_minutes needs scheduled_minutes on the same row"_s), false);
        t.occupiedMinutes = occupied;
    }
    if (!ok || a < 0)
        return;
    t.agentId = m_agents.value(a);
    t.date = QDate::fromJulianDay(jd);
    const Key3 key{a, qint32(jd), 0};
    const QString keyText = t.agentId + u", "_s + t.date.toString(Qt::ISODate);
    addOrCollapse(m_batch.time, m_posByKey3.insert(key, m_batch.time.size()), std::move(t), r, F::TAgent, keyText,
                  timeDifferences);
}

void BatchBuilder::rowContacts(const CsvRecord &r)
{
    const int a = agent(r, F::CAgent);
    qint64 jd = 0;
    bool ok = m_fields.date(r, F::CDate, jd) == Read::Ok;
    qint64 contacts = 1;
    ok &= m_fields.count(r, F::Count, contacts) != Read::Bad;
    double handle = 0;
    const Read h = m_fields.duration(r, F::Handle, false, handle);
    ok &= h != Read::Bad;
    qint64 fcr = 0;
    const Read fv = m_fields.count(r, F::Fcr, fcr);
    ok &= fv != Read::Bad;
    if (fv == Read::Ok && fcr > contacts)
        ok = (m_fields.fail(r, F::Fcr, u"more first-contact resolutions than contacts (%1)"_s.arg(contacts)), false);
    if (!ok || a < 0)
        return;
    std::string_view channel = m_fields.raw(r, F::Channel);
    int ch = 0;
    if (channel.empty()) {
        ch = m_channels.get("phone").first;
    } else {
        // Channels compare case-insensitively: "Phone" and "phone" are one key.
        bool lower = true;
        for (char c : channel)
            lower &= lowerAscii(c) == c;
        if (lower) {
            ch = m_channels.get(channel).first;
        } else {
            std::string l(channel);
            for (char &c : l)
                c = lowerAscii(c);
            ch = m_channels.get(l).first;
        }
    }
    // Rows of one file sharing a key are summed: a per-contact export imports as is.
    auto add = [&](ContactRecord &c) {
        c.contacts += contacts;
        if (h == Read::Ok) {
            c.handleSeconds = c.handleSeconds.value_or(0) + handle;
            c.handleContacts += contacts;
        }
        if (fv == Read::Ok) {
            c.fcr = c.fcr.value_or(0) + fcr;
            c.fcrContacts += contacts;
        }
        return true;
    };
    const Key3 key{a, qint32(jd), ch};
    addOrMerge(
        m_batch.contacts, m_posByKey3.insert(key, m_batch.contacts.size()), r.line,
        [&] {
            ContactRecord c;
            c.agentId = m_agents.value(a);
            c.date = QDate::fromJulianDay(jd);
            c.channel = m_channels.value(ch);
            add(c);
            return c;
        },
        [&](ContactRecord &c, qint64) { return add(c); });
}

void BatchBuilder::rowQa(const CsvRecord &r)
{
    QaEvaluation q;
    bool ok = m_fields.text(r, F::QId, q.evaluationId) == Read::Ok;
    const int a = agent(r, F::QAgent);
    qint64 jd = 0;
    ok &= m_fields.date(r, F::QDate, jd) == Read::Ok;
    const Read s = m_fields.number(r, F::Score, q.score);
    ok &= s == Read::Ok;
    if (s == Read::Ok && (q.score < 0 || q.score > 100))
        ok = (m_fields.fail(r, F::Score, u"score out of range (expected 0 to 100)"_s), false);
    ok &= m_fields.text(r, F::Evaluator, q.evaluator) != Read::Bad;
    ok &= m_fields.text(r, F::Form, q.form) != Read::Bad;
    ok &= m_fields.text(r, F::Comment, q.comment) != Read::Bad;
    if (!ok || a < 0)
        return;
    q.agentId = m_agents.value(a);
    q.date = QDate::fromJulianDay(jd);
    const std::string_view id = m_fields.raw(r, F::QId);
    addOrCollapse(m_batch.qa, m_posById.insert(id, m_batch.qa.size()), std::move(q), r, F::QId, toQString(id),
                  qaDifferences);
}

void BatchBuilder::rowSurvey(const CsvRecord &r)
{
    SurveyResponse s;
    bool ok = m_fields.text(r, F::SId, s.responseId) == Read::Ok;
    const int a = agent(r, F::SAgent);
    qint64 jd = 0;
    ok &= m_fields.date(r, F::SDate, jd) == Read::Ok;
    int csat = 0, nps = 0;
    const Read c = m_fields.wholeInRange(r, F::Csat, 1, 5, csat);
    const Read n = m_fields.wholeInRange(r, F::Nps, 0, 10, nps);
    ok &= c != Read::Bad && n != Read::Bad;
    ok &= m_fields.text(r, F::SComment, s.comment) != Read::Bad;
    if (!ok || a < 0)
        return;
    if (c == Read::Ok)
        s.csat = csat;
    if (n == Read::Ok)
        s.nps = nps;
    s.agentId = m_agents.value(a);
    s.date = QDate::fromJulianDay(jd);
    const std::string_view id = m_fields.raw(r, F::SId);
    addOrCollapse(m_batch.surveys, m_posById.insert(id, m_batch.surveys.size()), std::move(s), r, F::SId, toQString(id),
                  surveyDifferences);
}

void BatchBuilder::rowKcs(const CsvRecord &r)
{
    KcsEvent k;
    bool ok = m_fields.text(r, F::KId, k.eventId) == Read::Ok;
    const int a = agent(r, F::KAgent);
    qint64 jd = 0;
    ok &= m_fields.date(r, F::KDate, jd) == Read::Ok;
    const std::string_view t = m_fields.raw(r, F::KType);
    if (m_fields.presence(r, F::KType, t) != Read::Ok)
        ok = false;
    else if (equalsIgnoreCase(t, "link"))
        k.type = KcsType::Link;
    else if (equalsIgnoreCase(t, "edit"))
        k.type = KcsType::Edit;
    else if (equalsIgnoreCase(t, "draft"))
        k.type = KcsType::Draft;
    else
        ok = (m_fields.fail(r, F::KType, u"expected link, edit or draft"_s), false);
    if (!ok || a < 0)
        return;
    k.agentId = m_agents.value(a);
    k.date = QDate::fromJulianDay(jd);
    const std::string_view id = m_fields.raw(r, F::KId);
    addOrCollapse(m_batch.kcs, m_posById.insert(id, m_batch.kcs.size()), std::move(k), r, F::KId, toQString(id),
                  kcsDifferences);
}

void BatchBuilder::rowServiceLevel(const CsvRecord &r)
{
    ServiceLevelRecord s;
    bool ok = m_fields.text(r, F::SlTeam, s.team) == Read::Ok;
    qint64 jd = 0;
    ok &= m_fields.date(r, F::SlDate, jd) == Read::Ok;
    const Read o = m_fields.count(r, F::Offered, s.offered);
    const Read a = m_fields.count(r, F::AnsweredInSl, s.answeredInSl);
    qint64 answered = 0;
    const Read an = m_fields.count(r, F::Answered, answered);
    double seconds = 0;
    const Read sec = m_fields.duration(r, F::AnswerSeconds, false, seconds);
    ok &= o == Read::Ok && a == Read::Ok && an != Read::Bad && sec != Read::Bad;
    if (o == Read::Ok && a == Read::Ok && s.answeredInSl > s.offered)
        ok = (m_fields.fail(r, F::AnsweredInSl,
                            u"more calls answered in service level than offered (%1)"_s.arg(s.offered)),
              false);
    // A threshold on the wait says nothing of whether the call was answered:
    // a call that was not is not answered in service level either.
    if (a == Read::Ok && an == Read::Ok && m_fields.isThreshold(F::AnsweredInSl) && s.answeredInSl > answered)
        s.answeredInSl = answered;
    if (o == Read::Ok && an == Read::Ok && answered > s.offered)
        ok = (m_fields.fail(r, F::Answered, u"more calls answered than offered (%1)"_s.arg(s.offered)), false);
    else if (a == Read::Ok && an == Read::Ok && s.answeredInSl > answered)
        ok = (m_fields.fail(r, F::AnsweredInSl,
                            u"more calls answered in service level than answered (%1)"_s.arg(answered)),
              false);
    if (sec == Read::Ok && an == Read::Absent)
        ok = (m_fields.fail(r, F::AnswerSeconds, u"answer_seconds needs answered on the same row"_s), false);
    if (!ok)
        return;
    if (an == Read::Ok)
        s.answered = answered;
    // The speed of answer is that of answered calls: the seconds of a row
    // with nothing answered (an abandoned call's wait) are not part of it.
    if (sec == Read::Ok && answered > 0) {
        s.answerSeconds = seconds;
        s.asaAnswered = answered;
    }
    s.date = QDate::fromJulianDay(jd);
    const int team = m_teams.get(m_fields.raw(r, F::SlTeam)).first;
    const Key3 key{team, qint32(jd), 0};
    // Rows of one file that share (team, date) are summed, like contacts:
    // a per-call log imports as is.
    addOrMerge(
        m_batch.serviceLevels, m_posByKey3.insert(key, m_batch.serviceLevels.size()), r.line,
        [&] { return std::move(s); },
        [&](ServiceLevelRecord &sum, qint64) {
            sum.offered += s.offered;
            sum.answeredInSl += s.answeredInSl;
            if (s.answered)
                sum.answered = sum.answered.value_or(0) + *s.answered;
            if (s.answerSeconds) {
                sum.answerSeconds = sum.answerSeconds.value_or(0) + *s.answerSeconds;
                sum.asaAnswered += s.asaAnswered;
            }
            return true;
        });
}

template <typename T>
void BatchBuilder::addOrCollapse(std::vector<T> &rows, std::pair<size_t, bool> slot, T &&row, const CsvRecord &r,
                                 int keyField, const QString &keyText, QStringList (*differences)(const T &, const T &))
{
    addOrMerge(
        rows, slot, r.line, [&] { return std::move(row); },
        [&](const T &first, qint64 firstLine) {
            if (first == row)
                return true; // the same row twice: stored once, counted in the summary
            m_errors.add(r.line, m_fields.label(keyField), shown(m_fields.raw(r, keyField)),
                         u"same key (%1) as line %2 but a different %3"_s.arg(keyText).arg(firstLine).arg(
                             differences(first, row).join(u", "_s)));
            return false;
        });
}
} // namespace sc::importdetail
