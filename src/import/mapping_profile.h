#pragma once
// A saved column mapping that adapts another export to an import kind
// (SPEC section 2, "Mapping profiles").
#include "core/domain.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace sc {

enum class DurationFormat { Native, Seconds, HhMmSs, DayFraction };

// A 0/1 field computed from a number in another column (SPEC section 2,
// `thresholds`): 1 when the number is within the bounds, 0 otherwise.
struct Threshold {
    QString column;
    std::optional<double> atMost;
    std::optional<double> atLeast;
    bool operator==(const Threshold &) const = default;
};

// One column's `values` map: the text as written -> a number, or no value.
using ValueMap = QHash<QString, std::optional<double>>;

struct MappingProfile {
    QString name;
    ImportKind kind = ImportKind::Contacts;
    char delimiter = ',';
    QHash<QString, QString> columns;   // field -> file header
    QHash<QString, QString> constants; // field -> value for every row
    QHash<QString, QStringList> where; // file header -> accepted values
    QString dateFormat;                // Qt date format; empty: SPEC's YYYY-MM-DD
    DurationFormat durations = DurationFormat::Native;
    QStringList trueValues; // empty: SPEC defaults
    QStringList falseValues;
    QHash<QString, ValueMap> values;      // file header -> text -> number (nullopt: no value)
    int headerRow = 1;                    // 1-based line of the header
    int skipRows = 0;                     // records dropped after the header
    QHash<QString, Threshold> thresholds; // field -> threshold on another column
    QString sheet;                        // .xlsx: the sheet to read; empty: the first

    QJsonObject toJson() const;
    // Fills *error (naming the field) and returns nullopt when invalid,
    // including an unknown kind.
    static std::optional<MappingProfile> fromJson(const QJsonObject &o, QString *error);
    static std::optional<MappingProfile> load(const QString &path, QString *error);
    bool save(const QString &path, QString *error) const;
};

// The fields of a kind in SPEC order, and which are required.
QStringList kindFields(ImportKind kind);
QStringList requiredFields(ImportKind kind);

} // namespace sc
