#include "month.h"

namespace sc {

std::optional<Month> Month::parse(QStringView text)
{
    text = text.trimmed();
    if (text.size() != 7 || text[4] != u'-')
        return std::nullopt;
    bool okYear = false, okMonth = false;
    const int y = text.left(4).toInt(&okYear);
    const int m = text.mid(5, 2).toInt(&okMonth);
    for (int i : {0, 1, 2, 3, 5, 6})
        if (!text[i].isDigit())
            return std::nullopt;
    const Month result(y, m);
    if (!okYear || !okMonth || !result.isValid())
        return std::nullopt;
    return result;
}

Month Month::addMonths(int n) const
{
    const int idx = index() + n;
    return Month(idx / 12, idx % 12 + 1);
}

QString Month::toString() const
{
    return QStringLiteral("%1-%2").arg(m_year, 4, 10, QLatin1Char('0')).arg(m_month, 2, 10, QLatin1Char('0'));
}

} // namespace sc
