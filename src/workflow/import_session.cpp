#include "import_session.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace sc::workflow {

namespace {

QByteArray readHead(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.read(64 * 1024);
}

} // namespace

std::optional<ImportKind> expectedKind(const ImportFile &file)
{
    if (file.kind)
        return file.kind;
    if (file.profile)
        return file.profile->kind;
    return detectKind(previewCsv(readHead(file.path), ',', 0).header);
}

std::vector<ImportFile> importOrder(std::vector<ImportFile> files)
{
    std::vector<std::pair<bool, ImportFile>> keyed;
    keyed.reserve(files.size());
    for (ImportFile &f : files) {
        const bool agents = expectedKind(f) == ImportKind::Agents;
        keyed.emplace_back(agents, std::move(f));
    }
    std::stable_partition(keyed.begin(), keyed.end(), [](const auto &k) { return k.first; });
    std::vector<ImportFile> out;
    out.reserve(keyed.size());
    for (auto &k : keyed)
        out.push_back(std::move(k.second));
    return out;
}

CheckedImport checkImportFiles(const std::vector<ImportFile> &files, QSet<QString> knownAgents,
                               const CheckOptions &options)
{
    CheckedImport out;
    const std::vector<ImportFile> ordered = importOrder(files);
    qint64 total = 0;
    for (const ImportFile &f : ordered)
        total += QFileInfo(f.path).size();
    total = std::max<qint64>(total, 1);
    qint64 base = 0;
    for (const ImportFile &f : ordered) {
        ImportOptions opt;
        opt.kind = f.kind;
        opt.profile = f.profile;
        opt.knownAgents = knownAgents; // the store's and those of earlier agents files
        opt.maxErrors = options.maxErrorsPerFile;
        if (options.progress)
            opt.progress = [&, base](qint64 done, qint64) { return options.progress(base + done, total); };
        ImportResult r = parseImportFile(f.path, opt);
        base += QFileInfo(f.path).size();
        if (options.progress && !options.progress(base, total))
            r.cancelled = true;
        if (r.cancelled) {
            out.cancelled = true;
            break;
        }
        std::move(r.warnings.begin(), r.warnings.end(), std::back_inserter(out.warnings));
        if (!r.errors.empty() || !r.batch) {
            out.errorTotal += std::max<qint64>(r.errorTotal, qint64(r.errors.size()));
            if (r.errors.empty())
                out.unreadable << f.path;
            std::move(r.errors.begin(), r.errors.end(), std::back_inserter(out.errors));
            continue;
        }
        for (const Agent &a : r.batch->agents)
            knownAgents.insert(a.id);
        out.batches.push_back(std::move(*r.batch));
        out.sources.push_back(f);
    }
    return out;
}

QStringList importMonths(const std::vector<ImportBatch> &batches)
{
    QSet<Month> months;
    auto add = [&](const QDate &d) {
        if (d.isValid())
            months.insert(Month::of(d));
    };
    for (const ImportBatch &b : batches) {
        for (const auto &r : b.time)
            add(r.date);
        for (const auto &r : b.contacts)
            add(r.date);
        for (const auto &r : b.qa)
            add(r.date);
        for (const auto &r : b.surveys)
            add(r.date);
        for (const auto &r : b.kcs)
            add(r.date);
        for (const auto &r : b.serviceLevels)
            add(r.date);
    }
    std::vector<Month> sorted(months.begin(), months.end());
    std::sort(sorted.begin(), sorted.end());
    QStringList out;
    for (Month m : sorted)
        out << m.toString();
    return out;
}

AuditText importAudit(const std::vector<ImportBatch> &batches, const std::vector<ImportStats> &stats)
{
    QStringList parts;
    for (size_t i = 0; i < batches.size(); ++i) {
        const ImportBatch &b = batches[i];
        const ImportStats s = i < stats.size() ? stats[i] : ImportStats{};
        parts << QStringLiteral("%1 (%2): %3 read, %4 stored, %5 replaced, %6 unchanged, %7 collapsed, %8 skipped")
                     .arg(QFileInfo(b.sourceFile).fileName(), kindName(b.kind))
                     .arg(b.rowsRead)
                     .arg(s.stored)
                     .arg(s.replaced)
                     .arg(s.unchanged)
                     .arg(b.rowsCollapsed)
                     .arg(b.rowsSkipped);
    }
    const QStringList months = importMonths(batches);
    return AuditText{QStringLiteral("import"), months.size() == 1 ? months.front() : QStringLiteral(""),
                     parts.join(QStringLiteral("; "))};
}

std::vector<ImportStats> storeImport(Store &store, const CheckedImport &checked)
{
    if (!checked.ok())
        throw StoreError("The import has problems; nothing was imported");
    const std::vector<ImportBatch> &batches = checked.batches;
    return store.importBatches(
        batches, [&batches](const std::vector<ImportStats> &stats) { return importAudit(batches, stats); });
}

} // namespace sc::workflow
