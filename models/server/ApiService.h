#pragma once

#include "ApiResponse.h"
#include "ApiRoutes.h"
#include "EgressHandler.h"
#include "IngressHandler.h"
#include "RateLimiter.h"
#include "RequestAuthenticator.h"
#include "SchemaHandler.h"
#include "store/ApiKeyRegistry.h"

#include <QCoreApplication>
#include <optional>

class SqliteStore;
struct ApiRequest;

// The whole answer to one request, independent of the transport: route (404/405), body limit
// (413), decoding (400/415), credentials (400/401), rate limit (429), endpoint and IP protection
// (403), then the endpoint's handler.
class ApiService
{
    Q_DECLARE_TR_FUNCTIONS(ApiService)
public:
    ApiService(SqliteStore &store, qint64 maxBodyBytes, int rateLimit,
               int changesRetentionDays = 90);

    ApiResponse handle(const ApiRequest &request);

private:
    ApiResponse tooManyRequests(int retryAfterSeconds) const;
    ApiResponse write(Endpoint endpoint, qint64 account, const QJsonObject &document,
                      const QStringList &usersKeyOrder, std::optional<qint64> ifMatch);
    ApiResponse read(Endpoint endpoint, qint64 account, const QJsonObject &document);
    // Forgets tombstones older than the retention, at most once an hour (and at start).
    void pruneChanges();

    SqliteStore &m_store;
    ApiKeyRegistry m_keys;
    RequestAuthenticator m_authenticator;
    RateLimiter m_rateLimiter;
    IngressHandler m_ingress;
    EgressHandler m_egress;
    SchemaHandler m_schema;
    qint64 m_maxBodyBytes;
    int m_retentionDays;
    qint64 m_lastPrune = 0; // seconds since 1970
};
