#include "app/audit_dialog.h"

#include "storage/store.h"
#include "ui_audit_dialog.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

namespace sc {

AuditDialog::AuditDialog(const Store &store, QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::AuditDialog>()),
      m_model(new QStandardItemModel(0, 5, this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_model->setHorizontalHeaderLabels({tr("When"), tr("User"), tr("Action"), tr("Month"), tr("Details")});
    for (const AuditEntry &e : store.auditLog()) {
        // ISO-like so that sorting the text sorts by time.
        auto *when = new QStandardItem(e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        auto *details = new QStandardItem(e.details);
        details->setToolTip(e.details);
        m_model->appendRow(
            {when, new QStandardItem(e.user), new QStandardItem(e.action), new QStandardItem(e.month), details});
    }
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1); // match any column
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->table->setModel(m_proxy);
    // Newest first: the latest finalize/reopen is what one looks for.
    m_ui->table->sortByColumn(0, Qt::DescendingOrder);
    m_ui->table->resizeColumnsToContents();
    m_ui->table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
}

AuditDialog::~AuditDialog() = default;

QTableView *AuditDialog::table() const { return m_ui->table; }

} // namespace sc
