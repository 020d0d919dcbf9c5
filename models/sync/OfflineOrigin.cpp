#include "OfflineOrigin.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUrl>

namespace {
// One server, however the person typed its address: the case of scheme and host, a default port
// and a trailing slash do not make another server.
QString normalised(const QString &baseUrl)
{
    QUrl url(baseUrl.trimmed());
    url.setScheme(url.scheme().toLower());
    url.setHost(url.host().toLower());
    if ((url.scheme() == QLatin1String("https") && url.port() == 443) ||
        (url.scheme() == QLatin1String("http") && url.port() == 80))
        url.setPort(-1);
    if (url.path() == QLatin1String("/"))
        url.setPath(QString()); // StripTrailingSlash leaves a lone "/"
    return url.adjusted(QUrl::NormalizePathSegments | QUrl::StripTrailingSlash)
        .toString(QUrl::RemoveUserInfo);
}
} // namespace

bool OfflineOrigin::matches(const QString &otherBaseUrl, qint64 otherAccountId) const
{
    return isValid() && accountId == otherAccountId &&
           normalised(baseUrl) == normalised(otherBaseUrl);
}

QString OfflineOrigin::describe() const
{
    const QString when = QLocale().toString(takenAt.toLocalTime(), QLocale::ShortFormat);
    return QCoreApplication::translate("OfflineOrigin", "Offline copy of %1 on %2, taken %3")
        .arg(accountName, baseUrl, when);
}
