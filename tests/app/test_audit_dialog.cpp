// The audit log viewer (ui/audit_dialog.ui): newest first, filter on any column.
#include "app/audit_dialog.h"
#include "gui_test_support.h"

#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <gtest/gtest.h>

using namespace sc;

namespace {
QString cell(const AuditDialog &dlg, int row, int column)
{
    const QAbstractItemModel *m = dlg.table()->model();
    return m->index(row, column).data().toString();
}
} // namespace

TEST(AuditDialog, ListsNewestFirstAndFilters)
{
    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC));
    auto store = openStore(dir.filePath(QStringLiteral("audit.sqlite")), clock);
    store->addAuditEntry(QStringLiteral("dana"), QStringLiteral("finalize"), QStringLiteral("2026-10"),
                         QStringLiteral("48 cards"));
    clock.set(QDateTime(QDate(2026, 11, 3), QTime(10, 0), Qt::UTC));
    store->addAuditEntry(QStringLiteral("lee"), QStringLiteral("reopen"), QStringLiteral("2026-10"),
                         QStringLiteral("late QA forms"));
    clock.set(QDateTime(QDate(2026, 11, 4), QTime(11, 0), Qt::UTC));
    store->addAuditEntry(QStringLiteral("dana"), QStringLiteral("import"), QString(), QStringLiteral("qa.csv"));

    AuditDialog dlg(*store);
    ASSERT_EQ(dlg.table()->model()->rowCount(), 3);
    EXPECT_EQ(cell(dlg, 0, 2), QStringLiteral("import")); // 4 Nov, the newest
    EXPECT_EQ(cell(dlg, 1, 2), QStringLiteral("reopen"));
    EXPECT_EQ(cell(dlg, 2, 2), QStringLiteral("finalize"));
    EXPECT_EQ(cell(dlg, 1, 4), QStringLiteral("late QA forms"));

    auto *filter = dlg.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    ASSERT_TRUE(filter);
    filter->setText(QStringLiteral("DANA")); // case-insensitive, any column
    ASSERT_EQ(dlg.table()->model()->rowCount(), 2);
    EXPECT_EQ(cell(dlg, 0, 2), QStringLiteral("import"));
    EXPECT_EQ(cell(dlg, 1, 2), QStringLiteral("finalize"));
    filter->setText(QStringLiteral("late qa"));
    ASSERT_EQ(dlg.table()->model()->rowCount(), 1);
    EXPECT_EQ(cell(dlg, 0, 1), QStringLiteral("lee"));
    filter->clear();
    EXPECT_EQ(dlg.table()->model()->rowCount(), 3);
}
