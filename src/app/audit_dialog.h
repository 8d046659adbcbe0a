#pragma once
// The audit log: finalize, reopen (with reason), imports and template edits.
#include <QDialog>

class QTableWidget;

namespace sc {

class Store;

class AuditDialog : public QDialog {
    Q_OBJECT
public:
    AuditDialog(const Store &store, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace sc
