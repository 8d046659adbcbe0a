// libFuzzer target: the CSV reader on arbitrary bytes, with each delimiter.
// Checks invariants the importer relies on, not just "does not crash".
#include "import/csv_reader.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char delimiters[] = {',', ';', '\t'};
    const char delim = size ? delimiters[data[0] % 3] : ',';
    const char *bytes = reinterpret_cast<const char *>(data);
    sc::CsvReader reader(bytes, qsizetype(size), delim);
    sc::CsvRecord record;
    qint64 lastLine = 0;
    qsizetype lastPos = -1;
    while (reader.next(record)) {
        // Records move forward and start on increasing lines.
        if (record.line <= lastLine || reader.position() <= lastPos || reader.position() > qsizetype(size))
            std::abort();
        lastLine = record.line;
        lastPos = reader.position();
        if (record.fields.empty())
            std::abort();
        size_t total = 0;
        for (std::string_view f : record.fields)
            total += f.size();
        // A field never holds more bytes than the input (views stay in bounds).
        if (total > size)
            std::abort();
        if (reader.hasError() && (reader.error().line < record.line || reader.error().column < 1))
            std::abort();
    }
    return 0;
}
