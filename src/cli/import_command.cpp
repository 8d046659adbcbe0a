#include "cli/cli.h"
#include "cli/command.h"
#include "core/identity.h"

#include "import/importer.h"
#include "import/mapping_profile.h"
#include "import/presets.h"
#include "storage/store.h"
#include "workflow/import_session.h"

#include <QFileInfo>

namespace sc::cli {

namespace {

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

    // One session, the app's: agents files first, each file checked knowing
    // the store's agents and those of the agents files before it, then every
    // batch stored in one transaction with the import's audit entry (an
    // import that stored its rows has its entry and exits 0).
    // --mapping/--preset: each profile reads every file.
    std::vector<workflow::ImportFile> session;
    if (profiles.empty()) {
        for (const QString &f : files)
            session.push_back({f, base.kind, std::nullopt});
    } else {
        for (const MappingProfile &p : profiles)
            for (const QString &f : files)
                session.push_back({f, std::nullopt, p});
    }
    auto store = openDb(ctx, a);
    const workflow::CheckedImport checked = workflow::checkImportFiles(session, store->agentIds());
    for (const ImportError &w : checked.warnings)
        ctx.err << w.toString() << Qt::endl;
    for (const ImportError &e : checked.errors)
        ctx.err << e.toString() << Qt::endl;
    for (const QString &f : checked.unreadable)
        ctx.fail(QStringLiteral("%1: the file could not be imported").arg(f));
    const qint64 listed = qint64(checked.errors.size() + size_t(checked.unreadable.size()));
    const qint64 errorCount = checked.errorTotal + qint64(checked.unreadable.size());
    if (errorCount > 0) {
        // The total, even when only the first of them are listed above.
        ctx.fail(errorCount > listed
                     ? QStringLiteral("%1 problems found (the first %2 are listed); nothing was imported")
                           .arg(errorCount)
                           .arg(listed)
                     : QStringLiteral("%1 problem(s) found; nothing was imported").arg(errorCount));
        return ExitData;
    }

    const std::vector<ImportStats> stats = workflow::storeImport(*store, checked);
    for (size_t i = 0; i < checked.batches.size(); ++i) {
        const ImportBatch &b = checked.batches[i];
        const workflow::ImportFile &source = checked.sources[i];
        const ImportStats s = i < stats.size() ? stats[i] : ImportStats{};
        const QString label =
            source.profile && profiles.size() > 1
                ? QStringLiteral("%1 (%2, profile '%3')").arg(source.path, kindName(b.kind), source.profile->name)
                : QStringLiteral("%1 (%2)").arg(source.path, kindName(b.kind));
        // read = stored + replaced + unchanged + collapsed + skipped (SPEC section 2).
        ctx.out << QStringLiteral("%1: %2 rows read, %3 stored, %4 replaced, %5 unchanged, %6 collapsed, "
                                  "%7 skipped by filter")
                       .arg(label)
                       .arg(b.rowsRead)
                       .arg(s.stored)
                       .arg(s.replaced)
                       .arg(s.unchanged)
                       .arg(b.rowsCollapsed)
                       .arg(b.rowsSkipped)
                << u'\n';
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
