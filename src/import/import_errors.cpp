#include "import/import_errors.h"

using namespace Qt::StringLiterals;

namespace sc {

QString escapeControlCharacters(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c >= 0x20 && c != 0x7f && c != 0x85 && c != 0x2028 && c != 0x2029) {
            out += ch;
            continue;
        }
        switch (c) {
        case u'\n': out += u"\\n"_s; break;
        case u'\r': out += u"\\r"_s; break;
        case u'\t': out += u"\\t"_s; break;
        case 0: out += u"\\0"_s; break;
        default: out += u"\\u%1"_s.arg(int(c), 4, 16, QChar(u'0')); break;
        }
    }
    return out;
}

QString ImportError::toString() const
{
    QString out = file;
    if (line > 0)
        out += u':' + QString::number(line);
    out += u": "_s;
    if (!column.isEmpty())
        out += u"column '%1': value '%2': "_s.arg(column, value);
    out += reason;
    // One line per problem, whatever the file held (SPEC section 5).
    return escapeControlCharacters(out);
}

namespace importdetail {

QString shown(std::string_view v)
{
    constexpr size_t limit = 120;
    if (v.size() <= limit)
        return toQString(v);
    return toQString(v.substr(0, limit)) + u"…"_s;
}

QString textProblemReason(std::string_view v, const TextProblem &p)
{
    qint64 character = 1; // 1-based character position in the value
    for (size_t i = 0; i < p.offset; ++i)
        character += (static_cast<unsigned char>(v[i]) & 0xC0) != 0x80 ? 1 : 0;
    if (p.nul)
        return u"contains a NUL byte (character %1 of the value)"_s.arg(character);
    return u"not valid UTF-8 (byte 0x%1 at character %2 of the value); save the file as CSV UTF-8"_s
        .arg(int(p.byte), 2, 16, QChar(u'0'))
        .arg(character);
}

void ErrorList::moveInto(ImportResult &result)
{
    result.errors = std::move(m_errors);
    result.errorTotal = std::max<qint64>(m_total, qint64(result.errors.size()));
    result.warnings = std::move(m_warnings);
}

} // namespace importdetail
} // namespace sc
