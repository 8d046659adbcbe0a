#pragma once
// Print and Export PDF from the app, on the report layer's painters so the
// paper shows what the screen shows. Batch exports show a progress dialog
// with cancel.
#include "core/month.h"
#include "report/card_data.h"

#include <functional>

class QWidget;

namespace sc {

class Store;

// Each export asks for the file when `path` is empty and returns the file
// written (empty when cancelled or failed; a failure is shown in a dialog).
QString exportCardPdf(QWidget *parent, const Store &store, const QString &agentId, const QString &agentName,
                      Month month, const QString &path = {});
// `teams`: one team, or every team (one file, one report after the other).
QString exportTeamPdf(QWidget *parent, const Store &store, const QStringList &teams, Month month,
                      const QString &path = {});
// The cards of one team's agents; every agent when `team` is empty.
QString exportAllCardsPdf(QWidget *parent, const Store &store, Month month, const QString &team,
                          const QString &path = {});
QString exportTeamCsv(QWidget *parent, const MonthReport &report, const QString &team, const MonthReport *previous,
                      const QString &path = {});
void printCard(QWidget *parent, const CardData &card);
// One team's report, or every team's one after the other.
void printTeam(QWidget *parent, const Store &store, const QStringList &teams, Month month,
               const std::function<const MonthReport &(Month)> &monthReport);

} // namespace sc
