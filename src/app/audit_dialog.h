#pragma once
// The audit log: finalize, reopen (with reason), imports and template edits.
// Layout in ui/audit_dialog.ui; rows in a model, filtered by a proxy.
#include <QDialog>
#include <memory>

class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace Ui {
class AuditDialog;
}

namespace sc {

class Store;

class AuditDialog : public QDialog {
    Q_OBJECT
public:
    explicit AuditDialog(const Store &store, QWidget *parent = nullptr);
    ~AuditDialog() override;
    QTableView *table() const;
    QSortFilterProxyModel *proxy() const { return m_proxy; }

private:
    std::unique_ptr<Ui::AuditDialog> m_ui;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
};

} // namespace sc
