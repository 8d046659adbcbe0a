#include "app/database_open.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace sc {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sc::DatabaseOpen)
};

QString filter() { return Tr::tr("Scorecard database (*.sqlite *.db);;All files (*)"); }

enum class Choice { OpenAnother, CreateNew, Cancel };

Choice askAfterRefusal(QWidget *parent, const QString &path, const QString &why)
{
    QMessageBox box(QMessageBox::Warning, Tr::tr("Scorecard"),
                    Tr::tr("Scorecard cannot open %1.").arg(QDir::toNativeSeparators(path)), QMessageBox::Cancel,
                    parent);
    box.setObjectName(QStringLiteral("databaseRefusedBox"));
    box.setInformativeText(why + u'\n' + Tr::tr("The file was not changed."));
    QPushButton *another = box.addButton(Tr::tr("Open another database…"), QMessageBox::AcceptRole);
    another->setObjectName(QStringLiteral("openAnotherButton"));
    QPushButton *create = box.addButton(Tr::tr("Create a new database…"), QMessageBox::AcceptRole);
    create->setObjectName(QStringLiteral("createNewButton"));
    box.setDefaultButton(another);
    box.exec();
    if (box.clickedButton() == another)
        return Choice::OpenAnother;
    if (box.clickedButton() == create)
        return Choice::CreateNew;
    return Choice::Cancel;
}

bool askToUpgrade(QWidget *parent, const QString &path, const DatabaseCheck &check, const QString &backup)
{
    QMessageBox box(QMessageBox::Question, Tr::tr("Upgrade the database?"),
                    Tr::tr("%1 was made by an older version of Scorecard (database version %2).")
                        .arg(QDir::toNativeSeparators(path))
                        .arg(check.version),
                    QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("upgradeBox"));
    box.setInformativeText(Tr::tr("Opening it upgrades it to version %1; older versions of Scorecard cannot open it "
                                  "afterwards.\n\nA backup of it as it is now was saved as:\n%2")
                               .arg(check.latestVersion)
                               .arg(QDir::toNativeSeparators(backup)));
    QPushButton *upgrade = box.addButton(Tr::tr("Upgrade and open"), QMessageBox::AcceptRole);
    upgrade->setObjectName(QStringLiteral("upgradeButton"));
    box.setDefaultButton(upgrade);
    box.exec();
    return box.clickedButton() == upgrade;
}

} // namespace

OpenDialogs defaultOpenDialogs()
{
    OpenDialogs d;
    d.chooseExisting = [](QWidget *parent, const QString &folder) {
        return QFileDialog::getOpenFileName(parent, Tr::tr("Open database"), folder, filter());
    };
    d.chooseNew = [](QWidget *parent, const QString &folder) {
        return QFileDialog::getSaveFileName(parent, Tr::tr("New database"),
                                            folder + QStringLiteral("/scorecard.sqlite"), filter());
    };
    return d;
}

QString upgradeBackupPath(const QString &path, int version, const QDateTime &now)
{
    const QFileInfo info(path);
    return info.absoluteDir().filePath(QStringLiteral("%1.v%2-backup-%3.sqlite")
                                           .arg(info.fileName())
                                           .arg(version)
                                           .arg(now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
}

OpenedDatabase openDatabaseForApp(QWidget *parent, const QString &given, const Clock &clock, const OpenDialogs &dialogs)
{
    QString path = given;
    for (;;) {
        QString why;
        try {
            const DatabaseCheck check = checkDatabase(path);
            QString backup;
            if (check.needsUpgrade()) {
                // The backup first, then the question: whatever the answer,
                // the old database is safe.
                backup = upgradeBackupPath(path, check.version, clock.now());
                backupDatabase(path, backup);
                if (!askToUpgrade(parent, path, check, backup))
                    why =
                        Tr::tr("It was not upgraded (a backup was saved as %1).").arg(QDir::toNativeSeparators(backup));
            }
            if (why.isEmpty()) {
                OpenedDatabase opened;
                opened.store = openStore(path, clock);
                opened.path = path;
                opened.upgradeBackup = backup;
                return opened;
            }
        } catch (const std::exception &e) {
            why = QString::fromUtf8(e.what());
        }
        const QString folder = QFileInfo(path).absolutePath();
        QString next;
        switch (askAfterRefusal(parent, path, why)) {
        case Choice::OpenAnother: next = dialogs.chooseExisting(parent, folder); break;
        case Choice::CreateNew: next = dialogs.chooseNew(parent, folder); break;
        case Choice::Cancel: return {};
        }
        if (!next.isEmpty())
            path = next;
    }
}

} // namespace sc
