#pragma once
// The strip above the team table: team CSAT and service level (marked as
// the team's score, outside any agent's control), the team's average
// overall and the distribution of ratings.
#include "core/scoring.h"

#include <QWidget>

class QLabel;

namespace sc {

class RatingDistributionBar;

class TeamStrip : public QWidget {
    Q_OBJECT
public:
    explicit TeamStrip(QWidget *parent = nullptr);
    // team empty: every team of the month, pooled.
    void setReport(const MonthReport &report, const QString &team);

    // For tests: the texts shown.
    QString csatText() const;
    QString serviceLevelText() const;
    QString averageText() const;
    QList<int> distribution() const; // at goal, approaching, below, insufficient

private:
    QLabel *m_title;
    QLabel *m_csat;
    QLabel *m_sl;
    QLabel *m_avg;
    RatingDistributionBar *m_dist;
};

} // namespace sc
