#pragma once
// Turns a CSV export into a validated ImportBatch (SPEC section 2), or into
// the list of everything wrong with it. Reads bytes, never touches the store.
#include "core/domain.h"
#include "import/mapping_profile.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <functional>
#include <optional>
#include <vector>

namespace sc {

// One problem, printed as "FILE:LINE: column 'x': value 'y': reason".
struct ImportError {
    QString file;
    qint64 line = 0; // 1-based physical line where the record starts; header is 1
    QString column;  // the file's header name (or the field name if the column is missing)
    QString value;
    QString reason;
    QString toString() const;
};

// Control characters (line breaks, NUL, ...) written as \n, \r, \0, \t or
// \uXXXX, so that a message stays on one line.
QString escapeControlCharacters(const QString &text);

struct ImportOptions {
    // Exactly one of: a kind (standard columns), a mapping profile, or
    // neither (the kind is recognised from the header).
    std::optional<ImportKind> kind;
    std::optional<MappingProfile> profile;
    // Agent ids that exist (in the store and in earlier files of the same import).
    QSet<QString> knownAgents;
    int maxErrors = 200;
    // Called now and then with bytes parsed and total; return false to cancel.
    std::function<bool(qint64 done, qint64 total)> progress;
};

struct ImportResult {
    std::optional<ImportBatch> batch; // set only when errors is empty and not cancelled
    std::vector<ImportError> errors;  // the first maxErrors problems
    qint64 errorTotal = 0;            // every problem found, listed or not
    // Worth reading but not stopping the import (an ambiguous date format, a
    // filter that keeps no row). Printed as "FILE:LINE: warning: ...".
    std::vector<ImportError> warnings;
    bool cancelled = false;
};

ImportResult parseImportData(const QByteArray &data, const QString &fileName, const ImportOptions &options);
// Reads the file first; a missing/unreadable file gives one error with line 0.
ImportResult parseImportFile(const QString &path, const ImportOptions &options);

// The kind whose required columns a header holds (most specific match), if any.
std::optional<ImportKind> detectKind(const QStringList &header);

// The header and first rows of a file, for the wizard's preview.
struct CsvPreview {
    QStringList header;
    std::vector<QStringList> rows;
    QString error;
};
CsvPreview previewCsv(const QByteArray &data, char delimiter, int maxRows);

} // namespace sc
