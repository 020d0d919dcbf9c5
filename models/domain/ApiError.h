#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>

// The error shape of docs/API.md section 4.
struct ErrorDetail
{
    ErrorDetail() = default;
    ErrorDetail(const QString &location, const QString &message,
                const std::optional<QJsonValue> &current = std::nullopt)
        : location(location)
        , message(message)
        , current(current)
    {}

    QString location;
    QString message;
    // A conditional write's refusal (412): the place's value now; none when it was removed.
    std::optional<QJsonValue> current;
    friend bool operator==(const ErrorDetail &a, const ErrorDetail &b)
    {
        return a.location == b.location && a.message == b.message && a.current == b.current;
    }
};

struct ApiError
{
    int status = 400;
    QString title; // one of ErrorTitles; compared by clients, so never translated
    QList<ErrorDetail> details;

    bool isError() const { return !title.isEmpty(); }
    QJsonObject toJson() const;
    static ApiError fromJson(int status, const QJsonObject &body);
};

// Every error title of docs/API.md, spelled exactly as it is sent.
namespace ErrorTitles {
inline const char *const NoApiId = "No API ID Provided";
inline const char *const NoApiKey = "No API Key Provided";
inline const char *const InvalidCredentials = "Invalid API Credentials";
inline const char *const EndpointNotAllowed = "Endpoint Not Allowed";
inline const char *const IpNotAllowed = "IP Not Allowed";
inline const char *const UnsupportedMediaType = "Unsupported Media Type";
inline const char *const PayloadTooLarge = "Payload Too Large";
inline const char *const TooManyRequests = "Too Many Requests";
inline const char *const TooManyEntries = "Too Many Entries";
inline const char *const IncorrectFormat = "Incorrect Format";
inline const char *const MissingData = "Missing Data";
inline const char *const InvalidUsers = "Invalid Users";
inline const char *const InvalidFields = "Invalid Fields";
inline const char *const InvalidValues = "Invalid Values";
inline const char *const MissingUserIds = "Missing User IDs";
inline const char *const CouldNotFindUsers = "Could not Find Users";
inline const char *const UsersMismatch = "Users Found does not match Users Requested";
inline const char *const MissingGroupIds = "Missing User Group IDs";
inline const char *const CouldNotFindGroups = "Could not Find User Groups";
inline const char *const GroupsMismatch = "User Groups Found does not match User Groups Requested";
inline const char *const AmbiguousGroup = "Ambiguous User Group";
inline const char *const FieldInUse = "Field In Use";
inline const char *const NotFound = "Not Found";
inline const char *const MethodNotAllowed = "Method Not Allowed";
inline const char *const BadRequest = "Bad Request";
inline const char *const InternalError = "Internal Server Error";
inline const char *const DatabaseBusy = "Database Busy";
inline const char *const PreconditionFailed = "Precondition Failed";
inline const char *const ChangesExpired = "Changes Expired";
} // namespace ErrorTitles
