#pragma once
// Helpers for the report tests: poppler tools via QProcess and image
// comparison against approved PNGs (SCORECARD_UPDATE_APPROVED=1 rewrites them).
#include <QImage>
#include <QString>
#include <QStringList>

namespace sc::test {

// Runs a program; returns its stdout, fills *ok with exit status 0.
QByteArray runTool(const QString &program, const QStringList &args, bool *ok = nullptr);
// pdftotext -layout of the whole file or one page (1-based), UTF-8.
QString pdfText(const QString &pdf, int page = 0);
// Page count and first page size in points from pdfinfo.
int pdfPageCount(const QString &pdf);
QSizeF pdfPageSize(const QString &pdf);
// Renders one page with pdftoppm -png -r dpi.
QImage pdfPageImage(const QString &pdf, int page, int dpi = 50);

struct ImageDiff {
    bool sameSize = false;
    double differingFraction = 1; // pixels whose channels differ by more than the threshold
};
ImageDiff compareImages(const QImage &a, const QImage &b, int threshold = 48);

// Compares with tests/data/report/approved/<name>.png (writes it when
// SCORECARD_UPDATE_APPROVED=1 or when missing, and then fails to make the
// missing image visible). On mismatch saves <name>.actual.png next to the
// test's working directory for inspection. Returns an empty string on
// success, else the reason.
QString matchesApproved(const QString &name, const QImage &actual, double tolerance = 0.01);

} // namespace sc::test
