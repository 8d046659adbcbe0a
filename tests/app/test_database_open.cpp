// The app and files it must not (or cannot) write (issue 13.4-13.5, 7.5-7.6):
// one message offering to open another database or create a new one, the
// backup and question before an upgrade, the read-only banner, File > Back up….
#include "app/database_open.h"
#include "app/main_window.h"
#include "app/notes_panel.h"
#include "gui_test_support.h"
#include "storage/sqlite_file.h"
#include "storage/sqlite_schema.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimer>
#include <gtest/gtest.h>

using namespace sc;
using namespace sc::test;

namespace {

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

// Runs SQL on a file behind the store's back; returns the first column of the last statement.
QString sql(const QString &path, const QStringList &statements, int migrateTo = -1)
{
    static int n = 0;
    const QString name = QStringLiteral("open-test-%1").arg(++n);
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open());
        if (migrateTo > 0)
            sqlite::migrate(db, migrateTo);
        for (const QString &s : statements) {
            QSqlQuery q(db);
            EXPECT_TRUE(q.exec(s)) << s.toStdString();
            if (q.next())
                result = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// Every row of every table, sorted, to compare contents.
QStringList dump(const QString &path)
{
    static int n = 0;
    const QString name = QStringLiteral("open-dump-%1").arg(++n);
    QStringList out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open());
        QStringList tables;
        QSqlQuery q(db);
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
        while (q.next())
            tables << q.value(0).toString();
        for (const QString &t : tables) {
            QSqlQuery rows(db);
            EXPECT_TRUE(rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(t)));
            QStringList lines;
            while (rows.next()) {
                QStringList cells;
                for (int c = 0; c < rows.record().count(); ++c)
                    cells << (rows.value(c).isNull() ? QStringLiteral("<null>") : rows.value(c).toString());
                lines << t + u'|' + cells.join(u'|');
            }
            lines.sort();
            out << t + QStringLiteral(": %1").arg(lines.size()) << lines;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

// Answers the modal message boxes as they appear: for each step, the box's
// object name and the button to click ("cancel" = its Cancel button).
// Records each box's text and informative text.
class BoxScript : public QObject {
public:
    explicit BoxScript(QList<std::pair<QString, QString>> steps) : m_steps(std::move(steps))
    {
        connect(&m_timer, &QTimer::timeout, this, &BoxScript::poll);
        m_timer.start(20);
    }
    QStringList texts;
    bool done() const { return m_steps.isEmpty(); }

private:
    void poll()
    {
        if (m_steps.isEmpty())
            return;
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        const auto [boxName, button] = m_steps.takeFirst();
        texts << box->objectName() + QStringLiteral(": ") + box->text() + u' ' + box->informativeText();
        if (qEnvironmentVariableIsSet("SCORECARD_SCREENSHOT_DIR"))
            box->grab().save(qEnvironmentVariable("SCORECARD_SCREENSHOT_DIR") + u'/' + box->objectName()
                             + QStringLiteral(".png"));
        EXPECT_EQ(box->objectName(), boxName) << texts.last().toStdString();
        QAbstractButton *b = button == QLatin1String("ok")       ? box->button(QMessageBox::Ok)
                             : button == QLatin1String("cancel") ? box->button(QMessageBox::Cancel)
                                                                 : box->findChild<QPushButton *>(button);
        EXPECT_NE(b, nullptr) << button.toStdString();
        if (b)
            b->click();
        else
            box->reject();
    }
    QList<std::pair<QString, QString>> m_steps;
    QTimer m_timer;
};

class DatabaseOpenTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        dialogs.chooseExisting = [this](QWidget *, const QString &) {
            ++existingAsked;
            return existingAnswer;
        };
        dialogs.chooseNew = [this](QWidget *, const QString &) {
            ++newAsked;
            return newAnswer;
        };
    }
    QString path(const char *name) const { return dir.filePath(QLatin1String(name)); }

    QTemporaryDir dir;
    OpenDialogs dialogs;
    QString existingAnswer, newAnswer;
    int existingAsked = 0, newAsked = 0;
};

} // namespace

TEST_F(DatabaseOpenTest, AnotherApplicationsDatabaseOffersAnotherOrANewOne)
{
    const QString other = path("other-app.sqlite");
    sql(other, {QStringLiteral("CREATE TABLE settings (k, v)"), QStringLiteral("INSERT INTO settings VALUES (1, 2)")});
    const QByteArray before = sha256(other);

    // "Open another database…" -> a Scorecard database.
    QString good;
    {
        auto s = makeFilledStore(dir, testClock(), &good);
    }
    existingAnswer = good;
    {
        BoxScript script({{QStringLiteral("databaseRefusedBox"), QStringLiteral("openAnotherButton")}});
        OpenedDatabase opened = openDatabaseForApp(nullptr, other, testClock(), dialogs);
        ASSERT_TRUE(opened.store);
        EXPECT_EQ(opened.path, good);
        EXPECT_TRUE(script.done());
        ASSERT_EQ(script.texts.size(), 1);
        EXPECT_TRUE(script.texts[0].contains(QLatin1String("is not a Scorecard database")))
            << script.texts[0].toStdString();
        EXPECT_TRUE(script.texts[0].contains(QLatin1String("The file was not changed.")));
    }
    // "Create a new database…" -> a new file.
    newAnswer = path("new.sqlite");
    {
        BoxScript script({{QStringLiteral("databaseRefusedBox"), QStringLiteral("createNewButton")}});
        OpenedDatabase opened = openDatabaseForApp(nullptr, other, testClock(), dialogs);
        ASSERT_TRUE(opened.store);
        EXPECT_EQ(opened.path, newAnswer);
        EXPECT_TRUE(opened.store->agentIds().isEmpty());
    }
    // Cancel: nothing opened.
    {
        BoxScript script({{QStringLiteral("databaseRefusedBox"), QStringLiteral("cancel")}});
        EXPECT_FALSE(openDatabaseForApp(nullptr, other, testClock(), dialogs).store);
    }
    EXPECT_EQ(existingAsked, 1);
    EXPECT_EQ(newAsked, 1);
    EXPECT_EQ(sha256(other), before);
    EXPECT_FALSE(QFile::exists(other + QStringLiteral("-wal")));
}

TEST_F(DatabaseOpenTest, DamagedNewerAndFolderEachGetOneMessage)
{
    const QString random = path("random.sqlite");
    {
        QFile f(random);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(5000, '\x5a'));
    }
    const QString newer = path("newer.sqlite");
    {
        auto s = openStore(newer, testClock());
    }
    sql(newer, {QStringLiteral("PRAGMA user_version = 999")});
    const QString folder = path("folder");
    ASSERT_TRUE(QDir().mkpath(folder));
    const std::pair<QString, const char *> cases[] = {
        {random, "not a Scorecard database"}, {newer, "newer Scorecard"}, {folder, "is a folder"}};
    for (const auto &[file, words] : cases) {
        const QByteArray before = sha256(file);
        BoxScript script({{QStringLiteral("databaseRefusedBox"), QStringLiteral("cancel")}});
        EXPECT_FALSE(openDatabaseForApp(nullptr, file, testClock(), dialogs).store);
        ASSERT_EQ(script.texts.size(), 1) << file.toStdString();
        EXPECT_TRUE(script.texts[0].contains(QLatin1String(words))) << script.texts[0].toStdString();
        EXPECT_EQ(sha256(file), before);
    }
    // A zero-byte file is an empty database: it opens without a question.
    const QString empty = path("empty.sqlite");
    {
        QFile f(empty);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    }
    EXPECT_TRUE(openDatabaseForApp(nullptr, empty, testClock(), dialogs).store);
}

TEST_F(DatabaseOpenTest, OlderDatabaseIsBackedUpBeforeTheUpgradeQuestion)
{
    const QString old = path("old.sqlite");
    sql(old,
        {QStringLiteral("PRAGMA application_id = 0"),
         QStringLiteral("INSERT INTO agents (agent_id, name, team) VALUES ('A1', 'Ana', 'T1')")},
        1);
    ASSERT_EQ(sql(old, {QStringLiteral("PRAGMA user_version")}), QStringLiteral("1"));
    const QByteArray oldHash = sha256(old);
    const QStringList oldDump = dump(old);
    const QString backup = upgradeBackupPath(old, 1, testClock().now());

    // Cancel: the database stays version 1, the backup is there anyway.
    {
        BoxScript script({{QStringLiteral("upgradeBox"), QStringLiteral("cancel")},
                          {QStringLiteral("databaseRefusedBox"), QStringLiteral("cancel")}});
        EXPECT_FALSE(openDatabaseForApp(nullptr, old, testClock(), dialogs).store);
        ASSERT_EQ(script.texts.size(), 2);
        EXPECT_TRUE(script.texts[0].contains(QDir::toNativeSeparators(backup))) << script.texts[0].toStdString();
        EXPECT_TRUE(script.texts[0].contains(QLatin1String("older version of Scorecard")));
    }
    EXPECT_EQ(sha256(old), oldHash);
    ASSERT_TRUE(QFile::exists(backup));
    QFile::remove(backup);

    // Upgrade: the backup exists and holds the old content at the old version.
    BoxScript script({{QStringLiteral("upgradeBox"), QStringLiteral("upgradeButton")}});
    OpenedDatabase opened = openDatabaseForApp(nullptr, old, testClock(), dialogs);
    ASSERT_TRUE(opened.store);
    EXPECT_EQ(opened.upgradeBackup, backup);
    opened.store.reset();
    EXPECT_EQ(sql(old, {QStringLiteral("PRAGMA user_version")}), QString::number(sqlite::latestSchemaVersion()));
    EXPECT_EQ(sql(backup, {QStringLiteral("PRAGMA user_version")}), QStringLiteral("1"));
    EXPECT_EQ(sql(backup, {QStringLiteral("PRAGMA integrity_check")}), QStringLiteral("ok"));
    EXPECT_EQ(dump(backup), oldDump);
}

TEST_F(DatabaseOpenTest, ReadOnlyDatabaseShowsTheBannerAndBacksUp)
{
    QString file;
    {
        auto s = makeFilledStore(dir, testClock(), &file);
    }
    const QByteArray before = sha256(file);
    {
        MainWindow w(openStore(file, testClock(), OpenMode::ReadOnly), file, testClock());
        w.resize(1280, 800);
        w.show();
        ASSERT_TRUE(w.readOnlyBanner()->isVisible());
        const QString text = w.readOnlyBanner()->findChild<QLabel *>(QStringLiteral("readOnlyBannerText"))->text();
        EXPECT_TRUE(text.contains(QLatin1String("Read-only"))) << text.toStdString();
        EXPECT_TRUE(w.windowTitle().contains(QLatin1String("read-only")));
        EXPECT_TRUE(w.notesPanel()->notesEditor()->isReadOnly());
        for (QAction *a : w.menuBar()->findChildren<QAction *>()) {
            const QString t = a->text();
            if (t.contains(QLatin1String("Import")) || t.contains(QLatin1String("Finalize"))
                || t.contains(QLatin1String("template"))) {
                EXPECT_FALSE(a->isEnabled()) << t.toStdString();
            }
        }
        if (qEnvironmentVariableIsSet("SCORECARD_SCREENSHOT_DIR"))
            w.grab().save(qEnvironmentVariable("SCORECARD_SCREENSHOT_DIR") + QStringLiteral("/read_only.png"));
        // File > Back up… works from a read-only database.
        EXPECT_NE(w.findChild<QAction *>(QStringLiteral("backUpAction")), nullptr);
        const QString copy = path("copy.sqlite");
        EXPECT_EQ(w.backUp(copy), copy);
        EXPECT_EQ(dump(copy), dump(file));
    }
    EXPECT_EQ(sha256(file), before);
    // A writable database: no banner, File > Back up… writes a consistent copy.
    MainWindow w(openStore(file, testClock()), file, testClock());
    w.show();
    EXPECT_FALSE(w.readOnlyBanner()->isVisible());
    const QString copy2 = path("copy2.sqlite");
    EXPECT_EQ(w.backUp(copy2), copy2);
    EXPECT_EQ(dump(copy2), dump(file));
}

TEST_F(DatabaseOpenTest, NewDatabaseNeverReplacesAFile)
{
    QString file;
    MainWindow w(makeFilledStore(dir, testClock(), &file), file, testClock());
    w.setOpenDialogs(dialogs);
    const QString other = path("other-app.sqlite");
    sql(other, {QStringLiteral("CREATE TABLE settings (k, v)")});
    const QByteArray before = sha256(other);
    newAnswer = other;
    {
        BoxScript script({{QStringLiteral("newDatabaseExistsBox"), QStringLiteral("ok")}});
        w.newDatabase();
        EXPECT_EQ(script.texts.size(), 1);
    }
    EXPECT_EQ(sha256(other), before);
    EXPECT_EQ(w.store().agentIds().size(), 4); // still the filled database
    // A new name: a new, empty database.
    newAnswer = path("fresh.sqlite");
    w.newDatabase();
    EXPECT_TRUE(w.store().agentIds().isEmpty());
    EXPECT_TRUE(QFile::exists(newAnswer));
}
