#include "ClientError.h"

#include "HttpCall.h"

#include <QStringList>

ClientError ClientError::make(Kind kind, const QString &text, const ApiError &apiError)
{
    return {kind, text, apiError};
}

ClientError ClientError::fromHttp(const HttpResult &result)
{
    if (result.ok())
        return {};
    const int status = result.status;
    Kind kind = Kind::Internal;
    if (status == 401 || status == 403)
        kind = Kind::Authentication;
    else if (status == 409 || status == 412)
        kind = Kind::Conflict;
    else if (status == 410)
        kind = Kind::Expired;
    else if (status == 429 || status == 503)
        kind = Kind::Busy;
    else if (status == 404 || status == 405 || status == 501)
        kind = Kind::Unsupported;
    else if (status >= 400 && status < 500 && result.apiError.isError())
        kind = Kind::Refused;
    else if (status == 0 || (status >= 300 && status < 400))
        // An abort we asked for is a cancel; everything else never got a usable answer.
        kind = result.networkError == QNetworkReply::OperationCanceledError ? Kind::Cancelled
                                                                            : Kind::Network;
    return {kind, result.error, result.apiError};
}

ClientError ClientError::fromDomain(const DomainError &error, const QString &detail)
{
    using D = DomainError::Kind;
    Kind kind = Kind::Internal;
    QString text;
    switch (error.kind) {
    case D::None:
        return {};
    case D::Refused: {
        kind = Kind::Refused;
        QStringList details;
        for (const ErrorDetail &d : error.details)
            details << d.message;
        text = details.isEmpty()
                   ? tr("Refused: %1.").arg(error.rule)
                   : tr("Refused: %1: %2").arg(error.rule, details.join(QStringLiteral("; ")));
        break;
    }
    case D::Conflict:
        kind = Kind::Conflict;
        text = tr("Not written: %n place(s) changed in the file since the copy was taken.", nullptr,
                  int(error.details.size()));
        break;
    case D::Busy:
        kind = Kind::Busy;
        text = tr("The database file is busy: another program kept it locked for writing. Try "
                  "again.");
        break;
    case D::Cancelled:
        kind = Kind::Cancelled;
        text = tr("Cancelled before it was written.");
        break;
    case D::File:
        kind = Kind::File;
        text = tr("The database file cannot be opened or read.");
        break;
    case D::Internal:
        text = tr("The database file could not be written.");
        break;
    }
    if (!detail.isEmpty())
        text += QStringLiteral(" (") + detail + QLatin1Char(')');
    ApiError apiError;
    if (kind == Kind::Conflict) // the places and their current values, as a server sends them
        apiError = {412, QString::fromLatin1(ErrorTitles::PreconditionFailed), error.details};
    return {kind, text, apiError};
}
