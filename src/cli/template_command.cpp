#include "cli/cli.h"
#include "cli/command.h"
#include "core/identity.h"

#include "core/scorecard_template.h"
#include "storage/store.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sc::cli {

namespace {

int runTemplate(Context &ctx, const QCommandLineParser &a)
{
    const bool doExport = a.isSet(QStringLiteral("export"));
    const bool doImport = a.isSet(QStringLiteral("import"));
    if (doExport == doImport)
        throw UsageError{QStringLiteral("give exactly one of --export FILE, --import FILE")};

    if (doExport) {
        const QString path = a.value(QStringLiteral("export"));
        auto store = openDb(ctx, a);
        std::vector<ScorecardTemplate> templates = store->templates();
        if (templates.empty())
            templates.push_back(defaultTemplate());
        QJsonArray arr;
        for (const ScorecardTemplate &t : templates)
            arr.append(templateToJson(t));
        const QByteArray json =
            QJsonDocument(QJsonObject{{QStringLiteral("templates"), arr}}).toJson(QJsonDocument::Indented);
        if (path == QLatin1String("-")) {
            ctx.out << QString::fromUtf8(json);
            return ExitOk;
        }
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) != json.size()
            || !file.flush()) {
            ctx.fail(QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
            return ExitIo;
        }
        ctx.out << QStringLiteral("Exported %1 template(s) to %2\n").arg(templates.size()).arg(path);
        return ExitOk;
    }

    const QString path = a.value(QStringLiteral("import"));
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        ctx.fail(QStringLiteral("%1: no such file").arg(path));
        return ExitNoInput;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        ctx.fail(parseError.error != QJsonParseError::NoError
                     ? QStringLiteral("%1: invalid JSON at offset %2: %3")
                           .arg(path)
                           .arg(parseError.offset)
                           .arg(parseError.errorString())
                     : QStringLiteral("%1: expected a JSON object (a template or {\"templates\": [...]})").arg(path));
        return ExitData;
    }
    const QJsonObject root = doc.object();
    QJsonArray items;
    if (root.contains(QStringLiteral("templates"))) {
        if (!root.value(QStringLiteral("templates")).isArray()) {
            ctx.fail(QStringLiteral("%1: \"templates\" must be an array").arg(path));
            return ExitData;
        }
        items = root.value(QStringLiteral("templates")).toArray();
        if (items.isEmpty()) {
            ctx.fail(QStringLiteral("%1: \"templates\" is empty").arg(path));
            return ExitData;
        }
    } else {
        items.append(root);
    }
    // Validate every template before saving any.
    std::vector<ScorecardTemplate> parsed;
    bool bad = false;
    for (qsizetype i = 0; i < items.size(); ++i) {
        QString error;
        if (!items[i].isObject()) {
            ctx.fail(QStringLiteral("%1: template %2: not a JSON object").arg(path).arg(i + 1));
            bad = true;
            continue;
        }
        auto t = templateFromJson(items[i].toObject(), &error);
        if (!t) {
            ctx.fail(QStringLiteral("%1: template %2: %3").arg(path).arg(i + 1).arg(error));
            bad = true;
            continue;
        }
        parsed.push_back(std::move(*t));
    }
    if (bad)
        return ExitData;
    auto store = openDb(ctx, a);
    // All templates of the file or none, each with its audit entry.
    const auto tx = store->beginWrite();
    for (const ScorecardTemplate &t : parsed)
        store->saveTemplate(t);
    tx->commit();
    for (const ScorecardTemplate &t : parsed) {
        ctx.out << QStringLiteral("Saved template '%1' for %2, effective from %3\n")
                       .arg(t.name,
                            t.team.isEmpty() ? QStringLiteral("all teams") : QStringLiteral("team '%1'").arg(t.team),
                            t.effectiveFrom.toString());
    }
    return ExitOk;
}

} // namespace

Command templateCommand()
{
    return Command{
        QStringLiteral("template"),
        QStringLiteral("Export or import scorecard templates (JSON)"),
        QStringLiteral("Exports the scorecard templates as JSON ({\"templates\": [...]}; the default template when "
                       "none is stored), or imports one template or such a file."),
        QStringLiteral("--db FILE (--export FILE | --import FILE)"),
        {dbOption(),
         valueOption(QStringLiteral("export"), QStringLiteral("FILE"),
                     QStringLiteral("Write the templates to FILE (- for stdout)")),
         valueOption(QStringLiteral("import"), QStringLiteral("FILE"),
                     QStringLiteral("Validate and save the templates in FILE"))},
        false,
        runTemplate};
}

} // namespace sc::cli
