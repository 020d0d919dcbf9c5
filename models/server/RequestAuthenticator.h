#pragma once

#include "domain/ApiError.h"
#include "store/ApiKeyRegistry.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <optional>

struct ApiRequest;

struct Authentication
{
    std::optional<ApiKeyInfo> key; // set when the credentials are good
    QString claimedApiId;          // what the request named, even when wrong (rate limiting)
    ApiError error;                // 400 / 401 otherwise
};

// Finds the credentials of a request (docs/API.md section 2: headers first, then api_id/api_key
// or api/apikey parameters) and checks them; then endpoint and IP protection.
class RequestAuthenticator
{
    Q_DECLARE_TR_FUNCTIONS(RequestAuthenticator)
public:
    explicit RequestAuthenticator(ApiKeyRegistry &registry);

    struct Claim
    {
        QString apiId; // trimmed; empty when not sent
        QString apiKey;
    };
    // The credentials a request names (headers first, then `parameters`), unchecked.
    static Claim claim(const ApiRequest &request, const QJsonObject &parameters);
    // 400 No API ID / No API Key Provided when the claim lacks either, else no error.
    static ApiError missing(const Claim &claim);
    // `parameters` is the decoded request document (query and body).
    Authentication authenticate(const ApiRequest &request, const QJsonObject &parameters);
    // 403 Endpoint Not Allowed / IP Not Allowed, or no error.
    static ApiError checkAccess(const ApiKeyInfo &key, const ApiRequest &request,
                                const QString &path);

private:
    ApiKeyRegistry &m_registry;
};
