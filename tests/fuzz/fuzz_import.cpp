// libFuzzer target: parseImportData on arbitrary bytes. The first byte picks
// the mode: one of the seven kinds, kind detection, or one of a few mapping
// profiles exercising each duration format, booleans, dates and filters.
#include "import/importer.h"

#include <QJsonDocument>
#include <cstdint>
#include <cstdlib>

namespace {

std::vector<sc::MappingProfile> makeProfiles()
{
    const char *json[] = {
        R"({"kind": "contacts", "columns": {"agent_id": "server", "handle_seconds": "ser_time"},
            "constants": {"channel": "phone"}, "where": {"outcome": ["AGENT"]}, "date_format": "yyyy-MM-dd",
            "durations": "seconds", "booleans": {"true": ["Y", "yes", "1"], "false": ["N", "no", "0"]}})",
        R"({"kind": "time", "delimiter": ";", "date_format": "dd/MM/yyyy", "durations": "hh:mm:ss"})",
        R"({"kind": "contacts", "delimiter": "\t", "date_format": "d.M.yy", "durations": "day_fraction",
            "columns": {"fcr": "resolved"}, "booleans": {"true": ["Y"], "false": ["N"]}})",
        R"({"kind": "agents", "columns": {"agent_id": "server", "name": "server"}, "constants": {"team": "Bank"},
            "where": {"outcome": ["AGENT", "x"]}})",
        R"({"kind": "time", "durations": "seconds", "constants": {"scheduled_minutes": "480"}})",
        R"({"kind": "survey", "date_format": "MMM d yyyy", "constants": {"date": "Jan 5 2026"}})",
        R"({"kind": "qa", "date_format": "dd.MM.yyyy HH:mm", "columns": {"score": "Punkte"}})",
    };
    std::vector<sc::MappingProfile> out;
    for (const char *j : json) {
        QString error;
        auto p = sc::MappingProfile::fromJson(QJsonDocument::fromJson(j).object(), &error);
        if (!p)
            std::abort();
        out.push_back(*p);
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const std::vector<sc::MappingProfile> profiles = makeProfiles();
    if (size == 0)
        return 0;
    const unsigned mode = data[0] % (7 + 1 + unsigned(profiles.size()));
    sc::ImportOptions options;
    options.knownAgents = {QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("DORIT")};
    options.maxErrors = 50;
    if (mode < 7)
        options.kind = sc::allKinds()[mode];
    else if (mode > 7)
        options.profile = profiles[mode - 8];
    // Not copied: the parser must never read past the end (the mapped file of
    // parseImportFile has no terminating NUL either), and ASan guards this buffer.
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const sc::ImportResult result = sc::parseImportData(bytes, QStringLiteral("fuzz.csv"), options);
    // Exactly one of: a batch, or errors.
    if (result.batch.has_value() == !result.errors.empty())
        std::abort();
    if (qint64(result.errors.size()) > options.maxErrors)
        std::abort();
    for (const sc::ImportError &e : result.errors) {
        // Line 0 is a whole-file error (binary data, not a workbook): it names
        // no column. Every other error names the line it is on.
        if (e.line < 0 || (e.line == 0 && !e.column.isEmpty()))
            std::abort();
        (void)e.toString();
    }
    if (result.batch) {
        const sc::ImportBatch &b = *result.batch;
        if (b.rowsSkipped > b.rowsRead || b.recordCount() > b.rowsRead)
            std::abort();
        for (const sc::ContactRecord &c : b.contacts) {
            if (c.contacts < 0 || c.handleContacts > c.contacts || c.fcrContacts > c.contacts
                || (c.fcr && *c.fcr > c.fcrContacts) || (c.handleSeconds && *c.handleSeconds < 0))
                std::abort();
        }
        for (const sc::TimeRecord &t : b.time) {
            if (t.workedMinutes < 0
                || (t.adherentMinutes && (!t.scheduledMinutes || *t.adherentMinutes > *t.scheduledMinutes + 1e-6)))
                std::abort();
        }
        for (const sc::QaEvaluation &q : b.qa)
            if (q.score < 0 || q.score > 100)
                std::abort();
        for (const sc::SurveyResponse &s : b.surveys)
            if ((s.csat && (*s.csat < 1 || *s.csat > 5)) || (s.nps && (*s.nps < 0 || *s.nps > 10)))
                std::abort();
        for (const sc::ServiceLevelRecord &s : b.serviceLevels)
            if (s.answeredInSl > s.offered || s.answeredInSl < 0)
                std::abort();
    }
    // The preview never crashes either.
    (void)sc::previewCsv(bytes, ',', 5);
    return 0;
}
