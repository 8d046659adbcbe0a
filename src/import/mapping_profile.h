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
