#pragma once
// Reads one sheet of an .xlsx workbook (Office Open XML) as the rows of a CSV
// file, so that .xlsx exports go through the same mapping profiles, checks
// and messages as CSV (SPEC section 2, `sheet`). The zip is read with QuaZip,
// the XML with QXmlStreamReader.
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <vector>

class QIODevice;

namespace sc {

// How cells formatted as a time of day or a duration are written out.
enum class XlsxTimeCells { Clock, DayFraction };

struct XlsxCellError {
    qint64 row = 0;    // 1-based sheet row
    int column = 0;    // 0-based
    QString reference; // "D5"
    QString value;     // "#N/A"
};

struct XlsxSheet {
    QString sheetName;
    // RFC 4180 text, one record per sheet row, ',' separated. Empty rows are
    // written as empty lines so that record lines follow sheet rows; lineRow
    // maps a line of `csv` (1-based index) to its sheet row when a cell holds
    // a line break.
    QByteArray csv;
    std::vector<qint64> lineRow; // lineRow[line] = sheet row; index 0 unused
    std::vector<XlsxCellError> cellErrors;
    QString error; // set when the workbook cannot be read at all
};

// Options: the sheet to read (empty: the first), the Qt date format dates are
// written in (empty: YYYY-MM-DD), how time cells are written.
struct XlsxOptions {
    QString sheet;
    QString dateFormat;
    XlsxTimeCells timeCells = XlsxTimeCells::Clock;
};

XlsxSheet readXlsxSheet(QIODevice *device, const XlsxOptions &options);
XlsxSheet readXlsxSheet(const QString &path, const XlsxOptions &options);

// "A" -> 0, "AB" -> 27; -1 when not a column reference.
int xlsxColumnIndex(QStringView letters);
QString xlsxColumnName(int index);

// True when the bytes start like a zip archive (an .xlsx file).
bool looksLikeZip(const QByteArray &head);

} // namespace sc
