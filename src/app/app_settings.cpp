#include "app/app_settings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace sc {

namespace {
// Keys live here only.
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kMyCardGeometry = QStringLiteral("myCard/geometry");
const QString kRecent = QStringLiteral("databases/recent");
const QString kDemo = QStringLiteral("databases/demo");
const QString kImportDir = QStringLiteral("import/lastDirectory");
const QString kLanguage = QStringLiteral("ui/language");

QString canonical(const QString &path) { return QFileInfo(path).absoluteFilePath(); }
} // namespace

QByteArray AppSettings::mainWindowGeometry() { return QSettings().value(kGeometry).toByteArray(); }
void AppSettings::setMainWindowGeometry(const QByteArray &g) { QSettings().setValue(kGeometry, g); }
QByteArray AppSettings::mainWindowState() { return QSettings().value(kState).toByteArray(); }
void AppSettings::setMainWindowState(const QByteArray &s) { QSettings().setValue(kState, s); }
QByteArray AppSettings::myCardGeometry() { return QSettings().value(kMyCardGeometry).toByteArray(); }
void AppSettings::setMyCardGeometry(const QByteArray &g) { QSettings().setValue(kMyCardGeometry, g); }

QStringList AppSettings::recentDatabases()
{
    QStringList out;
    const QStringList stored = QSettings().value(kRecent).toStringList();
    for (const QString &p : stored) {
        if (QFileInfo::exists(p) && !out.contains(p))
            out << p;
    }
    return out;
}

void AppSettings::addRecentDatabase(const QString &path)
{
    QStringList list = QSettings().value(kRecent).toStringList();
    const QString p = canonical(path);
    list.removeAll(p);
    list.prepend(p);
    while (list.size() > maxRecentDatabases)
        list.removeLast();
    QSettings().setValue(kRecent, list);
}

QString AppSettings::lastDatabase()
{
    const QStringList r = recentDatabases();
    return r.isEmpty() ? QString() : r.first();
}

bool AppSettings::isDemoDatabase(const QString &path)
{
    return QSettings().value(kDemo).toStringList().contains(canonical(path));
}

void AppSettings::setDemoDatabase(const QString &path, bool demo)
{
    QStringList list = QSettings().value(kDemo).toStringList();
    list.removeAll(canonical(path));
    if (demo)
        list << canonical(path);
    QSettings().setValue(kDemo, list);
}

QString AppSettings::lastImportDirectory() { return QSettings().value(kImportDir, QDir::homePath()).toString(); }
void AppSettings::setLastImportDirectory(const QString &dir) { QSettings().setValue(kImportDir, dir); }

QString AppSettings::language() { return QSettings().value(kLanguage).toString(); }
void AppSettings::setLanguage(const QString &code)
{
    if (code.isEmpty())
        QSettings().remove(kLanguage);
    else
        QSettings().setValue(kLanguage, code);
}

QString AppSettings::profilesDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/profiles");
}

} // namespace sc
