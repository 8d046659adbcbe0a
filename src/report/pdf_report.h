#pragma once
// PDF reports: the agent's 1:1 card, the leadership (team) report and the
// batch of every card. Vector output through QPdfWriter (real, selectable
// text). Everything here is QtGui only and safe off the GUI thread.
#include "core/month.h"
#include "core/scoring.h"
#include "report/card_data.h"

#include <QDateTime>
#include <QPageSize>
#include <QString>
#include <functional>

class QPainter;
class QPagedPaintDevice;

namespace sc {

class Store;

struct PdfReportOptions {
    QPageSize pageSize = QPageSize(QPageSize::A4);
    QDateTime generatedAt; // printed in footers; tests pass a fixed time
    QString generatedBy;   // PDF creator / footer, e.g. "scorecard 0.1.0"
    // Called after each page / agent; return false to cancel (the function
    // then fails with error "cancelled" and removes the partial file).
    std::function<bool(int done, int total)> progress;
};

// Letter for US-style locales (QLocale::system() imperial US), else A4.
QPageSize defaultPageSize();

// One landscape page: the agent's card. False with *error filled when the
// agent has no record in the month or the file cannot be written.
bool writeAgentCardPdf(const Store &store, const QString &agentId, Month month, const QString &path,
                       const PdfReportOptions &options, QString *error);
// The leadership report for one team (several pages, landscape).
bool writeTeamReportPdf(const Store &store, const QString &team, Month month, const QString &path,
                        const PdfReportOptions &options, QString *error);
// One page per agent with a record in the month, ordered by agent_id.
bool writeAllCardsPdf(const Store &store, Month month, const QString &path, const PdfReportOptions &options,
                      QString *error);
// Same for the agents of one team (every team when `team` is empty).
bool writeTeamCardsPdf(const Store &store, Month month, const QString &team, const QString &path,
                       const PdfReportOptions &options, QString *error);
// Several teams' reports one after the other in one file (teams without a
// record in the month are left out; none at all is an error).
bool writeTeamReportsPdf(const Store &store, const QStringList &teams, Month month, const QString &path,
                         const PdfReportOptions &options, QString *error);
// One file per agent in `dir` (created if needed), named by splitCardFileNames.
// *filesWritten (when given) counts the files written, also on failure.
bool writeSplitCardsPdf(const Store &store, Month month, const QString &dir, const PdfReportOptions &options,
                        QString *error, int *filesWritten = nullptr);

// An agent's file name alone: "<id> <name>.pdf", sanitised, at most 120
// characters and 200 UTF-8 bytes before ".pdf".
QString splitCardFileName(const QString &agentId, const QString &name);
// The file names writeSplitCardsPdf uses for (id, name) pairs, in order, all
// different (also when compared case-insensitively): an id that sanitising or
// cutting changed gets " ~" and 8 hex digits of its SHA-1, and a name that
// still collides gets " (2)", " (3)", ...
QStringList splitCardFileNames(const std::vector<std::pair<QString, QString>> &agents);

// --- for the GUI's print preview / printing ------------------------------
// Everything the team report shows, gathered once.
struct TeamReportData {
    QString team;
    Month month;
    MonthReport report;                  // the month (all teams)
    std::optional<MonthReport> previous; // the month before, if any data
    std::vector<MonthReport> trend;      // up to 6 months ending at `month`, oldest first
    // 1:1 goals of the team's agents that are met as of `month` (celebrated on page 1).
    std::vector<std::pair<QString, GoalStatus>> goalsMet; // agent id, goal
    // "Needs attention" (SPEC section 6): the rule of the team's template.
    int attentionBelow = 3;
    int attentionMonths = 4;
};
TeamReportData buildTeamReportData(const Store &store, const QString &team, Month month);
TeamReportData buildTeamReportData(const Store &store, const QString &team, Month month,
                                   const std::function<const MonthReport &(Month)> &monthReport);

// Paints the team report on a paged device (QPdfWriter or QPrinter), which
// must already be set to the page layout wanted (landscape recommended).
// Calls device.newPage() between pages. Returns the number of pages.
int paintTeamReport(QPagedPaintDevice &device, const TeamReportData &data, const PdfReportOptions &options);
// Several teams' reports on one device, one after the other.
int paintTeamReports(QPagedPaintDevice &device, const std::vector<const TeamReportData *> &teams,
                     const PdfReportOptions &options);
// The number of pages paintTeamReport will produce at this page size.
int teamReportPageCount(const TeamReportData &data, const QPageSize &pageSize);
// Paints one card per page on a paged device (first page already open).
void paintCards(QPagedPaintDevice &device, const std::vector<CardData> &cards);

} // namespace sc
