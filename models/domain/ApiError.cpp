#include "ApiError.h"

#include <QJsonArray>

QJsonObject ApiError::toJson() const
{
    QJsonObject o{{QStringLiteral("error"), title}};
    if (!details.isEmpty()) {
        QJsonArray list;
        for (const ErrorDetail &d : details) {
            QJsonObject item{{QStringLiteral("location"), d.location},
                             {QStringLiteral("message"), d.message}};
            if (d.current)
                item.insert(QStringLiteral("current"), *d.current);
            list.append(item);
        }
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
        std::optional<QJsonValue> current;
        if (d.contains(QStringLiteral("current")))
            current = d.value(QStringLiteral("current"));
        e.details.append({d.value(QStringLiteral("location")).toString(),
                          d.value(QStringLiteral("message")).toString(), current});
    }
    return e;
}
