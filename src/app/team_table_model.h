#pragma once
// The team overview: one row per agent of the month with overall, rating,
// each weighted metric's score and the change since the previous month.
#include "core/scoring.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QSortFilterProxyModel>

namespace sc {

// Cell backgrounds in the report's rating colours (report_style.h), a
// darker shade on a dark palette so light text stays readable.
QColor ratingBackground(Rating r, bool dark);
QColor scoreBackground(std::optional<double> score, const RatingThresholds &t, bool dark);

class TeamTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { SortRole = Qt::UserRole + 1, AgentIdRole, TeamRole, NameRole };
    // RankColumn: the ranks within the agent's team that the overall's 90%
    // range allows (core's rankRanges, SPEC section 6).
    enum FixedColumn { NameColumn, IdColumn, TeamColumn, OverallColumn, RatingColumn, RankColumn, FirstMetricColumn };

    explicit TeamTableModel(QObject *parent = nullptr);

    // `previous` may be null (no data the month before).
    void setReports(const MonthReport &current, const MonthReport *previous);
    // Drops the rows (they point into MonthReports the caller owns).
    void clear();
    void setDarkPalette(bool dark) { m_dark = dark; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

    int changeColumn() const { return FirstMetricColumn + int(m_metricKeys.size()); }
    const QStringList &metricKeys() const { return m_metricKeys; }
    int rowOf(const QString &agentId) const;
    QString agentIdAt(int row) const;

private:
    struct Row {
        const AgentScorecard *card = nullptr;
        std::optional<double> change;
        std::optional<RankRange> rank; // within the agent's team
        int teamScored = 0;            // agents of the team with an overall
    };
    std::vector<Row> m_rows;
    QStringList m_metricKeys; // weighted metrics, SPEC order
    bool m_dark = false;
};

// Team filter and free-text search (name or id) over TeamTableModel.
class TeamFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit TeamFilterProxy(QObject *parent = nullptr);
    void setTeam(const QString &team); // empty: all teams
    void setSearch(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_team;
    QString m_search;
};

} // namespace sc
