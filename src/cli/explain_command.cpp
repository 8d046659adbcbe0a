// scorecard explain (SPEC section 7): how one number of an agent's card was
// made, as text, JSON or just the contributing rows as CSV.
#include "cli/cli.h"
#include "cli/command.h"

#include "storage/store.h"
#include "workflow/explain.h"

#include <QJsonDocument>

namespace sc::cli {

namespace {

int runExplain(Context &ctx, const QCommandLineParser &a)
{
    const Month month = requireMonth(a);
    const QString format =
        a.isSet(QStringLiteral("format")) ? a.value(QStringLiteral("format")) : QStringLiteral("text");
    if (format != QLatin1String("text") && format != QLatin1String("json") && format != QLatin1String("csv"))
        throw UsageError{QStringLiteral("invalid --format '%1' (expected text, json or csv)").arg(format)};
    if (!a.isSet(QStringLiteral("agent")) || a.value(QStringLiteral("agent")).isEmpty())
        throw UsageError{QStringLiteral("--agent ID is required")};
    if (!a.isSet(QStringLiteral("metric")) || a.value(QStringLiteral("metric")).isEmpty())
        throw UsageError{QStringLiteral("--metric KEY is required")};
    const QString agent = a.value(QStringLiteral("agent"));
    const QString metric = a.value(QStringLiteral("metric"));
    // Before opening the database: a typo in the key needs no file.
    if (const QString problem = workflow::unknownMetricMessage(metric); !problem.isEmpty())
        throw UsageError{problem};
    auto store = openDb(ctx, a);
    const workflow::ExplainResult result = workflow::explainMetric(*store, month, agent, metric);
    if (result.status != workflow::ExplainStatus::Ok) {
        ctx.fail(result.message);
        return ExitUsage;
    }
    if (format == QLatin1String("json"))
        writeUtf8(ctx.out, QJsonDocument(explanationJson(result.explanation)).toJson(QJsonDocument::Indented));
    else if (format == QLatin1String("csv"))
        ctx.out << explanationCsv(result.explanation);
    else
        ctx.out << explanationText(result.explanation);
    return ExitOk;
}

} // namespace

Command explainCommand()
{
    return Command{
        QStringLiteral("explain"),
        QStringLiteral("Show how one number of an agent's card was made"),
        QStringLiteral("Prints the template row used, the formula with the numbers put in, and every stored row "
                       "that contributes, with the file it was imported from and when. --format csv prints just "
                       "those rows. Unknown agent or metric: exit 64."),
        QStringLiteral("--db FILE --month YYYY-MM --agent ID --metric KEY [--format text|json|csv]"),
        {dbOption(), monthOption(),
         valueOption(QStringLiteral("agent"), QStringLiteral("ID"), QStringLiteral("The agent whose card it is")),
         valueOption(QStringLiteral("metric"), QStringLiteral("KEY"),
                     QStringLiteral("The metric key (contacts_per_hour, qa, csat, ...; service_level and asa: the "
                                    "agent's team value)")),
         valueOption(QStringLiteral("format"), QStringLiteral("FORMAT"),
                     QStringLiteral("text (default), json or csv (the rows only)"))},
        false,
        runExplain};
}

} // namespace sc::cli
