#include "ApiError.h"

#include <QJsonArray>

QJsonObject ApiError::toJson() const
{
    QJsonObject o{{QStringLiteral("error"), title}};
    if (!details.isEmpty()) {
        QJsonArray list;
        for (const ErrorDetail &d : details)
            list.append(QJsonObject{{QStringLiteral("location"), d.location},
                                    {QStringLiteral("message"), d.message}});
        o.insert(QStringLiteral("errors"), list);
    }
    return o;
}

ApiError ApiError::fromJson(int status, const QJsonObject &body)
{
    ApiError e;
    e.status = status;
    e.title = body.value(QStringLiteral("error")).toString();
    const QJsonArray list = body.value(QStringLiteral("errors")).toArray();
    for (const auto &v : list) {
        const QJsonObject d = v.toObject();
        e.details.append({d.value(QStringLiteral("location")).toString(),
                          d.value(QStringLiteral("message")).toString()});
    }
    return e;
}
