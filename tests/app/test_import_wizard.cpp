// The import wizard: kinds recognised, every error listed, nothing imported
// while errors remain, good files imported in one step, mapping profiles
// saved in SPEC's JSON and reused.
#include "app/import_wizard.h"
#include "gui_test_support.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <gtest/gtest.h>
#include <iostream>

using namespace sc;
using namespace sc::test;

namespace {

class ImportWizardTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        store = makeFilledStore(dir, testClock());
        profiles = dir.filePath(QStringLiteral("profiles"));
        wizard = std::make_unique<ImportWizard>(*store, nullptr, profiles);
        wizard->show();
    }

    // Next until the check page, then wait for the worker.
    void runToCheck()
    {
        while (wizard->currentId() != ImportWizard::CheckPageId) {
            const int before = wizard->currentId();
            wizard->next();
            ASSERT_NE(wizard->currentId(), before) << "wizard refused to move on";
        }
        ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard->isChecking(); }, 10000));
    }

    qint64 contactsOf(const QString &agent) { return store->agentSums(Month(2026, 10)).value(agent).contacts; }

    QTemporaryDir dir;
    QString profiles;
    std::unique_ptr<Store> store;
    std::unique_ptr<ImportWizard> wizard;
};

TEST_F(ImportWizardTest, RecognisesTheKindFromTheHeader)
{
    wizard->addFiles({appDataFile(QStringLiteral("qa.csv")), appDataFile(QStringLiteral("contacts.csv")),
                      appDataFile(QStringLiteral("acd_export.csv"))});
    ASSERT_EQ(wizard->files().size(), 3u);
    EXPECT_EQ(wizard->files()[0].detected, ImportKind::Qa);
    EXPECT_EQ(wizard->files()[1].detected, ImportKind::Contacts);
    EXPECT_FALSE(wizard->files()[2].detected.has_value()); // other columns: needs a mapping
}

TEST_F(ImportWizardTest, BadFileShowsEveryErrorAndImportsNothing)
{
    const auto before = store->agentSums(Month(2026, 10));
    wizard->addFiles(
        {appDataFile(QStringLiteral("more_contacts.csv")), appDataFile(QStringLiteral("bad_contacts.csv"))});
    runToCheck();

    for (const ImportError &e : wizard->errors())
        std::cerr << qPrintable(e.toString()) << "\n";
    ASSERT_EQ(wizard->errors().size(), 2u);
    auto *page = qobject_cast<CheckPage *>(wizard->currentPage());
    ASSERT_NE(page, nullptr);
    QTableWidget *table = page->errorTable();
    ASSERT_EQ(table->rowCount(), 2);
    // Line 3: unknown agent Z999; line 4: "abc" is not a count.
    QStringList rows;
    for (int r = 0; r < table->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < table->columnCount(); ++c)
            cells << (table->item(r, c) ? table->item(r, c)->text() : QString());
        rows << cells.join(QLatin1Char('|'));
    }
    EXPECT_TRUE(rows[0].startsWith(QStringLiteral("bad_contacts.csv|3|agent_id|Z999|"))) << qPrintable(rows[0]);
    EXPECT_TRUE(rows[1].startsWith(QStringLiteral("bad_contacts.csv|4|contacts|abc|"))) << qPrintable(rows[1]);
    EXPECT_TRUE(page->summary()->text().contains(QStringLiteral("Nothing will be imported")));

    // The Import button stays disabled: no way forward while errors remain.
    EXPECT_FALSE(page->isComplete());
    wizard->next();
    EXPECT_EQ(wizard->currentId(), int(ImportWizard::CheckPageId));
    EXPECT_FALSE(wizard->imported());

    // The good file of the same import was not stored either.
    const auto after = store->agentSums(Month(2026, 10));
    EXPECT_EQ(after.value(QStringLiteral("A003")).contacts, before.value(QStringLiteral("A003")).contacts);
    EXPECT_EQ(after.value(QStringLiteral("A001")).contacts, 800);
    EXPECT_FALSE(store->agentIds().contains(QStringLiteral("Z999")));
}

TEST_F(ImportWizardTest, UnrecognisedFileWithoutMappingIsAnError)
{
    // acd_export.csv has other column names and ';' separators; with the
    // standard columns chosen it cannot be read, and nothing is imported.
    wizard->addFiles({appDataFile(QStringLiteral("acd_export.csv")), appDataFile(QStringLiteral("more_contacts.csv"))});
    runToCheck();
    ASSERT_FALSE(wizard->errors().empty());
    EXPECT_TRUE(wizard->errors().front().file.endsWith(QStringLiteral("acd_export.csv")));
    EXPECT_FALSE(wizard->currentPage()->isComplete());
    EXPECT_EQ(contactsOf(QStringLiteral("A003")), 330);
}

TEST_F(ImportWizardTest, GoodFilesAreImportedInOneStep)
{
    QSignalSpy done(wizard.get(), &ImportWizard::importDone);
    wizard->addFiles({appDataFile(QStringLiteral("more_contacts.csv"))});
    runToCheck();
    ASSERT_TRUE(wizard->errors().empty());
    ASSERT_TRUE(wizard->currentPage()->isComplete());
    wizard->next(); // Import
    EXPECT_EQ(wizard->currentId(), int(ImportWizard::ResultPageId));
    EXPECT_TRUE(wizard->imported());
    EXPECT_EQ(done.count(), 1);
    // 330 + 10 chat contacts.
    EXPECT_EQ(contactsOf(QStringLiteral("A003")), 340);
    EXPECT_TRUE(wizard->resultText().contains(QStringLiteral("1 new"))) << qPrintable(wizard->resultText());
}

TEST_F(ImportWizardTest, CancelledCheckImportsNothing)
{
    wizard->addFiles({appDataFile(QStringLiteral("more_contacts.csv"))});
    while (wizard->currentId() != ImportWizard::CheckPageId)
        wizard->next();
    wizard->cancelCheck();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard->isChecking(); }, 10000));
    // A tiny file may finish before the cancel lands; either way nothing is
    // stored until Import is pressed.
    EXPECT_EQ(contactsOf(QStringLiteral("A003")), 330);
}

TEST_F(ImportWizardTest, MappingProfileIsSavedAndUsed)
{
    wizard->addFiles({appDataFile(QStringLiteral("acd_export.csv"))});
    wizard->next(); // mapping page
    auto *page = qobject_cast<MappingPage *>(wizard->currentPage());
    ASSERT_NE(page, nullptr);
    page->modeCombo()->setCurrentIndex(1); // custom mapping
    page->kindCombo()->setCurrentIndex(page->kindCombo()->findData(QStringLiteral("contacts")));
    page->delimiterCombo()->setCurrentIndex(page->delimiterCombo()->findData(QStringLiteral(";")));
    page->dateFormatEdit()->setText(QStringLiteral("dd.MM.yyyy"));
    QTableWidget *fields = page->fieldTable();
    auto setColumn = [&](const QString &field, const QString &header) {
        for (int r = 0; r < fields->rowCount(); ++r) {
            if (fields->item(r, 0)->data(Qt::UserRole).toString() == field) {
                auto *combo = qobject_cast<QComboBox *>(fields->cellWidget(r, 1));
                ASSERT_NE(combo, nullptr);
                const int i = combo->findData(header);
                ASSERT_GE(i, 0) << qPrintable(header);
                combo->setCurrentIndex(i);
                return;
            }
        }
        FAIL() << qPrintable(field);
    };
    setColumn(QStringLiteral("agent_id"), QStringLiteral("Agent"));
    setColumn(QStringLiteral("date"), QStringLiteral("Day"));
    setColumn(QStringLiteral("contacts"), QStringLiteral("Calls"));
    page->profileNameEdit()->setText(QStringLiteral("Bank ACD log"));
    page->commitEditor();

    // Save the profile through the page's button.
    QPushButton *save = nullptr;
    for (auto *b : page->findChildren<QPushButton *>()) {
        if (b->text().contains(QStringLiteral("profile")))
            save = b;
    }
    ASSERT_NE(save, nullptr);
    save->click();
    const QString file = QDir(profiles).filePath(QStringLiteral("Bank ACD log.json"));
    ASSERT_TRUE(QFile::exists(file));
    QString err;
    const auto loaded = MappingProfile::load(file, &err);
    ASSERT_TRUE(loaded.has_value()) << qPrintable(err);
    EXPECT_EQ(loaded->kind, ImportKind::Contacts);
    EXPECT_EQ(loaded->delimiter, ';');
    EXPECT_EQ(loaded->columns.value(QStringLiteral("contacts")), QStringLiteral("Calls"));
    EXPECT_EQ(loaded->dateFormat, QStringLiteral("dd.MM.yyyy"));
    EXPECT_EQ(wizard->savedProfiles().size(), 1);

    runToCheck();
    ASSERT_TRUE(wizard->errors().empty()) << qPrintable(wizard->errors().front().toString());
    wizard->next();
    ASSERT_TRUE(wizard->imported());
    // 330 + 4 + 7 + 6 (no where filter set) = 347.
    EXPECT_EQ(contactsOf(QStringLiteral("A003")), 347);
}

TEST_F(ImportWizardTest, PresetsAreOfferedAndKeepWhatTheEditorDoesNotShow)
{
    const QString path = dir.filePath(QStringLiteral("zendesk.csv"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("Id,Assignee,Status,Solved at,Satisfaction Score,Reopens\n"
                "9001,A001,Solved,2026-10-05 10:00,Good,0\n"
                "9002,A001,Closed,2026-10-06 11:00,Offered,1\n");
    }
    wizard->addFiles({path});
    wizard->next(); // mapping page
    auto *page = qobject_cast<MappingPage *>(wizard->currentPage());
    ASSERT_NE(page, nullptr);
    const int i = page->modeCombo()->findData(QStringLiteral("Zendesk tickets: satisfaction"));
    ASSERT_GE(i, 0);
    EXPECT_EQ(page->modeCombo()->itemText(i), QStringLiteral("Preset: Zendesk tickets: satisfaction"));
    page->modeCombo()->setCurrentIndex(i);
    page->commitEditor();
    const auto &profile = wizard->files()[0].profile;
    ASSERT_TRUE(profile.has_value());
    EXPECT_EQ(profile->kind, ImportKind::Survey);
    // The values map has no widget in the editor but survives it.
    EXPECT_EQ(profile->values.value(QStringLiteral("Satisfaction Score")).value(QStringLiteral("Good")), 5.0);
    runToCheck();
    ASSERT_TRUE(wizard->errors().empty()) << qPrintable(wizard->errors().front().toString());
}

TEST_F(ImportWizardTest, OneFileFeedsSeveralKindsAndProfilesLoadAndSaveAsFiles)
{
    const QString path = dir.filePath(QStringLiteral("calls.csv"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("date,q_time,outcome,ser_time,server\n"
                "2026-10-05,10,AGENT,180,NEWBIE\n"
                "2026-10-05,30,AGENT,60,NEWBIE\n"
                "2026-10-05,5,HANG,0,NO_SERVER\n");
    }
    wizard->addFiles({path});
    wizard->next(); // mapping page
    auto *page = qobject_cast<MappingPage *>(wizard->currentPage());
    ASSERT_NE(page, nullptr);
    page->modeCombo()->setCurrentIndex(page->modeCombo()->findData(QStringLiteral("ACD log: contacts")));
    page->commitEditor();
    // Save that profile to a file of the user's choice, and read it back.
    const QString saved = dir.filePath(QStringLiteral("mine.json"));
    ASSERT_TRUE(page->saveProfileToFile(saved));
    const auto back = MappingProfile::load(saved, nullptr);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->kind, ImportKind::Contacts);
    EXPECT_EQ(back->columns.value(QStringLiteral("handle_seconds")), QStringLiteral("ser_time"));

    // The same file once more, as the agents it names.
    page->addAnotherKind();
    ASSERT_EQ(wizard->files().size(), 2u);
    EXPECT_EQ(page->fileCombo()->itemText(1), QStringLiteral("calls.csv (2)"));
    EXPECT_EQ(page->fileCombo()->currentIndex(), 1);
    page->modeCombo()->setCurrentIndex(page->modeCombo()->findData(QStringLiteral("ACD log: agents")));
    page->commitEditor();
    ASSERT_TRUE(wizard->files()[0].profile.has_value());
    EXPECT_EQ(wizard->files()[0].profile->kind, ImportKind::Contacts);
    ASSERT_TRUE(wizard->files()[1].profile.has_value());
    EXPECT_EQ(wizard->files()[1].profile->kind, ImportKind::Agents);

    // Loading a profile from a file sets the current entry's mapping.
    EXPECT_TRUE(page->loadProfileFromFile(saved));
    EXPECT_EQ(wizard->files()[1].profile->kind, ImportKind::Contacts);
    page->modeCombo()->setCurrentIndex(page->modeCombo()->findData(QStringLiteral("ACD log: agents")));
    page->commitEditor();
    QString err;
    EXPECT_FALSE(page->loadProfileFromFile(dir.filePath(QStringLiteral("missing.json")), &err));
    EXPECT_FALSE(err.isEmpty());

    runToCheck();
    ASSERT_TRUE(wizard->errors().empty()) << qPrintable(wizard->errors().front().toString());
    wizard->next();
    ASSERT_TRUE(wizard->imported());
    // NEWBIE (new from the agents profile) has the 2 served calls.
    EXPECT_EQ(contactsOf(QStringLiteral("NEWBIE")), 2);
}

TEST_F(ImportWizardTest, OffersToCreateTheAgentsAFileNamesInATeamToChoose)
{
    const QString path = dir.filePath(QStringLiteral("contacts_new.csv"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("agent_id,date,contacts\nZED,2026-10-05,4\nA001,2026-10-05,1\nYAN,2026-10-06,2\nZED,2026-10-07,3\n");
    }
    const qint64 a001Before = contactsOf(QStringLiteral("A001"));
    wizard->addFiles({path});
    runToCheck();
    ASSERT_EQ(wizard->errors().size(), 2u); // ZED and YAN, once each
    EXPECT_EQ(wizard->missingAgents(), (QStringList{QStringLiteral("ZED"), QStringLiteral("YAN")}));
    auto *page = qobject_cast<CheckPage *>(wizard->currentPage());
    ASSERT_NE(page, nullptr);
    EXPECT_TRUE(page->missingAgentsRow()->isVisible());
    const QSize before = wizard->size();
    page->teamCombo()->setCurrentText(QStringLiteral("Night shift"));
    page->createAgentsButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard->isChecking(); }, 10000));
    ASSERT_TRUE(wizard->errors().empty()) << qPrintable(wizard->errors().front().toString());
    EXPECT_FALSE(page->missingAgentsRow()->isVisible());
    EXPECT_EQ(wizard->size(), before);
    wizard->next();
    ASSERT_TRUE(wizard->imported());
    EXPECT_EQ(contactsOf(QStringLiteral("ZED")), 7);
    EXPECT_EQ(contactsOf(QStringLiteral("YAN")), 2);
    EXPECT_EQ(contactsOf(QStringLiteral("A001")), a001Before + 1);
    EXPECT_TRUE(store->teams().contains(QStringLiteral("Night shift")));
}

TEST_F(ImportWizardTest, BinaryFileGivesOneShortLineAndTheWizardKeepsItsSize)
{
    const QString path = dir.filePath(QStringLiteral("photo.csv"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        QByteArray b;
        for (int i = 0; i < 20000; ++i)
            b += char((i * 7919 + 13) % 256);
        f.write(b);
    }
    const QSize before = wizard->size();
    wizard->addFiles({path});
    auto *mapping = [&]() -> MappingPage * {
        wizard->next();
        return qobject_cast<MappingPage *>(wizard->currentPage());
    }();
    ASSERT_NE(mapping, nullptr);
    mapping->modeCombo()->setCurrentIndex(mapping->modeCombo()->findData(QStringLiteral("Zendesk tickets: contacts")));
    mapping->commitEditor();
    runToCheck();
    ASSERT_EQ(wizard->errors().size(), 1u);
    EXPECT_LT(wizard->errors()[0].toString().size(), 200);
    EXPECT_EQ(wizard->size(), before);
}

} // namespace
