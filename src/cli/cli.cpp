#include "cli.h"

#include "cli/score_output.h"
#include "core/identity.h"
#include "core/scoring.h"
#include "core/scoring_source.h"
#include "demo/demo_data.h"
#include "import/importer.h"
#include "import/mapping_profile.h"
#include "storage/store.h"

#ifdef SCORECARD_HAVE_REPORT
#include "report/pdf_report.h"
#endif

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <functional>
#include <map>

namespace sc {

namespace {

// --- a small option parser -------------------------------------------------

struct OptionSpec {
    QString name;      // without the leading "--"
    QString valueName; // empty: a flag
    QString help;
};

struct ParsedArgs {
    QHash<QString, QString> values;
    QSet<QString> flags;
    QStringList positional;
    bool has(const QString &name) const { return values.contains(name) || flags.contains(name); }
    QString value(const QString &name) const { return values.value(name); }
};

struct Context {
    QTextStream &out;
    QTextStream &err;
    const Clock &clock;
    QString command;
};

struct Command {
    QString name;
    QString brief; // one line for `scorecard --help`
    QString summary;
    QString synopsis; // after "scorecard NAME "
    std::vector<OptionSpec> options;
    bool takesFiles = false;
    std::function<int(Context &, const ParsedArgs &)> run;
};

// A usage problem: reported by the dispatcher with exit 64.
struct UsageError {
    QString message;
};

const OptionSpec kDbOption{QStringLiteral("db"), QStringLiteral("FILE"),
                           QStringLiteral("SQLite database (default: the per-user data location)")};
const OptionSpec kMonthOption{QStringLiteral("month"), QStringLiteral("YYYY-MM"), QStringLiteral("The month")};

// Parses "--name value", "--name=value" and flags; "--" ends the options.
ParsedArgs parseOptions(const QStringList &args, const Command &cmd)
{
    ParsedArgs parsed;
    bool optionsDone = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (optionsDone || !arg.startsWith(u'-') || arg == QLatin1String("-")) {
            parsed.positional << arg;
            continue;
        }
        if (arg == QLatin1String("--")) {
            optionsDone = true;
            continue;
        }
        if (arg == QLatin1String("-h")) {
            parsed.flags.insert(QStringLiteral("help"));
            continue;
        }
        if (!arg.startsWith(QLatin1String("--")))
            throw UsageError{QStringLiteral("unknown option '%1'").arg(arg)};
        QString name = arg.mid(2);
        std::optional<QString> inlineValue;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name.truncate(eq);
        }
        if (name == QLatin1String("help")) {
            parsed.flags.insert(name);
            continue;
        }
        const auto spec =
            std::find_if(cmd.options.begin(), cmd.options.end(), [&](const OptionSpec &o) { return o.name == name; });
        if (spec == cmd.options.end())
            throw UsageError{QStringLiteral("unknown option '--%1'").arg(name)};
        if (spec->valueName.isEmpty()) {
            if (inlineValue)
                throw UsageError{QStringLiteral("option '--%1' takes no value").arg(name)};
            parsed.flags.insert(name);
            continue;
        }
        if (inlineValue) {
            parsed.values.insert(name, *inlineValue);
        } else {
            if (i + 1 >= args.size())
                throw UsageError{QStringLiteral("option '--%1' needs a value (%2)").arg(name, spec->valueName)};
            parsed.values.insert(name, args[++i]);
        }
    }
    if (!cmd.takesFiles && !parsed.positional.isEmpty() && !parsed.flags.contains(QStringLiteral("help")))
        throw UsageError{QStringLiteral("unexpected argument '%1'").arg(parsed.positional.front())};
    return parsed;
}

QString helpText(const Command &cmd)
{
    QString text =
        QStringLiteral("Usage: scorecard %1 %2\n\n%3\n\nOptions:\n").arg(cmd.name, cmd.synopsis, cmd.summary);
    std::vector<std::pair<QString, QString>> lines;
    for (const OptionSpec &o : cmd.options)
        lines.emplace_back(QStringLiteral("--") + o.name + (o.valueName.isEmpty() ? QString() : u' ' + o.valueName),
                           o.help);
    lines.emplace_back(QStringLiteral("-h, --help"), QStringLiteral("Show this help"));
    qsizetype width = 0;
    for (const auto &l : lines)
        width = std::max(width, l.first.size());
    for (const auto &[left, help] : lines)
        text += QStringLiteral("  ") + left.leftJustified(width) + QStringLiteral("  ") + help + u'\n';
    text += QStringLiteral(
        "\nExit codes: 0 ok, 64 usage, 65 bad input data, 66 missing input file, 74 I/O or database error.\n");
    return text;
}

// Storage columns are NOT NULL and a null QString binds as SQL NULL.
QString nonNull(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }

QString currentUser() { return currentUserName(); }

Month requireMonth(const ParsedArgs &a)
{
    if (!a.values.contains(QStringLiteral("month")))
        throw UsageError{QStringLiteral("--month YYYY-MM is required")};
    const QString text = a.value(QStringLiteral("month"));
    const auto month = Month::parse(text);
    if (!month)
        throw UsageError{QStringLiteral("invalid --month '%1' (expected YYYY-MM)").arg(text)};
    return *month;
}

int parsePositiveInt(const ParsedArgs &a, const QString &name, int fallback, int maximum)
{
    if (!a.values.contains(name))
        return fallback;
    bool ok = false;
    const int v = a.value(name).toInt(&ok);
    if (!ok || v < 1 || v > maximum)
        throw UsageError{QStringLiteral("invalid --%1 '%2' (expected a whole number from 1 to %3)")
                             .arg(name, a.value(name))
                             .arg(maximum)};
    return v;
}

std::unique_ptr<Store> openDb(Context &ctx, const ParsedArgs &a)
{
    const QString path =
        a.values.contains(QStringLiteral("db")) ? a.value(QStringLiteral("db")) : defaultDatabasePath();
    if (path.isEmpty())
        throw UsageError{QStringLiteral("--db needs a file path")};
    return openStore(path, ctx.clock);
}

// Writes UTF-8 bytes as they are when the stream has a device (stdout),
// saving a round trip through QString for megabytes of JSON.
void writeUtf8(QTextStream &out, const QByteArray &bytes)
{
    if (QIODevice *device = out.device()) {
        out.flush();
        device->write(bytes);
    } else {
        out << QString::fromUtf8(bytes);
    }
}

// Errors are one line each: "scorecard <command>: message".
void fail(Context &ctx, const QString &message)
{
    ctx.err << QStringLiteral("scorecard ") << ctx.command << QStringLiteral(": ") << message << Qt::endl;
}

// --- demo --------------------------------------------------------------------

int runDemo(Context &ctx, const ParsedArgs &a)
{
    DemoOptions opt;
    opt.agents = parsePositiveInt(a, QStringLiteral("agents"), 48, 100000);
    opt.months = parsePositiveInt(a, QStringLiteral("months"), 12, 240);
    if (a.values.contains(QStringLiteral("seed"))) {
        bool ok = false;
        opt.seed = a.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            throw UsageError{
                QStringLiteral("invalid --seed '%1' (expected a whole number)").arg(a.value(QStringLiteral("seed")))};
    }
    // The last complete month: a supervisor preparing this month's 1:1s looks at last month.
    opt.endMonth = Month::of(ctx.clock.today()).previous();
    if (a.values.contains(QStringLiteral("end-month"))) {
        const auto m = Month::parse(a.value(QStringLiteral("end-month")));
        if (!m)
            throw UsageError{QStringLiteral("invalid --end-month '%1' (expected YYYY-MM)")
                                 .arg(a.value(QStringLiteral("end-month")))};
        opt.endMonth = *m;
    }
    auto store = openDb(ctx, a);
    DemoGenerator gen(opt);
    ImportStats total;
    qint64 rows = 0;
    auto add = [&](const std::vector<ImportBatch> &batches) {
        for (const ImportBatch &b : batches)
            rows += b.recordCount();
        for (const ImportStats &s : store->importBatches(batches)) {
            total.stored += s.stored;
            total.replaced += s.replaced;
            total.unchanged += s.unchanged;
        }
    };
    // Stored in chunks of about half a million rows: one transaction for a
    // normal demo, bounded memory for a stress-test one.
    std::vector<ImportBatch> pending{gen.agentsBatch()};
    qint64 pendingRows = pending.front().recordCount();
    const std::vector<Month> months = demoMonths(opt);
    for (Month m : months) {
        for (ImportBatch &b : gen.monthBatches(m)) {
            pendingRows += b.recordCount();
            pending.push_back(std::move(b));
        }
        if (pendingRows >= 500000) {
            add(pending);
            pending.clear();
            pendingRows = 0;
        }
    }
    if (!pending.empty())
        add(pending);

    const QString details = QStringLiteral("demo data: %1 agents, %2 months to %3, seed %4; %5 rows")
                                .arg(opt.agents)
                                .arg(opt.months)
                                .arg(opt.endMonth.toString())
                                .arg(opt.seed)
                                .arg(rows);
    store->addAuditEntry(currentUser(), QStringLiteral("import"), nonNull(QString()), details);
    ctx.out << QStringLiteral("Demo data: %1 agents, %2 to %3 (%4 months), seed %5\n")
                   .arg(opt.agents)
                   .arg(months.front().toString(), months.back().toString())
                   .arg(opt.months)
                   .arg(opt.seed);
    ctx.out << QStringLiteral("%1 rows: %2 stored, %3 replaced, %4 unchanged\n")
                   .arg(rows)
                   .arg(total.stored)
                   .arg(total.replaced)
                   .arg(total.unchanged);
    return ExitOk;
}

// --- import ------------------------------------------------------------------

// The months a batch's rows fall in, for the audit entry.
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

int runImport(Context &ctx, const ParsedArgs &a)
{
    const QStringList files = a.positional;
    if (files.isEmpty())
        throw UsageError{QStringLiteral("no FILE given")};
    const bool hasKind = a.values.contains(QStringLiteral("kind"));
    const bool hasMapping = a.values.contains(QStringLiteral("mapping"));
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
            fail(ctx,
                 QStringLiteral("unknown kind '%1' (expected one of: %2)").arg(name, names.join(QStringLiteral(", "))));
            return ExitData;
        }
    }
    if (hasMapping) {
        const QString path = a.value(QStringLiteral("mapping"));
        if (!QFileInfo(path).isFile()) {
            fail(ctx, QStringLiteral("%1: no such mapping profile").arg(path));
            return ExitNoInput;
        }
        QString error;
        base.profile = MappingProfile::load(path, &error);
        if (!base.profile) {
            fail(ctx, QStringLiteral("%1: %2").arg(path, error));
            return ExitData;
        }
    }
    // Every file must exist before anything is read.
    bool missing = false;
    for (const QString &f : files) {
        const QFileInfo info(f);
        if (!info.exists()) {
            fail(ctx, QStringLiteral("%1: no such file").arg(f));
            missing = true;
        } else if (!info.isFile() || !info.isReadable()) {
            fail(ctx, QStringLiteral("%1: cannot read the file").arg(f));
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
                fail(ctx, QStringLiteral("%1: the file could not be imported").arg(f));
                ++errorCount;
            }
            continue;
        }
        for (const Agent &ag : res.batch->agents)
            known.insert(ag.id);
        batches.push_back(std::move(*res.batch));
    }
    if (errorCount > 0) {
        fail(ctx, QStringLiteral("%1 problem(s) found; nothing was imported").arg(errorCount));
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
    store->addAuditEntry(currentUser(), QStringLiteral("import"),
                         nonNull(months.size() == 1 ? *months.begin() : QString()),
                         auditParts.join(QStringLiteral("; ")));
    return ExitOk;
}

// --- score -------------------------------------------------------------------

int runScore(Context &ctx, const ParsedArgs &a)
{
    const Month month = requireMonth(a);
    const QString format =
        a.values.contains(QStringLiteral("format")) ? a.value(QStringLiteral("format")) : QStringLiteral("json");
    if (format != QLatin1String("json") && format != QLatin1String("csv") && format != QLatin1String("table"))
        throw UsageError{QStringLiteral("invalid --format '%1' (expected json, csv or table)").arg(format)};
    const QString team = a.value(QStringLiteral("team"));
    const QString agent = a.value(QStringLiteral("agent"));
    auto store = openDb(ctx, a);
    const MonthReport report = filterReport(scoreMonth(*store, month), team, agent);
    if (format == QLatin1String("json"))
        writeUtf8(ctx.out, scoreJson(report));
    else if (format == QLatin1String("csv"))
        ctx.out << scoreCsv(report);
    else
        ctx.out << scoreTable(report);
    return ExitOk;
}

// --- report ------------------------------------------------------------------

int runReport(Context &ctx, const ParsedArgs &a)
{
    const Month month = requireMonth(a);
    const bool agent = a.values.contains(QStringLiteral("agent"));
    const bool team = a.values.contains(QStringLiteral("team"));
    const bool all = a.flags.contains(QStringLiteral("all"));
    const bool split = a.values.contains(QStringLiteral("split"));
    const bool hasOut = a.values.contains(QStringLiteral("out"));
    if (int(agent) + int(team) + int(all || split) != 1)
        throw UsageError{QStringLiteral("give exactly one of --agent ID, --team T, --all")};
    if (split && (agent || team))
        throw UsageError{
            QStringLiteral("--split writes every agent's card; it cannot be combined with --agent or --team")};
    if (split && hasOut)
        throw UsageError{QStringLiteral("give --out FILE.pdf or --split DIR, not both")};
    if (!split && !hasOut)
        throw UsageError{QStringLiteral("--out FILE.pdf is required")};
    QString pageSizeName = a.value(QStringLiteral("page-size"));
    if (a.values.contains(QStringLiteral("page-size"))
        && pageSizeName.compare(QLatin1String("A4"), Qt::CaseInsensitive) != 0
        && pageSizeName.compare(QLatin1String("Letter"), Qt::CaseInsensitive) != 0)
        throw UsageError{QStringLiteral("invalid --page-size '%1' (expected A4 or Letter)").arg(pageSizeName)};
#ifdef SCORECARD_HAVE_REPORT
    auto store = openDb(ctx, a);
    const MonthReport report = scoreMonth(*store, month);
    if (agent && !report.agent(a.value(QStringLiteral("agent")))) {
        fail(ctx,
             QStringLiteral("agent '%1' has no record in %2").arg(a.value(QStringLiteral("agent")), month.toString()));
        return ExitData;
    }
    if (team && !report.team(a.value(QStringLiteral("team")))) {
        fail(ctx,
             QStringLiteral("team '%1' has no record in %2").arg(a.value(QStringLiteral("team")), month.toString()));
        return ExitData;
    }
    if ((all || split) && report.agents.empty()) {
        fail(ctx, QStringLiteral("no agent has a record in %1").arg(month.toString()));
        return ExitData;
    }
    PdfReportOptions opt;
    opt.pageSize = pageSizeName.isEmpty() ? defaultPageSize()
                   : pageSizeName.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0
                       ? QPageSize(QPageSize::Letter)
                       : QPageSize(QPageSize::A4);
    opt.generatedAt = ctx.clock.now();
    opt.generatedBy = QStringLiteral("scorecard " SCORECARD_VERSION);
    QString error;
    bool ok = false;
    const QString outPath = split ? a.value(QStringLiteral("split")) : a.value(QStringLiteral("out"));
    if (agent)
        ok = writeAgentCardPdf(*store, a.value(QStringLiteral("agent")), month, outPath, opt, &error);
    else if (team)
        ok = writeTeamReportPdf(*store, a.value(QStringLiteral("team")), month, outPath, opt, &error);
    else if (split)
        ok = writeSplitCardsPdf(*store, month, outPath, opt, &error);
    else
        ok = writeAllCardsPdf(*store, month, outPath, opt, &error);
    if (!ok) {
        fail(ctx, QStringLiteral("%1: %2").arg(outPath, error));
        return ExitIo;
    }
    ctx.out << QStringLiteral("Wrote %1\n").arg(outPath);
    return ExitOk;
#else
    Q_UNUSED(month);
    fail(ctx, QStringLiteral("PDF reports are not available in this build"));
    return ExitIo;
#endif
}

// --- template ----------------------------------------------------------------

int runTemplate(Context &ctx, const ParsedArgs &a)
{
    const bool doExport = a.values.contains(QStringLiteral("export"));
    const bool doImport = a.values.contains(QStringLiteral("import"));
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
            fail(ctx, QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
            return ExitIo;
        }
        ctx.out << QStringLiteral("Exported %1 template(s) to %2\n").arg(templates.size()).arg(path);
        return ExitOk;
    }

    const QString path = a.value(QStringLiteral("import"));
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        fail(ctx, QStringLiteral("%1: no such file").arg(path));
        return ExitNoInput;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        fail(ctx, parseError.error != QJsonParseError::NoError
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
            fail(ctx, QStringLiteral("%1: \"templates\" must be an array").arg(path));
            return ExitData;
        }
        items = root.value(QStringLiteral("templates")).toArray();
        if (items.isEmpty()) {
            fail(ctx, QStringLiteral("%1: \"templates\" is empty").arg(path));
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
            fail(ctx, QStringLiteral("%1: template %2: not a JSON object").arg(path).arg(i + 1));
            bad = true;
            continue;
        }
        auto t = templateFromJson(items[i].toObject(), &error);
        if (!t) {
            fail(ctx, QStringLiteral("%1: template %2: %3").arg(path).arg(i + 1).arg(error));
            bad = true;
            continue;
        }
        parsed.push_back(std::move(*t));
    }
    if (bad)
        return ExitData;
    auto store = openDb(ctx, a);
    for (const ScorecardTemplate &t : parsed) {
        store->saveTemplate(t);
        ctx.out << QStringLiteral("Saved template '%1' for %2, effective from %3\n")
                       .arg(t.name,
                            t.team.isEmpty() ? QStringLiteral("all teams") : QStringLiteral("team '%1'").arg(t.team),
                            t.effectiveFrom.toString());
    }
    return ExitOk;
}

// --- month -------------------------------------------------------------------

int runMonth(Context &ctx, const ParsedArgs &a)
{
    const Month month = requireMonth(a);
    const bool finalize = a.flags.contains(QStringLiteral("finalize"));
    const bool reopen = a.flags.contains(QStringLiteral("reopen"));
    const bool status = a.flags.contains(QStringLiteral("status"));
    if (int(finalize) + int(reopen) + int(status) != 1)
        throw UsageError{QStringLiteral("give exactly one of --finalize, --reopen, --status")};
    if (a.values.contains(QStringLiteral("reason")) && !reopen)
        throw UsageError{QStringLiteral("--reason goes with --reopen")};
    auto store = openDb(ctx, a);
    const bool finalized = store->isFinalized(month);
    if (status) {
        ctx.out << month.toString() << (finalized ? QStringLiteral(": finalized\n") : QStringLiteral(": open\n"));
        return ExitOk;
    }
    if (finalize) {
        if (finalized) {
            fail(ctx, QStringLiteral("%1 is already finalized; reopen it first").arg(month.toString()));
            return ExitData;
        }
        const MonthReport report = computeMonth(*store, month);
        // Freezing a month nobody worked in is almost always a typo'd --month.
        if (report.agents.empty()) {
            fail(ctx, QStringLiteral("%1 has no data to finalize").arg(month.toString()));
            return ExitData;
        }
        const QByteArray snapshot = QJsonDocument(monthReportToJson(report)).toJson(QJsonDocument::Compact);
        store->finalizeMonth(month, snapshot, currentUser());
        ctx.out << QStringLiteral("Finalized %1: %2 agent card(s) frozen\n")
                       .arg(month.toString())
                       .arg(report.agents.size());
        return ExitOk;
    }
    if (!finalized) {
        fail(ctx, QStringLiteral("%1 is not finalized").arg(month.toString()));
        return ExitData;
    }
    store->reopenMonth(month, currentUser(), nonNull(a.value(QStringLiteral("reason"))));
    ctx.out << QStringLiteral("Reopened %1\n").arg(month.toString());
    return ExitOk;
}

// --- audit -------------------------------------------------------------------

int runAudit(Context &ctx, const ParsedArgs &a)
{
    std::optional<Month> month;
    if (a.values.contains(QStringLiteral("month")))
        month = requireMonth(a);
    auto store = openDb(ctx, a);
    std::vector<QStringList> rows;
    for (const AuditEntry &e : store->auditLog()) {
        if (month && e.month != month->toString())
            continue;
        rows.push_back({e.at.toUTC().toString(Qt::ISODate), e.user, e.action,
                        e.month.isEmpty() ? QStringLiteral("-") : e.month, e.details});
    }
    if (rows.empty()) {
        ctx.out << QStringLiteral("The audit log is empty.\n");
        return ExitOk;
    }
    std::array<qsizetype, 4> width{};
    for (const QStringList &r : rows)
        for (size_t i = 0; i < width.size(); ++i)
            width[i] = std::max(width[i], r[qsizetype(i)].size());
    for (const QStringList &r : rows) {
        QString line;
        for (size_t i = 0; i < width.size(); ++i)
            line += r[qsizetype(i)].leftJustified(width[i]) + QStringLiteral("  ");
        ctx.out << line << r[4] << u'\n';
    }
    return ExitOk;
}

// --- the table of commands ---------------------------------------------------

const std::vector<Command> &commands()
{
    static const std::vector<Command> list{
        {QStringLiteral("demo"),
         QStringLiteral("Fill the database with realistic demo data"),
         QStringLiteral("Fills the database with realistic demo data: teams, full- and part-time agents and "
                        "months of every export kind."),
         QStringLiteral("--db FILE [--agents N] [--months M] [--seed S] [--end-month YYYY-MM]"),
         {kDbOption,
          {QStringLiteral("agents"), QStringLiteral("N"), QStringLiteral("Number of agents (default 48)")},
          {QStringLiteral("months"), QStringLiteral("M"), QStringLiteral("Number of months (default 12)")},
          {QStringLiteral("seed"), QStringLiteral("S"),
           QStringLiteral("Random seed; the same seed gives the same data (default 1)")},
          {QStringLiteral("end-month"), QStringLiteral("YYYY-MM"),
           QStringLiteral("Last month generated (default: the last complete month)")}},
         false,
         runDemo},
        {QStringLiteral("import"),
         QStringLiteral("Import CSV exports (all files or none)"),
         QStringLiteral("Imports CSV exports (agents, time, contacts, qa, survey, kcs, service_level). All files are "
                        "stored in one transaction: if any "
                        "has a problem, nothing is imported.\nWithout --kind or --mapping the kind is recognised "
                        "from each file's header."),
         QStringLiteral("--db FILE [--kind KIND | --mapping PROFILE.json] FILE..."),
         {kDbOption,
          {QStringLiteral("kind"), QStringLiteral("KIND"),
           QStringLiteral("agents, time, contacts, qa, survey, kcs or service_level")},
          {QStringLiteral("mapping"), QStringLiteral("PROFILE.json"),
           QStringLiteral("A saved column mapping profile")}},
         true,
         runImport},
        {QStringLiteral("score"),
         QStringLiteral("Print a month's scorecards as JSON, CSV or a table"),
         QStringLiteral("Prints the month's scorecards (a finalized month prints its frozen snapshot)."),
         QStringLiteral("--db FILE --month YYYY-MM [--team T] [--agent ID] [--format json|csv|table]"),
         {kDbOption,
          kMonthOption,
          {QStringLiteral("team"), QStringLiteral("T"), QStringLiteral("Only this team's agents")},
          {QStringLiteral("agent"), QStringLiteral("ID"), QStringLiteral("Only this agent (and their team)")},
          {QStringLiteral("format"), QStringLiteral("FORMAT"), QStringLiteral("json (default), csv or table")}},
         false,
         runScore},
        {QStringLiteral("report"),
         QStringLiteral("Write PDF cards and team reports"),
         QStringLiteral("Writes PDF reports: an agent's one-page card, a team's leadership report, or every card."),
         QStringLiteral("--db FILE --month YYYY-MM (--agent ID | --team T | --all) (--out FILE.pdf | --split DIR) "
                        "[--page-size A4|Letter]"),
         {kDbOption,
          kMonthOption,
          {QStringLiteral("agent"), QStringLiteral("ID"), QStringLiteral("One agent's card")},
          {QStringLiteral("team"), QStringLiteral("T"), QStringLiteral("The team's leadership report")},
          {QStringLiteral("all"), QString(), QStringLiteral("Every agent's card, one page each")},
          {QStringLiteral("out"), QStringLiteral("FILE.pdf"), QStringLiteral("The PDF to write")},
          {QStringLiteral("split"), QStringLiteral("DIR"), QStringLiteral("One PDF per agent in DIR (implies --all)")},
          {QStringLiteral("page-size"), QStringLiteral("SIZE"),
           QStringLiteral("A4 or Letter (default: from the locale)")}},
         false,
         runReport},
        {QStringLiteral("template"),
         QStringLiteral("Export or import scorecard templates (JSON)"),
         QStringLiteral("Exports the scorecard templates as JSON ({\"templates\": [...]}; the default template when "
                        "none is stored), or imports one template or such a file."),
         QStringLiteral("--db FILE (--export FILE | --import FILE)"),
         {kDbOption,
          {QStringLiteral("export"), QStringLiteral("FILE"),
           QStringLiteral("Write the templates to FILE (- for stdout)")},
          {QStringLiteral("import"), QStringLiteral("FILE"),
           QStringLiteral("Validate and save the templates in FILE")}},
         false,
         runTemplate},
        {QStringLiteral("month"),
         QStringLiteral("Finalize, reopen or show the status of a month"),
         QStringLiteral("Finalizes a month (freezes its cards), reopens it, or shows whether it is finalized. "
                        "Finalize and reopen are recorded in the audit log."),
         QStringLiteral("--db FILE --month YYYY-MM (--finalize | --reopen [--reason TEXT] | --status)"),
         {kDbOption,
          kMonthOption,
          {QStringLiteral("finalize"), QString(), QStringLiteral("Freeze the month's cards")},
          {QStringLiteral("reopen"), QString(), QStringLiteral("Unfreeze a finalized month")},
          {QStringLiteral("reason"), QStringLiteral("TEXT"), QStringLiteral("Why it is reopened (audit log)")},
          {QStringLiteral("status"), QString(), QStringLiteral("Print finalized or open")}},
         false,
         runMonth},
        {QStringLiteral("audit"),
         QStringLiteral("Print the audit log"),
         QStringLiteral("Prints the audit log: imports, template changes, finalize and reopen."),
         QStringLiteral("--db FILE [--month YYYY-MM]"),
         {kDbOption,
          {QStringLiteral("month"), QStringLiteral("YYYY-MM"), QStringLiteral("Only entries about this month")}},
         false,
         runAudit},
    };
    return list;
}

const Command *findCommand(const QString &name)
{
    for (const Command &c : commands())
        if (c.name == name)
            return &c;
    return nullptr;
}

QString globalHelp()
{
    QString text = QStringLiteral(
        "Usage: scorecard [--db FILE] [--agent ID]      open the desktop app (--agent: \"My card\" view)\n"
        "       scorecard COMMAND [OPTIONS]             run headless\n\nCommands:\n");
    for (const Command &c : commands())
        text += QStringLiteral("  %1  %2\n").arg(c.name.leftJustified(9), c.brief);
    text += QStringLiteral(
        "\nRun 'scorecard COMMAND --help' for a command's options.\n"
        "Exit codes: 0 ok, 64 usage, 65 bad input data, 66 missing input file, 74 I/O or database error.\n");
    return text;
}

} // namespace

bool isCliInvocation(const QStringList &args)
{
    if (args.isEmpty())
        return false;
    const QString &first = args.front();
    return findCommand(first) || first == QLatin1String("help") || first == QLatin1String("--help")
           || first == QLatin1String("-h") || first == QLatin1String("--version");
}

bool cliNeedsGui(const QStringList &args) { return !args.isEmpty() && args.front() == QLatin1String("report"); }

int runCli(const QStringList &args, QTextStream &out, QTextStream &err, const Clock &clock)
{
    Context ctx{out, err, clock, QString()};
    int code = ExitOk;
    if (args.isEmpty() || args.front() == QLatin1String("--help") || args.front() == QLatin1String("-h")
        || (args.front() == QLatin1String("help") && args.size() == 1)) {
        out << globalHelp();
        code = args.isEmpty() ? ExitUsage : ExitOk;
    } else if (args.front() == QLatin1String("--version")) {
        out << QStringLiteral("scorecard " SCORECARD_VERSION "\n");
    } else if (args.front() == QLatin1String("help")) {
        if (const Command *cmd = findCommand(args[1])) {
            out << helpText(*cmd);
        } else {
            err << QStringLiteral("scorecard: unknown command '%1' (see scorecard --help)").arg(args[1]) << Qt::endl;
            code = ExitUsage;
        }
    } else if (const Command *cmd = findCommand(args.front())) {
        ctx.command = cmd->name;
        try {
            const ParsedArgs parsed = parseOptions(args.mid(1), *cmd);
            if (parsed.flags.contains(QStringLiteral("help")))
                out << helpText(*cmd);
            else
                code = cmd->run(ctx, parsed);
        } catch (const UsageError &e) {
            fail(ctx, e.message + QStringLiteral(" (see scorecard %1 --help)").arg(cmd->name));
            code = ExitUsage;
        } catch (const StoreError &e) {
            fail(ctx, QStringLiteral("database error: ") + QString::fromUtf8(e.what()));
            code = ExitIo;
        } catch (const std::exception &e) {
            fail(ctx, QStringLiteral("error: ") + QString::fromUtf8(e.what()));
            code = ExitIo;
        }
    } else {
        err << QStringLiteral("scorecard: unknown command '%1' (see scorecard --help)").arg(args.front()) << Qt::endl;
        code = ExitUsage;
    }
    out.flush();
    err.flush();
    return code;
}

} // namespace sc
