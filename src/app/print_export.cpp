#include "app/print_export.h"

#include "report/card_renderer.h"
#include "report/csv_export.h"
#include "report/pdf_report.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QPageLayout>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QStandardPaths>

namespace sc {

namespace {
QString documentsDir() { return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation); }

PdfReportOptions pdfOptions()
{
    PdfReportOptions o;
    o.pageSize = defaultPageSize();
    o.generatedAt = QDateTime::currentDateTime();
    o.generatedBy = QStringLiteral("Scorecard " SCORECARD_VERSION);
    return o;
}

QString safeName(QString s)
{
    // Letters of any script stay (translated names: "Relatório", "Equipe").
    s.replace(QRegularExpression(QStringLiteral("[^\\w.-]+"), QRegularExpression::UseUnicodePropertiesOption),
              QStringLiteral("_"));
    return s;
}

void failed(QWidget *parent, const QString &error)
{
    QMessageBox::warning(parent, QCoreApplication::translate("sc::PrintExport", "Export failed"), error);
}

void setUpPrinter(QPrinter &printer)
{
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setPageSize(defaultPageSize());
}
} // namespace

QString exportCardPdf(QWidget *parent, const Store &store, const QString &agentId, const QString &agentName,
                      Month month, const QString &given)
{
    QString path = given;
    if (path.isEmpty()) {
        const QString suggested =
            QDir(documentsDir())
                .filePath(safeName(QStringLiteral("%1 %2 %3.pdf").arg(agentId, agentName, month.toString())));
        path =
            QFileDialog::getSaveFileName(parent, QCoreApplication::translate("sc::PrintExport", "Export card as PDF"),
                                         suggested, QCoreApplication::translate("sc::PrintExport", "PDF (*.pdf)"));
    }
    if (path.isEmpty())
        return {};
    QString err;
    if (!writeAgentCardPdf(store, agentId, month, path, pdfOptions(), &err)) {
        failed(parent, err);
        return {};
    }
    return path;
}

QString exportTeamPdf(QWidget *parent, const Store &store, const QStringList &teams, Month month, const QString &given)
{
    QString path = given;
    if (path.isEmpty()) {
        const QString name =
            teams.size() == 1
                ? QCoreApplication::translate("sc::PrintExport", "Team %1 %2.pdf").arg(teams.first(), month.toString())
                : QCoreApplication::translate("sc::PrintExport", "Every team %1.pdf").arg(month.toString());
        path = QFileDialog::getSaveFileName(parent,
                                            QCoreApplication::translate("sc::PrintExport", "Export team report as PDF"),
                                            QDir(documentsDir()).filePath(safeName(name)),
                                            QCoreApplication::translate("sc::PrintExport", "PDF (*.pdf)"));
    }
    if (path.isEmpty())
        return {};
    QString err;
    if (!writeTeamReportsPdf(store, teams, month, path, pdfOptions(), &err)) {
        failed(parent, err);
        return {};
    }
    return path;
}

QString exportAllCardsPdf(QWidget *parent, const Store &store, Month month, const QString &team, const QString &given)
{
    QString path = given;
    if (path.isEmpty()) {
        const QString name =
            team.isEmpty()
                ? QCoreApplication::translate("sc::PrintExport", "All cards %1.pdf").arg(month.toString())
                : QCoreApplication::translate("sc::PrintExport", "Cards %1 %2.pdf").arg(team, month.toString());
        path = QFileDialog::getSaveFileName(
            parent,
            team.isEmpty() ? QCoreApplication::translate("sc::PrintExport", "Export every card as PDF")
                           : QCoreApplication::translate("sc::PrintExport", "Export the cards of %1 as PDF").arg(team),
            QDir(documentsDir()).filePath(safeName(name)),
            QCoreApplication::translate("sc::PrintExport", "PDF (*.pdf)"));
    }
    if (path.isEmpty())
        return {};
    QProgressDialog progress(QCoreApplication::translate("sc::PrintExport", "Writing the cards…"),
                             QCoreApplication::translate("sc::PrintExport", "Cancel"), 0, 100, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    PdfReportOptions opts = pdfOptions();
    // The store lives on this thread, so the batch runs here and keeps the
    // dialog responsive from the progress callback.
    opts.progress = [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    QString err;
    if (!writeTeamCardsPdf(store, month, team, path, opts, &err)) {
        if (!progress.wasCanceled())
            failed(parent, err);
        return {};
    }
    return path;
}

QString exportTeamCsv(QWidget *parent, const MonthReport &report, const QString &team, const MonthReport *previous,
                      const QString &given)
{
    QString path = given;
    if (path.isEmpty()) {
        const QString suggested =
            QDir(documentsDir())
                .filePath(
                    safeName(QCoreApplication::translate("sc::PrintExport", "Team %1 %2.csv")
                                 .arg(team.isEmpty() ? QCoreApplication::translate("sc::PrintExport", "all") : team,
                                      report.month.toString())));
        path = QFileDialog::getSaveFileName(parent,
                                            QCoreApplication::translate("sc::PrintExport", "Export team table as CSV"),
                                            suggested, QCoreApplication::translate("sc::PrintExport", "CSV (*.csv)"));
    }
    if (path.isEmpty())
        return {};
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(teamTableCsv(report, team, previous)) < 0) {
        failed(parent, f.errorString());
        return {};
    }
    return path;
}

void printCard(QWidget *parent, const CardData &card)
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer);
    QPrintPreviewDialog dlg(&printer, parent);
    dlg.setWindowTitle(QCoreApplication::translate("sc::PrintExport", "Print card"));
    QObject::connect(&dlg, &QPrintPreviewDialog::paintRequested, &dlg,
                     [&card](QPrinter *p) { paintCards(*p, {card}); });
    dlg.resize(1000, 760);
    dlg.exec();
}

void printTeam(QWidget *parent, const Store &store, const QStringList &teams, Month month,
               const std::function<const MonthReport &(Month)> &monthReport)
{
    std::vector<TeamReportData> data;
    for (const QString &team : teams)
        data.push_back(buildTeamReportData(store, team, month, monthReport));
    std::vector<const TeamReportData *> pointers;
    for (const TeamReportData &d : data)
        pointers.push_back(&d);
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer);
    QPrintPreviewDialog dlg(&printer, parent);
    dlg.setWindowTitle(QCoreApplication::translate("sc::PrintExport", "Print team report"));
    QObject::connect(&dlg, &QPrintPreviewDialog::paintRequested, &dlg, [&pointers](QPrinter *p) {
        PdfReportOptions o = pdfOptions();
        o.pageSize = p->pageLayout().pageSize();
        paintTeamReports(*p, pointers, o);
    });
    dlg.resize(1000, 760);
    dlg.exec();
}

} // namespace sc
