#include "app/explain_dialog.h"

#include "report/report_style.h"
#include "storage/store.h"
#include "workflow/explain.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace sc {

// --- the rows -------------------------------------------------------------------

namespace {

enum Column { KindColumn, KeyColumn, DateColumn, FirstFieldColumn };

QString fieldDisplay(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QStringLiteral("—");
    if (v.typeId() == QMetaType::QString)
        return v.toString();
    bool ok = false;
    const double d = v.toDouble(&ok);
    return ok ? exactNumber(d) : v.toString();
}

} // namespace

ExplainRowsModel::ExplainRowsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ExplainRowsModel::setExplanation(const Explanation &e)
{
    beginResetModel();
    m_rows = e.rows;
    m_fields.clear();
    for (const MetricSource &s : metricSources(e.key))
        for (const QString &f : s.fields)
            if (!m_fields.contains(f))
                m_fields << f;
    endResetModel();
}

int ExplainRowsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int ExplainRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstFieldColumn + int(m_fields.size()) + 4;
}

QVariant ExplainRowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const ExplainedRow &r = m_rows[size_t(index.row())];
    const int c = index.column();
    const int fieldEnd = FirstFieldColumn + int(m_fields.size());
    const bool number = (c >= FirstFieldColumn && c < fieldEnd + 2);
    if (role == Qt::TextAlignmentRole)
        return int((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (c == KindColumn)
        return kindName(r.kind);
    if (c == KeyColumn)
        return r.key;
    if (c == DateColumn)
        return r.date.toString(Qt::ISODate);
    if (c < fieldEnd) {
        const QString &name = m_fields.at(c - FirstFieldColumn);
        for (const auto &[field, value] : r.fields)
            if (field == name)
                return fieldDisplay(value);
        return QString(); // this kind has no such column
    }
    if (c == fieldEnd)
        return exactNumber(r.numerator);
    if (c == fieldEnd + 1)
        return exactNumber(r.denominator);
    // The import time before the file: a long path then takes the rest of the width.
    if (c == fieldEnd + 2)
        return r.importedAt.isValid() ? QLocale().toString(r.importedAt.toLocalTime(), QLocale::ShortFormat)
                                      : tr("unknown");
    if (c == fieldEnd + 3)
        return r.sourceFile.isEmpty() ? tr("(before provenance was kept)") : r.sourceFile;
    return {};
}

QVariant ExplainRowsModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const int fieldEnd = FirstFieldColumn + int(m_fields.size());
    switch (section) {
    case KindColumn: return tr("Kind");
    case KeyColumn: return tr("Key");
    case DateColumn: return tr("Date");
    default: break;
    }
    if (section < fieldEnd)
        return m_fields.at(section - FirstFieldColumn);
    if (section == fieldEnd)
        return tr("Numerator");
    if (section == fieldEnd + 1)
        return tr("Denominator");
    if (section == fieldEnd + 2)
        return tr("Imported");
    if (section == fieldEnd + 3)
        return tr("Source file");
    return {};
}

// --- the panel -----------------------------------------------------------------------

ExplainDialog::ExplainDialog(const Explanation &explanation, QWidget *parent)
    : QDialog(parent), m_explanation(explanation)
{
    setObjectName(QStringLiteral("explainDialog"));
    const Explanation &e = m_explanation;
    const MetricDefinition *def = findMetric(e.key);
    const QString metricName = def ? metricTitle(e.key) : e.key;
    setWindowTitle(tr("How %1 was made").arg(metricName));

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<b>%1</b> — %2 (%3), %4")
                                 .arg(metricName.toHtmlEscaped(), e.agent.name.toHtmlEscaped(),
                                      e.agent.id.toHtmlEscaped(), monthTitle(e.month)),
                             this);
    layout->addWidget(title);

    auto *form = new QFormLayout;
    m_template = new QLabel(e.teamMetric ? tr("none: the team's value, shown for context and not scored")
                                         : tr("%1: %2").arg(e.templateName.isEmpty() ? tr("Default") : e.templateName,
                                                            templateRowText(e.result.rule)),
                            this);
    m_template->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    form->addRow(tr("Template row:"), m_template);
    const MetricValue &v = e.result.value;
    auto *numbers =
        new QLabel(tr("status %1 · numerator %2 · denominator %3")
                       .arg(statusName(v.status), v.numerator ? exactNumber(*v.numerator) : QStringLiteral("—"),
                            v.denominator ? exactNumber(*v.denominator) : QStringLiteral("—")),
                   this);
    form->addRow(tr("Numbers:"), numbers);
    layout->addLayout(form);

    auto *formulaLabel = new QLabel(tr("&Formula with the numbers put in:"), this);
    layout->addWidget(formulaLabel);
    // A label sizes itself to every line (no scrolling); selectable with
    // the mouse and the keyboard, so the numbers can be copied.
    m_formula = new QLabel(this);
    m_formula->setTextFormat(Qt::PlainText);
    m_formula->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_formula->setFocusPolicy(Qt::StrongFocus);
    m_formula->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_formula->setFrameShape(QFrame::StyledPanel);
    m_formula->setMargin(6);
    m_formula->setAutoFillBackground(true);
    m_formula->setBackgroundRole(QPalette::Base);
    QStringList lines = explanationFormulas(e);
    if (e.frozen)
        lines.prepend(tr("Finalized month: the numbers are its snapshot."));
    if (e.recordDenominator != 0)
        lines << tr("The denominator is the number of agents with a record this month: %1.")
                     .arg(exactNumber(e.recordDenominator));
    if (!e.rowsMatch)
        lines << tr("Note: the stored rows no longer add up to these numbers (rows changed after the month was "
                    "finalized).");
    m_formula->setText(lines.join(u'\n'));
    m_formula->setAccessibleName(tr("Formula"));
    formulaLabel->setBuddy(m_formula);
    layout->addWidget(m_formula);

    auto *rowsLabel =
        new QLabel(tr("&Contributing rows: %n (Σ numerator %1, Σ denominator %2)", nullptr, int(e.rows.size()))
                       .arg(exactNumber(e.rowsNumerator()), exactNumber(e.rowsDenominator() - e.recordDenominator)),
                   this);
    layout->addWidget(rowsLabel);
    m_model = new ExplainRowsModel(this);
    m_model->setExplanation(e);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle); // a long path keeps its file name in view
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Contributing rows"));
    m_view->resizeColumnsToContents();
    rowsLabel->setBuddy(m_view);
    layout->addWidget(m_view, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("&Export rows…"), QDialogButtonBox::ActionRole);
    m_export->setEnabled(!e.rows.empty());
    connect(m_export, &QPushButton::clicked, this, &ExplainDialog::exportWithDialog);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 560);
}

ExplainDialog *ExplainDialog::open(const Store &store, Month month, const QString &agentId, const QString &metricKey,
                                   QWidget *parent)
{
    workflow::ExplainResult result;
    try {
        result = workflow::explainMetric(store, month, agentId, metricKey);
    } catch (const StoreError &e) {
        QMessageBox::warning(parent, tr("Explain"),
                             tr("The database could not be read: %1").arg(QString::fromUtf8(e.what())));
        return nullptr;
    }
    if (result.status != workflow::ExplainStatus::Ok) {
        QMessageBox::information(parent, tr("Explain"), result.message);
        return nullptr;
    }
    auto *dialog = new ExplainDialog(result.explanation, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    dialog->m_view->setFocus();
    return dialog;
}

QString ExplainDialog::formulaText() const { return m_formula->text(); }

QString ExplainDialog::templateText() const { return m_template->text(); }

bool ExplainDialog::exportRows(const QString &path, QString *error) const
{
    QSaveFile f(path);
    QByteArray bytes("\xEF\xBB\xBF");
    bytes += explanationCsv(m_explanation).toUtf8();
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

void ExplainDialog::exportWithDialog()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name =
        QStringLiteral("%1 %2 %3.csv").arg(m_explanation.agent.id, m_explanation.key, m_explanation.month.toString());
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export rows"), QDir(folder).filePath(name), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportRows(path, &error))
        QMessageBox::warning(this, tr("Export rows"), tr("The file could not be written: %1").arg(error));
}

} // namespace sc
