#include "import/csv_reader.h"
#include "import/value_parsing.h"

#include <QDate>
#include <gtest/gtest.h>

using namespace sc;
using namespace sc::importdetail;
using Rows = std::vector<std::vector<std::string>>;

namespace {

CsvTable read(std::string_view s, char delim = ',') { return readCsvTable(s, delim); }

} // namespace

TEST(CsvReader, PlainRecordsAndLineNumbers)
{
    const CsvTable t = read("a,b,c\n1,2,3\n4,5,6\n");
    EXPECT_EQ(t.rows, (Rows{{"a", "b", "c"}, {"1", "2", "3"}, {"4", "5", "6"}}));
    EXPECT_EQ(t.lines, (std::vector<qint64>{1, 2, 3}));
    EXPECT_TRUE(t.errors.empty());
}

TEST(CsvReader, NoTrailingNewline)
{
    const CsvTable t = read("a,b\n1,2");
    EXPECT_EQ(t.rows, (Rows{{"a", "b"}, {"1", "2"}}));
}

TEST(CsvReader, BomIsSkipped)
{
    const CsvTable t = read("\xEF\xBB\xBF"
                            "agent_id,name\r\nA1,Ann\r\n");
    EXPECT_EQ(t.rows, (Rows{{"agent_id", "name"}, {"A1", "Ann"}}));
}

TEST(CsvReader, CrlfLfAndLoneCrAllEndRecords)
{
    // Line 1 ends CRLF, line 2 LF, line 3 lone CR, line 4 has no terminator.
    const CsvTable t = read("h\r\n1\n2\r3");
    EXPECT_EQ(t.rows, (Rows{{"h"}, {"1"}, {"2"}, {"3"}}));
    EXPECT_EQ(t.lines, (std::vector<qint64>{1, 2, 3, 4}));
}

TEST(CsvReader, BlankLinesAreSkippedButCounted)
{
    // Blank physical lines 2 and 4 are not records, but line numbers keep counting them.
    const CsvTable t = read("h\n\nx\r\n\r\ny\n\n");
    EXPECT_EQ(t.rows, (Rows{{"h"}, {"x"}, {"y"}}));
    EXPECT_EQ(t.lines, (std::vector<qint64>{1, 3, 5}));
}

TEST(CsvReader, QuotedFieldsWithDelimiterDoubledQuotesAndNewlines)
{
    const CsvTable t = read("id,comment\n"
                            "1,\"Hello, world\"\n"
                            "2,\"She said \"\"hi\"\"\"\n"
                            "3,\"two\nlines\r\nthree\"\n"
                            "4,\"\"\n"
                            "5,after\n");
    ASSERT_TRUE(t.errors.empty());
    EXPECT_EQ(t.rows, (Rows{{"id", "comment"},
                            {"1", "Hello, world"},
                            {"2", "She said \"hi\""},
                            {"3", "two\nlines\r\nthree"},
                            {"4", ""},
                            {"5", "after"}}));
    // Record 3 starts on line 4 and spans lines 4-6, so record 4 starts on line 7.
    EXPECT_EQ(t.lines, (std::vector<qint64>{1, 2, 3, 4, 7, 8}));
}

TEST(CsvReader, DoubledQuotesAcrossManyFieldsKeepEarlierViewsValid)
{
    // Several unescaped fields in one record: the scratch buffer grows while
    // the record is read, earlier fields must still read right.
    std::string line;
    Rows expected(1);
    for (int i = 0; i < 50; ++i) {
        line += (i ? "," : "") + std::string("\"x\"\"") + std::to_string(i) + std::string(100, 'y') + "\"";
        expected[0].push_back("x\"" + std::to_string(i) + std::string(100, 'y'));
    }
    const CsvTable t = read(line);
    ASSERT_TRUE(t.errors.empty());
    EXPECT_EQ(t.rows, expected);
}

TEST(CsvReader, EmptyFieldsAndTrailingDelimiter)
{
    const CsvTable t = read("a,,c,\n,\n");
    EXPECT_EQ(t.rows, (Rows{{"a", "", "c", ""}, {"", ""}}));
    const CsvTable u = read("a,b,");
    EXPECT_EQ(u.rows, (Rows{{"a", "b", ""}}));
}

TEST(CsvReader, OtherDelimiters)
{
    EXPECT_EQ(read("a;b;\"c;d\"\n1;2;3", ';').rows, (Rows{{"a", "b", "c;d"}, {"1", "2", "3"}}));
    EXPECT_EQ(read("a\tb,c\n1\t2", '\t').rows, (Rows{{"a", "b,c"}, {"1", "2"}}));
    // With ';' a comma is plain data.
    EXPECT_EQ(read("1,5;2", ';').rows, (Rows{{"1,5", "2"}}));
}

TEST(CsvReader, UnterminatedQuoteNamesWhereItOpened)
{
    // The quote opens on line 2 at byte column 3 ("1," is columns 1-2).
    const CsvTable t = read("a,b\n1,\"open\n2,3\n");
    ASSERT_EQ(t.errors.size(), 1u);
    EXPECT_EQ(t.errors[0].line, 2);
    EXPECT_EQ(t.errors[0].column, 3);
    EXPECT_EQ(t.errors[0].field, 1);
    EXPECT_EQ(t.errors[0].message, QStringLiteral("unterminated quoted field"));
    // Everything after the quote was swallowed into that field.
    ASSERT_EQ(t.rows.size(), 2u);
    EXPECT_EQ(t.rows[1][1], "open\n2,3\n");
}

TEST(CsvReader, JunkAfterClosingQuote)
{
    // Line 3: `x,"ab"c,d` -> the junk 'c' is byte column 7.
    const CsvTable t = read("h1,h2,h3\nok,ok,ok\nx,\"ab\"c,d\nnext,1,2\n");
    ASSERT_EQ(t.errors.size(), 1u);
    EXPECT_EQ(t.errors[0].line, 3);
    EXPECT_EQ(t.errors[0].column, 7);
    EXPECT_EQ(t.errors[0].field, 1);
    EXPECT_TRUE(t.errors[0].message.contains(QStringLiteral("'c'"))) << t.errors[0].message.toStdString();
    // The reader recovers: the record is read leniently and the next one is fine.
    EXPECT_EQ(t.rows[2], (std::vector<std::string>{"x", "abc", "d"}));
    EXPECT_EQ(t.rows[3], (std::vector<std::string>{"next", "1", "2"}));
    EXPECT_EQ(t.lines[3], 4);
}

TEST(CsvReader, ErrorColumnCountsFromLineStartAfterMultilineField)
{
    // Record starts on line 2; its first field spans to line 3. Line 3 reads
    // `y","z"!`: y=1 "=2 ,=3 "=4 z=5 "=6, so the junk '!' is column 7.
    const CsvTable t = read("a,b\n\"x\ny\",\"z\"!\n");
    ASSERT_EQ(t.errors.size(), 1u);
    EXPECT_EQ(t.lines[1], 2);
    EXPECT_EQ(t.errors[0].line, 3);
    EXPECT_EQ(t.errors[0].column, 7);
}

TEST(CsvReader, StrayQuoteInsideUnquotedFieldIsData)
{
    EXPECT_EQ(read("a,5\" screen,b").rows, (Rows{{"a", "5\" screen", "b"}}));
}

TEST(CsvReader, NulAndInvalidUtf8AreJustBytes)
{
    const std::string data("a,\0b\n\xff\xfe,\"\xc3\"\n", 12);
    const CsvTable t = read(data);
    ASSERT_EQ(t.rows.size(), 2u);
    EXPECT_EQ(t.rows[0][1], std::string("\0b", 2));
    EXPECT_EQ(t.rows[1][0], "\xff\xfe");
    EXPECT_EQ(t.rows[1][1], "\xc3");
}

TEST(CsvReader, EmptyInputAndOnlyBom)
{
    EXPECT_TRUE(read("").rows.empty());
    EXPECT_TRUE(read("\xEF\xBB\xBF").rows.empty());
    EXPECT_TRUE(read("\n\r\n").rows.empty());
}

TEST(CsvReader, LoneQuoteAtEnd)
{
    const CsvTable t = read("a,\"");
    ASSERT_EQ(t.errors.size(), 1u);
    EXPECT_EQ(t.errors[0].column, 3);
    EXPECT_EQ(t.rows[0], (std::vector<std::string>{"a", ""}));
}

TEST(ValueParsing, Numbers)
{
    EXPECT_EQ(parseNumber("12"), 12.0);
    EXPECT_EQ(parseNumber("-3.5"), -3.5);
    EXPECT_EQ(parseNumber("+4"), 4.0);
    EXPECT_EQ(parseNumber(".5"), 0.5);
    EXPECT_EQ(parseNumber("1e3"), 1000.0);
    for (const char *bad :
         {"", "+", "-", "abc", "1,5", "1.2.3", "inf", "nan", "-inf", "1e", "0x10", "1 2", "++1", "1e999", "12abc"})
        EXPECT_FALSE(parseNumber(bad).has_value()) << bad;
}

TEST(ValueParsing, IsoDatesAndTimestamps)
{
    const qint64 jd = QDate(2026, 1, 15).toJulianDay();
    EXPECT_EQ(parseIsoDate("2026-01-15"), jd);
    EXPECT_EQ(parseIsoDate("2026-01-15T23:59"), jd);
    EXPECT_EQ(parseIsoDate("2026-01-15T23:59:59"), jd);
    EXPECT_EQ(parseIsoDate("2026-01-15 08:05:00"), jd);
    EXPECT_EQ(parseIsoDate("2026-01-15T08:05:00.123Z"), jd);
    EXPECT_EQ(parseIsoDate("2026-01-15T08:05:00+02:00"), jd);
    EXPECT_EQ(parseIsoDate("2024-02-29"), QDate(2024, 2, 29).toJulianDay());
    EXPECT_EQ(parseIsoDate("2026-01-15 2:30:00 PM"), jd);
    EXPECT_EQ(parseIsoDate("2026-01-15 12:30am"), jd);
    for (const char *bad : {"2026-02-30", "2025-02-29", "2026-13-01", "2026-1-15", "15/01/2026", "2026-01-15X",
                            "2026-01-15T25:00", "2026-01-15T10", "2026-01-15 ", "0000-01-01", "2026-01-15T10:61",
                            "2026-01-15 13:00 PM", "2026-01-15 0:30 AM", "2026-01-15 10:30 XM"})
        EXPECT_FALSE(parseIsoDate(bad).has_value()) << bad;
}

TEST(ValueParsing, ClockDurations)
{
    EXPECT_EQ(parseClockDuration("1:02:03"), 3723.0); // 3600 + 120 + 3
    EXPECT_EQ(parseClockDuration("01:02:03"), 3723.0);
    EXPECT_EQ(parseClockDuration("05:30"), 330.0);  // mm:ss: 5*60 + 30
    EXPECT_EQ(parseClockDuration("75:30"), 4530.0); // leading part may exceed 59
    EXPECT_EQ(parseClockDuration("0:00:01.5"), 1.5);
    for (const char *bad : {"", "12", "1:2:3:4", "1:60", "1:-1", ":30", "1::2", "a:00", "1.5:00"})
        EXPECT_FALSE(parseClockDuration(bad).has_value()) << bad;
}
