#include "SecretStore.h"

QString SecretStore::entryFor(const QUrl &baseUrl, const QString &apiId)
{
    // Normalised so that "https://Crm.example.com/" and "https://crm.example.com" are one server;
    // user info is dropped because it is never part of the server's identity here.
    const QUrl normalised =
        baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash |
                         QUrl::NormalizePathSegments | QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString text = normalised.toString(QUrl::FullyEncoded).toLower();
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text + QStringLiteral(" api-id:") + apiId;
}
