#include "cli/cli.h"
#include "cli/command.h"
#include "core/identity.h"

#include "import/importer.h"
#include "import/mapping_profile.h"
#include "import/presets.h"
#include "storage/store.h"

#include <QFileInfo>
#include <QSet>
#include <algorithm>

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
    if (a.isSet(QStringLiteral("list-presets"))) {
        for (const ImportPreset &p : importPresets()) {
            QStringList kinds;
            for (const MappingProfile &m : p.profiles)
                kinds << kindName(m.kind);
            ctx.out << p.id << QStringLiteral("\t") << p.name << QStringLiteral(" (")
                    << kinds.join(QStringLiteral(", ")) << QStringLiteral(")\n");
        }
        return ExitOk;
    }
    const QStringList files = a.positionalArguments();
    if (files.isEmpty())
        throw UsageError{QStringLiteral("no FILE given")};
    const bool hasKind = a.isSet(QStringLiteral("kind"));
    const bool hasMapping = a.isSet(QStringLiteral("mapping")) || a.isSet(QStringLiteral("preset"));
    if (hasKind && hasMapping)
        throw UsageError{QStringLiteral("give --kind or --mapping/--preset, not both")};

    ImportOptions base;
    std::vector<MappingProfile> profiles; // several: each reads every file, all in one transaction
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
    for (const QString &path : a.values(QStringLiteral("mapping"))) {
        if (!QFileInfo(path).isFile()) {
            ctx.fail(QStringLiteral("%1: no such mapping profile").arg(path));
            return ExitNoInput;
        }
        QString error;
        auto profile = MappingProfile::load(path, &error);
        if (!profile) {
            ctx.fail(QStringLiteral("%1: %2").arg(path, error));
            return ExitData;
        }
        profiles.push_back(std::move(*profile));
    }
    for (const QString &id : a.values(QStringLiteral("preset"))) {
        const ImportPreset *preset = findImportPreset(id);
        if (!preset) {
            QStringList ids;
            for (const ImportPreset &p : importPresets())
                ids << p.id;
            throw UsageError{
                QStringLiteral("unknown preset '%1' (expected one of: %2)").arg(id, ids.join(QStringLiteral(", ")))};
        }
        profiles.insert(profiles.end(), preset->profiles.begin(), preset->profiles.end());
    }
    // Agents first, so that the other profiles of the same export know them.
    std::stable_sort(profiles.begin(), profiles.end(), [](const MappingProfile &x, const MappingProfile &y) {
        return x.kind == ImportKind::Agents && y.kind != ImportKind::Agents;
    });
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
    QStringList labels; // "file (kind)" or "file (kind, profile 'name')" per batch
    qint64 errorCount = 0, listed = 0;
    // One pass per profile (or one with --kind / a recognised header), each over every file.
    std::vector<std::optional<MappingProfile>> passes;
    for (const MappingProfile &p : profiles)
        passes.emplace_back(p);
    if (passes.empty())
        passes.emplace_back(std::nullopt);
    for (const auto &profile : passes) {
        for (const QString &f : files) {
            ImportOptions opt = base;
            opt.profile = profile;
            opt.knownAgents = known; // the store's agents and those of earlier files
            ImportResult res = parseImportFile(f, opt);
            for (const ImportError &w : res.warnings)
                ctx.err << w.toString() << Qt::endl;
            if (!res.errors.empty() || !res.batch) {
                for (const ImportError &e : res.errors)
                    ctx.err << e.toString() << Qt::endl;
                listed += qint64(res.errors.size());
                errorCount += std::max<qint64>(res.errorTotal, qint64(res.errors.size()));
                if (res.errors.empty()) {
                    ctx.fail(QStringLiteral("%1: the file could not be imported").arg(f));
                    ++errorCount;
                    ++listed;
                }
                continue;
            }
            for (const Agent &ag : res.batch->agents)
                known.insert(ag.id);
            labels << (profile && profiles.size() > 1
                           ? QStringLiteral("%1 (%2, profile '%3')").arg(f, kindName(res.batch->kind), profile->name)
                           : QStringLiteral("%1 (%2)").arg(f, kindName(res.batch->kind)));
            batches.push_back(std::move(*res.batch));
        }
    }
    if (errorCount > 0) {
        // The total, even when only the first of them are listed above.
        ctx.fail(errorCount > listed
                     ? QStringLiteral("%1 problems found (the first %2 are listed); nothing was imported")
                           .arg(errorCount)
                           .arg(listed)
                     : QStringLiteral("%1 problem(s) found; nothing was imported").arg(errorCount));
        return ExitData;
    }

    // One call, one transaction: all files or none, with the audit entry
    // (an import that stored its rows has its entry and exits 0).
    const std::vector<ImportStats> stats = store->importBatches(batches, [&](const std::vector<ImportStats> &st) {
        QStringList auditParts;
        QSet<QString> months;
        for (size_t i = 0; i < batches.size(); ++i) {
            const ImportBatch &b = batches[i];
            const ImportStats s = i < st.size() ? st[i] : ImportStats{};
            auditParts << QStringLiteral("%1 (%2): %3 read, %4 stored, %5 replaced, %6 unchanged, %7 collapsed, "
                                         "%8 skipped")
                              .arg(QFileInfo(b.sourceFile).fileName(), kindName(b.kind))
                              .arg(b.rowsRead)
                              .arg(s.stored)
                              .arg(s.replaced)
                              .arg(s.unchanged)
                              .arg(b.rowsCollapsed)
                              .arg(b.rowsSkipped);
            collectMonths(b, months);
        }
        return AuditText{QStringLiteral("import"), nonNull(months.size() == 1 ? *months.begin() : QString()),
                         auditParts.join(QStringLiteral("; "))};
    });
    for (size_t i = 0; i < batches.size(); ++i) {
        const ImportBatch &b = batches[i];
        const ImportStats s = i < stats.size() ? stats[i] : ImportStats{};
        // read = stored + replaced + unchanged + collapsed + skipped (SPEC section 2).
        const QString line = QStringLiteral("%1: %2 rows read, %3 stored, %4 replaced, %5 unchanged, %6 collapsed, "
                                            "%7 skipped by filter")
                                 .arg(labels[qsizetype(i)])
                                 .arg(b.rowsRead)
                                 .arg(s.stored)
                                 .arg(s.replaced)
                                 .arg(s.unchanged)
                                 .arg(b.rowsCollapsed)
                                 .arg(b.rowsSkipped);
        ctx.out << line << u'\n';
    }
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
        QStringLiteral("--db FILE [--kind KIND | --mapping PROFILE.json... | --preset ID...] FILE... | --list-presets"),
        {dbOption(),
         valueOption(QStringLiteral("kind"), QStringLiteral("KIND"),
                     QStringLiteral("agents, time, contacts, qa, survey, kcs or service_level")),
         valueOption(QStringLiteral("mapping"), QStringLiteral("PROFILE.json"),
                     QStringLiteral("A saved column mapping profile; give several to read the same file(s) "
                                    "into several kinds in one transaction")),
         valueOption(QStringLiteral("preset"), QStringLiteral("ID"),
                     QStringLiteral("A built-in profile set for a product's export (see --list-presets)")),
         flagOption(QStringLiteral("list-presets"), QStringLiteral("List the built-in presets and exit"))},
        true,
        runImport};
}

} // namespace sc::cli
