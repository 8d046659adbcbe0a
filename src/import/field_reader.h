#pragma once
// Field reading: which column, constant or threshold feeds each field of a
// kind (the header and the mapping profile, resolved once per file), and the
// typed value of a field in one record, with an error naming the file's
// column when the value is wrong. Internal to src/import.
#include "core/domain.h"
#include "import/csv_reader.h"
#include "import/import_errors.h"
#include "import/key_index.h"
#include "import/mapping_profile.h"
#include "import/value_parsing.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sc::importdetail {

// What reading one field of a record gave: no value, a value, or an error
// (already reported).
enum class Read { Absent, Ok, Bad };

class FieldReader {
public:
    // `profile` may be null (the kind's standard columns); both must outlive the reader.
    FieldReader(const MappingProfile *profile, ErrorList &errors);

    // Finds each of the kind's fields (kindFields() order, so a field is
    // named by its position there) in the header, and the columns of the
    // profile's `values` maps and `where` filters. Reports what is missing or
    // ambiguous on line 1; false when the file cannot be read.
    bool resolve(ImportKind kind, const QStringList &header);

    // Whether the record passes the profile's `where` filters (all of them).
    bool keepsRow(const CsvRecord &r) const;
    bool hasWhereFilters() const { return !m_where.empty(); }
    // After the last record: warns when every date of the file also reads
    // with day and month swapped.
    void checkDateFormat();

    // How errors name the field: the file's header, or "name (constant)".
    const QString &label(int f) const { return m_fields[size_t(f)].label; }
    // Whether the field is a 0/1 derived from another column's threshold.
    bool isThreshold(int f) const { return m_fields[size_t(f)].threshold >= 0; }

    // The field's text: a constant, the mapped number of a `values` entry,
    // "1"/"0" from a threshold, or the cell as written (trimmed).
    std::string_view raw(const CsvRecord &r, int f) const
    {
        const Field &field = m_fields[size_t(f)];
        if (field.isConstant)
            return field.constant;
        if (field.threshold >= 0)
            return thresholdValue(r, m_thresholds[size_t(field.threshold)]);
        const std::string_view v = cell(r, field.column);
        if (field.valueMap >= 0) {
            for (const auto &e : m_valueMaps[size_t(field.valueMap)].entries)
                if (equalsIgnoreCase(v, e.text))
                    return e.replacement;
        }
        return v;
    }
    // Reports `reason` for the field's value in this record; returns Read::Bad.
    Read fail(const CsvRecord &r, int f, QString reason);
    // Empty value: absent, or an error when the field is required.
    Read presence(const CsvRecord &r, int f, std::string_view v)
    {
        if (!v.empty())
            return Read::Ok;
        if (m_fields[size_t(f)].required)
            return fail(r, f, QStringLiteral("required value is empty"));
        return Read::Absent;
    }

    // Typed values. Each returns Absent (empty, not required), Ok (out is
    // set) or Bad (reported).
    Read text(const CsvRecord &r, int f, QString &out);
    Read date(const CsvRecord &r, int f, qint64 &julianDay);
    Read number(const CsvRecord &r, int f, double &out);
    Read count(const CsvRecord &r, int f, qint64 &out); // a whole number >= 0, or true/false as 1/0
    Read boolean(const CsvRecord &r, int f, bool &out);
    // In the profile's duration format; `minutes` chooses the unit of out.
    Read duration(const CsvRecord &r, int f, bool minutes, double &out);
    Read wholeInRange(const CsvRecord &r, int f, int lo, int hi, int &out);

private:
    struct Field {
        QString name;    // the kind's field name
        QString label;   // how errors name it: the file's header, or "name (constant)"
        int column = -1; // index in the record, -1 when absent
        bool isConstant = false;
        std::string constant;
        bool required = false;
        int valueMap = -1;  // index in m_valueMaps for the column's `values`
        int threshold = -1; // index in m_thresholds: a 0/1 from another column
    };
    // A column's `values` map, resolved to the bytes we compare and substitute.
    struct ResolvedValueMap {
        int column = -1;
        struct Entry {
            std::string text;        // as written, trimmed
            std::string replacement; // the number as text; empty for null
        };
        std::vector<Entry> entries;
        QString known; // the texts, for error messages
    };
    struct ResolvedThreshold {
        int column = -1;
        std::optional<double> atMost, atLeast;
    };
    struct WhereFilter {
        int column = -1;
        std::vector<std::string> values;
    };

    std::string_view cell(const CsvRecord &r, int column) const
    {
        if (column < 0 || size_t(column) >= r.fields.size())
            return {};
        return trim(r.fields[size_t(column)]);
    }
    std::string_view thresholdValue(const CsvRecord &r, const ResolvedThreshold &t) const;
    std::optional<bool> matchBoolean(std::string_view v) const;
    // Index of a header, matched trimmed and case-insensitively; -1 when
    // absent, -2 (reported) when it appears twice.
    int findColumn(const QString &name, const QString &field);

    const MappingProfile *m_profile;
    ErrorList &m_errors;
    QStringList m_header;
    std::vector<Field> m_fields;
    std::vector<ResolvedValueMap> m_valueMaps;
    std::vector<ResolvedThreshold> m_thresholds;
    std::vector<WhereFilter> m_where;
    std::vector<std::string> m_trueValues, m_falseValues;
    StringMap<qint64> m_dateCache; // for profiles with a Qt date format
    char m_lastIsoDate[10] = {};
    std::optional<qint64> m_lastIsoJulianDay;
};

} // namespace sc::importdetail
