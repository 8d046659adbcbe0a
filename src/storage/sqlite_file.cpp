#include "sqlite_file.h"

#include "sqlite_schema.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryFile>
#include <QUrl>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

namespace sc::sqlite {

namespace {

using Reason = DatabaseRefused::Reason;

// Permission for this process's effective user (root may write anything).
bool canAccess(const QString &path, int how)
{
    return ::faccessat(AT_FDCWD, QFile::encodeName(path).constData(), how, AT_EACCESS) == 0;
}

QString shown(const QString &path) { return QStringLiteral("'%1'").arg(QDir::toNativeSeparators(path)); }

[[noreturn]] void refuse(Reason reason, const QString &message) { throw DatabaseRefused(reason, message); }

// What a read-only look at the file found.
struct Look {
    int applicationId = 0;
    int userVersion = 0;
    int objects = 0; // rows of sqlite_master
    QSet<QString> tables;
};

// One read-only connection, closed when it goes (through SQLite, which keeps
// the file open while this process holds locks on it elsewhere).
class Peek {
public:
    explicit Peek(const QString &uri)
    {
        m_rc = sqlite3_open_v2(uri.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
        if (m_db)
            sqlite3_busy_timeout(m_db, 5000);
    }
    ~Peek() { sqlite3_close_v2(m_db); }
    Peek(const Peek &) = delete;
    Peek &operator=(const Peek &) = delete;

    // SQLITE_OK, or the first error's primary code (message in error()).
    int look(Look &out)
    {
        if (m_rc != SQLITE_OK)
            return m_rc & 0xff;
        int rc = scalar("PRAGMA application_id", out.applicationId);
        if (rc == SQLITE_OK)
            rc = scalar("PRAGMA user_version", out.userVersion);
        if (rc == SQLITE_OK)
            rc = scalar("SELECT COUNT(*) FROM sqlite_master", out.objects);
        if (rc != SQLITE_OK)
            return rc;
        sqlite3_stmt *st = nullptr;
        rc = sqlite3_prepare_v2(m_db, "SELECT name FROM sqlite_master WHERE type = 'table'", -1, &st, nullptr);
        if (rc == SQLITE_OK)
            while ((rc = sqlite3_step(st)) == SQLITE_ROW)
                out.tables.insert(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))));
        if (rc == SQLITE_ROW || rc == SQLITE_DONE)
            rc = SQLITE_OK;
        else
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(st);
        return rc & 0xff;
    }
    QString error() const { return m_error.isEmpty() && m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : m_error; }

private:
    int scalar(const char *sql, int &value)
    {
        sqlite3_stmt *st = nullptr;
        int rc = sqlite3_prepare_v2(m_db, sql, -1, &st, nullptr);
        if (rc == SQLITE_OK) {
            rc = sqlite3_step(st);
            if (rc == SQLITE_ROW) {
                value = sqlite3_column_int(st, 0);
                rc = SQLITE_OK;
            }
        }
        if (rc != SQLITE_OK)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(st);
        return rc & 0xff;
    }

    sqlite3 *m_db = nullptr;
    int m_rc = SQLITE_OK;
    QString m_error;
};

} // namespace

QString readOnlyUri(const QString &path, bool immutable)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    return QStringLiteral("file:") + QString::fromLatin1(QUrl::toPercentEncoding(absolute, "/"))
           + QStringLiteral("?mode=ro") + (immutable ? QStringLiteral("&immutable=1") : QString());
}

QStringList scorecardTables(int version)
{
    // The tables the steps leave: a table rebuilt under a new name (version
    // 6's notes) is created, the old one dropped, the new one renamed.
    static const QRegularExpression create(QStringLiteral("^\\s*CREATE TABLE (\\w+)"));
    static const QRegularExpression drop(QStringLiteral("^\\s*DROP TABLE (\\w+)"));
    static const QRegularExpression rename(QStringLiteral("^\\s*ALTER TABLE (\\w+) RENAME TO (\\w+)"));
    QStringList out;
    for (int v = 1; v <= version; ++v)
        for (const QString &sql : migrationStep(v)) {
            if (const auto m = create.match(sql); m.hasMatch())
                out << m.captured(1);
            else if (const auto d = drop.match(sql); d.hasMatch())
                out.removeAll(d.captured(1));
            else if (const auto r = rename.match(sql); r.hasMatch())
                out.replaceInStrings(QRegularExpression(QStringLiteral("^%1$").arg(r.captured(1))), r.captured(2));
        }
    return out;
}

FileState inspectFile(const QString &path, OpenMode mode, bool anyVersion)
{
    FileState state;
    if (path == QLatin1String(":memory:")) { // a private, new database (tests)
        state.create = true;
        return state;
    }
    const QFileInfo info(path);
    if (info.isDir())
        refuse(Reason::IsFolder, QStringLiteral("%1 is a folder, not a database file").arg(shown(path)));
    const QString folder = info.absolutePath();
    if (!QFileInfo(folder).isDir())
        refuse(Reason::NoFolder, QStringLiteral("cannot open %1: the folder %2 does not exist")
                                     .arg(shown(path), QDir::toNativeSeparators(folder)));
    const bool folderWritable = canAccess(folder, W_OK);
    if (!info.exists()) {
        if (mode == OpenMode::ReadOnly)
            refuse(Reason::CannotRead, QStringLiteral("%1 does not exist").arg(shown(path)));
        if (!folderWritable)
            refuse(Reason::CannotCreate,
                   QStringLiteral("cannot create the database %1: its folder cannot be written").arg(shown(path)));
        state.create = true;
        return state;
    }
    if (!info.isFile())
        refuse(Reason::NotAFile, QStringLiteral("%1 is not a regular file, not a database file").arg(shown(path)));
    if (!canAccess(path, R_OK))
        refuse(Reason::CannotRead, QStringLiteral("cannot read %1 (permission denied)").arg(shown(path)));
    // Writing needs the file and its folder (SQLite creates -wal and -shm there).
    state.readOnly = mode == OpenMode::ReadOnly || !canAccess(path, W_OK) || !folderWritable;

    // Without a -wal or -journal file beside it, the file holds the whole
    // database: read it as immutable, which creates no -shm or -wal. With
    // one, read through SQLite's locks (the sidecar files exist already).
    const bool sidecars =
        QFileInfo::exists(path + QStringLiteral("-wal")) || QFileInfo::exists(path + QStringLiteral("-journal"));
    state.immutable = state.readOnly && !folderWritable && !sidecars;
    Look look;
    int rc = SQLITE_OK;
    QString error;
    {
        Peek peek(readOnlyUri(path, !sidecars));
        rc = peek.look(look);
        error = peek.error();
    }
    if (rc != SQLITE_OK && rc != SQLITE_NOTADB && !sidecars) {
        // A writer may have started meanwhile: look again through its locks.
        look = Look();
        Peek peek(readOnlyUri(path, false));
        rc = peek.look(look);
        error = peek.error();
    }
    if (rc == SQLITE_NOTADB)
        refuse(Reason::NotSqlite,
               QStringLiteral("%1 is not a Scorecard database (the file is not a database: no SQLite header); nothing "
                              "was changed")
                   .arg(shown(path)));
    if (rc == SQLITE_CORRUPT)
        refuse(Reason::Damaged,
               QStringLiteral("%1 is damaged (SQLite: %2); nothing was changed").arg(shown(path), error));
    if (rc == SQLITE_CANTOPEN || rc == SQLITE_PERM || rc == SQLITE_AUTH)
        refuse(Reason::CannotRead, QStringLiteral("cannot read %1 (SQLite: %2)").arg(shown(path), error));
    if (rc != SQLITE_OK)
        refuse(Reason::Damaged,
               QStringLiteral("cannot read %1 (SQLite: %2); nothing was changed").arg(shown(path), error));

    state.version = look.userVersion;
    const int latest = latestSchemaVersion();
    bool scorecard = false;
    if (look.applicationId == kApplicationId) {
        scorecard = true;
        state.stamped = true;
    } else if (look.applicationId != 0) {
        refuse(Reason::Foreign, QStringLiteral("%1 is not a Scorecard database (another application's SQLite "
                                               "database, application id 0x%2); nothing was changed")
                                    .arg(shown(path))
                                    .arg(quint32(look.applicationId), 8, 16, QLatin1Char('0')));
    } else if (look.objects == 0 && look.userVersion == 0) {
        // An empty SQLite database (or a zero-byte file): nothing to lose.
        if (mode == OpenMode::ReadOnly)
            refuse(Reason::EmptyReadOnly, QStringLiteral("%1 is empty: there is nothing to read").arg(shown(path)));
        if (state.readOnly)
            refuse(Reason::EmptyReadOnly,
                   QStringLiteral("%1 is empty and read-only: there is nothing to read, and a Scorecard database "
                                  "cannot be made there")
                       .arg(shown(path)));
        state.create = true;
        return state;
    } else if (look.userVersion >= 1) {
        // Made before application_id was set: Scorecard's if it has the
        // tables of its version (of every version this build knows).
        scorecard = true;
        for (const QString &t : scorecardTables(std::min(look.userVersion, latest)))
            scorecard = scorecard && look.tables.contains(t);
    }
    if (!scorecard)
        refuse(Reason::Foreign, QStringLiteral("%1 is not a Scorecard database (another application's SQLite "
                                               "database); nothing was changed")
                                    .arg(shown(path)));
    if (anyVersion)
        return state;
    if (look.userVersion > latest)
        refuse(Reason::Newer,
               QStringLiteral("%1 was made by a newer Scorecard: its schema version %2 is newer than this Scorecard "
                              "supports (%3). Update Scorecard to open it; nothing was changed")
                   .arg(shown(path))
                   .arg(look.userVersion)
                   .arg(latest));
    if (state.readOnly && look.userVersion < latest)
        refuse(Reason::NeedsUpgrade,
               QStringLiteral("%1 was made by an older Scorecard (schema version %2, now %3) and must be upgraded, "
                              "but it is read-only; nothing was changed")
                   .arg(shown(path))
                   .arg(look.userVersion)
                   .arg(latest));
    return state;
}

void backupConnection(sqlite3 *source, const QString &sourcePath, const QString &target)
{
    const QFileInfo info(target);
    if (info.isDir())
        refuse(Reason::IsFolder, QStringLiteral("%1 is a folder; give a file name for the backup").arg(shown(target)));
    const QString folder = info.absolutePath();
    if (!QFileInfo(folder).isDir())
        refuse(Reason::NoFolder, QStringLiteral("cannot write the backup %1: the folder %2 does not exist")
                                     .arg(shown(target), QDir::toNativeSeparators(folder)));
    if (info.exists()) {
        if (info.canonicalFilePath() == QFileInfo(sourcePath).canonicalFilePath())
            throw StoreError(
                QStringLiteral("the backup %1 cannot be the database itself").arg(shown(target)).toStdString());
        if (QFileInfo::exists(target + QStringLiteral("-wal")) || QFileInfo::exists(target + QStringLiteral("-shm")))
            throw StoreError(QStringLiteral("%1 is a database in use (it has -wal or -shm files beside it); choose "
                                            "another file for the backup")
                                 .arg(shown(target))
                                 .toStdString());
        // Only a Scorecard database (an older backup) or an empty file is replaced.
        try {
            inspectFile(target, OpenMode::ReadOnly, true);
        } catch (const DatabaseRefused &e) {
            if (e.reason() != Reason::EmptyReadOnly)
                throw DatabaseRefused(e.reason(), QStringLiteral("will not replace it with a backup: ")
                                                      + QString::fromUtf8(e.what()));
        }
    }
    QTemporaryFile temp(folder + QStringLiteral("/.") + info.fileName() + QStringLiteral(".XXXXXX.part"));
    if (!temp.open())
        throw StoreError(
            QStringLiteral("cannot write the backup %1: %2").arg(shown(target), temp.errorString()).toStdString());
    temp.close();
    auto failed = [&](const QString &why) {
        return StoreError(QStringLiteral("cannot write the backup %1: %2").arg(shown(target), why).toStdString());
    };
    sqlite3 *dest = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(temp.fileName()).constData(), &dest, SQLITE_OPEN_READWRITE, nullptr)
        != SQLITE_OK) {
        const QString why = QString::fromUtf8(dest ? sqlite3_errmsg(dest) : "out of memory");
        sqlite3_close(dest);
        throw failed(why);
    }
    sqlite3_backup *backup = sqlite3_backup_init(dest, "main", source, "main");
    if (!backup) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(dest));
        sqlite3_close(dest);
        throw failed(why);
    }
    // All pages in one step: one read transaction on the source, so the copy
    // is one consistent state; in WAL mode writers go on meanwhile.
    int rc = SQLITE_OK;
    for (int attempt = 0; attempt < 200; ++attempt) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        sqlite3_sleep(50);
    }
    sqlite3_backup_finish(backup);
    const QString why = QString::fromUtf8(sqlite3_errstr(rc));
    const bool closed = sqlite3_close(dest) == SQLITE_OK;
    if (rc != SQLITE_DONE)
        throw failed(QStringLiteral("SQLite: %1").arg(why));
    if (!closed)
        throw failed(QStringLiteral("SQLite could not close it"));
    if (std::rename(QFile::encodeName(temp.fileName()).constData(), QFile::encodeName(target).constData()) != 0)
        throw failed(QString::fromLocal8Bit(std::strerror(errno)));
    temp.setAutoRemove(false);
}

void backupFile(const QString &source, const QString &target)
{
    const FileState state = inspectFile(source, OpenMode::ReadOnly, true);
    sqlite3 *db = nullptr;
    const QString uri = readOnlyUri(source, state.immutable);
    if (sqlite3_open_v2(uri.toUtf8().constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) != SQLITE_OK) {
        const QString why = QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
        sqlite3_close(db);
        throw StoreError(QStringLiteral("cannot read %1 (SQLite: %2)").arg(shown(source), why).toStdString());
    }
    sqlite3_busy_timeout(db, 5000);
    try {
        backupConnection(db, source, target);
    } catch (...) {
        sqlite3_close(db);
        throw;
    }
    sqlite3_close(db);
}

} // namespace sc::sqlite
