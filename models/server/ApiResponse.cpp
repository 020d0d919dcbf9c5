#include "ApiResponse.h"

#include "payload/JsonWriter.h"

#include <QJsonDocument>

ApiResponse ApiResponse::json(const QJsonObject &object, int status)
{
    ApiResponse r;
    r.status = status;
    r.body = JsonWriter::compact(object);
    return r;
}

ApiResponse &ApiResponse::withRevision(qint64 revision)
{
    headers.append({QByteArrayLiteral("ETag"), '"' + QByteArray::number(revision) + '"'});
    return *this;
}

ApiResponse ApiResponse::error(const ApiError &error)
{
    return json(error.toJson(), error.status);
}

ApiError ApiResponse::apiError(const DomainError &error)
{
    using Kind = DomainError::Kind;
    ApiError e;
    e.details = error.details;
    switch (error.kind) {
    case Kind::None:
        e.status = 200;
        return e;
    case Kind::Refused:
        e.status = 400;
        e.title = error.rule;
        return e;
    case Kind::Conflict:
        e.status = 412;
        e.title = QString::fromLatin1(ErrorTitles::PreconditionFailed);
        return e;
    case Kind::Busy:
        e.status = 503;
        e.title = QString::fromLatin1(ErrorTitles::DatabaseBusy);
        return e;
    case Kind::Cancelled: // the server never cancels a write; should it, nothing was written
    case Kind::File:
    case Kind::Internal:
        break;
    }
    e.status = 500;
    e.title = QString::fromLatin1(ErrorTitles::InternalError);
    return e;
}

ApiResponse ApiResponse::error(int status, const char *title, const QString &message,
                               const QString &location)
{
    ApiError e;
    e.status = status;
    e.title = QString::fromLatin1(title);
    e.details.append({location, message});
    return error(e);
}
