#pragma once
// A calendar month, the period every metric is computed over.
#include <QDate>
#include <QString>
#include <optional>

namespace sc {

class Month {
public:
    constexpr Month() = default;
    constexpr Month(int year, int month) : m_year(year), m_month(month) {}

    // Parses "YYYY-MM"; nullopt when malformed.
    static std::optional<Month> parse(QStringView text);
    static Month of(const QDate &date) { return {date.year(), date.month()}; }

    int year() const { return m_year; }
    int month() const { return m_month; }
    bool isValid() const { return m_year > 0 && m_month >= 1 && m_month <= 12; }
    QDate firstDay() const { return QDate(m_year, m_month, 1); }
    QDate lastDay() const { return firstDay().addMonths(1).addDays(-1); }
    // First day of the next month: rows with firstDay() <= date < endExclusive().
    QDate endExclusive() const { return firstDay().addMonths(1); }
    Month next() const { return m_month == 12 ? Month(m_year + 1, 1) : Month(m_year, m_month + 1); }
    Month previous() const { return m_month == 1 ? Month(m_year - 1, 12) : Month(m_year, m_month - 1); }
    Month addMonths(int n) const;
    QString toString() const; // "YYYY-MM"
    int index() const { return m_year * 12 + (m_month - 1); }

    friend constexpr auto operator<=>(const Month &, const Month &) = default;

private:
    int m_year = 0;
    int m_month = 0;
};

inline size_t qHash(const Month &m, size_t seed = 0) { return ::qHash(m.index(), seed); }

} // namespace sc
