// The import of one file: checks that it is text, finds the header and the
// kind, then hands each data record to the field reader and the row builder:
//   import_errors.*  the error list and how a problem is written
//   field_reader.*   which column feeds each field, and typed values
//   key_index.*      where the row of a key already is
//   batch_builder.*  one row per record, per kind, and repeated keys
#include "import/importer.h"

#include "import/batch_builder.h"
#include "import/csv_reader.h"
#include "import/field_reader.h"
#include "import/import_errors.h"
#include "import/value_parsing.h"
#include "import/xlsx_reader.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace sc {

using namespace importdetail;

namespace {

// Many NUL bytes or invalid UTF-8 sequences near the start: not a text file.
bool looksBinary(const QByteArray &data)
{
    if (looksLikeZip(data.left(4)))
        return true;
    std::string_view head(data.constData(), size_t(std::min<qsizetype>(data.size(), 4096)));
    int problems = 0;
    while (!head.empty() && problems < 8) {
        const auto p = findTextProblem(head);
        if (!p)
            break;
        ++problems;
        head.remove_prefix(p->offset + 1);
    }
    return problems >= 8;
}

class Parser {
public:
    Parser(const QByteArray &data, const QString &fileName, const ImportOptions &options,
           const std::vector<qint64> *lineRow = nullptr)
        : m_data(data),
          m_fileName(fileName),
          m_options(options),
          m_profile(options.profile ? &*options.profile : nullptr),
          m_lineRow(lineRow),
          m_reader(data.constData(), data.size(), options.profile ? options.profile->delimiter : ','),
          m_errors(fileName, options.maxErrors),
          m_fields(m_profile, m_errors)
    {
    }

    ImportResult run();

private:
    void finish(ImportResult &result) { m_errors.moveInto(result); }
    // The header, the kind, and the fields' columns; false when the file cannot be read.
    bool setUp(const CsvRecord &header);

    // The next record; for a sheet, its line is the sheet's row.
    bool nextRecord(CsvRecord &record)
    {
        if (!m_reader.next(record))
            return false;
        if (m_lineRow && record.line > 0 && size_t(record.line) < m_lineRow->size())
            record.line = (*m_lineRow)[size_t(record.line)];
        return true;
    }

    const QByteArray &m_data;
    QString m_fileName;
    const ImportOptions &m_options;
    const MappingProfile *m_profile;
    const std::vector<qint64> *m_lineRow;
    CsvReader m_reader;
    ErrorList m_errors;
    QStringList m_header;
    FieldReader m_fields;
    std::unique_ptr<BatchBuilder> m_rows; // once the kind is known
};

bool Parser::setUp(const CsvRecord &header)
{
    const MappingProfile *p = m_profile;
    for (std::string_view h : header.fields)
        m_header << toQString(trim(h));

    ImportKind kind = ImportKind::Agents;
    if (p) {
        if (m_options.kind && *m_options.kind != p->kind) {
            m_errors.add(1, {}, {},
                         u"the mapping profile '%1' is for %2 files, not %3"_s.arg(p->name, kindName(p->kind),
                                                                                   kindName(*m_options.kind)));
            return false;
        }
        kind = p->kind;
    } else if (m_options.kind) {
        kind = *m_options.kind;
    } else {
        QStringList lowered;
        for (const QString &h : m_header)
            lowered << h.toLower();
        const auto detected = detectKind(lowered);
        if (!detected) {
            m_errors.add(1, {}, {},
                         u"cannot tell the kind of file from its header (%1); give the kind (agents, time, contacts, "
                         "qa, survey, kcs, service_level) or a mapping profile"_s.arg(m_header.join(u","_s).left(200)));
            return false;
        }
        kind = *detected;
    }
    m_rows = std::make_unique<BatchBuilder>(kind, m_fields, m_errors, m_options.knownAgents);
    m_rows->batch().sourceFile = m_fileName;
    return m_fields.resolve(kind, m_header);
}

ImportResult Parser::run()
{
    ImportResult result;
    CsvRecord record;
    if (m_data.startsWith("\xFF\xFE") || m_data.startsWith("\xFE\xFF")) {
        // Excel's "Unicode text" export: every other byte is NUL, nothing would match.
        m_errors.add(1, {}, {}, u"the file is UTF-16 encoded; save it as CSV UTF-8"_s);
        finish(result);
        return result;
    }
    if (looksBinary(m_data)) {
        // One short message, not a screenful of escaped bytes.
        m_errors.add(0, {}, {},
                     looksLikeZip(m_data.left(4))
                         ? u"the file is a zip archive but not a readable .xlsx workbook"_s
                         : u"the file is not text (binary data); expected a CSV file in UTF-8 or an .xlsx workbook"_s);
        finish(result);
        return result;
    }
    const int headerRow = m_profile ? m_profile->headerRow : 1;
    bool haveHeader = false;
    // Lines above header_row (a report title, export notes) are not read.
    while ((haveHeader = nextRecord(record)) && record.line < headerRow) {
    }
    if (!haveHeader) {
        if (headerRow > 1)
            m_errors.add(headerRow, {}, {},
                         u"the file has no header on line %1 (the profile's header_row) or after it"_s.arg(headerRow));
        else
            m_errors.add(1, {}, {}, u"the file is empty (expected a header line)"_s);
        finish(result);
        return result;
    }
    if (m_reader.hasError()) {
        const CsvError &e = m_reader.error();
        m_errors.add(record.line, u"field %1"_s.arg(e.field + 1), {},
                     u"malformed quoted field in the header: %1 (line %2, column %3)"_s.arg(e.message).arg(e.line).arg(
                         e.column));
        finish(result);
        return result;
    }
    for (size_t i = 0; i < record.fields.size(); ++i) {
        if (auto problem = findTextProblem(record.fields[i]))
            m_errors.add(record.line, u"field %1"_s.arg(i + 1), shown(record.fields[i]),
                         textProblemReason(record.fields[i], *problem));
    }
    if (!m_errors.empty() || !setUp(record)) {
        finish(result);
        return result;
    }
    // skip_rows: records after the header that are not data (a second header row).
    for (int i = 0, n = m_profile ? m_profile->skipRows : 0; i < n; ++i)
        if (!nextRecord(record))
            break;

    constexpr qsizetype progressStep = 1 << 20;
    const qsizetype total = m_data.size();
    qsizetype nextProgress = progressStep;
    // Read to the end even past maxErrors: the summary gives the total.
    while (nextRecord(record)) {
        if (m_options.progress && m_reader.position() >= nextProgress) {
            nextProgress = m_reader.position() + progressStep;
            if (!m_options.progress(m_reader.position(), total)) {
                result.cancelled = true;
                finish(result);
                return result;
            }
        }
        if (!m_reader.hasError()) {
            // Spreadsheets export formatted-but-empty rows as ",,,,": not data.
            bool blank = true;
            for (std::string_view f : record.fields)
                blank &= trim(f).empty();
            if (blank)
                continue;
        }
        ++m_rows->batch().rowsRead;
        if (m_reader.hasError()) {
            const CsvError &e = m_reader.error();
            const QString column = e.field < m_header.size() ? m_header[e.field] : u"field %1"_s.arg(e.field + 1);
            const std::string_view value =
                size_t(e.field) < record.fields.size() ? record.fields[size_t(e.field)] : std::string_view();
            m_errors.add(record.line, column, shown(value),
                         u"malformed quoted field: %1 (line %2, column %3)"_s.arg(e.message).arg(e.line).arg(e.column));
            continue;
        }
        // Text must be valid UTF-8 without NUL bytes, in every column (13.9):
        // a replaced character would silently change an id or a name.
        bool textOk = true;
        for (size_t i = 0; i < record.fields.size() && textOk; ++i) {
            if (auto problem = findTextProblem(record.fields[i])) {
                const QString column =
                    qsizetype(i) < m_header.size() ? m_header[qsizetype(i)] : u"field %1"_s.arg(i + 1);
                m_errors.add(record.line, column, shown(record.fields[i]),
                             textProblemReason(record.fields[i], *problem));
                textOk = false;
            }
        }
        if (!textOk)
            continue;
        if (!m_fields.keepsRow(record)) {
            ++m_rows->batch().rowsSkipped;
            continue;
        }
        m_rows->read(record);
    }
    if (m_options.progress && !m_options.progress(total, total)) {
        result.cancelled = true;
        finish(result);
        return result;
    }
    m_rows->countUnknownAgentRows();
    ImportBatch &batch = m_rows->batch();
    if (m_fields.hasWhereFilters() && batch.rowsRead > 0 && batch.rowsSkipped == batch.rowsRead) {
        QStringList filters;
        for (auto it = m_profile->where.cbegin(); it != m_profile->where.cend(); ++it)
            filters << u"'%1' in (%2)"_s.arg(it.key(), it.value().join(u", "_s));
        filters.sort();
        m_errors.warn(0, u"warning: the 'where' filter (%1) kept none of the %2 rows; check the profile's values"_s
                             .arg(filters.join(u" and "_s))
                             .arg(batch.rowsRead));
    }
    m_fields.checkDateFormat();
    const bool ok = m_errors.empty();
    finish(result);
    if (ok)
        result.batch = std::move(batch);
    return result;
}

} // namespace

ImportResult parseImportData(const QByteArray &data, const QString &fileName, const ImportOptions &options)
{
    Parser parser(data, fileName, options);
    return parser.run();
}

namespace {

bool isWorkbook(const QString &path)
{
    if (path.endsWith(u".xlsx"_s, Qt::CaseInsensitive) || path.endsWith(u".xlsm"_s, Qt::CaseInsensitive))
        return true;
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && looksLikeZip(f.read(4));
}

// An .xlsx sheet read as CSV, through the same parser; its errors name sheet rows.
ImportResult parseWorkbook(const QString &path, const ImportOptions &options)
{
    ImportResult result;
    XlsxOptions xo;
    if (options.profile) {
        xo.sheet = options.profile->sheet;
        xo.dateFormat = options.profile->dateFormat;
        if (options.profile->durations == DurationFormat::DayFraction)
            xo.timeCells = XlsxTimeCells::DayFraction;
    }
    const XlsxSheet sheet = readXlsxSheet(path, xo);
    if (!sheet.error.isEmpty()) {
        result.errors.push_back({path, 0, {}, {}, sheet.error});
        result.errorTotal = 1;
        return result;
    }
    ImportOptions o = options;
    if (o.profile)
        o.profile->delimiter = ','; // the sheet is written out comma-separated
    Parser parser(sheet.csv, path, o, &sheet.lineRow);
    result = parser.run();
    if (sheet.cellErrors.empty())
        return result;
    // A cell error (#N/A, #DIV/0!, ...) is bad input wherever it is, at or
    // below the header, named by sheet, row and column.
    const qint64 headerRow = options.profile ? options.profile->headerRow : 1;
    QStringList header;
    {
        CsvReader reader(sheet.csv.constData(), sheet.csv.size(), ',');
        CsvRecord record;
        while (reader.next(record)) {
            const qint64 row =
                size_t(record.line) < sheet.lineRow.size() ? sheet.lineRow[size_t(record.line)] : record.line;
            if (row < headerRow)
                continue;
            for (std::string_view f : record.fields)
                header << toQString(trim(f));
            break;
        }
    }
    std::vector<ImportError> errors;
    QSet<qint64> rows;
    for (const XlsxCellError &e : sheet.cellErrors) {
        if (e.row < headerRow)
            continue;
        rows.insert(e.row);
        errors.push_back({path, e.row,
                          e.column < header.size() && e.row > headerRow ? header[e.column] : xlsxColumnName(e.column),
                          e.value,
                          u"cell error in sheet '%1', row %2, column %3 (cell %4)"_s.arg(sheet.sheetName)
                              .arg(e.row)
                              .arg(xlsxColumnName(e.column), e.reference)});
    }
    if (errors.empty())
        return result;
    for (ImportError &e : result.errors)
        if (!rows.contains(e.line))
            errors.push_back(std::move(e));
    std::stable_sort(errors.begin(), errors.end(),
                     [](const ImportError &a, const ImportError &b) { return a.line < b.line; });
    const qint64 extra = qint64(errors.size()) - qint64(result.errors.size());
    result.errorTotal += std::max<qint64>(extra, 0);
    if (options.maxErrors > 0 && qint64(errors.size()) > options.maxErrors)
        errors.resize(size_t(options.maxErrors));
    result.errors = std::move(errors);
    result.batch.reset();
    return result;
}

} // namespace

ImportResult parseImportFile(const QString &path, const ImportOptions &options)
{
    if (isWorkbook(path))
        return parseWorkbook(path, options);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportResult result;
        result.errors.push_back({path, 0, {}, {}, u"cannot read the file: %1"_s.arg(file.errorString())});
        return result;
    }
    // Map the file rather than copy it: a 40 MB export is read once, by the parser.
    const qint64 size = file.size();
    if (size > 0) {
        if (const uchar *mapped = file.map(0, size)) {
            const QByteArray view = QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), qsizetype(size));
            ImportResult result = parseImportData(view, path, options);
            file.unmap(const_cast<uchar *>(mapped));
            return result;
        }
    }
    const QByteArray data = file.readAll(); // pipes and special files cannot be mapped
    if (file.error() != QFileDevice::NoError) {
        ImportResult result;
        result.errors.push_back({path, 0, {}, {}, u"cannot read the file: %1"_s.arg(file.errorString())});
        return result;
    }
    return parseImportData(data, path, options);
}

std::optional<ImportKind> detectKind(const QStringList &header)
{
    QSet<QString> present;
    for (const QString &h : header)
        present.insert(h.trimmed().toLower());
    std::optional<ImportKind> best;
    std::pair<int, int> bestScore{-1, -1};
    bool tie = false;
    for (ImportKind kind : allKinds()) {
        const QStringList required = requiredFields(kind);
        bool all = true;
        for (const QString &r : required)
            all &= present.contains(r);
        if (!all)
            continue;
        // Most specific: the most required columns, then the most optional ones.
        int optional = 0;
        for (const QString &f : kindFields(kind))
            optional += (!required.contains(f) && present.contains(f)) ? 1 : 0;
        const std::pair<int, int> score{int(required.size()), optional};
        if (score > bestScore) {
            best = kind;
            bestScore = score;
            tie = false;
        } else if (score == bestScore) {
            tie = true;
        }
    }
    if (tie)
        return std::nullopt;
    return best;
}

CsvPreview previewCsv(const QByteArray &data, char delimiter, int maxRows)
{
    CsvPreview preview;
    const CsvTable table = readCsvTable(std::string_view(data.constData(), size_t(data.size())), delimiter,
                                        qsizetype(std::max(maxRows, 0)) + 1); // the header, then up to maxRows rows
    if (!table.errors.empty()) {
        const CsvError &e = table.errors.front();
        preview.error = u"line %1, column %2: %3"_s.arg(e.line).arg(e.column).arg(e.message);
    }
    for (size_t i = 0; i < table.rows.size(); ++i) {
        QStringList row;
        for (const std::string &f : table.rows[i])
            row << QString::fromStdString(f);
        if (i == 0)
            preview.header = row;
        else
            preview.rows.push_back(row);
    }
    if (table.rows.empty() && preview.error.isEmpty())
        preview.error = u"the file is empty"_s;
    return preview;
}

} // namespace sc
