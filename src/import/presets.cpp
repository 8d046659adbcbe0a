#include "import/presets.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sc {

namespace {

MappingProfile profile(const char *json)
{
    QString error;
    auto p = MappingProfile::fromJson(QJsonDocument::fromJson(json).object(), &error);
    Q_ASSERT_X(p.has_value(), "importPresets", qPrintable(error));
    return p.value_or(MappingProfile{});
}

std::vector<ImportPreset> makePresets()
{
    std::vector<ImportPreset> out;

    out.push_back({u"zendesk-tickets"_s,
                   u"Zendesk: ticket CSV export"_s,
                   u"Admin Center > Account > Tools > Reports > Export > CSV export (tickets)"_s,
                   u"https://support.zendesk.com/hc/en-us/articles/4408886165402"_s,
                   {profile(R"({"name": "Zendesk tickets: contacts", "kind": "contacts",
              "columns": {"agent_id": "Assignee", "date": "Solved at"},
              "constants": {"channel": "ticket"},
              "where": {"Status": ["Solved", "Closed"]},
              "thresholds": {"fcr": {"column": "Reopens", "at_most": 0}}})"),
                    profile(R"({"name": "Zendesk tickets: satisfaction", "kind": "survey",
              "columns": {"response_id": "Id", "agent_id": "Assignee", "date": "Solved at",
                          "csat": "Satisfaction Score"},
              "where": {"Status": ["Solved", "Closed"]},
              "values": {"Satisfaction Score": {"Good": 5, "Bad": 1, "Offered": null, "Not Offered": null,
                                                "Unoffered": null}}})")}});

    out.push_back({u"freshdesk-tickets"_s,
                   u"Freshdesk: ticket export"_s,
                   u"Tickets > select all > Export (CSV), with the Agent, Status, Resolved time, Time tracked and "
                   "Survey results fields"_s,
                   QString() /* no help page could be checked offline: see docs/import-formats.md */,
                   {profile(R"({"name": "Freshdesk tickets: contacts", "kind": "contacts",
              "columns": {"agent_id": "Agent", "date": "Resolved time", "handle_seconds": "Time tracked"},
              "constants": {"channel": "ticket"},
              "where": {"Status": ["Resolved", "Closed"]},
              "durations": "hh:mm:ss"})"),
                    profile(R"({"name": "Freshdesk tickets: satisfaction", "kind": "survey",
              "columns": {"response_id": "Ticket ID", "agent_id": "Agent", "date": "Resolved time",
                          "csat": "Survey results"},
              "where": {"Status": ["Resolved", "Closed"]},
              "values": {"Survey results": {"Awesome": 5, "Just Okay": 3, "Not Good": 1}}})")}});

    out.push_back({u"talkdesk-adherence"_s,
                   u"Talkdesk: WFM adherence report (one row per agent and day)"_s,
                   u"Explore > Reports > WFM Default Schedule Adherence, grouped by agent and date, "
                   "exported as CSV"_s,
                   u"https://support.talkdesk.com/hc/en-us/articles/4431454863259-WFM-Reports-Guide"_s,
                   {profile(R"({"name": "Talkdesk adherence: time", "kind": "time",
              "columns": {"agent_id": "Agent Email", "date": "Reference Date", "worked_minutes": "Worked Time",
                          "scheduled_minutes": "Scheduled Time", "adherent_minutes": "Adherent Time"},
              "durations": "seconds"})")}});

    out.push_back({u"nice-adherence"_s,
                   u"NICE CXone WFM: adherence export (agent per day)"_s,
                   u"Dashboard > Adherence Report > Agent Summary, one day per export or grouped by date, "
                   "Export to CSV"_s,
                   u"https://help.nicecxone.com/content/dashboardwem/adherencewfm.htm"_s,
                   {profile(R"({"name": "NICE adherence: time", "kind": "time",
              "columns": {"agent_id": "Agent", "date": "Date", "worked_minutes": "Conformance",
                          "scheduled_minutes": "Scheduled", "adherent_minutes": "In Adherence"},
              "date_format": "MM/dd/yyyy",
              "durations": "hh:mm:ss"})")}});

    out.push_back({u"surveymonkey"_s,
                   u"SurveyMonkey: responses as CSV (two header rows)"_s,
                   u"Analyze Results > Save As > Export file > All responses data > CSV; the agent id "
                   "travels in the collector's custom variable (Custom Data 1)"_s,
                   QString() /* no help page could be checked offline: see docs/import-formats.md */,
                   {profile(R"({"name": "SurveyMonkey responses: survey", "kind": "survey",
              "header_row": 1, "skip_rows": 1,
              "columns": {"response_id": "Respondent ID", "agent_id": "Custom Data 1", "date": "End Date",
                          "csat": "How satisfied were you with our support?",
                          "nps": "How likely is it that you would recommend us to a friend or colleague?"},
              "date_format": "MM/dd/yyyy",
              "values": {"How satisfied were you with our support?": {
                  "Very satisfied": 5, "Satisfied": 4, "Neither satisfied nor dissatisfied": 3,
                  "Dissatisfied": 2, "Very dissatisfied": 1},
                  "How likely is it that you would recommend us to a friend or colleague?": {
                  "0 - Not at all likely": 0, "10 - Extremely likely": 10}}})")}});

    out.push_back({u"medallia-agent-connect"_s,
                   u"Medallia Agent Connect: response export"_s,
                   u"Settings > Export Responses > Only requests with responses > Export"_s,
                   u"https://docs.medallia.com/en/agent-connect/reports-and-dashboards/"
                   "export-responses-request-delivery-status"_s,
                   // The field list names the agent by employee_custom_id (your own id
                   // for them); its `comments` only says whether there was a comment,
                   // so it is not the comment text and is not imported.
                   {profile(R"({"name": "Agent Connect responses: survey", "kind": "survey",
              "columns": {"response_id": "request_id", "agent_id": "employee_custom_id",
                          "date": "response_received_at", "csat": "star_rating", "nps": "nps"}})")}});

    out.push_back(
        {u"acd-per-call"_s,
         u"Generic ACD per-call log (agents, contacts, service level)"_s,
         u"the ACD's call detail export, one row per call: the Anonymous Bank log in tests/data/bank is one"_s,
         QString() /* the data README in tests/data/bank credits the source */,
         {profile(R"({"name": "ACD log: agents", "kind": "agents",
              "columns": {"agent_id": "server", "name": "server"},
              "constants": {"team": "Bank", "employment": "full_time", "active": "true"},
              "where": {"outcome": ["AGENT"]}})"),
          profile(R"({"name": "ACD log: contacts", "kind": "contacts",
              "columns": {"agent_id": "server", "date": "date", "handle_seconds": "ser_time"},
              "constants": {"channel": "phone"},
              "where": {"outcome": ["AGENT"]},
              "durations": "seconds"})"),
          profile(R"({"name": "ACD log: service level", "kind": "service_level",
              "columns": {"date": "date", "answered": "outcome", "answer_seconds": "q_time"},
              "constants": {"team": "Bank", "offered": "1"},
              "where": {"outcome": ["AGENT", "HANG"]},
              "values": {"outcome": {"AGENT": 1, "HANG": 0}},
              "thresholds": {"answered_in_sl": {"column": "q_time", "at_most": 20}},
              "durations": "seconds"})")}});
    return out;
}

} // namespace

const std::vector<ImportPreset> &importPresets()
{
    static const std::vector<ImportPreset> presets = makePresets();
    return presets;
}

const ImportPreset *findImportPreset(const QString &id)
{
    for (const ImportPreset &p : importPresets())
        if (p.id.compare(id.trimmed(), Qt::CaseInsensitive) == 0)
            return &p;
    return nullptr;
}

} // namespace sc
