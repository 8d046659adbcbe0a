#pragma once
// How an import writes its problems: the list of one file's errors (the first
// maxErrors kept, every one counted) and its warnings, and the helpers that
// quote a cell's bytes in a message. Internal to src/import.
#include "import/importer.h"
#include "import/value_parsing.h"

#include <string_view>
#include <vector>

namespace sc::importdetail {

inline QString toQString(std::string_view v) { return QString::fromUtf8(v.data(), qsizetype(v.size())); }

// Values quoted in messages stay readable even when a cell holds a novel.
QString shown(std::string_view v);

// "contains a NUL byte (character 3 of the value)", "not valid UTF-8 (...)".
QString textProblemReason(std::string_view v, const TextProblem &p);

// The errors and warnings of one file.
class ErrorList {
public:
    ErrorList(const QString &fileName, int maxErrors) : m_fileName(fileName), m_maxErrors(maxErrors) {}

    // True once maxErrors errors are listed; later ones are only counted.
    bool full() const { return m_maxErrors > 0 && qint64(m_errors.size()) >= m_maxErrors; }
    void add(qint64 line, const QString &column, const QString &value, const QString &reason)
    {
        ++m_total;
        if (!full())
            m_errors.push_back({m_fileName, line, column, value, reason});
    }
    void warn(qint64 line, const QString &reason) { m_warnings.push_back({m_fileName, line, {}, {}, reason}); }

    bool empty() const { return m_errors.empty(); }
    // The listed errors, in order; an entry may still be amended (a count appended).
    std::vector<ImportError> &listed() { return m_errors; }
    // Moves errors, total and warnings into `result`.
    void moveInto(ImportResult &result);

private:
    QString m_fileName;
    int m_maxErrors;
    std::vector<ImportError> m_errors;
    qint64 m_total = 0;
    std::vector<ImportError> m_warnings;
};

} // namespace sc::importdetail
