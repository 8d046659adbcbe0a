#pragma once
// The files and databases the stress tests share, generated once per run
// (deterministically: the same bytes every run) in one temporary folder.
//
//   agents.csv          1,000 agents in 10 teams ("Team 0" .. "Team 9")
//   time.csv            30,000 rows: each agent, 10 days of March, April and May 2026
//   contacts_big.csv    500,000 rows: each agent, 25 days of March, 20 channels
//   contacts_april.csv  30,000 rows: each agent, 10 days of April, 3 channels
//   survey_april.csv    20,000 rows: 20 responses per agent in April
//   survey_tiny.csv     2 rows of April
//   templates.json      60 templates: 10 teams x 6 months of 2025
//
//   base.sqlite         agents.csv + time.csv + one template (the state
//                       "before" of most tests)
//   april.sqlite        base + contacts_april.csv + survey_april.csv (finalize's)
#include "stress_support.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace sc::stress {

struct Workspace {
    QTemporaryDir dir;
    QString path(const QString &name) const { return dir.filePath(name); }
    QString agentsCsv, timeCsv, bigContactsCsv, aprilContactsCsv, aprilSurveyCsv, tinySurveyCsv, templatesJson;
    QString baseDb, aprilDb;
};

// Generated on first use.
const Workspace &workspace();

// The state of base.sqlite after importing `files` one after the other,
// worked out once per list (by running the imports) unless a test that ran
// them already gave it with rememberState().
const DbState &stateAfterImports(const QStringList &files);
void rememberState(const QStringList &files, const DbState &state);

} // namespace sc::stress
