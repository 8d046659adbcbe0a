#pragma once
// Opening a database in the app: a file Scorecard refuses (another
// application's, damaged, from a newer Scorecard, a folder, ...) gets one
// message offering to open another database or create a new one; a database
// from an older Scorecard is backed up beside itself before the user is
// asked to upgrade it.
#include "core/clock.h"
#include "storage/store.h"

#include <QDateTime>
#include <QString>
#include <functional>
#include <memory>

class QWidget;

namespace sc {

// The file dialogs of the flow, replaceable in tests. An empty path = cancelled.
struct OpenDialogs {
    std::function<QString(QWidget *parent, const QString &folder)> chooseExisting;
    std::function<QString(QWidget *parent, const QString &folder)> chooseNew;
};
OpenDialogs defaultOpenDialogs();

struct OpenedDatabase {
    std::unique_ptr<Store> store; // null when the user gave up
    QString path;
    QString upgradeBackup; // the backup made before an upgrade, if any
};

// Opens `path`, asking as described above until a database is open or the
// user cancels. Object names for tests: the message box "databaseRefusedBox"
// with buttons "openAnotherButton", "createNewButton" and a Cancel button;
// the upgrade question "upgradeBox" with "upgradeButton" and Cancel.
OpenedDatabase openDatabaseForApp(QWidget *parent, const QString &path, const Clock &clock,
                                  const OpenDialogs &dialogs = defaultOpenDialogs());

// Where the automatic backup before an upgrade goes, beside the database:
// "<name>.v<version>-backup-<yyyyMMdd-HHmmss>.sqlite" (UTC).
QString upgradeBackupPath(const QString &path, int version, const QDateTime &now);

} // namespace sc
