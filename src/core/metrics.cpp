#include "metrics.h"

#include <QCoreApplication>

namespace sc {

namespace {
// Metric names and sample units for people, in the translation context
// "Metrics"; translated once per process, when first asked for (the app
// installs its translator before that).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Metrics)
};
} // namespace

QString perspectiveName(Perspective p)
{
    switch (p) {
    case Perspective::Productivity: return QStringLiteral("Productivity");
    case Perspective::Quality: return QStringLiteral("Quality");
    case Perspective::Customer: return QStringLiteral("Customer");
    case Perspective::Adherence: return QStringLiteral("Adherence");
    case Perspective::Knowledge: return QStringLiteral("Knowledge");
    }
    return {};
}

const std::vector<Perspective> &allPerspectives()
{
    static const std::vector<Perspective> all{Perspective::Productivity, Perspective::Quality, Perspective::Customer,
                                              Perspective::Adherence, Perspective::Knowledge};
    return all;
}

QString statusName(MetricStatus s)
{
    switch (s) {
    case MetricStatus::Ok: return QStringLiteral("ok");
    case MetricStatus::InsufficientData: return QStringLiteral("insufficient_data");
    case MetricStatus::NoData: return QStringLiteral("no_data");
    }
    return {};
}

std::optional<MetricStatus> statusFromName(QStringView name)
{
    for (MetricStatus s : {MetricStatus::Ok, MetricStatus::InsufficientData, MetricStatus::NoData})
        if (name == statusName(s))
            return s;
    return std::nullopt;
}

const std::vector<MetricDefinition> &metricDefinitions()
{
    using P = Perspective;
    using D = Direction;
    static const std::vector<MetricDefinition> defs{
        {QStringLiteral("contacts_per_hour"), Tr::tr("Contacts per hour worked"), P::Productivity, D::Higher, 60, 1200,
         false, Tr::tr("minutes worked")},
        {QStringLiteral("aht"), Tr::tr("Average handle time (s)"), P::Productivity, D::Lower, 1, 30, false,
         Tr::tr("timed contacts")},
        {QStringLiteral("qa"), Tr::tr("Quality score"), P::Quality, D::Higher, 1, 3, false, Tr::tr("evaluations")},
        {QStringLiteral("csat"), Tr::tr("CSAT %"), P::Customer, D::Higher, 100, 10, false, Tr::tr("CSAT responses")},
        {QStringLiteral("fcr"), Tr::tr("First contact resolution %"), P::Customer, D::Higher, 100, 30, false,
         Tr::tr("contacts with FCR")},
        {QStringLiteral("nps"), Tr::tr("NPS"), P::Customer, D::Higher, 100, 10, false, Tr::tr("NPS responses")},
        {QStringLiteral("adherence"), Tr::tr("Schedule adherence %"), P::Adherence, D::Higher, 100, 1200, false,
         Tr::tr("scheduled minutes")},
        {QStringLiteral("occupancy"), Tr::tr("Occupancy %"), P::Adherence, D::Band, 100, 1200, false,
         Tr::tr("scheduled minutes")},
        {QStringLiteral("kcs"), Tr::tr("KCS contribution (points)"), P::Knowledge, D::Higher, 1, 1, false,
         Tr::tr("agents")},
        {QStringLiteral("service_level"), Tr::tr("Service level % (team only)"), P::Customer, D::Higher, 100, 1, true,
         Tr::tr("offered contacts")},
        {QStringLiteral("asa"), Tr::tr("Average speed of answer, s (team only)"), P::Customer, D::Lower, 1, 1, true,
         Tr::tr("answered calls")},
    };
    return defs;
}

const MetricDefinition *findMetric(QStringView key)
{
    for (const MetricDefinition &def : metricDefinitions())
        if (def.key == key)
            return &def;
    return nullptr;
}

MetricRatio metricRatio(QStringView key, const ActivitySums &s, const ActivitySums &team)
{
    if (key == u"contacts_per_hour")
        return {s.timeRows, double(s.contacts), s.workedMinutes};
    if (key == u"aht")
        return {s.handleRows, s.handleSeconds, double(s.handleContacts)};
    if (key == u"qa")
        return {s.qaEvaluations, s.qaScoreSum, double(s.qaEvaluations)};
    if (key == u"csat")
        return {s.csatResponses, double(s.csatPositive), double(s.csatResponses)};
    if (key == u"fcr")
        return {s.fcrRows, double(s.fcrResolved), double(s.fcrContacts)};
    if (key == u"nps")
        return {s.npsResponses, double(s.npsPromoters - s.npsDetractors), double(s.npsResponses)};
    if (key == u"adherence")
        return {s.adherenceRows, s.adherentMinutes, s.adherenceScheduledMinutes};
    if (key == u"occupancy")
        return {s.occupancyRows, s.occupiedMinutes, s.occupancyScheduledMinutes};
    if (key == u"kcs" && team.kcsEvents() == 0)
        return {0, 0, 0}; // the team has no knowledge-base source: no data, never 0 points
    if (key == u"kcs")
        return {s.agentsWithRecord, double(s.kcsLinks + 2 * s.kcsEdits + 3 * s.kcsDrafts), double(s.agentsWithRecord)};
    if (key == u"service_level")
        return {s.serviceLevelRows, double(s.answeredInSl), double(s.offered)};
    if (key == u"asa")
        return {s.asaRows, s.answerSeconds, double(s.asaAnswered)};
    return {0, 0, 0};
}

MetricValue computeMetric(const MetricDefinition &def, const ActivitySums &sums, const ActivitySums &team)
{
    MetricValue result;
    result.key = def.key;
    const MetricRatio r = metricRatio(def.key, sums, team);
    if (r.rows <= 0) {
        result.status = MetricStatus::NoData; // no rows: value, numerator, denominator all absent
        return result;
    }
    result.numerator = r.numerator;
    result.denominator = r.denominator;
    if (r.denominator > 0)
        result.value = def.scale * r.numerator / r.denominator;
    result.status = r.denominator < def.minSample ? MetricStatus::InsufficientData : MetricStatus::Ok;
    result.interval = metricInterval(def, sums);
    return result;
}

} // namespace sc
