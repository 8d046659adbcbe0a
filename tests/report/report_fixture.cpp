#include "report_fixture.h"

#include <gtest/gtest.h>

namespace sc::test {

namespace {

ImportBatch &batchOf(std::vector<ImportBatch> &batches, ImportKind kind)
{
    for (ImportBatch &b : batches)
        if (b.kind == kind)
            return b;
    ImportBatch b;
    b.kind = kind;
    b.sourceFile = kindName(kind) + QStringLiteral(".csv");
    batches.push_back(std::move(b));
    return batches.back();
}

Agent agent(const QString &id, const QString &name, const QString &team, Employment e = Employment::FullTime)
{
    Agent a;
    a.id = id;
    a.name = name;
    a.team = team;
    a.supervisor = QStringLiteral("Sam Supervisor");
    a.employment = e;
    return a;
}

} // namespace

void ReportFixture::addMonth(std::vector<ImportBatch> &batches, const QString &agentId, Month month,
                             const AgentMonth &m)
{
    static int serial = 0;
    for (int day = 0; day < m.days; ++day) {
        const QDate date = month.firstDay().addDays(day);
        TimeRecord t;
        t.agentId = agentId;
        t.date = date;
        t.workedMinutes = m.workedPerDay;
        t.scheduledMinutes = m.scheduledPerDay;
        t.adherentMinutes = m.adherentPerDay;
        t.occupiedMinutes = m.occupiedPerDay;
        batchOf(batches, ImportKind::Time).time.push_back(t);
        if (m.contactsPerDay > 0) {
            ContactRecord c;
            c.agentId = agentId;
            c.date = date;
            c.contacts = m.contactsPerDay;
            c.handleSeconds = m.handlePerDay;
            c.handleContacts = m.handlePerDay ? m.contactsPerDay : 0;
            c.fcr = m.fcrPerDay;
            c.fcrContacts = m.fcrPerDay ? m.contactsPerDay : 0;
            batchOf(batches, ImportKind::Contacts).contacts.push_back(c);
        }
    }
    for (size_t i = 0; i < m.qa.size(); ++i) {
        QaEvaluation q;
        q.evaluationId = QStringLiteral("E%1").arg(++serial);
        q.agentId = agentId;
        q.date = month.firstDay().addDays(int(2 + 5 * i));
        q.score = m.qa[i];
        q.evaluator = QStringLiteral("Quinn QA");
        q.comment = i + 1 == m.qa.size() ? m.qaComment : QString();
        batchOf(batches, ImportKind::Qa).qa.push_back(q);
    }
    const size_t responses = std::max(m.csat.size(), m.nps.size());
    for (size_t i = 0; i < responses; ++i) {
        SurveyResponse s;
        s.responseId = QStringLiteral("R%1").arg(++serial);
        s.agentId = agentId;
        s.date = month.firstDay().addDays(int(i % 27));
        if (i < m.csat.size())
            s.csat = m.csat[i];
        if (i < m.nps.size())
            s.nps = m.nps[i];
        s.comment = i + 1 == responses ? m.surveyComment : QString();
        batchOf(batches, ImportKind::Survey).surveys.push_back(s);
    }
    auto kcs = [&](KcsType type, int n) {
        for (int i = 0; i < n; ++i) {
            KcsEvent e;
            e.eventId = QStringLiteral("K%1").arg(++serial);
            e.agentId = agentId;
            e.date = month.firstDay().addDays(i % 27);
            e.type = type;
            batchOf(batches, ImportKind::Kcs).kcs.push_back(e);
        }
    };
    kcs(KcsType::Link, m.kcsLinks);
    kcs(KcsType::Edit, m.kcsEdits);
    kcs(KcsType::Draft, m.kcsDrafts);
}

ReportFixture::ReportFixture(int gammaAgents)
{
    EXPECT_TRUE(m_dir.isValid());
    m_store = openStore(m_dir.filePath(QStringLiteral("report.sqlite")), m_clock);

    ImportBatch agents;
    agents.kind = ImportKind::Agents;
    agents.sourceFile = QStringLiteral("agents.csv");
    agents.agents = {
        agent(QStringLiteral("A001"), QStringLiteral("Alice Archer"), QStringLiteral("Alpha")),
        agent(QStringLiteral("A002"), QStringLiteral("Bob Brown"), QStringLiteral("Alpha")),
        agent(QStringLiteral("A003"), QStringLiteral("Cara Chen"), QStringLiteral("Alpha"), Employment::PartTime),
        agent(QStringLiteral("B001"), QStringLiteral("Eve Evans"), QStringLiteral("Beta"))};
    for (int i = 1; i <= gammaAgents; ++i)
        agents.agents.push_back(agent(QStringLiteral("G%1").arg(i, 3, 10, QLatin1Char('0')),
                                      QStringLiteral("Gamma Agent %1").arg(i), QStringLiteral("Gamma")));
    m_store->importBatches({agents});

    const Month aug{2026, 8}, sep{2026, 9}, oct{2026, 10};
    std::vector<ImportBatch> b;
    const std::vector<int> goodCsat{5, 5, 5, 4, 4, 5, 4, 5, 3, 5, 5, 4}; // 11 of 12 >= 4
    const std::vector<int> nps{10, 9, 9, 8, 10, 7, 9, 10, 6, 9, 10, 9};  // 9 promoters, 1 detractor

    AgentMonth alice;
    alice.qa = {78, 80, 82};
    alice.csat = goodCsat;
    alice.nps = nps;
    alice.kcsLinks = 6;
    alice.kcsEdits = 2;
    addMonth(b, QStringLiteral("A001"), aug, alice);
    alice.qa = {80, 80, 80};
    alice.kcsLinks = 8;
    addMonth(b, QStringLiteral("A001"), sep, alice);
    alice.qa = {92, 90, 94};
    alice.qaComment = QStringLiteral("Clear verification and a warm close. Offer the callback earlier next time.");
    alice.surveyComment = QStringLiteral("Alice solved my billing problem in one call, thank you!");
    alice.contactsPerDay = 2; // 40 contacts in October
    alice.handlePerDay = 900; // 18000 s / 40 = 450 s
    alice.fcrPerDay = 2;
    alice.workedPerDay = 480;
    alice.kcsLinks = 10;
    alice.kcsEdits = 3;
    alice.kcsDrafts = 1;
    addMonth(b, QStringLiteral("A001"), oct, alice);

    AgentMonth bob;
    bob.qa = {80, 80, 80};
    bob.csat = {3, 4, 2, 5, 3, 4, 3, 4, 2, 5};
    bob.contactsPerDay = 40;
    bob.handlePerDay = 40 * 520.0;
    bob.fcrPerDay = 30; // 75%
    bob.adherentPerDay = 400;
    bob.qaComment = QStringLiteral("Missed the identity check twice; needs a refresher on the new refund policy.");
    addMonth(b, QStringLiteral("A002"), oct, bob);

    AgentMonth cara;
    cara.days = 10;
    cara.workedPerDay = 240;
    cara.scheduledPerDay = 240;
    cara.adherentPerDay = 230;
    cara.occupiedPerDay = 190;
    cara.contactsPerDay = 30;
    cara.handlePerDay = 30 * 380.0;
    cara.fcrPerDay = 24; // 80%
    cara.qa = {88, 90};
    cara.csat = {5, 5, 4};
    addMonth(b, QStringLiteral("A003"), oct, cara);

    AgentMonth eve;
    eve.qa = {85, 86, 87};
    eve.csat = goodCsat;
    addMonth(b, QStringLiteral("B001"), oct, eve);

    for (int i = 1; i <= gammaAgents; ++i) {
        AgentMonth g;
        g.days = 5;
        g.qa = {55.0 + i % 40, 57.0 + i % 40, 59.0 + i % 40}; // at most 98
        g.contactsPerDay = 20 + i % 30;
        g.handlePerDay = g.contactsPerDay * 420.0;
        g.fcrPerDay = g.contactsPerDay * 3 / 4;
        addMonth(b, QStringLiteral("G%1").arg(i, 3, 10, QLatin1Char('0')), oct, g);
    }

    ImportBatch sl;
    sl.kind = ImportKind::ServiceLevel;
    sl.sourceFile = QStringLiteral("service_level.csv");
    for (const Month m : {sep, oct})
        for (int day = 0; day < 10; ++day) {
            ServiceLevelRecord r;
            r.team = QStringLiteral("Alpha");
            r.date = m.firstDay().addDays(day);
            r.offered = 100;
            r.answeredInSl = m == oct ? 85 : 78; // Oct 85.0%, Sep 78.0%
            sl.serviceLevels.push_back(r);
        }
    b.push_back(sl);
    m_store->importBatches(b);

    // Goals agreed at the September 1:1 for Alice.
    ActionItem qaGoal;
    qaGoal.agentId = QStringLiteral("A001");
    qaGoal.createdMonth = sep;
    qaGoal.text = QStringLiteral("Raise the quality score to 90");
    qaGoal.metricKey = QStringLiteral("qa");
    qaGoal.targetValue = 90;
    qaGoal.dueMonth = oct;
    m_store->saveActionItem(qaGoal);
    ActionItem ahtGoal = qaGoal;
    ahtGoal.text = QStringLiteral("Bring handle time under 400 seconds");
    ahtGoal.metricKey = QStringLiteral("aht");
    ahtGoal.targetValue = 400;
    ahtGoal.dueMonth = Month(2026, 12);
    m_store->saveActionItem(ahtGoal);
    ActionItem dropped = qaGoal;
    dropped.text = QStringLiteral("Dropped goal");
    dropped.status = ActionStatus::Dropped;
    m_store->saveActionItem(dropped);
    ActionItem mentor = qaGoal;
    mentor.text = QStringLiteral("Shadow a senior agent for two sessions");
    mentor.metricKey.clear();
    mentor.targetValue.reset();
    mentor.status = ActionStatus::Done;
    m_store->saveActionItem(mentor);

    OneOnOneNote note;
    note.agentId = QStringLiteral("A001");
    note.month = oct;
    note.text = QStringLiteral("Great progress on quality. Next: keep calls focused to bring handle time down.");
    note.updatedAt = generatedAt();
    m_store->saveNote(note);
}

std::vector<ImportBatch> callLogOnly(const QString &team, const std::vector<std::pair<QString, double>> &secondsPerCall,
                                     QDate day)
{
    ImportBatch agents, contacts;
    agents.kind = ImportKind::Agents;
    contacts.kind = ImportKind::Contacts;
    for (const auto &[id, seconds] : secondsPerCall) {
        Agent a;
        a.id = id;
        a.name = id;
        a.team = team;
        agents.agents.push_back(a);
        ContactRecord c;
        c.agentId = id;
        c.date = day;
        c.contacts = 40;
        c.handleSeconds = 40 * seconds;
        c.handleContacts = 40;
        contacts.contacts.push_back(c);
    }
    return {agents, contacts};
}

} // namespace sc::test
