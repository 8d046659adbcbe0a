#include "core/month.h"

#include <gtest/gtest.h>

using sc::Month;

TEST(Month, ParsesYearDashMonth)
{
    const auto m = Month::parse(u"2026-10");
    ASSERT_TRUE(m);
    EXPECT_EQ(m->year(), 2026);
    EXPECT_EQ(m->month(), 10);
    EXPECT_EQ(m->toString(), QStringLiteral("2026-10"));
}

TEST(Month, RejectsMalformed)
{
    for (const char *bad : {"2026-13", "2026-00", "2026-1", "26-10", "2026/10", "abcd-ef", "", "2026-10-01"})
        EXPECT_FALSE(Month::parse(QString::fromLatin1(bad))) << bad;
}

TEST(Month, BoundsAndNavigation)
{
    const Month feb(2024, 2); // leap year: 29 days
    EXPECT_EQ(feb.lastDay(), QDate(2024, 2, 29));
    EXPECT_EQ(feb.endExclusive(), QDate(2024, 3, 1));
    EXPECT_EQ(Month(2026, 12).next(), Month(2027, 1));
    EXPECT_EQ(Month(2026, 1).previous(), Month(2025, 12));
    EXPECT_EQ(Month(2026, 10).addMonths(-11), Month(2025, 11));
    EXPECT_EQ(Month(2026, 10).addMonths(3), Month(2027, 1));
    EXPECT_LT(Month(2025, 12), Month(2026, 1));
    EXPECT_EQ(Month::of(QDate(1999, 8, 31)), Month(1999, 8));
}
