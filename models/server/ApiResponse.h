#pragma once

#include "domain/ApiError.h"
#include "domain/DomainError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

// One answer of the API: always a JSON body (docs/API.md section 3), plus the number of entries
// the request carried or returned, for the access log.
struct ApiResponse
{
    int status = 200;
    QByteArray body;                              // compact JSON
    QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Type and Content-Length
    qint64 entries = 0;

    static ApiResponse json(const QJsonObject &object, int status = 200);
    // Adds the account's revision as the ETag (docs/API.md 10); the body carries it as well.
    ApiResponse &withRevision(qint64 revision);
    static ApiResponse error(const ApiError &error);
    // The one place a store's DomainError becomes a status and a wire title (docs/API.md 4):
    // refused 400 with the rule's title, conflict 412 "Precondition Failed", busy 503
    // "Database Busy", anything else 500.
    static ApiError apiError(const DomainError &error);
    // A single-problem error: `title` from ErrorTitles, `message` saying what and `location` where.
    static ApiResponse error(int status, const char *title, const QString &message,
                             const QString &location = QString());
};
