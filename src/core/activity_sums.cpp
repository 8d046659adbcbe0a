#include "activity_sums.h"

namespace sc {

ActivitySums &ActivitySums::operator+=(const ActivitySums &o)
{
    timeRows += o.timeRows;
    workedMinutes += o.workedMinutes;
    adherenceRows += o.adherenceRows;
    adherentMinutes += o.adherentMinutes;
    adherenceScheduledMinutes += o.adherenceScheduledMinutes;
    occupancyRows += o.occupancyRows;
    occupiedMinutes += o.occupiedMinutes;
    occupancyScheduledMinutes += o.occupancyScheduledMinutes;
    contactRows += o.contactRows;
    contacts += o.contacts;
    handleRows += o.handleRows;
    handleSeconds += o.handleSeconds;
    handleContacts += o.handleContacts;
    fcrRows += o.fcrRows;
    fcrResolved += o.fcrResolved;
    fcrContacts += o.fcrContacts;
    qaEvaluations += o.qaEvaluations;
    qaScoreSum += o.qaScoreSum;
    qaScoreSquares += o.qaScoreSquares;
    csatResponses += o.csatResponses;
    csatPositive += o.csatPositive;
    npsResponses += o.npsResponses;
    npsPromoters += o.npsPromoters;
    npsDetractors += o.npsDetractors;
    kcsLinks += o.kcsLinks;
    kcsEdits += o.kcsEdits;
    kcsDrafts += o.kcsDrafts;
    agentsWithRecord += o.agentsWithRecord;
    surveyRows += o.surveyRows;
    serviceLevelRows += o.serviceLevelRows;
    offered += o.offered;
    answeredInSl += o.answeredInSl;
    answered += o.answered;
    asaRows += o.asaRows;
    answerSeconds += o.answerSeconds;
    asaAnswered += o.asaAnswered;
    return *this;
}

} // namespace sc
