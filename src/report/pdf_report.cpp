#include "report/pdf_report.h"

#include "report/card_renderer.h"
#include "report/charts.h"
#include "report/paint_util.h"
#include "report/report_style.h"
#include "report/team_table.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <map>
#include <memory>
#include <set>
#include <thread>

namespace sc {

namespace {

// The reports' texts, in the translation context "PdfReport". The command
// line installs no translator, so its PDFs stay English.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PdfReport)
};

constexpr double kPageW = 842; // logical page: A4 landscape in points
constexpr double kPageH = 595;
constexpr double kMargin = 28;
constexpr int kPdfResolution = 1200;
// No template defines a service-level goal; 80% is the common industry target.
constexpr double kServiceLevelGoal = 80;

QString creatorOf(const PdfReportOptions &options)
{
    return options.generatedBy.isEmpty() ? QStringLiteral("Scorecard %1").arg(QLatin1String(SCORECARD_VERSION))
                                         : options.generatedBy;
}

std::unique_ptr<QPdfWriter> makeWriter(const QString &path, const PdfReportOptions &options, const QString &title)
{
    auto writer = std::make_unique<QPdfWriter>(path);
    writer->setResolution(kPdfResolution);
    writer->setTitle(title);
    writer->setCreator(creatorOf(options));
    writer->setPageLayout(QPageLayout(options.pageSize, QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
    return writer;
}

// Fits the logical page into the device page, centred, and returns the scale.
void applyPageTransform(QPainter &painter, const QPaintDevice &device)
{
    const double w = device.width(), h = device.height();
    const double s = std::min(w / kPageW, h / kPageH);
    painter.resetTransform();
    painter.translate((w - kPageW * s) / 2, (h - kPageH * s) / 2);
    painter.scale(s, s);
}

QString generatedText(const PdfReportOptions &options)
{
    const QDateTime at = options.generatedAt.isValid() ? options.generatedAt : QDateTime::currentDateTimeUtc();
    QString when = at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (at.timeSpec() == Qt::UTC)
        when += QStringLiteral(" UTC");
    return Tr::tr("Generated %1 by %2").arg(when, creatorOf(options));
}

bool beginPainter(QPainter &painter, QPdfWriter &writer, const QString &path, QString *error)
{
    if (!painter.begin(&writer)) {
        if (error)
            *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    return true;
}

bool finish(QPainter &painter, const QString &path, QString *error)
{
    if (!painter.end()) {
        if (error)
            *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0) {
        if (error)
            *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    return true;
}

// Store failures (StoreError) and the like become a false return with the
// message, as every other failure of these functions.
template <typename F> bool guarded(F &&f, QString *error)
{
    try {
        return f();
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromUtf8(e.what());
        return false;
    }
}

bool cancelled(const PdfReportOptions &options, int done, int total)
{
    return options.progress && !options.progress(done, total);
}

// Scores each month at most once for a whole batch.
class MonthCache {
public:
    explicit MonthCache(const Store &store) : m_store(store) {}
    const MonthReport &operator()(Month m)
    {
        auto it = m_reports.find(m);
        if (it == m_reports.end())
            it = m_reports.emplace(m, scoreMonth(m_store, m)).first;
        return it->second;
    }
    std::function<const MonthReport &(Month)> fn()
    {
        return [this](Month m) -> const MonthReport & { return (*this)(m); };
    }

private:
    const Store &m_store;
    std::map<Month, MonthReport> m_reports;
};

// Writes one card to its own file; safe on any thread. Leaves *error empty on success.
bool writeOneCard(const CardData &data, const QString &path, const PdfReportOptions &options, QString *error)
{
    const QString title = Tr::tr("Scorecard %1 – %2").arg(data.card.agent.name, monthTitle(data.card.month));
    auto writer = makeWriter(path, options, title);
    QPainter painter;
    if (!beginPainter(painter, *writer, path, error))
        return false;
    CardRenderer::paint(painter, QRectF(0, 0, writer->width(), writer->height()), data);
    return finish(painter, path, error);
}

bool writeCards(const Store &store, Month month, const std::vector<QString> &agentIds, const QString &path,
                const QString &title, const PdfReportOptions &options, MonthCache &cache, QString *error,
                int doneBefore = 0, int total = -1)
{
    auto writer = makeWriter(path, options, title);
    QPainter painter;
    if (!beginPainter(painter, *writer, path, error))
        return false;
    const QRectF page(0, 0, writer->width(), writer->height());
    bool first = true;
    int done = doneBefore;
    if (total < 0)
        total = int(agentIds.size());
    for (const QString &id : agentIds) {
        std::optional<CardData> data;
        try {
            data = buildCardData(store, id, month, cache.fn());
        } catch (const std::exception &e) {
            // A store failure mid-batch: no half-written file is left behind.
            painter.end();
            QFile::remove(path);
            if (error)
                *error = QString::fromUtf8(e.what());
            return false;
        }
        if (!data)
            continue;
        if (!first)
            writer->newPage();
        first = false;
        CardRenderer::paint(painter, page, *data);
        if (cancelled(options, ++done, total)) {
            painter.end();
            QFile::remove(path);
            if (error)
                *error = QStringLiteral("cancelled");
            return false;
        }
    }
    if (first) {
        painter.end();
        QFile::remove(path);
        if (error)
            *error = QStringLiteral("no agent has a record in %1").arg(month.toString());
        return false;
    }
    return finish(painter, path, error);
}

} // namespace

QPageSize defaultPageSize()
{
    return QLocale::system().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize(QPageSize::Letter)
                                                                              : QPageSize(QPageSize::A4);
}

namespace {

// Letters and digits of any script stay; path separators, control and
// shell-special characters become "_". Runs of spaces become one, leading
// dots go (no hidden files, no ".."), and the result is at most 120
// characters and 200 UTF-8 bytes (file names are limited to 255 bytes).
QString sanitisedStem(const QString &base, int maxChars, int maxBytes)
{
    QString clean;
    clean.reserve(base.size());
    for (const QChar c : base) {
        if (c.isLetterOrNumber() || c == u' ' || c == u'-' || c == u'_' || c == u'.' || c == u'(' || c == u')')
            clean += c;
        else
            clean += QLatin1Char('_');
    }
    clean = clean.simplified();
    while (clean.startsWith(QLatin1Char('.')))
        clean.remove(0, 1);
    if (clean.size() > maxChars)
        clean.truncate(maxChars);
    while (clean.toUtf8().size() > maxBytes)
        clean.chop(clean.size() >= 2 && clean.back().isLowSurrogate() ? 2 : 1);
    return clean.trimmed();
}

} // namespace

QString splitCardFileName(const QString &agentId, const QString &name)
{
    QString clean = sanitisedStem(name.isEmpty() ? agentId : agentId + QLatin1Char(' ') + name, 120, 200);
    if (clean.isEmpty())
        clean = QStringLiteral("agent");
    return clean + QStringLiteral(".pdf");
}

QStringList splitCardFileNames(const std::vector<std::pair<QString, QString>> &agents)
{
    QStringList out;
    QSet<QString> used; // case-folded: two names differing in case collide on macOS and Windows
    for (const auto &[id, name] : agents) {
        QString stem = splitCardFileName(id, name).chopped(4);
        // The id did not survive sanitising or cutting ("A/B" and "A:B" both
        // give "A_B"): add a short hash of the real id, the same whatever
        // other agents there are.
        const QString idPart = name.isEmpty() ? id : id + QLatin1Char(' ');
        if (!stem.startsWith(idPart)) {
            const QByteArray hash = QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
            QString base = sanitisedStem(name.isEmpty() ? id : id + QLatin1Char(' ') + name, 110, 190);
            stem = (base.isEmpty() ? QStringLiteral("agent") : base) + QStringLiteral(" ~") + QString::fromLatin1(hash);
        }
        // Anything else that still collides (ids differing only in case, an
        // id with a space equal to another's "id name"): a counter.
        QString candidate = stem + QStringLiteral(".pdf");
        for (int n = 2; used.contains(candidate.toCaseFolded()); ++n)
            candidate = stem + QStringLiteral(" (%1).pdf").arg(n);
        used.insert(candidate.toCaseFolded());
        out << candidate;
    }
    return out;
}

static bool writeAgentCardPdfImpl(const Store &store, const QString &agentId, Month month, const QString &path,
                                  const PdfReportOptions &options, QString *error)
{
    MonthCache cache(store);
    const MonthReport &report = cache(month);
    const AgentScorecard *card = report.agent(agentId);
    if (!card) {
        if (error)
            *error = QStringLiteral("agent %1 has no record in %2").arg(agentId, month.toString());
        return false;
    }
    const QString title = Tr::tr("Scorecard %1 – %2").arg(card->agent.name, monthTitle(month));
    return writeCards(store, month, {agentId}, path, title, options, cache, error);
}

bool writeAgentCardPdf(const Store &store, const QString &agentId, Month month, const QString &path,
                       const PdfReportOptions &options, QString *error)
{
    return guarded([&] { return writeAgentCardPdfImpl(store, agentId, month, path, options, error); }, error);
}

static bool writeAllCardsPdfImpl(const Store &store, Month month, const QString &team, const QString &path,
                                 const PdfReportOptions &options, QString *error)
{
    MonthCache cache(store);
    std::vector<QString> ids;
    for (const AgentScorecard &a : cache(month).agents) {
        if (team.isEmpty() || a.agent.team == team)
            ids.push_back(a.agent.id);
    }
    std::sort(ids.begin(), ids.end());
    if (ids.empty() && !team.isEmpty()) {
        if (error)
            *error = QStringLiteral("no agent of team %1 has a record in %2").arg(team, month.toString());
        return false;
    }
    const QString title = team.isEmpty() ? Tr::tr("Scorecards – %1").arg(monthTitle(month))
                                         : Tr::tr("Scorecards %1 – %2").arg(team, monthTitle(month));
    return writeCards(store, month, ids, path, title, options, cache, error);
}

bool writeAllCardsPdf(const Store &store, Month month, const QString &path, const PdfReportOptions &options,
                      QString *error)
{
    return guarded([&] { return writeAllCardsPdfImpl(store, month, QString(), path, options, error); }, error);
}

bool writeTeamCardsPdf(const Store &store, Month month, const QString &team, const QString &path,
                       const PdfReportOptions &options, QString *error)
{
    return guarded([&] { return writeAllCardsPdfImpl(store, month, team, path, options, error); }, error);
}

static bool writeSplitCardsPdfImpl(const Store &store, Month month, const QString &dir, const PdfReportOptions &options,
                                   QString *error, int *filesWritten)
{
    if (filesWritten)
        *filesWritten = 0;
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = QStringLiteral("cannot create directory %1").arg(dir);
        return false;
    }
    MonthCache cache(store);
    std::vector<const AgentScorecard *> agents;
    for (const AgentScorecard &a : cache(month).agents)
        agents.push_back(&a);
    std::sort(agents.begin(), agents.end(),
              [](const AgentScorecard *a, const AgentScorecard *b) { return a->agent.id < b->agent.id; });
    if (agents.empty()) {
        if (error)
            *error = QStringLiteral("no agent has a record in %1").arg(month.toString());
        return false;
    }
    std::vector<std::pair<QString, QString>> idsAndNames;
    for (const AgentScorecard *a : agents)
        idsAndNames.emplace_back(a->agent.id, a->agent.name);
    const QStringList fileNames = splitCardFileNames(idsAndNames);
    // Store reads stay on this thread (a database connection belongs to one
    // thread); the cards of each chunk are then written in parallel, one
    // QPdfWriter per file, which QtGui allows off the GUI thread.
    const int total = int(agents.size());
    const int workers = std::clamp(QThread::idealThreadCount(), 1, 8);
    constexpr size_t kChunk = 32;
    int done = 0;
    for (size_t start = 0; start < agents.size(); start += kChunk) {
        const size_t end = std::min(agents.size(), start + kChunk);
        std::vector<CardData> cards;
        std::vector<QString> paths;
        for (size_t i = start; i < end; ++i) {
            std::optional<CardData> data = buildCardData(store, agents[i]->agent.id, month, cache.fn());
            if (!data) { // never skip a card silently
                if (error)
                    *error = QStringLiteral("cannot build the card of agent %1").arg(agents[i]->agent.id);
                return false;
            }
            paths.push_back(QDir(dir).filePath(fileNames[qsizetype(i)]));
            cards.push_back(std::move(*data));
        }
        std::vector<QString> errors(cards.size());
        std::atomic<size_t> next{0};
        auto work = [&] {
            for (size_t k; (k = next++) < cards.size();) {
                try {
                    writeOneCard(cards[k], paths[k], options, &errors[k]);
                } catch (const std::exception &e) {
                    errors[k] = QString::fromUtf8(e.what());
                }
            }
        };
        std::vector<std::thread> threads;
        for (int t = 1; t < workers && size_t(t) < cards.size(); ++t)
            threads.emplace_back(work);
        work();
        for (std::thread &t : threads)
            t.join();
        for (const QString &e : errors)
            if (!e.isEmpty()) {
                if (error)
                    *error = e;
                return false;
            }
        done += int(end - start);
        if (filesWritten)
            *filesWritten = done;
        if (cancelled(options, done, total)) {
            if (error)
                *error = QStringLiteral("cancelled");
            return false;
        }
    }
    return true;
}

bool writeSplitCardsPdf(const Store &store, Month month, const QString &dir, const PdfReportOptions &options,
                        QString *error, int *filesWritten)
{
    return guarded([&] { return writeSplitCardsPdfImpl(store, month, dir, options, error, filesWritten); }, error);
}

void paintCards(QPagedPaintDevice &device, const std::vector<CardData> &cards)
{
    QPainter painter(&device);
    const QRectF page(0, 0, device.width(), device.height());
    for (size_t i = 0; i < cards.size(); ++i) {
        if (i > 0)
            device.newPage();
        CardRenderer::paint(painter, page, cards[i]);
    }
}

// ---------------------------------------------------------------------------
// The leadership (team) report
// ---------------------------------------------------------------------------

TeamReportData buildTeamReportData(const Store &store, const QString &team, Month month)
{
    MonthCache cache(store);
    return buildTeamReportData(store, team, month, cache.fn());
}

TeamReportData buildTeamReportData(const Store &store, const QString &team, Month month,
                                   const std::function<const MonthReport &(Month)> &monthReport)
{
    TeamReportData data;
    data.team = team;
    data.month = month;
    data.report = monthReport(month);
    const MonthReport &prev = monthReport(month.previous());
    if (!prev.agents.empty() || !prev.teams.empty())
        data.previous = prev;
    for (int i = 5; i >= 0; --i)
        data.trend.push_back(i == 0 ? data.report : monthReport(month.addMonths(-i)));
    const ScorecardTemplate tmpl = templateFor(store.templates(), team, month);
    data.attentionBelow = tmpl.attentionBelow;
    data.attentionMonths = tmpl.attentionMonths;
    for (const AgentScorecard &a : data.report.agents) {
        if (!team.isEmpty() && a.agent.team != team)
            continue;
        for (GoalStatus &g : goalStatuses(store, a.agent.id, month, monthReport))
            if (g.met.value_or(false) && g.item.createdMonth < month)
                data.goalsMet.emplace_back(a.agent.id, std::move(g));
    }
    return data;
}

namespace {

constexpr double kTableTop = 96;
constexpr double kTableRowH = 17;
constexpr double kTableBottom = kPageH - 44;

int tableRowsPerPage() { return int((kTableBottom - kTableTop - 20) / kTableRowH); }

std::vector<const AgentScorecard *> teamAgents(const MonthReport &report, const QString &team)
{
    std::vector<const AgentScorecard *> out;
    for (const AgentScorecard &a : report.agents)
        if (team.isEmpty() || a.agent.team == team)
            out.push_back(&a);
    return out;
}

std::optional<double> averageOverall(const MonthReport &report, const QString &team)
{
    double sum = 0;
    int n = 0;
    for (const AgentScorecard *a : teamAgents(report, team))
        if (a->overall) {
            sum += *a->overall;
            ++n;
        }
    if (n == 0)
        return std::nullopt;
    return sum / n;
}

const MetricRule *teamRule(const MonthReport &report, const QString &team, QStringView key)
{
    for (const AgentScorecard *a : teamAgents(report, team))
        if (const MetricResult *m = a->metric(key))
            return &m->rule;
    return nullptr;
}

std::optional<double> teamValue(const MonthReport &report, const QString &team, QStringView key)
{
    const TeamScorecard *t = report.team(team);
    const MetricValue *v = t ? t->metric(key) : nullptr;
    return v ? v->value : std::nullopt;
}

class TeamReportPainter {
public:
    TeamReportPainter(QPainter &painter, const TeamReportData &data, const PdfReportOptions &options, int totalPages)
        : p(painter), d(data), o(options), total(totalPages)
    {
        rows = rankedTeamRows(d.report, d.team, d.previous ? &*d.previous : nullptr);
        keys = weightedMetricKeys(d.report, d.team);
    }

    int pageCount() const
    {
        const int perPage = tableRowsPerPage();
        return 2 + std::max(1, int((rows.size() + size_t(perPage) - 1) / size_t(perPage)));
    }

    void paintPage(int page) // 1-based
    {
        p.fillRect(QRectF(0, 0, kPageW, kPageH), Qt::white);
        chrome(page);
        if (page == 1)
            summary();
        else if (page == 2)
            trend();
        else
            table(page - 3);
    }

private:
    QFont font(double pt, bool bold = false) const { return reportFont(p, pt, bold); }
    const QColor text = QColor(0x1F, 0x23, 0x29);
    const QColor muted = QColor(0x5F, 0x66, 0x70);
    const QColor faint = QColor(0x8A, 0x8F, 0x98);
    const QColor tile = QColor(0xF5, 0xF6, 0xF8);
    const QColor line = QColor(0xDD, 0xE0, 0xE5);

    void chrome(int page)
    {
        const double w = kPageW - 2 * kMargin;
        const QString teamName = d.team.isEmpty() ? Tr::tr("All teams") : Tr::tr("Team %1").arg(d.team);
        paint::text(p, QRectF(kMargin, kMargin - 4, w * 0.7, 22), teamName, font(16, true), text);
        paint::text(p, QRectF(kMargin + w * 0.5, kMargin - 4, w * 0.5, 22), monthTitle(d.month), font(13, true), text,
                    Qt::AlignRight | Qt::AlignVCenter);
        paint::text(p, QRectF(kMargin, kMargin + 18, w * 0.7, 12),
                    Tr::tr("Leadership report · balanced scorecard, 100 = goal"), font(7.5), muted);
        const char *const titles[] = {QT_TRANSLATE_NOOP("PdfReport", "Summary"),
                                      QT_TRANSLATE_NOOP("PdfReport", "Six-month trend"),
                                      QT_TRANSLATE_NOOP("PdfReport", "Ranking")};
        const QString section = Tr::tr(titles[std::min(page, 3) - 1]);
        paint::text(p, QRectF(kMargin + w * 0.5, kMargin + 18, w * 0.5, 12),
                    d.report.frozen ? Tr::tr("%1 · finalized month").arg(section) : section, font(7.5), muted,
                    Qt::AlignRight | Qt::AlignVCenter);
        p.setPen(QPen(line, 0.8));
        p.drawLine(QPointF(kMargin, kMargin + 34), QPointF(kPageW - kMargin, kMargin + 34));
        // Footer.
        const double fy = kPageH - kMargin + 2;
        p.drawLine(QPointF(kMargin, fy - 6), QPointF(kPageW - kMargin, fy - 6));
        paint::text(p, QRectF(kMargin, fy - 4, w * 0.7, 11), generatedText(o), font(7), faint);
        paint::text(p, QRectF(kMargin + w * 0.5, fy - 4, w * 0.5, 11), Tr::tr("Page %1 of %2").arg(page).arg(total),
                    font(7), muted, Qt::AlignRight | Qt::AlignVCenter);
    }

    void sectionTitle(const QRectF &r, const QString &title, const QString &aside = {})
    {
        const double w = paint::text(p, QRectF(r.left(), r.top(), r.width(), 13), title, font(9.5, true), text);
        if (!aside.isEmpty())
            paint::text(p, QRectF(r.left() + w + 6, r.top() + 1, r.width() - w - 6, 12), aside, font(7), faint);
    }

    void box(const QRectF &r)
    {
        p.save();
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(Qt::NoPen);
        p.setBrush(tile);
        p.drawRoundedRect(r, 4, 4);
        p.restore();
    }

    void kpi(const QRectF &r, const QString &label, const QString &value, const QColor &valueColor, const QString &sub1,
             const QString &sub2 = {})
    {
        box(r);
        const QRectF in = r.adjusted(10, 6, -8, -6);
        paint::text(p, QRectF(in.left(), in.top(), in.width(), 10), label.toUpper(), font(6.8, true), muted);
        paint::text(p, QRectF(in.left(), in.top() + 11, in.width(), 26), value, font(20, true), valueColor);
        paint::text(p, QRectF(in.left(), in.top() + 38, in.width(), 10), sub1, font(7), muted);
        if (!sub2.isEmpty())
            paint::text(p, QRectF(in.left(), in.top() + 49, in.width(), 10), sub2, font(7), faint);
    }

    void summary()
    {
        const std::vector<const AgentScorecard *> agents = teamAgents(d.report, d.team);
        const std::optional<double> avg = averageOverall(d.report, d.team);
        const std::optional<double> prevAvg = d.previous ? averageOverall(*d.previous, d.team) : std::nullopt;
        const QString prevName = monthName(d.month.previous());
        auto changeText = [&](std::optional<double> now, std::optional<double> before, int decimals,
                              const QString &unit) -> QString {
            if (!now || !before)
                return Tr::tr("no comparison with %1").arg(prevName);
            //: "▲ +1.2 pts since September"
            return Tr::tr("%1 since %2").arg(formatChange(*now - *before, decimals) + unit, prevName);
        };

        const double top = 76, h = 66, gap = 10;
        const double w = (kPageW - 2 * kMargin - 3 * gap) / 4;
        int scored = 0;
        for (const AgentScorecard *a : agents)
            scored += a->overall ? 1 : 0;
        kpi(QRectF(kMargin, top, w, h), Tr::tr("Team average overall"), formatOverall(avg),
            ratingColor(ratingForScore(avg)), changeText(avg, prevAvg, 1, QString()), ratingLabel(ratingForScore(avg)));
        kpi(QRectF(kMargin + (w + gap), top, w, h), Tr::tr("Agents"), QString::number(agents.size()), text,
            Tr::tr("%1 with an overall score").arg(scored),
            Tr::tr("%1 without enough data").arg(int(agents.size()) - scored));
        const MetricRule *csatRule = teamRule(d.report, d.team, u"csat");
        const std::optional<double> csat = teamValue(d.report, d.team, u"csat");
        const std::optional<double> prevCsat = d.previous ? teamValue(*d.previous, d.team, u"csat") : std::nullopt;
        const std::optional<double> csatGoal = csatRule ? csatRule->goal : std::nullopt;
        kpi(QRectF(kMargin + 2 * (w + gap), top, w, h), Tr::tr("Team CSAT · team score"),
            formatMetricValueWithUnit(u"csat", csat),
            csat && csatGoal ? (*csat >= *csatGoal ? ratingColor(Rating::AtGoal) : ratingColor(Rating::Below)) : text,
            Tr::tr("goal %1").arg(formatMetricValueWithUnit(u"csat", csatGoal)),
            changeText(csat, prevCsat, 1, QLatin1Char(' ') + Tr::tr("pts", "unit: percentage points")));
        const std::optional<double> sl = teamValue(d.report, d.team, u"service_level");
        const std::optional<double> prevSl =
            d.previous ? teamValue(*d.previous, d.team, u"service_level") : std::nullopt;
        // The team's average speed of answer, for context next to service level (never scored).
        const std::optional<double> asa = teamValue(d.report, d.team, u"asa");
        kpi(QRectF(kMargin + 3 * (w + gap), top, w, h), Tr::tr("Service level · team score"),
            formatMetricValueWithUnit(u"service_level", sl),
            sl ? (*sl >= kServiceLevelGoal ? ratingColor(Rating::AtGoal) : ratingColor(Rating::Below)) : text,
            Tr::tr("goal %1").arg(formatMetricValueWithUnit(u"service_level", kServiceLevelGoal))
                + (asa ? Tr::tr(" · ASA %1").arg(formatMetricValueWithUnit(u"asa", asa)) : QString()),
            changeText(sl, prevSl, 1, QLatin1Char(' ') + Tr::tr("pts", "unit: percentage points")));

        // Middle row: rating distribution, score distribution, metrics vs goal.
        const double midTop = top + h + 16, midH = 200;
        const double colW = (kPageW - 2 * kMargin - 2 * gap) / 3;
        // Five rating bars (with "Not certain") need the wider of the two.
        ratingDistribution(QRectF(kMargin, midTop, colW * 1.0, midH), agents);
        scoreDistribution(QRectF(kMargin + colW * 1.0 + gap, midTop, colW * 0.8, midH), agents);
        metricsVsGoal(QRectF(kMargin + colW * 1.8 + 2 * gap, midTop, colW * 1.2, midH));

        // Bottom row: who needs attention, who is at goal.
        const double botTop = midTop + midH + 14;
        const double botH = kPageH - kMargin - 14 - botTop;
        const double thirdW = (kPageW - 2 * kMargin - 2 * gap) / 3;
        attentionList(QRectF(kMargin, botTop, thirdW, botH), false);
        attentionList(QRectF(kMargin + thirdW + gap, botTop, thirdW, botH), true);
        goalsMetList(QRectF(kMargin + 2 * (thirdW + gap), botTop, thirdW, botH));
    }

    void ratingDistribution(const QRectF &r, const std::vector<const AgentScorecard *> &agents)
    {
        sectionTitle(r, Tr::tr("Ratings"), Tr::tr("agents per rating"));
        std::vector<charts::Bar> bars;
        // Agents whose rating is not certain (SPEC section 6) are counted
        // apart, never as below or approaching.
        const Rating order[] = {Rating::AtGoal, Rating::Approaching, Rating::Below, Rating::InsufficientData,
                                Rating::InsufficientData};
        const char *const labels[] = {
            QT_TRANSLATE_NOOP("PdfReport", "At goal"), QT_TRANSLATE_NOOP("PdfReport", "Approaching"),
            QT_TRANSLATE_NOOP("PdfReport", "Below"), QT_TRANSLATE_NOOP("PdfReport", "Not certain"),
            QT_TRANSLATE_NOOP("PdfReport", "No score")};
        for (int i = 0; i < 5; ++i) {
            const bool uncertain = i == 3;
            int n = 0;
            for (const AgentScorecard *a : agents)
                n += (uncertain ? !a->ratingCertain : a->ratingCertain && a->rating == order[i]) ? 1 : 0;
            const double pct = agents.empty() ? 0 : 100.0 * n / double(agents.size());
            bars.push_back({Tr::tr(labels[i]), double(n), uncertain ? noiseColor() : ratingColor(order[i]),
                            QStringLiteral("%1 (%2%)").arg(n).arg(pct, 0, 'f', 0)});
        }
        charts::drawBarChart(p, QRectF(r.left(), r.top() + 18, r.width(), r.height() - 18), bars);
    }

    void scoreDistribution(const QRectF &r, const std::vector<const AgentScorecard *> &agents)
    {
        sectionTitle(r, Tr::tr("Overall score distribution"));
        // Buckets of 10 points from <60 to >=110, coloured by the rating they fall in.
        const double edges[] = {60, 70, 80, 90, 100, 110};
        std::vector<charts::Bar> bars;
        const QStringList labels{QStringLiteral("<60"), Tr::tr("60s"),  Tr::tr("70s"),         Tr::tr("80s"),
                                 Tr::tr("90s"),         Tr::tr("100s"), QStringLiteral("110+")};
        std::vector<int> counts(7, 0);
        for (const AgentScorecard *a : agents) {
            if (!a->overall)
                continue;
            int b = 0;
            while (b < 6 && *a->overall >= edges[b])
                ++b;
            ++counts[size_t(b)];
        }
        for (int b = 0; b < 7; ++b) {
            const double lowEdge = b == 0 ? 0 : edges[b - 1];
            bars.push_back({labels.at(b), double(counts[size_t(b)]), ratingColor(ratingForScore(lowEdge)), {}});
        }
        charts::drawBarChart(p, QRectF(r.left(), r.top() + 18, r.width(), r.height() - 18), bars);
    }

    void metricsVsGoal(const QRectF &r)
    {
        sectionTitle(r, Tr::tr("Team metrics against goal"), Tr::tr("pooled team values"));
        const QFont head = font(6.5, true), body = font(7.5), bodyBold = font(7.5, true);
        const double x0 = r.left(), w = r.width();
        const double cName = x0, cValue = x0 + w * 0.42, cGoal = x0 + w * 0.60, cPrev = x0 + w * 0.78;
        const double colW = w * 0.18;
        double y = r.top() + 18;
        paint::text(p, QRectF(cName, y, w * 0.4, 10), Tr::tr("METRIC"), head, muted);
        paint::text(p, QRectF(cValue, y, colW, 10), Tr::tr("TEAM"), head, muted, Qt::AlignRight | Qt::AlignVCenter);
        paint::text(p, QRectF(cGoal, y, colW, 10), Tr::tr("GOAL"), head, muted, Qt::AlignRight | Qt::AlignVCenter);
        paint::text(p, QRectF(cPrev, y, colW, 10), Tr::tr("CHANGE"), head, muted, Qt::AlignRight | Qt::AlignVCenter);
        y += 12;
        p.setPen(QPen(line, 0.6));
        p.drawLine(QPointF(x0, y), QPointF(x0 + w, y));
        y += 2;
        const double rowH = (r.bottom() - y) / double(metricDefinitions().size());
        for (const MetricDefinition &def : metricDefinitions()) {
            const std::optional<double> v = teamValue(d.report, d.team, def.key);
            const std::optional<double> pv = d.previous ? teamValue(*d.previous, d.team, def.key) : std::nullopt;
            const MetricRule *rule = teamRule(d.report, d.team, def.key);
            std::optional<double> goal = rule ? rule->goal : std::nullopt;
            QString goalText;
            if (def.direction == Direction::Band && rule && rule->low && rule->high)
                goalText = formatMetricValue(def.key, rule->low) + QStringLiteral("–")
                           + formatMetricValue(def.key, rule->high);
            else if (def.key == u"service_level")
                goal = kServiceLevelGoal;
            if (goalText.isEmpty())
                goalText = (def.direction == Direction::Lower && goal ? QStringLiteral("≤ ") : QString())
                           + formatMetricValueWithUnit(def.key, goal);
            QColor vc = text;
            if (v && goal && def.direction != Direction::Band)
                vc = (def.direction == Direction::Lower ? *v <= *goal : *v >= *goal) ? ratingColor(Rating::AtGoal)
                                                                                     : ratingColor(Rating::Below);
            const bool weighted = rule && rule->weight > 0;
            QString name = shortMetricName(def.key);
            if (def.key == u"csat" || def.key == u"service_level")
                name = Tr::tr("%1 (team score)").arg(name);
            else if (def.key == u"asa")
                name = Tr::tr("%1 (context)").arg(name);
            paint::text(p, QRectF(cName, y, w * 0.42, rowH), name, weighted ? bodyBold : body, text);
            paint::text(p, QRectF(cValue, y, colW, rowH), v ? formatMetricValueWithUnit(def.key, v) : Tr::tr("no data"),
                        v ? bodyBold : body, v ? vc : muted, Qt::AlignRight | Qt::AlignVCenter);
            paint::text(p, QRectF(cGoal, y, colW, rowH), goalText, body, muted, Qt::AlignRight | Qt::AlignVCenter);
            const int decimals = def.key == u"aht" ? 0 : (def.key == u"contacts_per_hour" ? 2 : 1);
            paint::text(p, QRectF(cPrev, y, colW, rowH),
                        v && pv ? formatChange(*v - *pv, decimals) : QStringLiteral("–"), body, muted,
                        Qt::AlignRight | Qt::AlignVCenter);
            y += rowH;
        }
    }

    void attentionList(const QRectF &r, bool atGoal)
    {
        std::vector<const TeamTableRow *> list;
        // Needs attention: core's rule (rated below in attentionBelow of the
        // last attentionMonths months), never one month's rating alone.
        for (const TeamTableRow &row : rows)
            if (atGoal ? row.card->rating == Rating::AtGoal : row.card->needsAttention)
                list.push_back(&row);
        if (!atGoal) // lowest first
            std::reverse(list.begin(), list.end());
        box(r);
        const QRectF in = r.adjusted(10, 7, -10, -6);
        const Rating rating = atGoal ? Rating::AtGoal : Rating::Below;
        p.setPen(Qt::NoPen);
        p.setBrush(ratingColor(rating));
        p.drawRect(QRectF(r.left(), r.top() + 6, 3, r.height() - 12));
        sectionTitle(in, atGoal ? Tr::tr("At goal this month") : Tr::tr("Needs attention"),
                     atGoal ? (list.size() == 1 ? Tr::tr("%1 agent · %2") : Tr::tr("%1 agents · %2"))
                                  .arg(list.size())
                                  .arg(Tr::tr("overall ≥ 100"))
                            : (list.size() == 1 ? Tr::tr("%1 agent") : Tr::tr("%1 agents")).arg(list.size()));
        const QFont body = font(7.5), bold = font(7.5, true), small = font(6.8);
        const double rowH = 12.5;
        double y = in.top() + 17;
        if (!atGoal) {
            // The rule, on a line of its own (a third of the page is narrow).
            paint::text(
                p, QRectF(in.left(), in.top() + 14, in.width(), 10),
                Tr::tr("Rated below in at least %1 of the last %2 months").arg(d.attentionBelow).arg(d.attentionMonths),
                small, faint);
            y += 11;
        }
        const int fit = std::max(0, int((in.bottom() - y) / rowH));
        const int cols = 1; // a third of the page: one column, the rest is in the ranking
        const double colW = (in.width() - 12 * (cols - 1)) / cols;
        const int capacity = fit * cols;
        if (list.empty())
            paint::text(p, QRectF(in.left(), y, in.width(), rowH),
                        atGoal ? Tr::tr("Nobody reached the goal this month.")
                               : Tr::tr("Nobody was rated below that often."),
                        body, faint);
        for (int i = 0; i < int(list.size()) && i < capacity; ++i) {
            const bool last = i == capacity - 1 && int(list.size()) > capacity;
            const double x = in.left() + (i / fit) * (colW + 12);
            const double ry = y + (i % fit) * rowH;
            if (last) {
                paint::text(p, QRectF(x, ry, colW, rowH),
                            Tr::tr("+ %1 more in the ranking").arg(int(list.size()) - capacity + 1), small, muted);
                break;
            }
            const AgentScorecard &a = *list[size_t(i)]->card;
            const QString score = formatOverall(a.overall);
            const double sw = 34;
            paint::text(p, QRectF(x, ry, sw, rowH), score, bold, atGoal ? ratingColor(rating) : agentRatingColor(a));
            // The weakest weighted metric says where to start the conversation.
            QString detail;
            if (!atGoal) {
                const MetricResult *weakest = nullptr;
                for (const MetricResult &m : a.metrics)
                    if (m.rule.weight > 0 && m.score && (!weakest || *m.score < *weakest->score))
                        weakest = &m;
                if (weakest)
                    detail =
                        Tr::tr("lowest: %1 %2").arg(shortMetricName(weakest->value.key), formatScore(weakest->score));
            } else if (list[size_t(i)]->change) {
                detail = formatChange(*list[size_t(i)]->change);
            }
            const double dw = detail.isEmpty() ? 0 : std::min(colW * 0.4, paint::textWidth(p, small, detail) + 2);
            paint::text(p, QRectF(x + sw, ry, colW - sw - dw - 4, rowH),
                        a.agent.name + QStringLiteral("  ") + a.agent.id, body, text);
            if (!detail.isEmpty())
                paint::text(p, QRectF(x + colW - dw, ry, dw, rowH), detail, small, muted,
                            Qt::AlignRight | Qt::AlignVCenter);
        }
    }

    void goalsMetList(const QRectF &r)
    {
        box(r);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xF2, 0xB8, 0x05));
        p.drawRect(QRectF(r.left(), r.top() + 6, 3, r.height() - 12));
        const QRectF in = r.adjusted(10, 7, -10, -6);
        std::set<QString> agentsWithGoals;
        for (const auto &[id, g] : d.goalsMet)
            agentsWithGoals.insert(id);
        const QString goalCount =
            (d.goalsMet.size() == 1 ? Tr::tr("%1 goal") : Tr::tr("%1 goals")).arg(d.goalsMet.size());
        const QString agentCount =
            (agentsWithGoals.size() == 1 ? Tr::tr("%1 agent") : Tr::tr("%1 agents")).arg(agentsWithGoals.size());
        sectionTitle(in, Tr::tr("1:1 goals met"), Tr::tr("%1 · %2").arg(goalCount, agentCount));
        const QFont body = font(7.5, true), small = font(6.8);
        const double rowH = 22;
        double y = in.top() + 18;
        if (d.goalsMet.empty())
            paint::text(p, QRectF(in.left(), y, in.width(), 12), Tr::tr("No goal from a 1:1 was met this month."),
                        font(7.5), faint);
        for (size_t i = 0; i < d.goalsMet.size(); ++i) {
            if (y + 2 * rowH > in.bottom() && i + 1 < d.goalsMet.size()) {
                paint::text(p, QRectF(in.left(), y, in.width(), 12), Tr::tr("+ %1 more").arg(d.goalsMet.size() - i),
                            small, muted);
                break;
            }
            const auto &[id, g] = d.goalsMet[i];
            const AgentScorecard *a = d.report.agent(id);
            charts::drawStar(p, QPointF(in.left() + 6, y + 6), 5.5, QColor(0xF2, 0xB8, 0x05));
            paint::text(p, QRectF(in.left() + 16, y, in.width() - 16, 12),
                        (a ? a->agent.name : id) + QStringLiteral("  ") + id, body, text);
            QString what = g.item.text;
            if (!g.item.metricKey.isEmpty() && g.latestValue)
                what += Tr::tr(" (now %1)").arg(formatMetricValueWithUnit(g.item.metricKey, g.latestValue));
            paint::text(p, QRectF(in.left() + 16, y + 10.5, in.width() - 16, 10), what, small, muted);
            y += rowH;
        }
    }

    void trend()
    {
        const double top = 76;
        sectionTitle(QRectF(kMargin, top, kPageW - 2 * kMargin, 14), Tr::tr("The team's metrics over six months"),
                     Tr::tr("pooled team values; dashed line: goal"));
        // Small multiples: the overall average and each metric in its own units.
        struct Panel {
            QString key;
            QString title;
        };
        std::vector<Panel> panels{{QString(), Tr::tr("Average overall score")}};
        for (const MetricDefinition &def : metricDefinitions())
            panels.push_back({def.key, def.key == u"csat" || def.key == u"service_level"
                                           ? Tr::tr("%1 · team score").arg(metricTitle(def.key))
                                           : metricTitle(def.key)});
        const int cols = 4, rowsN = 3;
        const double gap = 12;
        const double gridTop = top + 20;
        const double w = (kPageW - 2 * kMargin - gap * (cols - 1)) / cols;
        const double h = (kPageH - kMargin - 16 - gridTop - gap * (rowsN - 1)) / rowsN;
        QStringList labels;
        for (const MonthReport &m : d.trend)
            labels << monthShort(m.month);
        for (size_t i = 0; i < panels.size() && i < size_t(cols * rowsN); ++i) {
            const QRectF r(kMargin + double(i % cols) * (w + gap), gridTop + double(i / cols) * (h + gap), w, h);
            box(r);
            const Panel &panel = panels[i];
            charts::LineChart chart;
            chart.xLabels = labels;
            chart.legend = false;
            charts::Series s;
            s.color = QColor(0x1F, 0x5F, 0xAF);
            s.width = 1.6;
            s.markers = true;
            std::optional<double> goal, last;
            for (const MonthReport &m : d.trend) {
                const std::optional<double> v =
                    panel.key.isEmpty() ? averageOverall(m, d.team) : teamValue(m, d.team, panel.key);
                s.values.push_back(v);
                if (v)
                    last = v;
            }
            if (panel.key.isEmpty()) {
                goal = 100;
            } else if (panel.key == u"service_level") {
                goal = kServiceLevelGoal;
            } else if (const MetricRule *rule = teamRule(d.report, d.team, panel.key)) {
                goal = rule->goal;
                if (!goal && rule->low && rule->high)
                    goal = (*rule->low + *rule->high) / 2;
            }
            // A y range that suits the metric's units.
            double lo = 1e300, hi = -1e300;
            for (const auto &v : s.values)
                if (v) {
                    lo = std::min(lo, *v);
                    hi = std::max(hi, *v);
                }
            if (goal) {
                lo = std::min(lo, *goal);
                hi = std::max(hi, *goal);
            }
            if (lo > hi) {
                lo = 0;
                hi = 1;
            }
            const double span = std::max(hi - lo, std::max(std::abs(hi) * 0.1, 1e-3));
            double step = std::pow(10.0, std::floor(std::log10(span / 4)));
            for (double mult : {1.0, 2.0, 5.0, 10.0})
                if (span / (step * mult) <= 5) {
                    step *= mult;
                    break;
                }
            chart.yStep = step;
            chart.yMin = std::floor((lo - span * 0.1) / step) * step;
            chart.yMax = std::ceil((hi + span * 0.1) / step) * step;
            if (panel.key.isEmpty()
                || (findMetric(panel.key) && findMetric(panel.key)->scale == 100 && panel.key != u"nps")) {
                chart.yMin = std::max(0.0, chart.yMin);
            }
            chart.goal = goal;
            chart.series.push_back(std::move(s));
            const QRectF in = r.adjusted(8, 6, -8, -4);
            paint::text(p, QRectF(in.left(), in.top(), in.width() * 0.68, 11), panel.title, font(7.2, true), text);
            const QString lastText =
                panel.key.isEmpty() ? formatOverall(last) : formatMetricValueWithUnit(panel.key, last);
            paint::text(p, QRectF(in.left() + in.width() * 0.6, in.top(), in.width() * 0.4, 11), lastText,
                        font(8, true), QColor(0x1F, 0x5F, 0xAF), Qt::AlignRight | Qt::AlignVCenter);
            charts::ChartStyle style;
            style.fontSize = 5.8;
            charts::drawLineChart(p, QRectF(in.left(), in.top() + 14, in.width(), in.height() - 14), chart, style);
        }
        // The last cell explains how to read the panels.
        if (panels.size() < size_t(cols * rowsN)) {
            const size_t i = panels.size();
            const QRectF r(kMargin + double(i % cols) * (w + gap), gridTop + double(i / cols) * (h + gap), w, h);
            const QRectF in = r.adjusted(8, 8, -8, -6);
            paint::text(p, QRectF(in.left(), in.top(), in.width(), 11), Tr::tr("How to read"), font(7.2, true), text);
            const QString help =
                Tr::tr(
                    "Each panel shows the team's value for the last six months; the number at the top right is this "
                    "month's. Values are pooled over the team's agents (total resolved / total contacts), never an "
                    "average of agents' ratios. The dashed line is the goal of the team's scorecard template "
                    "(occupancy: the middle of its band; service level: %1%, a common target, as no template sets it).")
                    .arg(kServiceLevelGoal, 0, 'f', 0);
            paint::paragraph(p, QRectF(in.left(), in.top() + 15, in.width(), in.height() - 15), help, font(6.8), muted,
                             12);
        }
    }

    void table(int tablePage) // 0-based
    {
        const int perPage = tableRowsPerPage();
        const int first = tablePage * perPage;
        const int last = std::min<int>(int(rows.size()), first + perPage);
        const int pages = std::max(1, int((rows.size() + size_t(perPage) - 1) / size_t(perPage)));
        sectionTitle(QRectF(kMargin, 76, 700, 14), Tr::tr("Agents by overall score"),
                     pages > 1 ? Tr::tr("part %1 of %2 · agents %3–%4 of %5")
                                     .arg(tablePage + 1)
                                     .arg(pages)
                                     .arg(first + 1)
                                     .arg(last)
                                     .arg(rows.size())
                               : Tr::tr("%1 agents · # is the ranks the 90% ranges allow · metric columns show "
                                        "scores (100 = goal)")
                                     .arg(rows.size()));

        // Columns: fixed ones, then one per weighted metric, then coverage.
        struct Col {
            QString title;
            double width;
            Qt::Alignment align;
        };
        // "#" is a rank range (SPEC section 6): agents whose overall ranges
        // overlap share ranks instead of being ordered on noise.
        // The range ("100.0–100.0") and the rating ("Calificación incierta")
        // get the room; names and coverage give it.
        std::vector<Col> cols{{QStringLiteral("#"), 36, Qt::AlignRight}, {Tr::tr("Agent"), 96, Qt::AlignLeft},
                              {Tr::tr("ID"), 44, Qt::AlignLeft},         {Tr::tr("Overall"), 48, Qt::AlignRight},
                              {Tr::tr("90% range"), 64, Qt::AlignRight}, {Tr::tr("Rating"), 104, Qt::AlignLeft},
                              {Tr::tr("Change"), 46, Qt::AlignRight}};
        const double fixedW = 36 + 96 + 44 + 48 + 64 + 104 + 46 + 48; // + coverage
        const double metricW = keys.isEmpty() ? 0 : std::min(80.0, (kPageW - 2 * kMargin - fixedW) / keys.size());
        for (const QString &k : keys)
            cols.push_back({shortMetricName(k), metricW, Qt::AlignHCenter});
        cols.push_back({Tr::tr("Coverage"), 48, Qt::AlignRight});

        const QFont head = font(6.8, true), body = font(7.5), bold = font(7.5, true);
        double y = kTableTop;
        double x = kMargin;
        p.fillRect(QRectF(kMargin, y, kPageW - 2 * kMargin, 18), QColor(0xEC, 0xEE, 0xF1));
        for (const Col &c : cols) {
            paint::text(p, QRectF(x + 4, y, c.width - 8, 18), c.title.toUpper(), head, muted,
                        c.align | Qt::AlignVCenter);
            x += c.width;
        }
        y += 20;
        for (int i = first; i < last; ++i) {
            const TeamTableRow &row = rows[size_t(i)];
            const AgentScorecard &a = *row.card;
            if ((i - first) % 2 == 1)
                p.fillRect(QRectF(kMargin, y, kPageW - 2 * kMargin, kTableRowH), QColor(0xF8, 0xF9, 0xFA));
            x = kMargin;
            auto cell = [&](size_t c, const QString &s, const QFont &f, const QColor &color) {
                paint::text(p, QRectF(x + 4, y, cols[c].width - 8, kTableRowH), s, f, color,
                            cols[c].align | Qt::AlignVCenter);
                x += cols[c].width;
            };
            cell(0, formatRankRange(row.rankRange), body, muted);
            cell(1, a.agent.name, bold, text);
            cell(2, a.agent.id, body, muted);
            cell(3, formatOverall(a.overall), bold, agentRatingColor(a));
            cell(4, a.overallInterval ? formatOverallRange(a.overallInterval) : QStringLiteral("–"), body, muted);
            {
                // Rating as a coloured dot and label; "Rating not certain" when
                // the overall's range spans two ratings.
                const double cy = y + kTableRowH / 2;
                p.save();
                p.setRenderHint(QPainter::Antialiasing, true);
                p.setPen(Qt::NoPen);
                p.setBrush(agentRatingColor(a));
                p.drawEllipse(QPointF(x + 7, cy), 3, 3);
                p.restore();
                paint::text(p, QRectF(x + 13, y, cols[5].width - 16, kTableRowH), ratingWording(a), body, text);
                x += cols[5].width;
            }
            cell(6, row.change ? formatChange(*row.change) : QStringLiteral("–"), body,
                 row.change ? (*row.change >= 0 ? ratingColor(Rating::AtGoal) : ratingColor(Rating::Below)) : faint);
            for (int k = 0; k < keys.size(); ++k) {
                const MetricResult *m = a.metric(keys.at(k));
                const std::optional<double> score = m ? m->score : std::nullopt;
                const Rating r = ratingForScore(score);
                const QRectF c(x + 3, y + 2, metricW - 6, kTableRowH - 4);
                p.fillRect(c, ratingTint(r));
                const bool noData = m && m->value.status == MetricStatus::NoData;
                paint::text(p, c,
                            score    ? formatScore(score)
                            : noData ? Tr::tr("no data")
                                     : Tr::tr("n/a"),
                            score ? bold : body, score ? ratingColor(r) : faint, Qt::AlignCenter);
                x += metricW;
            }
            cell(cols.size() - 1, QStringLiteral("%1%").arg(a.coverage * 100, 0, 'f', 0), body, muted);
            y += kTableRowH;
        }
        p.setPen(QPen(line, 0.6));
        p.drawLine(QPointF(kMargin, y + 1), QPointF(kPageW - kMargin, y + 1));
        if (rows.empty())
            paint::text(p, QRectF(kMargin, y + 6, 400, 12), Tr::tr("No agent of this team has a record this month."),
                        body, faint);
        else if (tablePage == pages - 1)
            paint::paragraph(
                p, QRectF(kMargin, y + 5, kPageW - 2 * kMargin, 22),
                Tr::tr("Scores: 100 = goal. n/a: not enough data to score (e.g. fewer than the minimum evaluations); "
                       "no data: no rows (KCS: the team has no knowledge-base data). "
                       "Change: overall against %1. #: agents whose 90% ranges overlap share ranks.")
                    .arg(monthTitle(d.month.previous())),
                font(6.5), faint, 2);
    }

    QPainter &p;
    const TeamReportData &d;
    const PdfReportOptions &o;
    int total;
    std::vector<TeamTableRow> rows;
    QStringList keys;
};

} // namespace

int teamReportPageCount(const TeamReportData &data, const QPageSize &)
{
    // The layout is on a fixed logical page scaled to the paper, so the
    // count does not depend on the page size.
    const int perPage = tableRowsPerPage();
    size_t n = 0;
    for (const AgentScorecard &a : data.report.agents)
        n += (data.team.isEmpty() || a.agent.team == data.team) ? 1 : 0;
    return 2 + std::max(1, int((n + size_t(perPage) - 1) / size_t(perPage)));
}

int paintTeamReport(QPagedPaintDevice &device, const TeamReportData &data, const PdfReportOptions &options)
{
    return paintTeamReports(device, {&data}, options);
}

int paintTeamReports(QPagedPaintDevice &device, const std::vector<const TeamReportData *> &teams,
                     const PdfReportOptions &options)
{
    QPainter painter(&device);
    if (!painter.isActive())
        return 0;
    int total = 0;
    for (const TeamReportData *data : teams)
        total += teamReportPageCount(*data, options.pageSize);
    int done = 0;
    for (const TeamReportData *data : teams) {
        const int pages = teamReportPageCount(*data, options.pageSize);
        TeamReportPainter tp(painter, *data, options, pages);
        for (int page = 1; page <= pages; ++page) {
            if (done > 0)
                device.newPage();
            applyPageTransform(painter, device);
            tp.paintPage(page);
            if (cancelled(options, ++done, total))
                return -1;
        }
    }
    return total;
}

static bool writeTeamReportPdfImpl(const Store &store, const QStringList &teams, Month month, const QString &path,
                                   const PdfReportOptions &options, QString *error)
{
    MonthCache cache(store);
    const MonthReport &report = cache(month);
    std::vector<TeamReportData> data;
    for (const QString &team : teams) {
        const bool known = std::any_of(report.agents.begin(), report.agents.end(),
                                       [&](const AgentScorecard &a) { return a.agent.team == team; })
                           || report.team(team);
        if (!known) {
            if (teams.size() > 1)
                continue; // every team: those without a record that month are left out
            if (error)
                *error = QStringLiteral("team %1 has no record in %2").arg(team, month.toString());
            return false;
        }
        data.push_back(buildTeamReportData(store, team, month, cache.fn()));
    }
    if (data.empty()) {
        if (error)
            *error = QStringLiteral("no team has a record in %1").arg(month.toString());
        return false;
    }
    std::vector<const TeamReportData *> pointers;
    for (const TeamReportData &d : data)
        pointers.push_back(&d);
    const QString title = teams.size() == 1 ? Tr::tr("Team %1 – %2").arg(teams.first(), monthTitle(month))
                                            : Tr::tr("Every team – %1").arg(monthTitle(month));
    auto writer = makeWriter(path, options, title);
    const int pages = paintTeamReports(*writer, pointers, options);
    if (pages <= 0) {
        writer.reset();
        QFile::remove(path);
        if (error)
            *error = pages < 0 ? QStringLiteral("cancelled") : QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    writer.reset(); // the painter ended inside paintTeamReports; flushes the file
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0) {
        if (error)
            *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    return true;
}

bool writeTeamReportPdf(const Store &store, const QString &team, Month month, const QString &path,
                        const PdfReportOptions &options, QString *error)
{
    return guarded([&] { return writeTeamReportPdfImpl(store, QStringList{team}, month, path, options, error); },
                   error);
}

bool writeTeamReportsPdf(const Store &store, const QStringList &teams, Month month, const QString &path,
                         const PdfReportOptions &options, QString *error)
{
    return guarded([&] { return writeTeamReportPdfImpl(store, teams, month, path, options, error); }, error);
}

} // namespace sc
