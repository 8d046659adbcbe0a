// The bulk writer on its own, on the store's connection inside a write
// transaction: counts across chunk boundaries (64 rows a statement), the
// imports row and import_id of every row, and the error naming a record of a
// later chunk.
#include "storage/sqlite_bulk_writer.h"
#include "storage/sqlite_store.h"
#include "storage/store.h"
#include "storage_test_util.h"

#include <QSqlDriver>
#include <gtest/gtest.h>

#include <sqlite3.h>

using namespace sc;
using namespace sc::test;

namespace {

class BulkWriterTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("bulk.sqlite"));
        store = openStore(path, clock);
        store->importBatches(
            {batchOf(ImportKind::Agents, std::vector<Agent>{agent("A1", "T1"), agent("A2", "T1")}, "agents.csv")});
    }
    sqlite3 *handle()
    {
        const QVariant v = static_cast<SqliteStore &>(*store).database().driver()->handle();
        return *static_cast<sqlite3 *const *>(v.constData());
    }
    // 130 contact rows: 3 chunks of 64, 64 and 2; day i of 2026 for A1, then A2.
    static ImportBatch contacts(const char *file)
    {
        std::vector<ContactRecord> rows;
        for (int i = 0; i < 130; ++i) {
            ContactRecord c;
            c.agentId = i < 65 ? QStringLiteral("A1") : QStringLiteral("A2");
            c.date = QDate(2026, 1, 1).addDays(i % 65);
            c.contacts = 10;
            rows.push_back(c);
        }
        ImportBatch b = batchOf(ImportKind::Contacts, rows, file);
        b.rowsRead = 140; // 10 rows collapsed by the importer
        return b;
    }

    QTemporaryDir dir;
    QString path;
    FixedClock clock{QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<Store> store;
};

} // namespace

TEST_F(BulkWriterTest, CountsNewReplacedAndUnchangedAcrossChunksAndNamesTheImport)
{
    {
        auto tx = store->beginWrite();
        sqlite::BulkWriter writer(handle(), QStringLiteral("2026-11-02T09:30:00.000Z"), QStringLiteral("ana"));
        const ImportStats first = writer.write(contacts("first.csv"));
        EXPECT_EQ(first.stored, 130);
        EXPECT_EQ(first.replaced, 0);
        EXPECT_EQ(first.unchanged, 0);

        ImportBatch again = contacts("again.csv");
        again.contacts[10].contacts = 11;  // first chunk
        again.contacts[70].contacts = 11;  // second chunk
        again.contacts[129].contacts = 11; // the 2-row chunk
        const ImportStats second = writer.write(again);
        EXPECT_EQ(second.stored, 0);
        EXPECT_EQ(second.replaced, 3);
        EXPECT_EQ(second.unchanged, 127);
        tx->commit();
    }
    RawDb raw(path);
    EXPECT_EQ(
        raw.scalar(QStringLiteral("SELECT group_concat(source_file || '/' || row_count || '/' || user_name || '/' "
                                  "|| imported_at, ' ') FROM imports WHERE kind = 'contacts'")),
        QStringLiteral("first.csv/140/ana/2026-11-02T09:30:00.000Z again.csv/140/ana/2026-11-02T09:30:00.000Z"));
    // The replaced rows name the second import; the unchanged keep the first.
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM contacts c JOIN imports i ON i.id = c.import_id "
                                        "WHERE i.source_file = 'again.csv'")),
              QStringLiteral("3"));
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT sum(contacts) FROM contacts")), QStringLiteral("1303")); // 130 * 10 + 3
}

TEST_F(BulkWriterTest, AFailingRowOfALaterChunkIsNamedByItsRecordNumberAndKey)
{
    ImportBatch batch = contacts("c.csv");
    batch.contacts[99].agentId = QStringLiteral("GHOST"); // record 100, in the second chunk
    auto tx = store->beginWrite();
    sqlite::BulkWriter writer(handle(), QStringLiteral("2026-11-02T09:30:00.000Z"), QStringLiteral("ana"));
    try {
        writer.write(batch);
        FAIL() << "expected StoreError";
    } catch (const StoreError &e) {
        const QString message = QString::fromStdString(e.what());
        EXPECT_TRUE(message.startsWith(QStringLiteral(
            "c.csv: cannot store record 100 (agent_id=GHOST, date=2026-02-04, channel=phone) in contacts: "
            "FOREIGN KEY constraint failed")))
            << message.toStdString();
    }
}
