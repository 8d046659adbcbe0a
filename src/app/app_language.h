#pragma once
// The language of the app's texts, the card and the PDF reports. It follows
// the system (QLocale::system(), which reads LANGUAGE/LC_ALL/LC_MESSAGES/LANG)
// unless the user chose one in Help > About (AppSettings::language()); the
// choice applies from the next start. The translations are embedded (:/i18n).
#include <QLocale>
#include <QString>
#include <vector>

namespace sc {

struct UiLanguage {
    QString code;       // "en", "es", "pt_BR"
    QString nativeName; // "English", "Español", "Português (Brasil)"
};

// English and every language shipped with a translation.
const std::vector<UiLanguage> &availableLanguages();

// The shipped language a locale maps to: any Spanish -> "es", any Portuguese
// -> "pt_BR", anything else -> "en".
QString languageForLocale(const QLocale &locale);

// The language in effect: the stored choice if it is one of ours, else the
// system's.
QString effectiveLanguage();

// Installs the translators for `code` (the app's own and Qt's standard
// dialogs and buttons when the system has them), replacing the ones installed
// before; "en" removes them. Returns false when `code` has no translation.
bool installTranslations(const QString &code);

} // namespace sc
