#pragma once
// Per-kind row building: turns each data record of a file into a row of the
// ImportBatch (one function per kind, fields read through FieldReader), and
// decides what a repeated key means in one place, addOrMerge(). Internal to
// src/import.
#include "core/domain.h"
#include "import/csv_reader.h"
#include "import/field_reader.h"
#include "import/import_errors.h"
#include "import/key_index.h"

#include <QSet>
#include <vector>

namespace sc::importdetail {

class BatchBuilder {
public:
    // `knownAgents`: agent ids that exist (store and earlier files of the import).
    BatchBuilder(ImportKind kind, FieldReader &fields, ErrorList &errors, const QSet<QString> &knownAgents);

    // Adds the record's row (after the `where` filters), or reports why it cannot.
    void read(const CsvRecord &r);
    // After the last record: each unknown agent's error says on how many rows it appears.
    void countUnknownAgentRows();

    ImportBatch &batch() { return m_batch; }

private:
    // The one place a row with a key joins the batch. A new key appends
    // make()'s row. A repeated key calls merge(existing row, its first line),
    // which folds the record into that row (sums, or an identical row) and
    // returns true, counted in rowsCollapsed, or reports the conflict and
    // returns false.
    template <typename T, typename Make, typename Merge>
    void addOrMerge(std::vector<T> &rows, std::pair<size_t, bool> slot, qint64 line, Make &&make, Merge &&merge)
    {
        if (slot.second) {
            rows.push_back(make());
            m_firstLine.push_back(line);
        } else if (merge(rows[slot.first], m_firstLine[slot.first])) {
            ++m_batch.rowsCollapsed;
        }
    }
    // For kinds keyed by a record id (or agent id): the same row twice is
    // stored once; a row that differs is an error naming both lines and the
    // fields that differ.
    template <typename T>
    void addOrCollapse(std::vector<T> &rows, std::pair<size_t, bool> slot, T &&row, const CsvRecord &r, int keyField,
                       const QString &keyText, QStringList (*differences)(const T &, const T &));
    // Agent index, or -1 on an error (reported once per unknown agent).
    int agent(const CsvRecord &r, int f);

    void rowAgents(const CsvRecord &r);
    void rowTime(const CsvRecord &r);
    void rowContacts(const CsvRecord &r);
    void rowQa(const CsvRecord &r);
    void rowSurvey(const CsvRecord &r);
    void rowKcs(const CsvRecord &r);
    void rowServiceLevel(const CsvRecord &r);

    ImportKind m_kind;
    FieldReader &m_fields;
    ErrorList &m_errors;
    const QSet<QString> &m_knownAgents;
    ImportBatch m_batch;
    std::vector<qint64> m_firstLine; // line of each batch row's first occurrence

    Interner m_agents;
    std::vector<char> m_agentKnown;
    std::vector<qint64> m_agentErrorIndex; // unknown agents: their error, and the rows they appear on
    std::vector<qint64> m_agentUnknownRows;
    Interner m_teams;
    Interner m_channels;
    IdIndex m_posById;    // record id -> position in the batch vector
    KeyIndex m_posByKey3; // (agent or team, day, channel) -> position in the batch vector
};

} // namespace sc::importdetail
