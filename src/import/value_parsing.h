#pragma once
// Hand-written parsers for the hot path of an import: no QString, no locale.
#include <QtGlobal>
#include <optional>
#include <string_view>

namespace sc::importdetail {

inline bool isSpace(char c) { return c == ' ' || c == '\t'; }

inline std::string_view trim(std::string_view s)
{
    size_t b = 0, e = s.size();
    while (b < e && isSpace(s[b]))
        ++b;
    while (e > b && isSpace(s[e - 1]))
        --e;
    return s.substr(b, e - b);
}

inline char lowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; }

inline bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (lowerAscii(a[i]) != lowerAscii(b[i]))
            return false;
    return true;
}

// A decimal number with '.' as separator ("12", "-3.5", "+4", "1e3"); no
// thousands separators, no inf/nan. nullopt when it is anything else.
std::optional<double> parseNumber(std::string_view s);

// "HH:MM[:SS[.fff]]" optionally followed by "Z" or a "+HH:MM"-style offset:
// the part of a timestamp after its date.
bool isTimeOfDay(std::string_view s);

// "YYYY-MM-DD", optionally followed by 'T' or ' ' and a time of day. Returns
// the Julian day of the date.
std::optional<qint64> parseIsoDate(std::string_view s);

// "h:mm:ss", "hh:mm:ss" or "mm:ss" (fractions allowed on the last part) as seconds.
std::optional<double> parseClockDuration(std::string_view s);

// The first byte of `s` that is not valid UTF-8 text (a stray or truncated
// sequence, an overlong form, a surrogate, above U+10FFFF) or that is NUL.
struct TextProblem {
    size_t offset = 0; // byte offset in s
    unsigned char byte = 0;
    bool nul = false;
};
std::optional<TextProblem> findTextProblem(std::string_view s);

} // namespace sc::importdetail
