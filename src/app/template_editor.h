#pragma once
// Edits a scorecard template (weight, floor, goal, cap, band per metric) for
// one team or all, effective from a month. Invalid values are refused in the
// cell with core's reason; a preview shows the team's scores and ranking
// under the edited template before anything is saved.
#include "core/scoring.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTableWidgetItem;
class QTimer;
class QDialogButtonBox;

namespace sc {

class Store;

class TemplateEditor : public QDialog {
    Q_OBJECT
public:
    enum Column {
        MetricColumn,
        WeightColumn,
        ShareColumn,
        FloorColumn,
        GoalColumn,
        CapColumn,
        LowColumn,
        HighColumn,
        ToleranceColumn,
        ColumnCount
    };
    enum PreviewColumn { PvAgent, PvId, PvNowOverall, PvNowRank, PvNewOverall, PvNewRank, PvMove, PvColumnCount };

    TemplateEditor(Store &store, Month previewMonth, const QString &team, QWidget *parent = nullptr);

    const ScorecardTemplate &editedTemplate() const { return m_template; }
    QTableWidget *rulesTable() const { return m_table; }
    QTableWidget *previewTable() const { return m_preview; }
    QString problemText() const;
    // Sets a cell as a user would type it; false when refused.
    bool editCell(int row, int column, const QString &text);
    int rowOf(const QString &key) const;
    bool save(); // validates and stores; false with the reason shown
    // Starts from `t` (its team and month chosen) instead of the stored
    // template, with `note` above saying where it came from.
    void useTemplate(const ScorecardTemplate &t, const QString &note);
    QString noteText() const;

private:
    void loadTemplate();
    void addMissingRules();
    void fillTable();
    void onItemChanged(QTableWidgetItem *item);
    void updatePreview();
    void showProblem(const QString &text);
    QString teamChoice() const;

    Store &m_store;
    Month m_previewMonth;
    ScorecardTemplate m_template;
    QLabel *m_note;
    QComboBox *m_team;
    QLineEdit *m_effective;
    QDoubleSpinBox *m_atGoal;
    QDoubleSpinBox *m_approaching;
    QTableWidget *m_table;
    QLabel *m_problem;
    QLabel *m_previewTitle;
    QTableWidget *m_preview;
    QDialogButtonBox *m_buttons;
    QTimer *m_previewTimer;
    bool m_filling = false;
    // The month's sums, read once for every preview.
    std::vector<Agent> m_agents;
    SumsByKey m_sums;
    SumsByKey m_sl;
    std::vector<ScorecardTemplate> m_stored;
    std::vector<Month> m_finalized; // months with data that are finalized, read once
};

} // namespace sc
