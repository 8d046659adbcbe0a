#pragma once
// Built-in mapping profiles for the exports supervisors really have (issue 12):
// `scorecard import --list-presets`, `--preset ID`, and the import wizard's
// preset list. One preset may hold several profiles (one export feeding
// several kinds); docs/import-formats.md has a section per preset.
#include "import/mapping_profile.h"

#include <QString>
#include <vector>

namespace sc {

struct ImportPreset {
    QString id;          // "zendesk-tickets": what --preset takes
    QString name;        // "Zendesk: ticket CSV export"
    QString whereToFind; // where the user finds the export in the product
    QString helpUrl;     // the product's help page for that export
    std::vector<MappingProfile> profiles;
};

const std::vector<ImportPreset> &importPresets();
const ImportPreset *findImportPreset(const QString &id);

} // namespace sc
