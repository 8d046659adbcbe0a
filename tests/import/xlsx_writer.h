#pragma once
// A tiny .xlsx writer for tests: the parts a spreadsheet program writes, with
// the cells given as raw <c> XML so each case says exactly what it stores.
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>
#include <utility>
#include <vector>

namespace sc::test {

struct XlsxSheetSpec {
    QString name;
    QByteArray sheetData; // the content of <sheetData>
};

inline bool writeXlsx(const QString &path, const std::vector<XlsxSheetSpec> &sheets,
                      const QStringList &sharedStrings = {}, const QByteArray &numFmts = {},
                      const QByteArray &cellXfs = "<xf numFmtId=\"0\"/>", bool date1904 = false)
{
    std::vector<std::pair<QString, QByteArray>> parts;
    QByteArray types =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";
    parts.emplace_back(QStringLiteral("[Content_Types].xml"), types);
    parts.emplace_back(QStringLiteral("_rels/.rels"),
                       "<?xml version=\"1.0\"?><Relationships "
                       "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                       "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                       "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    QByteArray workbook = "<?xml version=\"1.0\"?><workbook "
                          "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">";
    workbook += date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>";
    workbook += "<sheets>";
    QByteArray rels = "<?xml version=\"1.0\"?><Relationships "
                      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (size_t i = 0; i < sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(qulonglong(i + 1));
        workbook += "<sheet name=\"" + sheets[i].name.toUtf8() + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n
                + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                  "Target=\"worksheets/sheet"
                + n + ".xml\"/>";
        parts.emplace_back(QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1),
                           "<?xml version=\"1.0\"?><worksheet "
                           "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                               + sheets[i].sheetData + "</sheetData></worksheet>");
    }
    workbook += "</sheets></workbook>";
    rels += "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            "sharedStrings\" Target=\"sharedStrings.xml\"/>"
            "<Relationship Id=\"rIdT\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            "styles\" Target=\"styles.xml\"/></Relationships>";
    parts.emplace_back(QStringLiteral("xl/workbook.xml"), workbook);
    parts.emplace_back(QStringLiteral("xl/_rels/workbook.xml.rels"), rels);
    QByteArray sst = "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    for (const QString &s : sharedStrings)
        sst += "<si><t xml:space=\"preserve\">" + s.toHtmlEscaped().toUtf8() + "</t></si>";
    sst += "</sst>";
    parts.emplace_back(QStringLiteral("xl/sharedStrings.xml"), sst);
    parts.emplace_back(QStringLiteral("xl/styles.xml"),
                       "<?xml version=\"1.0\"?><styleSheet "
                       "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><numFmts>"
                           + numFmts + "</numFmts><cellStyleXfs><xf numFmtId=\"0\"/></cellStyleXfs><cellXfs>" + cellXfs
                           + "</cellXfs></styleSheet>");

    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &[name, data] : parts) {
        QuaZipFile f(&zip);
        if (!f.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return false;
        f.write(data);
        f.close();
        if (f.getZipError() != 0)
            return false;
    }
    zip.close();
    return zip.getZipError() == 0;
}

} // namespace sc::test
