#pragma once

#include <QString>

// What Crymbo's login takes besides the user name: the API key and secret. Both are kept in
// the keychain as one secret (the key, a line break, the secret).
struct CrymboCredentials
{
    QString apiKey;
    QString apiSecret;

    QString toSecret() const { return apiKey + QLatin1Char('\n') + apiSecret; }
    static CrymboCredentials fromSecret(const QString &secret)
    {
        const qsizetype nl = secret.indexOf(QLatin1Char('\n'));
        if (nl < 0)
            return {QString(), secret};
        return {secret.left(nl), secret.mid(nl + 1)};
    }
};
