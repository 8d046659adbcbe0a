#include "app/team_table_model.h"

#include "core/metrics.h"
#include "report/report_style.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace sc {

QColor ratingBackground(Rating r, bool dark)
{
    if (!dark)
        return ratingTint(r);
    return ratingColor(r).darker(220);
}

QColor scoreBackground(std::optional<double> score, const RatingThresholds &t, bool dark)
{
    return ratingBackground(ratingForScore(score, t), dark);
}

TeamTableModel::TeamTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void TeamTableModel::setReports(const MonthReport &current, const MonthReport *previous)
{
    beginResetModel();
    m_rows.clear();
    m_metricKeys.clear();
    QSet<QString> weighted;
    for (const AgentScorecard &a : current.agents) {
        Row row{&a, std::nullopt, std::nullopt, 0};
        if (previous) {
            if (const AgentScorecard *p = previous->agent(a.agent.id); p && p->overall && a.overall)
                row.change = *a.overall - *p->overall;
        }
        m_rows.push_back(row);
        for (const MetricResult &m : a.metrics) {
            if (m.rule.weight > 0)
                weighted.insert(m.value.key);
        }
    }
    for (const MetricDefinition &d : metricDefinitions()) {
        if (weighted.contains(d.key))
            m_metricKeys << d.key;
    }
    // Rank ranges within each team, from core (no math here).
    QHash<QString, std::vector<size_t>> byTeam;
    for (size_t i = 0; i < m_rows.size(); ++i)
        byTeam[m_rows[i].card->agent.team].push_back(i);
    for (const std::vector<size_t> &members : std::as_const(byTeam)) {
        std::vector<const AgentScorecard *> cards;
        int scored = 0;
        for (size_t i : members) {
            cards.push_back(m_rows[i].card);
            scored += m_rows[i].card->overall ? 1 : 0;
        }
        const std::vector<std::optional<RankRange>> ranks = rankRanges(cards);
        for (size_t k = 0; k < members.size(); ++k) {
            m_rows[members[k]].rank = ranks[k];
            m_rows[members[k]].teamScored = scored;
        }
    }
    endResetModel();
}

void TeamTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int TeamTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int TeamTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : changeColumn() + 1; }

int TeamTableModel::rowOf(const QString &agentId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].card->agent.id == agentId)
            return int(i);
    }
    return -1;
}

QString TeamTableModel::agentIdAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].card->agent.id : QString();
}

static QString fmt(std::optional<double> v, int decimals = 0)
{
    return v ? QLocale().toString(*v, 'f', decimals) : QStringLiteral("—");
}

QVariant TeamTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const AgentScorecard &a = *row.card;
    const int col = index.column();
    // The thresholds the agent's template used (same for every metric).
    const RatingThresholds thresholds{};

    switch (role) {
    case AgentIdRole: return a.agent.id;
    case TeamRole: return a.agent.team;
    case NameRole: return a.agent.name;
    default: break;
    }

    if (col == NameColumn) {
        if (role == Qt::DisplayRole || role == SortRole)
            return a.agent.name;
        return {};
    }
    if (col == IdColumn)
        return (role == Qt::DisplayRole || role == SortRole) ? QVariant(a.agent.id) : QVariant();
    if (col == TeamColumn)
        return (role == Qt::DisplayRole || role == SortRole) ? QVariant(a.agent.team) : QVariant();
    // Not certain (the overall's 90% range spans two ratings): the noise
    // colour, and never the word "Below" (SPEC section 6).
    const QColor ratingBg =
        a.ratingCertain ? ratingBackground(a.rating, m_dark) : (m_dark ? noiseColor().darker(220) : noiseTint());
    if (col == OverallColumn) {
        if (role == Qt::DisplayRole)
            return formatOverall(a.overall);
        if (role == SortRole)
            return a.overall ? *a.overall : -1.0;
        if (role == Qt::BackgroundRole)
            return ratingBg;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole) {
            QString tip = tr("Coverage %1% of the template's weight").arg(qRound(a.coverage * 100));
            if (a.overallInterval)
                tip += u'\n' + tr("90% range %1").arg(formatOverallRange(a.overallInterval));
            return tip;
        }
        return {};
    }
    if (col == RatingColumn) {
        if (role == Qt::DisplayRole) {
            // Short words keep the column narrow; the tool tip has the full label.
            if (!a.ratingCertain)
                return tr("Not certain");
            switch (a.rating) {
            case Rating::AtGoal: return tr("At goal");
            case Rating::Approaching: return tr("Approaching");
            case Rating::Below: return tr("Below");
            case Rating::InsufficientData: return tr("No rating");
            }
        }
        if (role == Qt::ToolTipRole)
            return a.ratingCertain ? ratingLabel(a.rating)
                                   : tr("Rating not certain: the overall's 90% range %1 spans two ratings")
                                         .arg(formatOverallRange(a.overallInterval));
        if (role == SortRole)
            return a.ratingCertain ? int(a.rating) * 2 : 3; // not certain sorts between approaching and below
        if (role == Qt::BackgroundRole)
            return ratingBg;
        return {};
    }
    if (col == RankColumn) {
        if (role == Qt::DisplayRole) {
            if (!row.rank)
                return QStringLiteral("—");
            return tr("%1 of %2").arg(formatRankRange(row.rank)).arg(row.teamScored);
        }
        if (role == SortRole)
            return row.rank ? row.rank->best * 100000 + row.rank->worst : 1 << 30;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole && row.rank)
            return row.rank->best == row.rank->worst
                       ? tr("Rank %1 of %2 in team %3: the 90% ranges of the overall scores do not overlap")
                             .arg(row.rank->best)
                             .arg(row.teamScored)
                             .arg(a.agent.team)
                       : tr("Rank %1 to %2 of %3 in team %4: the overall's 90% range overlaps others', so these "
                            "agents are not ordered on noise")
                             .arg(row.rank->best)
                             .arg(row.rank->worst)
                             .arg(row.teamScored)
                             .arg(a.agent.team);
        return {};
    }
    if (col == changeColumn()) {
        if (role == Qt::DisplayRole) {
            if (!row.change)
                return QStringLiteral("—");
            const QString s = QLocale().toString(*row.change, 'f', 1);
            return *row.change > 0 ? QStringLiteral("+") + s : s;
        }
        if (role == SortRole)
            return row.change ? *row.change : -1e9;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ForegroundRole && row.change && qAbs(*row.change) >= 0.05)
            return *row.change > 0 ? QColor(m_dark ? 0x81c784 : 0x1b5e20) : QColor(m_dark ? 0xef9a9a : 0xb71c1c);
        return {};
    }
    const int mi = col - FirstMetricColumn;
    if (mi < 0 || mi >= m_metricKeys.size())
        return {};
    const MetricResult *m = a.metric(m_metricKeys[mi]);
    const std::optional<double> score = m ? m->score : std::nullopt;
    switch (role) {
    case Qt::DisplayRole:
        // The metric's value under the metric's name ("Contacts/h" shows
        // contacts per hour); the cell's colour is its score's rating and the
        // tool tip has the score.
        if (m && m->value.status == MetricStatus::NoData)
            return tr("no data");
        return m && m->value.value ? formatMetricValue(m->value.key, m->value.value) : QStringLiteral("—");
    case SortRole: return score ? *score : -1.0;
    case Qt::BackgroundRole:
        if (m && m->value.status == MetricStatus::Ok && m->value.withinNoise)
            return m_dark ? noiseColor().darker(220) : noiseTint();
        return scoreBackground(score, thresholds, m_dark);
    case Qt::TextAlignmentRole: return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        if (!m)
            return {};
        const MetricDefinition *d = findMetric(m->value.key);
        const QString name = d ? d->name : m->value.key;
        if (m->value.status == MetricStatus::NoData)
            return tr("%1: no data").arg(name);
        if (m->value.status == MetricStatus::InsufficientData)
            return tr("%1: not enough data (has %2 %3)")
                .arg(name, fmt(m->value.denominator), d ? d->sampleUnit : QString());
        QString tip = tr("%1: %2 (goal %3), score %4")
                          .arg(name, formatMetricValueWithUnit(m->value.key, m->value.value),
                               formatMetricValueWithUnit(m->value.key, m->rule.goal), formatScore(m->score));
        if (m->value.interval)
            tip += u'\n' + tr("90% range %1").arg(formatRange(m->value.key, m->value.interval));
        if (m->value.withinNoise)
            tip += u'\n' + tr("Within noise: the goal lies inside the 90% range");
        return tip;
    }
    default: return {};
    }
}

QVariant TeamTableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal)
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Agent");
    case IdColumn: return tr("ID");
    case TeamColumn: return tr("Team");
    case OverallColumn: return tr("Overall");
    case RatingColumn: return tr("Rating");
    case RankColumn:
        return role == Qt::ToolTipRole ? tr("The ranks in the team that the overall scores' 90% ranges allow")
                                       : tr("Rank");
    default: break;
    }
    if (section == changeColumn())
        return role == Qt::ToolTipRole ? tr("Change of the overall score since the previous month") : tr("Change");
    const int mi = section - FirstMetricColumn;
    if (mi >= 0 && mi < m_metricKeys.size()) {
        const MetricDefinition *d = findMetric(m_metricKeys[mi]);
        if (role == Qt::ToolTipRole)
            return d ? tr("%1 (the cell's colour is its score)").arg(d->name) : m_metricKeys[mi];
        return shortMetricName(m_metricKeys[mi]);
    }
    return {};
}

TeamFilterProxy::TeamFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(TeamTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void TeamFilterProxy::setTeam(const QString &team)
{
    m_team = team;
    invalidateFilter();
}

void TeamFilterProxy::setSearch(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool TeamFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_team.isEmpty() && idx.data(TeamTableModel::TeamRole).toString() != m_team)
        return false;
    if (m_search.isEmpty())
        return true;
    return idx.data(TeamTableModel::NameRole).toString().contains(m_search, Qt::CaseInsensitive)
           || idx.data(TeamTableModel::AgentIdRole).toString().contains(m_search, Qt::CaseInsensitive);
}

} // namespace sc
