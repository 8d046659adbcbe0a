#include "import/value_parsing.h"

#include <QDate>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace sc::importdetail {

namespace {

inline bool isDigit(char c) { return c >= '0' && c <= '9'; }

// Reads exactly `n` digits at s[pos].
inline bool digits(std::string_view s, size_t pos, size_t n, int &out)
{
    if (pos + n > s.size())
        return false;
    int v = 0;
    for (size_t i = 0; i < n; ++i) {
        const char c = s[pos + i];
        if (!isDigit(c))
            return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    return true;
}

} // namespace

std::optional<double> parseNumber(std::string_view s)
{
    if (!s.empty() && s.front() == '+')
        s.remove_prefix(1);
    if (s.empty() || s.front() == '+' || s.front() == ' ')
        return std::nullopt;
    // from_chars also reads "inf" and "nan"; an export never means those.
    const char first = s.front() == '-' && s.size() > 1 ? s[1] : s.front();
    if (!isDigit(first) && first != '.')
        return std::nullopt;
    // Fast path for what exports mostly hold, plain decimals of up to 15
    // digits: both the digits and the power of ten are exact doubles, so one
    // division is correctly rounded, the same result from_chars gives.
    {
        const bool negative = s.front() == '-';
        size_t i = negative ? 1 : 0;
        uint64_t mantissa = 0;
        int digitCount = 0, fractionDigits = 0;
        bool dot = false, plain = i < s.size();
        for (; i < s.size(); ++i) {
            const char c = s[i];
            if (isDigit(c)) {
                mantissa = mantissa * 10 + uint64_t(c - '0');
                ++digitCount;
                fractionDigits += dot ? 1 : 0;
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                plain = false;
                break;
            }
        }
        if (plain && digitCount > 0 && digitCount <= 15) {
            static constexpr double powers[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                                1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
            double v = double(mantissa);
            if (fractionDigits)
                v /= powers[fractionDigits];
            return negative ? -v : v;
        }
    }
    double v = 0;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v, std::chars_format::general);
    if (ec != std::errc() || ptr != s.data() + s.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

bool isTimeOfDay(std::string_view s)
{
    int h = 0, m = 0, sec = 0;
    size_t pos = 0;
    // Hours may be written with one digit ("9:05").
    if (s.size() >= 2 && isDigit(s[0]) && isDigit(s[1])) {
        digits(s, 0, 2, h);
        pos = 2;
    } else if (!s.empty() && isDigit(s[0])) {
        h = s[0] - '0';
        pos = 1;
    } else {
        return false;
    }
    if (pos >= s.size() || s[pos] != ':' || !digits(s, pos + 1, 2, m))
        return false;
    pos += 3;
    if (pos < s.size() && s[pos] == ':') {
        if (!digits(s, pos + 1, 2, sec))
            return false;
        pos += 3;
        if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
            ++pos;
            const size_t start = pos;
            while (pos < s.size() && isDigit(s[pos]))
                ++pos;
            if (pos == start)
                return false;
        }
    }
    // Spreadsheet and US exports write "2:30:00 PM".
    if (pos + 2 <= s.size()) {
        size_t p = pos;
        if (p < s.size() && s[p] == ' ')
            ++p;
        if (p + 2 <= s.size() && (s[p] == 'A' || s[p] == 'a' || s[p] == 'P' || s[p] == 'p')
            && (s[p + 1] == 'M' || s[p + 1] == 'm')) {
            if (h < 1 || h > 12)
                return false;
            pos = p + 2;
        }
    }
    if (h > 23 || m > 59 || sec > 60)
        return false;
    if (pos == s.size())
        return true;
    // A zone suffix does not move the date we count the record for.
    std::string_view zone = s.substr(pos);
    if (zone == "Z" || zone == "z")
        return true;
    if (zone.front() == '+' || zone.front() == '-') {
        int zh = 0, zm = 0;
        if (zone.size() == 3 && digits(zone, 1, 2, zh))
            return zh <= 14;
        if (zone.size() == 5 && digits(zone, 1, 2, zh) && digits(zone, 3, 2, zm))
            return zh <= 14 && zm <= 59;
        if (zone.size() == 6 && digits(zone, 1, 2, zh) && zone[3] == ':' && digits(zone, 4, 2, zm))
            return zh <= 14 && zm <= 59;
    }
    return false;
}

std::optional<qint64> parseIsoDate(std::string_view s)
{
    int y = 0, m = 0, d = 0;
    if (s.size() < 10 || !digits(s, 0, 4, y) || s[4] != '-' || !digits(s, 5, 2, m) || s[7] != '-'
        || !digits(s, 8, 2, d))
        return std::nullopt;
    if (s.size() > 10) {
        if (s[10] != 'T' && s[10] != ' ' && s[10] != 't')
            return std::nullopt;
        if (!isTimeOfDay(s.substr(11)))
            return std::nullopt;
    }
    if (y < 1 || !QDate::isValid(y, m, d))
        return std::nullopt;
    return QDate(y, m, d).toJulianDay();
}

std::optional<double> parseClockDuration(std::string_view s)
{
    // Split into 2 or 3 parts on ':'.
    std::string_view parts[3];
    int n = 0;
    size_t start = 0;
    for (size_t i = 0; i <= s.size(); ++i) {
        if (i == s.size() || s[i] == ':') {
            if (n == 3)
                return std::nullopt;
            parts[n++] = s.substr(start, i - start);
            start = i + 1;
        }
    }
    if (n < 2)
        return std::nullopt;
    double total = 0;
    for (int i = 0; i < n; ++i) {
        const std::string_view p = parts[i];
        if (p.empty())
            return std::nullopt;
        const bool last = i == n - 1;
        // Only the last part may carry a fraction; all parts are plain digits otherwise.
        for (char c : p)
            if (!isDigit(c) && !(last && c == '.'))
                return std::nullopt;
        const auto v = parseNumber(p);
        if (!v)
            return std::nullopt;
        if (i > 0 && *v >= 60) // minutes and seconds after the first part stay below 60
            return std::nullopt;
        total = total * 60 + *v;
    }
    return total;
}

std::optional<TextProblem> findTextProblem(std::string_view s)
{
    const auto *p = reinterpret_cast<const unsigned char *>(s.data());
    const size_t n = s.size();
    size_t i = 0;
    while (i < n) {
        // Eight ASCII bytes at a time, none of them NUL.
        if (i + 8 <= n) {
            uint64_t w;
            std::memcpy(&w, p + i, 8);
            const bool ascii = (w & 0x8080808080808080ULL) == 0;
            const bool hasZero = ((w - 0x0101010101010101ULL) & ~w & 0x8080808080808080ULL) != 0;
            if (ascii && !hasZero) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = p[i];
        if (c == 0)
            return TextProblem{i, c, true};
        if (c < 0x80) {
            ++i;
            continue;
        }
        size_t len = 0;
        uint32_t cp = 0, min = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2, cp = c & 0x1F, min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3, cp = c & 0x0F, min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4, cp = c & 0x07, min = 0x10000;
        } else {
            return TextProblem{i, c, false};
        }
        if (i + len > n)
            return TextProblem{i, c, false};
        for (size_t k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return TextProblem{i, c, false};
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return TextProblem{i, c, false};
        i += len;
    }
    return std::nullopt;
}

} // namespace sc::importdetail
