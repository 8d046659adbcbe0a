#pragma once
// Every QSettings key of the desktop app with its type and default, in one
// place, so no widget spells a key or a default of its own.
#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sc {

class AppSettings {
public:
    static constexpr int maxRecentDatabases = 8;

    static QByteArray mainWindowGeometry();
    static void setMainWindowGeometry(const QByteArray &g);
    static QByteArray mainWindowState();
    static void setMainWindowState(const QByteArray &s);
    static QByteArray myCardGeometry();
    static void setMyCardGeometry(const QByteArray &g);

    // Most recent first, existing files only.
    static QStringList recentDatabases();
    static void addRecentDatabase(const QString &path);
    static QString lastDatabase(); // empty: use defaultDatabasePath()

    // Databases the app filled with demo data itself (the banner says so).
    static bool isDemoDatabase(const QString &path);
    static void setDemoDatabase(const QString &path, bool demo);

    static QString lastImportDirectory();
    static void setLastImportDirectory(const QString &dir);

    // The language chosen in Help > About ("en", "es", "pt_BR"); empty:
    // follow the system. Read at start (app_language.h).
    static QString language();
    static void setLanguage(const QString &code);

    // Directory of the import wizard's named mapping profiles.
    static QString profilesDirectory();
};

} // namespace sc
