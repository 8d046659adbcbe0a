#include "import/xlsx_reader.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QTimeZone>
#include <QXmlStreamReader>
#include <cmath>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

using namespace Qt::StringLiterals;

namespace sc {

namespace {

// A part larger than this (uncompressed) is refused: a zip bomb must not
// take the machine's memory. Real monthly exports are far below it.
constexpr qint64 kMaxPartSize = 512LL * 1024 * 1024;

enum class CellFormat { Number, Date, DateTime, Time };

struct Relationship {
    QString type;
    QString target;
};

QString joinPath(const QString &base, const QString &target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    QString dir = base.left(base.lastIndexOf(u'/') + 1);
    QString t = target;
    while (t.startsWith(u"../"_s)) {
        t = t.mid(3);
        dir = dir.left(dir.lastIndexOf(u'/', dir.size() - 2) + 1);
    }
    return dir + t;
}

bool readPart(QuaZip &zip, const QString &name, QByteArray &out, QString *error)
{
    if (!zip.setCurrentFile(name, QuaZip::csInsensitive)) {
        if (error)
            *error = u"the workbook has no part '%1'"_s.arg(name);
        return false;
    }
    QuaZipFileInfo64 info;
    if (zip.getCurrentFileInfo(&info) && qint64(info.uncompressedSize) > kMaxPartSize) {
        if (error)
            *error = u"the part '%1' is too large (%2 bytes)"_s.arg(name).arg(info.uncompressedSize);
        return false;
    }
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"cannot read the part '%1' (damaged zip?)"_s.arg(name);
        return false;
    }
    out = file.read(kMaxPartSize + 1);
    const bool ok = file.getZipError() == UNZ_OK && qint64(out.size()) <= kMaxPartSize;
    file.close();
    if (!ok || file.getZipError() != UNZ_OK) {
        if (error)
            *error = u"cannot read the part '%1' (damaged zip?)"_s.arg(name);
        return false;
    }
    return true;
}

QHash<QString, Relationship> readRelationships(const QByteArray &xml)
{
    QHash<QString, Relationship> out;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == u"Relationship") {
            const auto a = r.attributes();
            out.insert(a.value(u"Id"_s).toString(), {a.value(u"Type"_s).toString(), a.value(u"Target"_s).toString()});
        }
    }
    return out;
}

QString findByType(const QHash<QString, Relationship> &rels, QStringView suffix)
{
    for (const Relationship &rel : rels)
        if (rel.type.endsWith(suffix))
            return rel.target;
    return {};
}

// OOXML strings escape characters XML cannot hold as _xHHHH_.
QString decodeEscapes(const QString &s)
{
    if (!s.contains(u"_x"_s))
        return s;
    QString out;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == u'_' && i + 6 < s.size() && s[i + 1] == u'x' && s[i + 6] == u'_') {
            bool ok = false;
            const uint code = s.mid(i + 2, 4).toUInt(&ok, 16);
            if (ok) {
                out += QChar(char16_t(code));
                i += 6;
                continue;
            }
        }
        out += s[i];
    }
    return out;
}

// The text of an <si> or <is> element: its <t> runs, without phonetic runs.
QString richText(QXmlStreamReader &r, QStringView element)
{
    QString text;
    int phonetic = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (r.name() == u"rPh")
                ++phonetic;
            else if (r.name() == u"t" && phonetic == 0)
                text += r.readElementText();
        } else if (r.isEndElement()) {
            if (r.name() == u"rPh")
                --phonetic;
            else if (r.name() == element)
                break;
        }
    }
    return decodeEscapes(text);
}

std::vector<QString> readSharedStrings(const QByteArray &xml)
{
    std::vector<QString> out;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == u"si")
            out.push_back(richText(r, u"si"));
    }
    return out;
}

CellFormat classifyCode(const QString &code)
{
    // Drop quoted literals, escaped characters and [Red]-style sections, but
    // keep elapsed-time brackets such as [h].
    QString plain;
    bool elapsed = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (c == u'"') {
            const qsizetype end = code.indexOf(u'"', i + 1);
            i = end < 0 ? code.size() : end;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u'[') {
            const qsizetype end = code.indexOf(u']', i + 1);
            const QString inner = code.mid(i + 1, (end < 0 ? code.size() : end) - i - 1).toLower();
            if (!inner.isEmpty()
                && (inner.count(u'h') == inner.size() || inner.count(u'm') == inner.size()
                    || inner.count(u's') == inner.size()))
                elapsed = true;
            i = end < 0 ? code.size() : end;
        } else {
            plain += c.toLower();
        }
    }
    // Only the first section (positive numbers) says what the cell is.
    plain = plain.section(u';', 0, 0);
    if (plain == u"general"_s)
        return CellFormat::Number;
    const bool date = plain.contains(u'y') || plain.contains(u'd');
    const bool time = elapsed || plain.contains(u'h') || plain.contains(u's');
    if (date && time)
        return CellFormat::DateTime;
    if (date)
        return CellFormat::Date;
    if (time)
        return CellFormat::Time;
    if (plain.contains(u'm'))
        return CellFormat::Date; // "mmm" alone: a month
    return CellFormat::Number;
}

CellFormat classifyBuiltIn(int id)
{
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) || (id >= 50 && id <= 58))
        return CellFormat::Date;
    if (id == 22)
        return CellFormat::DateTime;
    if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47) || id == 32 || id == 33)
        return CellFormat::Time;
    return CellFormat::Number;
}

// The format of each cell style (the s attribute of a cell indexes cellXfs).
std::vector<CellFormat> readStyles(const QByteArray &xml)
{
    QHash<int, QString> codes;
    std::vector<int> xfFormats;
    QXmlStreamReader r(xml);
    int inCellXfs = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (r.name() == u"numFmt")
                codes.insert(r.attributes().value(u"numFmtId"_s).toInt(),
                             r.attributes().value(u"formatCode"_s).toString());
            else if (r.name() == u"cellXfs")
                ++inCellXfs;
            else if (r.name() == u"xf" && inCellXfs > 0)
                xfFormats.push_back(r.attributes().value(u"numFmtId"_s).toInt());
        } else if (r.isEndElement() && r.name() == u"cellXfs") {
            --inCellXfs;
        }
    }
    std::vector<CellFormat> out;
    out.reserve(xfFormats.size());
    for (int id : xfFormats)
        out.push_back(codes.contains(id) ? classifyCode(codes.value(id)) : classifyBuiltIn(id));
    return out;
}

void appendField(QByteArray &csv, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    bool quote = false;
    for (char c : utf8)
        quote |= c == ',' || c == '"' || c == '\n' || c == '\r';
    if (!quote) {
        csv += utf8;
        return;
    }
    csv += '"';
    for (char c : utf8) {
        if (c == '"')
            csv += '"';
        csv += c;
    }
    csv += '"';
}

QString clockText(qint64 seconds)
{
    return u"%1:%2:%3"_s.arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QChar(u'0'))
        .arg(seconds % 60, 2, 10, QChar(u'0'));
}

} // namespace

int xlsxColumnIndex(QStringView letters)
{
    int index = 0;
    qsizetype n = 0;
    for (QChar c : letters) {
        if (c < u'A' || c > u'Z')
            break;
        index = index * 26 + (c.unicode() - u'A' + 1);
        if (++n > 3)
            return -1;
    }
    return n == 0 ? -1 : index - 1;
}

QString xlsxColumnName(int index)
{
    QString name;
    for (int i = index + 1; i > 0; i = (i - 1) / 26)
        name.prepend(QChar(char16_t(u'A' + (i - 1) % 26)));
    return name;
}

bool looksLikeZip(const QByteArray &head) { return head.startsWith("PK\x03\x04"); }

XlsxSheet readXlsxSheet(const QString &path, const XlsxOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        XlsxSheet s;
        s.error = u"cannot read the file: %1"_s.arg(file.errorString());
        return s;
    }
    return readXlsxSheet(&file, options);
}

XlsxSheet readXlsxSheet(QIODevice *device, const XlsxOptions &options)
{
    XlsxSheet out;
    QuaZip zip(device);
    if (!zip.open(QuaZip::mdUnzip)) {
        out.error = u"not an .xlsx workbook (the zip cannot be opened)"_s;
        return out;
    }
    QString error;
    QByteArray xml;
    QString workbookPath = u"xl/workbook.xml"_s;
    if (readPart(zip, u"_rels/.rels"_s, xml, nullptr)) {
        const QString t = findByType(readRelationships(xml), u"/officeDocument");
        if (!t.isEmpty())
            workbookPath = joinPath(QString(), t);
    }
    if (!readPart(zip, workbookPath, xml, &error)) {
        out.error = u"not an .xlsx workbook: %1"_s.arg(error);
        return out;
    }
    // Sheets in workbook order, and the date system.
    struct SheetRef {
        QString name, relId;
    };
    std::vector<SheetRef> sheets;
    bool date1904 = false;
    {
        QXmlStreamReader r(xml);
        while (!r.atEnd()) {
            r.readNext();
            if (!r.isStartElement())
                continue;
            if (r.name() == u"sheet") {
                QString relId;
                for (const QXmlStreamAttribute &a : r.attributes())
                    if (a.name() == u"id")
                        relId = a.value().toString();
                sheets.push_back({r.attributes().value(u"name"_s).toString(), relId});
            } else if (r.name() == u"workbookPr") {
                const auto v = r.attributes().value(u"date1904"_s);
                date1904 = v == u"1" || v == u"true";
            }
        }
        if (r.hasError()) {
            out.error = u"the workbook part is not valid XML: %1"_s.arg(r.errorString());
            return out;
        }
    }
    if (sheets.empty()) {
        out.error = u"the workbook has no sheet"_s;
        return out;
    }
    const SheetRef *sheet = &sheets.front();
    if (!options.sheet.isEmpty()) {
        sheet = nullptr;
        QStringList names;
        for (const SheetRef &s : sheets) {
            names << s.name;
            if (!sheet && s.name.compare(options.sheet, Qt::CaseInsensitive) == 0)
                sheet = &s;
        }
        if (!sheet) {
            out.error = u"the workbook has no sheet '%1' (sheets: %2)"_s.arg(options.sheet, names.join(u", "_s));
            return out;
        }
    }
    out.sheetName = sheet->name;

    const QString relsPath = joinPath(workbookPath, u"_rels/"_s + workbookPath.section(u'/', -1) + u".rels"_s);
    QHash<QString, Relationship> rels;
    if (readPart(zip, relsPath, xml, nullptr))
        rels = readRelationships(xml);
    QString sheetPath = rels.value(sheet->relId).target;
    if (sheetPath.isEmpty()) {
        out.error = u"the workbook does not say where sheet '%1' is"_s.arg(sheet->name);
        return out;
    }
    sheetPath = joinPath(workbookPath, sheetPath);

    std::vector<QString> shared;
    if (const QString t = findByType(rels, u"/sharedStrings");
        !t.isEmpty() && readPart(zip, joinPath(workbookPath, t), xml, nullptr))
        shared = readSharedStrings(xml);
    std::vector<CellFormat> styles;
    if (const QString t = findByType(rels, u"/styles");
        !t.isEmpty() && readPart(zip, joinPath(workbookPath, t), xml, nullptr))
        styles = readStyles(xml);

    if (!readPart(zip, sheetPath, xml, &error)) {
        out.error = error;
        return out;
    }

    const QDate base = date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
    qint64 lastRow = 0;
    qint64 line = 1; // the line the next byte of `csv` is on
    auto lineIsRow = [&](qint64 row) {
        if (qint64(out.lineRow.size()) <= line)
            out.lineRow.resize(size_t(line) + 1, 0);
        out.lineRow[size_t(line)] = row;
    };
    QXmlStreamReader r(xml);
    std::vector<QString> cells;
    qint64 row = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == u"row") {
            bool ok = false;
            const qint64 n = r.attributes().value(u"r"_s).toLongLong(&ok);
            row = ok && n > lastRow ? n : lastRow + 1;
            cells.clear();
            int nextColumn = 0;
            // Read the row's cells.
            while (!r.atEnd()) {
                r.readNext();
                if (r.isEndElement() && r.name() == u"row")
                    break;
                if (!r.isStartElement() || r.name() != u"c")
                    continue;
                const auto attrs = r.attributes();
                const QString ref = attrs.value(u"r"_s).toString();
                int column = ref.isEmpty() ? nextColumn : xlsxColumnIndex(ref);
                if (column < 0)
                    column = nextColumn;
                nextColumn = column + 1;
                const QString type = attrs.value(u"t"_s).toString();
                const int style = attrs.value(u"s"_s).toInt();
                QString value;
                bool hasValue = false;
                QString inlineText;
                while (!r.atEnd()) {
                    r.readNext();
                    if (r.isEndElement() && r.name() == u"c")
                        break;
                    if (r.isStartElement() && r.name() == u"v") {
                        value = r.readElementText();
                        hasValue = true;
                    } else if (r.isStartElement() && r.name() == u"is") {
                        inlineText = richText(r, u"is");
                        hasValue = true;
                    }
                }
                QString text;
                if (!hasValue) {
                    // An empty cell (perhaps formatted): no value.
                } else if (type == u"s") {
                    bool ok2 = false;
                    const qsizetype i = value.toLongLong(&ok2);
                    if (ok2 && i >= 0 && i < qsizetype(shared.size()))
                        text = shared[size_t(i)];
                    else
                        out.cellErrors.push_back({row, column, xlsxColumnName(column) + QString::number(row),
                                                  u"shared string %1 missing"_s.arg(value)});
                } else if (type == u"inlineStr") {
                    text = inlineText;
                } else if (type == u"str" || type == u"d") {
                    text = decodeEscapes(value);
                } else if (type == u"b") {
                    text = value.trimmed() == u"1" ? u"true"_s : u"false"_s;
                } else if (type == u"e") {
                    out.cellErrors.push_back({row, column, xlsxColumnName(column) + QString::number(row), value});
                    text = value;
                } else {
                    // A number, perhaps formatted as a date or a time.
                    const CellFormat format =
                        style >= 0 && size_t(style) < styles.size() ? styles[size_t(style)] : CellFormat::Number;
                    bool isNumber = false;
                    const double v = value.toDouble(&isNumber);
                    if (!isNumber || !std::isfinite(v) || format == CellFormat::Number || v < 0 || v > 2958465) {
                        text = value.trimmed();
                    } else if (format == CellFormat::Time) {
                        text = options.timeCells == XlsxTimeCells::DayFraction
                                   ? value.trimmed()
                                   : clockText(qint64(std::llround(v * 86400)));
                    } else {
                        const qint64 seconds = std::llround(v * 86400);
                        const QDate date = base.addDays(seconds / 86400);
                        const QTime time = QTime(0, 0).addSecs(int(seconds % 86400));
                        if (options.dateFormat.isEmpty())
                            text =
                                date.toString(Qt::ISODate)
                                + (format == CellFormat::DateTime ? u" "_s + time.toString(u"HH:mm:ss"_s) : QString());
                        else
                            text = QDateTime(date, time, QTimeZone::utc()).toString(options.dateFormat);
                    }
                }
                if (column >= 0 && column < 16384) {
                    if (size_t(column) >= cells.size())
                        cells.resize(size_t(column) + 1);
                    cells[size_t(column)] = text;
                }
            }
            // Rows the sheet skips are empty lines, so lines follow rows.
            for (qint64 gap = lastRow + 1; gap < row; ++gap) {
                lineIsRow(gap);
                out.csv += '\n';
                ++line;
            }
            lineIsRow(row);
            for (size_t i = 0; i < cells.size(); ++i) {
                if (i > 0)
                    out.csv += ',';
                QString cell = cells[i];
                if (cell.contains(u'\r'))
                    cell.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
                appendField(out.csv, cell);
                for (qsizetype k = cell.count(u'\n'); k > 0; --k) {
                    ++line; // a line break inside the cell: the same row
                    lineIsRow(row);
                }
            }
            out.csv += '\n';
            ++line;
            lastRow = row;
        }
    }
    if (r.hasError()) {
        out.error = u"sheet '%1' is not valid XML: %2"_s.arg(sheet->name, r.errorString());
        return out;
    }
    return out;
}

} // namespace sc
