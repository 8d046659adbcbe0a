#pragma once
// The rows a support team exports each month, one struct per import kind
// (SPEC section 2). Plain values: no I/O, no SQL, no widgets.
#include <QDate>
#include <QString>
#include <optional>
#include <vector>

namespace sc {

enum class ImportKind { Agents, Time, Contacts, Qa, Survey, Kcs, ServiceLevel };

// "agents", "time", ... as written in SPEC and on the command line.
QString kindName(ImportKind kind);
std::optional<ImportKind> kindFromName(QStringView name);
const std::vector<ImportKind> &allKinds();

enum class Employment { FullTime, PartTime };

struct Agent {
    QString id;
    QString name;
    QString team;
    QString supervisor;
    Employment employment = Employment::FullTime;
    QString email;
    bool active = true;
    bool operator==(const Agent &) const = default;
};

// Minutes and seconds are doubles: exports often carry fractions.
struct TimeRecord {
    QString agentId;
    QDate date;
    double workedMinutes = 0;
    std::optional<double> scheduledMinutes;
    std::optional<double> adherentMinutes;
    std::optional<double> occupiedMinutes;
    bool operator==(const TimeRecord &) const = default;
};

// One row per (agent, date, channel) after summing a file's rows that share
// that key. handle/fcr keep the count of contacts they were measured on, so
// AHT and FCR divide by exactly the contacts that carried a value.
struct ContactRecord {
    QString agentId;
    QDate date;
    QString channel = QStringLiteral("phone");
    qint64 contacts = 0;
    std::optional<double> handleSeconds;
    qint64 handleContacts = 0; // contacts of the rows that had handle_seconds
    std::optional<qint64> fcr;
    qint64 fcrContacts = 0; // contacts of the rows that had fcr
    bool operator==(const ContactRecord &) const = default;
};

struct QaEvaluation {
    QString evaluationId;
    QString agentId;
    QDate date;
    double score = 0; // 0..100
    QString evaluator;
    QString form;
    QString comment;
    bool operator==(const QaEvaluation &) const = default;
};

struct SurveyResponse {
    QString responseId;
    QString agentId;
    QDate date;
    std::optional<int> csat; // 1..5
    std::optional<int> nps;  // 0..10
    QString comment;
    bool operator==(const SurveyResponse &) const = default;
};

enum class KcsType { Link, Edit, Draft };
QString kcsTypeName(KcsType type);

struct KcsEvent {
    QString eventId;
    QString agentId;
    QDate date;
    KcsType type = KcsType::Link;
    bool operator==(const KcsEvent &) const = default;
};

struct ServiceLevelRecord {
    QString team;
    QDate date;
    qint64 offered = 0;
    qint64 answeredInSl = 0;
    std::optional<qint64> answered;      // calls answered (optional column)
    std::optional<double> answerSeconds; // seconds to answer, summed over answered calls
    qint64 asaAnswered = 0;              // answered calls of the rows that had answer_seconds
    bool operator==(const ServiceLevelRecord &) const = default;
};

// Everything one file contributed, validated and ready to store in one
// transaction. Only the vector matching `kind` is filled.
struct ImportBatch {
    QString sourceFile;
    ImportKind kind = ImportKind::Agents;
    qint64 rowsRead = 0;    // data rows in the file
    qint64 rowsSkipped = 0; // left out by a mapping's `where` filter
    // Rows merged into an earlier row of the same key: summed (contacts,
    // service_level) or identical (the other kinds). Records + collapsed +
    // skipped = rows read.
    qint64 rowsCollapsed = 0;
    std::vector<Agent> agents;
    std::vector<TimeRecord> time;
    std::vector<ContactRecord> contacts;
    std::vector<QaEvaluation> qa;
    std::vector<SurveyResponse> surveys;
    std::vector<KcsEvent> kcs;
    std::vector<ServiceLevelRecord> serviceLevels;
    qint64 recordCount() const;
};

// What the store did with a batch.
struct ImportStats {
    qint64 stored = 0;    // keys that were new
    qint64 replaced = 0;  // keys that existed with other values
    qint64 unchanged = 0; // keys that existed with the same values
};

} // namespace sc
