// .xlsx input through the same profiles as CSV (issue 12): shared and inline
// strings, serial dates and times, empty cells, cell errors. Every workbook
// is written by the test itself (xlsx_writer.h).
#include "import/importer.h"
#include "import/xlsx_reader.h"
#include "xlsx_writer.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace sc;
using namespace sc::test;
using namespace Qt::StringLiterals;

namespace {

MappingProfile profileFrom(const char *json)
{
    QString error;
    const auto p = MappingProfile::fromJson(QJsonDocument::fromJson(json).object(), &error);
    EXPECT_TRUE(p.has_value()) << error.toStdString();
    return p.value_or(MappingProfile{});
}

std::vector<std::string> messages(const ImportResult &r)
{
    std::vector<std::string> out;
    for (const ImportError &e : r.errors)
        out.push_back(e.toString().toStdString());
    return out;
}

// Styles: 0 general, 1 a date (built-in 14), 2 a custom date-time, 3 [h]:mm:ss.
const QByteArray kNumFmts = "<numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd hh:mm\"/>"
                            "<numFmt numFmtId=\"165\" formatCode=\"[h]:mm:ss\"/>";
const QByteArray kXfs = "<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/>";

} // namespace

TEST(XlsxReader, ColumnNames)
{
    EXPECT_EQ(xlsxColumnIndex(u"A"), 0);
    EXPECT_EQ(xlsxColumnIndex(u"Z"), 25);
    EXPECT_EQ(xlsxColumnIndex(u"AA12"), 26);
    EXPECT_EQ(xlsxColumnIndex(u"XFD"), 16383);
    EXPECT_EQ(xlsxColumnName(0), u"A"_s);
    EXPECT_EQ(xlsxColumnName(27), u"AB"_s);
}

TEST(XlsxReader, SharedInlineNumbersDatesTimesAndEmptyCells)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"t.xlsx"_s);
    // Row 2 is missing (an empty row), C3 is absent (an empty cell), B4 holds
    // an inline string, dates are serial numbers: 46027 = 2026-01-05 (46023 is 2026-01-01).
    ASSERT_TRUE(
        writeXlsx(path,
                  {{u"Calls"_s, "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                                "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c></row>"
                                "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>4</v></c><c r=\"B3\" s=\"1\"><v>46027</v></c>"
                                "<c r=\"D3\" s=\"3\"><v>0.0052083333333333</v></c></row>"
                                "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>A2</t></is></c>"
                                "<c r=\"B4\" s=\"2\"><v>46028.75</v></c><c r=\"C4\"><v>3</v></c>"
                                "<c r=\"D4\" s=\"3\"><v>1.0416666666666667</v></c></row>"}},
                  {u"Agent"_s, u"Day"_s, u"Count"_s, u"Talk"_s, u"A1"_s}, kNumFmts, kXfs));
    const XlsxSheet sheet = readXlsxSheet(path, {});
    ASSERT_TRUE(sheet.error.isEmpty()) << sheet.error.toStdString();
    EXPECT_EQ(sheet.sheetName, u"Calls"_s);
    // 0.0052083333 days = 450 s = 0:07:30; 1.0416666 days = 90000 s = 25:00:00.
    EXPECT_EQ(sheet.csv,
              QByteArray("Agent,Day,Count,Talk\n\nA1,2026-01-05,,0:07:30\nA2,2026-01-06 18:00:00,3,25:00:00\n"));

    const auto p = profileFrom(R"({"kind": "contacts", "durations": "hh:mm:ss",
        "columns": {"agent_id": "Agent", "date": "Day", "contacts": "Count", "handle_seconds": "Talk"}})");
    ImportOptions o;
    o.profile = p;
    o.knownAgents = {u"A1"_s, u"A2"_s};
    const ImportResult r = parseImportFile(path, o);
    ASSERT_TRUE(r.batch) << messages(r).front();
    ASSERT_EQ(r.batch->contacts.size(), 2u);
    EXPECT_EQ(r.batch->contacts[0].agentId, u"A1"_s);
    EXPECT_EQ(r.batch->contacts[0].date, QDate(2026, 1, 5));
    EXPECT_EQ(r.batch->contacts[0].contacts, 1); // the empty Count cell: the default
    EXPECT_EQ(r.batch->contacts[0].handleSeconds, 450);
    EXPECT_EQ(r.batch->contacts[1].date, QDate(2026, 1, 6));
    EXPECT_EQ(r.batch->contacts[1].contacts, 3);
    EXPECT_EQ(r.batch->contacts[1].handleSeconds, 90000);
    EXPECT_EQ(r.batch->rowsRead, 2);
}

TEST(XlsxReader, DatesFollowTheProfileFormatAndDayFractionsStayNumbers)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"t.xlsx"_s);
    ASSERT_TRUE(writeXlsx(path,
                          {{u"S"_s, "<row r=\"1\"><c t=\"inlineStr\"><is><t>agent_id</t></is></c>"
                                    "<c t=\"inlineStr\"><is><t>date</t></is></c>"
                                    "<c t=\"inlineStr\"><is><t>worked_minutes</t></is></c></row>"
                                    "<row r=\"2\"><c t=\"inlineStr\"><is><t>A1</t></is></c><c s=\"1\"><v>46027</v></c>"
                                    "<c s=\"3\"><v>0.3333333333333333</v></c></row>"}},
                          {}, kNumFmts, kXfs));
    ImportOptions o;
    o.profile = profileFrom(R"({"kind": "time", "date_format": "dd.MM.yyyy", "durations": "day_fraction"})");
    o.knownAgents = {u"A1"_s};
    const ImportResult r = parseImportFile(path, o);
    ASSERT_TRUE(r.batch) << messages(r).front();
    ASSERT_EQ(r.batch->time.size(), 1u);
    EXPECT_EQ(r.batch->time[0].date, QDate(2026, 1, 5));
    EXPECT_NEAR(r.batch->time[0].workedMinutes, 480, 1e-9); // a third of a day
}

TEST(XlsxReader, NamedSheetHeaderRowAndErrorsNameSheetRows)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"t.xlsx"_s);
    // The title on row 1, the header on row 3, a bad score on row 5.
    ASSERT_TRUE(writeXlsx(path, {{u"Summary"_s, "<row r=\"1\"><c t=\"inlineStr\"><is><t>nothing</t></is></c></row>"},
                                 {u"QA"_s, "<row r=\"1\"><c t=\"inlineStr\"><is><t>QA export</t></is></c></row>"
                                           "<row r=\"3\"><c t=\"inlineStr\"><is><t>evaluation_id</t></is></c>"
                                           "<c t=\"inlineStr\"><is><t>agent_id</t></is></c>"
                                           "<c t=\"inlineStr\"><is><t>date</t></is></c>"
                                           "<c t=\"inlineStr\"><is><t>score</t></is></c></row>"
                                           "<row r=\"4\"><c><v>1</v></c><c t=\"inlineStr\"><is><t>A1</t></is></c>"
                                           "<c t=\"str\"><v>2026-01-05</v></c><c><v>90</v></c></row>"
                                           "<row r=\"5\"><c><v>2</v></c><c t=\"inlineStr\"><is><t>A1</t></is></c>"
                                           "<c t=\"str\"><v>2026-01-05</v></c><c><v>190</v></c></row>"}}));
    ImportOptions o;
    o.profile = profileFrom(R"({"kind": "qa", "sheet": "qa", "header_row": 3})");
    o.knownAgents = {u"A1"_s};
    const ImportResult r = parseImportFile(path, o);
    EXPECT_THAT(messages(r),
                ::testing::ElementsAre(QString(path
                                               + u":5: column 'score': value '190': score out of range (expected 0 "
                                                 "to 100)"_s)
                                           .toStdString()));

    o.profile = profileFrom(R"({"kind": "qa", "sheet": "Missing"})");
    const ImportResult missing = parseImportFile(path, o);
    ASSERT_EQ(missing.errors.size(), 1u);
    EXPECT_EQ(missing.errors[0].reason, u"the workbook has no sheet 'Missing' (sheets: Summary, QA)"_s);
}

TEST(XlsxReader, CellErrorIsBadInputWithSheetRowAndColumn)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"t.xlsx"_s);
    ASSERT_TRUE(writeXlsx(path, {{u"Time"_s, "<row r=\"1\"><c t=\"inlineStr\"><is><t>agent_id</t></is></c>"
                                             "<c t=\"inlineStr\"><is><t>date</t></is></c>"
                                             "<c t=\"inlineStr\"><is><t>worked_minutes</t></is></c></row>"
                                             "<row r=\"2\"><c t=\"inlineStr\"><is><t>A1</t></is></c>"
                                             "<c t=\"str\"><v>2026-01-05</v></c><c r=\"C2\" t=\"e\"><v>#DIV/0!</v></c>"
                                             "</row>"}}));
    ImportOptions o;
    o.kind = ImportKind::Time;
    o.knownAgents = {u"A1"_s};
    const ImportResult r = parseImportFile(path, o);
    EXPECT_FALSE(r.batch);
    EXPECT_THAT(messages(r), ::testing::ElementsAre(QString(path
                                                            + u":2: column 'worked_minutes': value '#DIV/0!': "
                                                              "cell error in sheet 'Time', row 2, column C (cell "
                                                              "C2)"_s)
                                                        .toStdString()));
    EXPECT_EQ(r.errorTotal, 1);
}

TEST(XlsxReader, GarbageAndDamagedZipsGiveOneShortMessage)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"t.xlsx"_s);
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("PK\x03\x04", 4) + QByteArray(300, '\x07'));
    }
    const ImportResult r = parseImportFile(path, ImportOptions{});
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_LT(r.errors[0].toString().size(), 200);

    // Random bytes named .csv: one line, no dump.
    const QString bin = dir.filePath(u"b.csv"_s);
    {
        QFile f(bin);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        QByteArray b;
        for (int i = 0; i < 5000; ++i)
            b += char((i * 7919 + 13) % 256);
        f.write(b);
    }
    const ImportResult g = parseImportFile(bin, ImportOptions{});
    ASSERT_EQ(g.errors.size(), 1u);
    EXPECT_EQ(g.errors[0].reason,
              u"the file is not text (binary data); expected a CSV file in UTF-8 or an .xlsx workbook"_s);
}
