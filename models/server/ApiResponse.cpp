#include "ApiResponse.h"

#include <QJsonDocument>

ApiResponse ApiResponse::json(const QJsonObject &object, int status)
{
    ApiResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

ApiResponse ApiResponse::error(const ApiError &error)
{
    return json(error.toJson(), error.status);
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
