#include "app/app_language.h"

#include "app/app_settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>
#include <memory>

namespace sc {

namespace {
// Installed now; replaced by the next installTranslations().
QTranslator *g_app = nullptr;
QTranslator *g_qt = nullptr;

void removeInstalled()
{
    for (QTranslator **t : {&g_app, &g_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
}
} // namespace

const std::vector<UiLanguage> &availableLanguages()
{
    // Each language's own name, so that a user who cannot read the current
    // language still finds theirs.
    static const std::vector<UiLanguage> all{
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")},
    };
    return all;
}

QString languageForLocale(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::Spanish: return QStringLiteral("es");
    case QLocale::Portuguese: return QStringLiteral("pt_BR");
    default: return QStringLiteral("en");
    }
}

QString effectiveLanguage()
{
    const QString chosen = AppSettings::language();
    for (const UiLanguage &l : availableLanguages())
        if (l.code == chosen)
            return chosen;
    return languageForLocale(QLocale::system());
}

bool installTranslations(const QString &code)
{
    removeInstalled();
    if (code == u"en")
        return true;
    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/scorecard_%1.qm").arg(code)))
        return false;
    g_app = app.release();
    QCoreApplication::installTranslator(g_app);
    // Qt's own texts (standard buttons, file dialogs) from qt6-translations-l10n
    // when installed; the app works without them.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        g_qt = qt.release();
        QCoreApplication::installTranslator(g_qt);
    }
    return true;
}

} // namespace sc
