#include "cli/cli.h"
#include "cli/command.h"
#include "core/identity.h"

#include "import/importer.h"
#include "import/mapping_profile.h"
#include "storage/store.h"

#include <QFileInfo>
#include <QSet>

namespace sc::cli {

namespace {

void collectMonths(const ImportBatch &b, QSet<QString> &months)
{
    auto addDate = [&](const QDate &d) { months.insert(Month::of(d).toString()); };
    for (const auto &r : b.time)
        addDate(r.date);
    for (const auto &r : b.contacts)
        addDate(r.date);
    for (const auto &r : b.qa)
        addDate(r.date);
    for (const auto &r : b.surveys)
        addDate(r.date);
    for (const auto &r : b.kcs)
        addDate(r.date);
    for (const auto &r : b.serviceLevels)
        addDate(r.date);
}

int runImport(Context &ctx, const QCommandLineParser &a)
{
    const QStringList files = a.positionalArguments();
    if (files.isEmpty())
        throw UsageError{QStringLiteral("no FILE given")};
    const bool hasKind = a.isSet(QStringLiteral("kind"));
    const bool hasMapping = a.isSet(QStringLiteral("mapping"));
    if (hasKind && hasMapping)
        throw UsageError{QStringLiteral("give --kind or --mapping, not both")};

    ImportOptions base;
    if (hasKind) {
        const QString name = a.value(QStringLiteral("kind"));
        base.kind = kindFromName(name);
        if (!base.kind) {
            QStringList names;
            for (ImportKind k : allKinds())
                names << kindName(k);
            ctx.fail(
                QStringLiteral("unknown kind '%1' (expected one of: %2)").arg(name, names.join(QStringLiteral(", "))));
            return ExitData;
        }
    }
    if (hasMapping) {
        const QString path = a.value(QStringLiteral("mapping"));
        if (!QFileInfo(path).isFile()) {
            ctx.fail(QStringLiteral("%1: no such mapping profile").arg(path));
            return ExitNoInput;
        }
        QString error;
        base.profile = MappingProfile::load(path, &error);
        if (!base.profile) {
            ctx.fail(QStringLiteral("%1: %2").arg(path, error));
            return ExitData;
        }
    }
    // Every file must exist before anything is read.
    bool missing = false;
    for (const QString &f : files) {
        const QFileInfo info(f);
        if (!info.exists()) {
            ctx.fail(QStringLiteral("%1: no such file").arg(f));
            missing = true;
        } else if (!info.isFile() || !info.isReadable()) {
            ctx.fail(QStringLiteral("%1: cannot read the file").arg(f));
            missing = true;
        }
    }
    if (missing)
        return ExitNoInput;

    auto store = openDb(ctx, a);
    QSet<QString> known = store->agentIds();
    std::vector<ImportBatch> batches;
    qint64 errorCount = 0;
    for (const QString &f : files) {
        ImportOptions opt = base;
        opt.knownAgents = known; // the store's agents and those of earlier files
        ImportResult res = parseImportFile(f, opt);
        if (!res.errors.empty() || !res.batch) {
            for (const ImportError &e : res.errors)
                ctx.err << e.toString() << Qt::endl;
            errorCount += qint64(res.errors.size());
            if (res.errors.empty()) {
                ctx.fail(QStringLiteral("%1: the file could not be imported").arg(f));
                ++errorCount;
            }
            continue;
        }
        for (const Agent &ag : res.batch->agents)
            known.insert(ag.id);
        batches.push_back(std::move(*res.batch));
    }
    if (errorCount > 0) {
        ctx.fail(QStringLiteral("%1 problem(s) found; nothing was imported").arg(errorCount));
        return ExitData;
    }

    // One call, one transaction: all files or none.
    const std::vector<ImportStats> stats = store->importBatches(batches);
    QStringList auditParts;
    QSet<QString> months;
    for (size_t i = 0; i < batches.size(); ++i) {
        const ImportBatch &b = batches[i];
        const ImportStats s = i < stats.size() ? stats[i] : ImportStats{};
        const QString line =
            QStringLiteral("%1 (%2): %3 rows read, %4 stored, %5 replaced, %6 unchanged, %7 skipped by filter")
                .arg(files[qsizetype(i)], kindName(b.kind))
                .arg(b.rowsRead)
                .arg(s.stored)
                .arg(s.replaced)
                .arg(s.unchanged)
                .arg(b.rowsSkipped);
        ctx.out << line << u'\n';
        auditParts << QStringLiteral("%1 (%2): %3 read, %4 stored, %5 replaced, %6 unchanged, %7 skipped")
                          .arg(QFileInfo(files[qsizetype(i)]).fileName(), kindName(b.kind))
                          .arg(b.rowsRead)
                          .arg(s.stored)
                          .arg(s.replaced)
                          .arg(s.unchanged)
                          .arg(b.rowsSkipped);
        collectMonths(b, months);
    }
    store->addAuditEntry(currentUserName(), QStringLiteral("import"),
                         nonNull(months.size() == 1 ? *months.begin() : QString()),
                         auditParts.join(QStringLiteral("; ")));
    return ExitOk;
}

} // namespace

Command importCommand()
{
    return Command{
        QStringLiteral("import"),
        QStringLiteral("Import CSV exports (all files or none)"),
        QStringLiteral("Imports CSV exports (agents, time, contacts, qa, survey, kcs, service_level). All files are "
                       "stored in one transaction: if any "
                       "has a problem, nothing is imported.\nWithout --kind or --mapping the kind is recognised "
                       "from each file's header."),
        QStringLiteral("--db FILE [--kind KIND | --mapping PROFILE.json] FILE..."),
        {dbOption(),
         valueOption(QStringLiteral("kind"), QStringLiteral("KIND"),
                     QStringLiteral("agents, time, contacts, qa, survey, kcs or service_level")),
         valueOption(QStringLiteral("mapping"), QStringLiteral("PROFILE.json"),
                     QStringLiteral("A saved column mapping profile"))},
        true,
        runImport};
}

} // namespace sc::cli
