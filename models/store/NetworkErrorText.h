#pragma once

#include "domain/ApiError.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>

// Every transport error and HTTP status as a sentence a person can act on (translated).
class NetworkErrorText
{
    Q_DECLARE_TR_FUNCTIONS(NetworkErrorText)
public:
    // `host` names the server in the sentence.
    static QString forNetworkError(QNetworkReply::NetworkError error, const QString &host);
    static QString forHttpStatus(int status);
    // An error answer of docs/API.md section 4: the status's sentence, the title and every detail.
    static QString forApiError(const ApiError &error);
};
