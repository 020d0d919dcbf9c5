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
#include <memory>
#include <optional>

class SqlStore;
struct ApiRequest;

// What may be known of a request before its body is read (docs/API.md 2.1).
struct Admission
{
    std::optional<ApiResponse> refusal; // answer this and read no body
    std::optional<ApiKeyInfo> key;      // credentials of the headers or query, checked
    bool write = false;                 // the endpoint writes (one at a time, docs/API.md 5.4)
    bool verify = false;                // screen(): the head names credentials; admit() them
};

// The whole answer to one request, independent of the transport: route (404/405), body limit
// (413), decoding (400/415), credentials (400/401), rate limit (429), endpoint and IP protection
// (403), then the endpoint's handler. Not thread-safe (one store connection): the server keeps
// one per worker thread, sharing the rate limiter.
class ApiService
{
    Q_DECLARE_TR_FUNCTIONS(ApiService)
public:
    // A body without credentials in headers or query is read only up to this many bytes.
    static constexpr qint64 kCredentialBodyBytes = 65536;

    ApiService(SqlStore &store, qint64 maxBodyBytes, int rateLimit, int changesRetentionDays = 90,
               std::shared_ptr<RateLimiter> sharedLimiter = nullptr);

    // What the head alone decides without the file: route, declared size (-1: unknown,
    // chunked) and whether it names credentials. Without credentials there, a body of at most
    // kCredentialBodyBytes may still carry them; any larger one is refused unread (after the
    // peer's rate limit). Touches no store: safe on any thread, e.g. the network thread.
    Admission screen(const ApiRequest &head, qint64 declaredBodyBytes) const;
    // screen(), then the credentials of the head checked against the file, the key's rate
    // limit, endpoint and IP protection.
    Admission admit(const ApiRequest &head, qint64 declaredBodyBytes);
    // The answer to a whole request; `checkedKey` is Admission::key (its credentials are not
    // checked again).
    ApiResponse handle(const ApiRequest &request,
                       const std::optional<ApiKeyInfo> &checkedKey = std::nullopt);
    static bool isWrite(Endpoint endpoint);

private:
    ApiResponse tooManyRequests(int retryAfterSeconds) const;
    std::optional<ApiResponse> routeAndSize(const ApiRequest &request, qint64 bodyBytes,
                                            RouteMatch *route) const;
    ApiResponse write(Endpoint endpoint, qint64 account, const PayloadTree &parameters,
                      std::optional<qint64> ifMatch);
    ApiResponse read(Endpoint endpoint, qint64 account, const QJsonObject &document);
    // Forgets tombstones older than the retention, at most once an hour (and at start).
    void pruneChanges();

    SqlStore &m_store;
    ApiKeyRegistry m_keys;
    RequestAuthenticator m_authenticator;
    std::shared_ptr<RateLimiter> m_rateLimiter;
    IngressHandler m_ingress;
    EgressHandler m_egress;
    SchemaHandler m_schema;
    qint64 m_maxBodyBytes;
    int m_retentionDays;
    qint64 m_lastPrune = 0; // seconds since 1970
};
