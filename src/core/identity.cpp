#include "identity.h"

#include <QCoreApplication>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace sc {

void applyApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Scorecard"));
    QCoreApplication::setApplicationName(QStringLiteral("Scorecard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCORECARD_VERSION));
}

QString currentUserName()
{
    // The account database first: cron and systemd units often run without $USER.
#ifdef Q_OS_UNIX
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    for (const char *var : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(var);
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("unknown");
}

} // namespace sc
