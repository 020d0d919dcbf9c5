#pragma once

#include "domain/ApiError.h"
#include "domain/DomainError.h"

#include <QCoreApplication>
#include <QString>

struct HttpResult;

// Why a Store call failed, for the GUI: what kind of failure (decisions look at this, never at
// the text), a translated sentence for people, and the server's error answer with its locations
// when there was one.
struct ClientError
{
    Q_DECLARE_TR_FUNCTIONS(ClientError)
public:
    enum class Kind
    {
        None,
        File,           // the database file cannot be opened or read
        Network,        // the server could not be reached or the connection broke
        Authentication, // the server refused the API id or key (401, 403)
        Refused,        // the rules refused the request; nothing was written
        Conflict,       // the data changed elsewhere first (409, 412)
        Expired,        // the changes asked for are no longer kept (410): take a fresh copy
        Unsupported,    // the server has no such endpoint (404, 405, 501): a plain TLD ingress
        Busy,           // the file or server is busy; a retry may work (503, 429, a locked file)
        Cancelled,      // stopped on request
        Internal        // anything else: a server or SQLite failure, an answer off the contract
    };

    Kind kind = Kind::None;
    QString text;      // translated, for people
    ApiError apiError; // the server's answer (docs/API.md 4), when it sent one

    bool isError() const { return kind != Kind::None; }

    static ClientError make(Kind kind, const QString &text, const ApiError &apiError = {});
    // The one place an HTTP outcome gets its kind: by status, else by the transport's error.
    static ClientError fromHttp(const HttpResult &result);
    // A database file's refusal or failure, in a sentence of its kind; `detail` (what SQLite
    // said, say) is added to it.
    static ClientError fromDomain(const DomainError &error, const QString &detail = QString());
};
