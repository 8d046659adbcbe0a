#include "report_test_util.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <cstdlib>

namespace sc::test {

QByteArray runTool(const QString &program, const QStringList &args, bool *ok)
{
    QProcess p;
    p.start(program, args);
    const bool finished = p.waitForFinished(60000);
    if (ok)
        *ok = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return p.readAllStandardOutput();
}

QString pdfText(const QString &pdf, int page)
{
    QStringList args{QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    args << pdf << QStringLiteral("-");
    return QString::fromUtf8(runTool(QStringLiteral("pdftotext"), args));
}

int pdfPageCount(const QString &pdf)
{
    const QString info = QString::fromUtf8(runTool(QStringLiteral("pdfinfo"), {pdf}));
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QSizeF pdfPageSize(const QString &pdf)
{
    const QString info = QString::fromUtf8(runTool(QStringLiteral("pdfinfo"), {pdf}));
    const auto m = QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts")).match(info);
    return m.hasMatch() ? QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble()) : QSizeF();
}

QImage pdfPageImage(const QString &pdf, int page, int dpi)
{
    QTemporaryDir dir;
    const QString prefix = dir.filePath(QStringLiteral("page"));
    runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi),
                                         QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                         QString::number(page), QStringLiteral("-singlefile"), pdf, prefix});
    return QImage(prefix + QStringLiteral(".png")).convertToFormat(QImage::Format_RGB32);
}

ImageDiff compareImages(const QImage &a0, const QImage &b0, int threshold)
{
    ImageDiff d;
    if (a0.size() != b0.size() || a0.isNull())
        return d;
    d.sameSize = true;
    const QImage a = a0.convertToFormat(QImage::Format_RGB32), b = b0.convertToFormat(QImage::Format_RGB32);
    qint64 differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        const QRgb *ra = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const QRgb *rb = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            const int dr = std::abs(qRed(ra[x]) - qRed(rb[x]));
            const int dg = std::abs(qGreen(ra[x]) - qGreen(rb[x]));
            const int db = std::abs(qBlue(ra[x]) - qBlue(rb[x]));
            if (std::max({dr, dg, db}) > threshold)
                ++differing;
        }
    }
    d.differingFraction = double(differing) / double(qint64(a.width()) * a.height());
    return d;
}

QString matchesApproved(const QString &name, const QImage &actual, double tolerance)
{
    const QString dir = QStringLiteral(SCORECARD_TEST_DATA_DIR "/report/approved");
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    const bool update = qEnvironmentVariableIntValue("SCORECARD_UPDATE_APPROVED") == 1;
    if (update || !QFile::exists(path)) {
        QDir().mkpath(dir);
        actual.save(path);
        return update ? QString() : QStringLiteral("no approved image yet; wrote %1, check it and commit it").arg(path);
    }
    const QImage approved(path);
    const ImageDiff diff = compareImages(approved, actual);
    if (diff.sameSize && diff.differingFraction <= tolerance)
        return {};
    const QString actualPath = QDir::current().filePath(name + QStringLiteral(".actual.png"));
    actual.save(actualPath);
    if (!diff.sameSize)
        return QStringLiteral("size %1x%2 differs from approved %3x%4 (actual saved to %5)")
            .arg(actual.width())
            .arg(actual.height())
            .arg(approved.width())
            .arg(approved.height())
            .arg(actualPath);
    return QStringLiteral("%1% of pixels differ from %2 (tolerance %3%; actual saved to %4)")
        .arg(diff.differingFraction * 100, 0, 'f', 2)
        .arg(path)
        .arg(tolerance * 100, 0, 'f', 2)
        .arg(actualPath);
}

} // namespace sc::test
