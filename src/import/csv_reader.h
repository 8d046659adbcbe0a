#pragma once
// A byte-level RFC 4180 reader. Fields are views into the caller's buffer
// (or into a per-record scratch buffer when a quoted field holds doubled
// quotes), so reading a large export costs no allocation per field.
#include <QString>
#include <QtGlobal>
#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace sc {

struct CsvRecord {
    std::vector<std::string_view> fields;
    qint64 line = 0; // 1-based physical line where the record starts
};

// Malformed quoting. The reader still returns the record (leniently read)
// so the caller can report and go on; after an unterminated quote there is
// nothing left to read.
struct CsvError {
    qint64 line = 0;   // physical line of the offending byte
    qint64 column = 0; // 1-based byte column in that line
    int field = 0;     // 0-based field index in the record
    QString message;
};

class CsvReader {
public:
    // `data` must outlive the reader and the records it returns. A leading
    // UTF-8 BOM is skipped.
    CsvReader(const char *data, qsizetype size, char delimiter = ',');

    // Reads the next record into `record`; false at the end of the data.
    // Lines that are completely empty are skipped (they are not records).
    // Views in `record` stay valid until the next call.
    bool next(CsvRecord &record);

    // The quoting problem of the record last returned, if any.
    bool hasError() const { return m_hasError; }
    const CsvError &error() const { return m_error; }

    qsizetype position() const { return m_pos; }
    qsizetype size() const { return m_size; }

private:
    void consumeNewline();
    void setError(qsizetype at, int field, QString message);

    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    char m_delim;
    std::array<bool, 256> m_stops; // bytes that end an unquoted field
    qint64 m_line = 1;
    qsizetype m_lineStart = 0; // offset of the first byte of the current physical line
    bool m_hasError = false;
    CsvError m_error;
    std::string m_scratch;
    // Fields living in m_scratch, fixed up once the
    // record is complete because m_scratch may reallocate while it grows.
    struct ScratchField {
        size_t index, offset, length;
    };
    std::vector<ScratchField> m_scratchFields;
};

// Whole-buffer convenience for small inputs (previews, tests).
struct CsvTable {
    std::vector<std::vector<std::string>> rows;
    std::vector<qint64> lines;
    std::vector<CsvError> errors;
};
CsvTable readCsvTable(std::string_view data, char delimiter = ',', qsizetype maxRecords = -1);

} // namespace sc
