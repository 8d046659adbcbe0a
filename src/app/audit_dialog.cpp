#include "app/audit_dialog.h"

#include "storage/store.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sc {

AuditDialog::AuditDialog(const Store &store, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Audit log"));
    auto *lay = new QVBoxLayout(this);
    auto *filter = new QLineEdit(this);
    filter->setPlaceholderText(tr("Filter (action, month, user, details)…"));
    filter->setClearButtonEnabled(true);
    lay->addWidget(filter);
    m_table = new QTableWidget(0, 5, this);
    m_table->setHorizontalHeaderLabels({tr("When"), tr("User"), tr("Action"), tr("Month"), tr("Details")});
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    std::vector<AuditEntry> log = store.auditLog();
    // Newest first: the latest finalize/reopen is what one looks for.
    std::sort(log.begin(), log.end(), [](const AuditEntry &a, const AuditEntry &b) { return a.at > b.at || (a.at == b.at && a.id > b.id); });
    m_table->setRowCount(int(log.size()));
    for (int i = 0; i < int(log.size()); ++i) {
        const AuditEntry &e = log[size_t(i)];
        m_table->setItem(i, 0, new QTableWidgetItem(QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat)));
        m_table->setItem(i, 1, new QTableWidgetItem(e.user));
        m_table->setItem(i, 2, new QTableWidgetItem(e.action));
        m_table->setItem(i, 3, new QTableWidgetItem(e.month));
        auto *d = new QTableWidgetItem(e.details);
        d->setToolTip(e.details);
        m_table->setItem(i, 4, d);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    lay->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    lay->addWidget(buttons);
    connect(filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int r = 0; r < m_table->rowCount(); ++r) {
            bool match = text.isEmpty();
            for (int c = 0; c < m_table->columnCount() && !match; ++c)
                match = m_table->item(r, c)->text().contains(text, Qt::CaseInsensitive);
            m_table->setRowHidden(r, !match);
        }
    });
    resize(820, 480);
}

} // namespace sc
