#include "IngressMessages.h"

namespace {
QString counted(qint64 n, const char *singular, const char *plural)
{
    return QString::number(n) + QLatin1Char(' ') + QLatin1String(n == 1 ? singular : plural);
}

QString wasWere(qint64 n)
{
    return QLatin1String(n == 1 ? "was" : "were");
}

QString forUsers(qint64 users)
{
    return QStringLiteral(" for ") + counted(users, "User", "Users") + QLatin1Char('.');
}
} // namespace

namespace IngressMessages {

QString userMetaUpdated(qint64 updated, qint64 users)
{
    if (updated == 0)
        return QStringLiteral("No User Meta Fields were Updated.");
    return counted(updated, "User Meta Field", "User Meta Fields") + QLatin1Char(' ') +
           wasWere(updated) + QStringLiteral(" Updated") + forUsers(users);
}

QString groupsChanged(const char *verb, qint64 count, qint64 users)
{
    if (count == 0)
        return QStringLiteral("No User Groups were ") + QLatin1String(verb) + QLatin1Char('.');
    return counted(count, "User Group", "User Groups") + QLatin1Char(' ') + wasWere(count) +
           QLatin1Char(' ') + QLatin1String(verb) + forUsers(users);
}

QString groupsReplaced(qint64 added, qint64 removed, qint64 users)
{
    if (added == 0 && removed == 0)
        return QStringLiteral("No User Groups were Changed.");
    if (removed == 0)
        return groupsChanged("Added", added, users);
    if (added == 0)
        return groupsChanged("Removed", removed, users);
    return counted(added, "User Group", "User Groups") + QLatin1Char(' ') + wasWere(added) +
           QStringLiteral(" Added and ") + QString::number(removed) + QLatin1Char(' ') +
           wasWere(removed) + QStringLiteral(" Removed") + forUsers(users);
}

} // namespace IngressMessages
