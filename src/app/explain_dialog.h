#pragma once
// The explanation panel (SPEC section 7): how one number of a card was made.
// The template row, the formulas with the numbers put in, and every stored
// row that contributes, with the file it came from and when; "Export rows…"
// writes those rows as CSV. Read from workflow::explainMetric, the same code
// as `scorecard explain`.
#include "core/explain.h"

#include <QAbstractTableModel>
#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace sc {

class Store;

// The contributing rows, one per line: kind, key, date, the metric's
// fields, this row's part of the numerator and denominator, file, time.
class ExplainRowsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit ExplainRowsModel(QObject *parent = nullptr);
    void setExplanation(const Explanation &e);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    std::vector<ExplainedRow> m_rows;
    QStringList m_fields;
};

class ExplainDialog : public QDialog {
    Q_OBJECT
public:
    ExplainDialog(const Explanation &explanation, QWidget *parent = nullptr);

    // Reads the explanation (one read snapshot) and opens the panel; shows a
    // message and returns null when the number cannot be explained.
    static ExplainDialog *open(const Store &store, Month month, const QString &agentId, const QString &metricKey,
                               QWidget *parent);

    const Explanation &explanation() const { return m_explanation; }
    ExplainRowsModel *rowsModel() const { return m_model; }
    QTableView *rowsView() const { return m_view; }
    QString formulaText() const;
    QString templateText() const;
    QPushButton *exportButton() const { return m_export; }
    // Writes the rows as CSV (the bytes of `scorecard explain --format csv`
    // after a UTF-8 byte order mark, like the app's other CSV export).
    bool exportRows(const QString &path, QString *error = nullptr) const;

private:
    void exportWithDialog();

    Explanation m_explanation;
    ExplainRowsModel *m_model;
    QTableView *m_view;
    QLabel *m_template;
    QLabel *m_formula;
    QPushButton *m_export;
};

} // namespace sc
