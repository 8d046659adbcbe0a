// The one CSV cell writer (core/csv.h): formula injection neutralised in text
// cells (issue 13.6, OWASP "CSV Injection"), RFC 4180 quoting, numbers as numbers.
#include "core/csv.h"

#include <gtest/gtest.h>
#include <limits>

using namespace sc;

TEST(CsvText, TheIssuesStringsGetAnApostrophe)
{
    EXPECT_EQ(csvText(QStringLiteral("=cmd|' /C calc'!A0")), QStringLiteral("'=cmd|' /C calc'!A0"));
    EXPECT_EQ(csvText(QStringLiteral("@SUM(A1:A2)")), QStringLiteral("'@SUM(A1:A2)"));
    EXPECT_EQ(csvText(QStringLiteral("+1")), QStringLiteral("'+1"));
    EXPECT_EQ(csvText(QStringLiteral("-2+3")), QStringLiteral("'-2+3"));
    // CR at the start: escaped, then quoted because it holds a CR.
    EXPECT_EQ(csvText(QStringLiteral("\r=1")), QStringLiteral("\"'\r=1\""));
}

TEST(CsvText, EveryFormulaStart)
{
    EXPECT_EQ(csvText(QStringLiteral("\tx")), QStringLiteral("'\tx"));
    EXPECT_EQ(csvText(QStringLiteral("\n=1")), QStringLiteral("\"'\n=1\""));
    EXPECT_EQ(csvText(QStringLiteral("\uFF1D1+1")), QStringLiteral("'\uFF1D1+1"));
    EXPECT_EQ(csvText(QStringLiteral("\uFF0B1")), QStringLiteral("'\uFF0B1"));
    EXPECT_EQ(csvText(QStringLiteral("\uFF0D1")), QStringLiteral("'\uFF0D1"));
    EXPECT_EQ(csvText(QStringLiteral("\uFF20x")), QStringLiteral("'\uFF20x"));
    // A text cell that looks like a negative number is text: escaped too.
    EXPECT_EQ(csvText(QStringLiteral("-5")), QStringLiteral("'-5"));
    // Only the first character counts.
    EXPECT_EQ(csvText(QStringLiteral("a=1")), QStringLiteral("a=1"));
    EXPECT_EQ(csvText(QStringLiteral(" =1")), QStringLiteral(" =1"));
    EXPECT_EQ(csvText(QStringLiteral("Alice")), QStringLiteral("Alice"));
    EXPECT_EQ(csvText(QString()), QString());
}

TEST(CsvText, QuotesPerRfc4180)
{
    EXPECT_EQ(csvText(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(csvText(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(csvText(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    // Escaped first, then quoted: the apostrophe sits inside the quotes.
    EXPECT_EQ(csvText(QStringLiteral("=1,2")), QStringLiteral("\"'=1,2\""));
    EXPECT_EQ(csvText(QStringLiteral("=HYPERLINK(\"http://x\")")), QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\""));
}

TEST(CsvNumber, NegativeNumbersStayNumbers)
{
    EXPECT_EQ(csvNumber(-5.5, 1), QStringLiteral("-5.5"));
    EXPECT_EQ(csvNumber(-3.25, 2), QStringLiteral("-3.25"));
    EXPECT_EQ(csvNumber(12.95), QStringLiteral("12.95"));
    EXPECT_EQ(csvNumber(-0.1), QStringLiteral("-0.1"));
    EXPECT_EQ(csvNumber(std::nullopt, 1), QString());
    EXPECT_EQ(csvNumber(std::numeric_limits<double>::quiet_NaN(), 1), QString());
}
