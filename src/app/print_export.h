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

void exportCardPdf(QWidget *parent, const Store &store, const QString &agentId, const QString &agentName, Month month);
void exportTeamPdf(QWidget *parent, const Store &store, const QString &team, Month month);
void exportAllCardsPdf(QWidget *parent, const Store &store, Month month);
void exportTeamCsv(QWidget *parent, const MonthReport &report, const QString &team, const MonthReport *previous);
void printCard(QWidget *parent, const CardData &card);
void printTeam(QWidget *parent, const Store &store, const QString &team, Month month,
               const std::function<const MonthReport &(Month)> &monthReport);

} // namespace sc
