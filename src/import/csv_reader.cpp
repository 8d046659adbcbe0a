#include "import/csv_reader.h"

#include <cstring>

namespace sc {

CsvReader::CsvReader(const char *data, qsizetype size, char delimiter)
    : m_data(data), m_size(data ? size : 0), m_delim(delimiter)
{
    m_stops.fill(false);
    m_stops[static_cast<unsigned char>(delimiter)] = true;
    m_stops['\n'] = true;
    m_stops['\r'] = true;
    if (m_size >= 3 && static_cast<unsigned char>(m_data[0]) == 0xEF && static_cast<unsigned char>(m_data[1]) == 0xBB
        && static_cast<unsigned char>(m_data[2]) == 0xBF) {
        m_pos = 3;
        m_lineStart = 3; // columns count from after the BOM
    }
}

// At a '\r' or '\n': consumes one line break (CRLF, LF or lone CR).
void CsvReader::consumeNewline()
{
    if (m_data[m_pos] == '\r' && m_pos + 1 < m_size && m_data[m_pos + 1] == '\n')
        ++m_pos;
    ++m_pos;
    ++m_line;
    m_lineStart = m_pos;
}

void CsvReader::setError(qsizetype at, int field, QString message)
{
    if (m_hasError)
        return; // the first problem of a record is the one worth reading
    m_hasError = true;
    m_error.line = m_line;
    m_error.column = qint64(at - m_lineStart) + 1;
    m_error.field = field;
    m_error.message = std::move(message);
}

bool CsvReader::next(CsvRecord &record)
{
    m_hasError = false;
    // Blank lines are not records.
    while (m_pos < m_size && (m_data[m_pos] == '\n' || m_data[m_pos] == '\r'))
        consumeNewline();
    if (m_pos >= m_size)
        return false;

    record.fields.clear();
    record.line = m_line;
    m_scratch.clear();
    m_scratchFields.clear();

    const char *const d = m_data;
    const char delim = m_delim;
    for (;;) {
        const int fieldIndex = int(record.fields.size());
        if (m_pos < m_size && d[m_pos] == '"') {
            const qsizetype openAt = m_pos;
            const qint64 openLine = m_line;
            const qsizetype openLineStart = m_lineStart;
            ++m_pos;
            const qsizetype start = m_pos;
            bool escaped = false; // saw a doubled quote: the field needs unescaping
            size_t scratchOffset = 0;
            bool closed = false;
            while (m_pos < m_size) {
                const char c = d[m_pos];
                if (c == '"') {
                    if (m_pos + 1 < m_size && d[m_pos + 1] == '"') {
                        if (!escaped) {
                            escaped = true;
                            scratchOffset = m_scratch.size();
                            m_scratch.append(d + start, size_t(m_pos - start));
                        }
                        m_scratch.push_back('"');
                        m_pos += 2;
                        continue;
                    }
                    closed = true;
                    break;
                }
                if (c == '\n' || c == '\r') {
                    // Line breaks inside quotes are data; only the line count moves.
                    const qsizetype before = m_pos;
                    consumeNewline();
                    if (escaped)
                        m_scratch.append(d + before, size_t(m_pos - before));
                    continue;
                }
                if (escaped)
                    m_scratch.push_back(c);
                ++m_pos;
            }
            if (!closed) {
                // Report where the quote was opened: that is what the user must fix.
                // (The scan above already counted the swallowed lines.)
                if (!m_hasError) {
                    m_hasError = true;
                    m_error.line = openLine;
                    m_error.column = qint64(openAt - openLineStart) + 1;
                    m_error.field = fieldIndex;
                    m_error.message = QStringLiteral("unterminated quoted field");
                }
                m_pos = m_size;
                if (escaped) {
                    m_scratchFields.push_back({record.fields.size(), scratchOffset, m_scratch.size() - scratchOffset});
                    record.fields.emplace_back();
                } else {
                    record.fields.emplace_back(d + start, size_t(m_size - start));
                }
                break;
            }
            // m_pos is at the closing quote.
            const qsizetype end = m_pos;
            ++m_pos;
            if (m_pos < m_size && d[m_pos] != delim && d[m_pos] != '\n' && d[m_pos] != '\r') {
                const unsigned char junk = static_cast<unsigned char>(d[m_pos]);
                setError(m_pos, fieldIndex,
                         junk >= 0x20 && junk < 0x7f
                             ? QStringLiteral("unexpected '%1' after the closing quote of a quoted field")
                                   .arg(QLatin1Char(char(junk)))
                             : QStringLiteral("unexpected byte 0x%1 after the closing quote of a quoted field")
                                   .arg(junk, 2, 16, QChar(u'0')));
                // Lenient: keep the junk as part of the field up to the next delimiter.
                if (!escaped) {
                    escaped = true;
                    scratchOffset = m_scratch.size();
                    m_scratch.append(d + start, size_t(end - start));
                }
                while (m_pos < m_size && d[m_pos] != delim && d[m_pos] != '\n' && d[m_pos] != '\r')
                    m_scratch.push_back(d[m_pos++]);
            }
            if (escaped) {
                m_scratchFields.push_back({record.fields.size(), scratchOffset, m_scratch.size() - scratchOffset});
                record.fields.emplace_back();
            } else {
                record.fields.emplace_back(d + start, size_t(end - start));
            }
        } else {
            // Unquoted: a stray quote in the middle is kept as data (lenient,
            // as many exports write 5" screens unquoted).
            const qsizetype start = m_pos;
            qsizetype p = m_pos;
            while (p < m_size && !m_stops[static_cast<unsigned char>(d[p])])
                ++p;
            record.fields.emplace_back(d + start, size_t(p - start));
            m_pos = p;
        }
        if (m_pos >= m_size)
            break;
        if (d[m_pos] == delim) {
            ++m_pos;
            if (m_pos >= m_size) { // trailing delimiter at end of data: one more empty field
                record.fields.emplace_back();
                break;
            }
            continue;
        }
        // Line break ends the record.
        consumeNewline();
        break;
    }
    for (const ScratchField &f : m_scratchFields)
        record.fields[f.index] = std::string_view(m_scratch.data() + f.offset, f.length);
    return true;
}

CsvTable readCsvTable(std::string_view data, char delimiter, qsizetype maxRecords)
{
    CsvTable table;
    CsvReader reader(data.data(), qsizetype(data.size()), delimiter);
    CsvRecord record;
    while ((maxRecords < 0 || qsizetype(table.rows.size()) < maxRecords) && reader.next(record)) {
        if (reader.hasError())
            table.errors.push_back(reader.error());
        std::vector<std::string> row;
        row.reserve(record.fields.size());
        for (std::string_view f : record.fields)
            row.emplace_back(f);
        table.rows.push_back(std::move(row));
        table.lines.push_back(record.line);
    }
    return table;
}

} // namespace sc
