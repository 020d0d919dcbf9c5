#include "ApiService.h"

#include "ApiRequest.h"
#include "ApiRoutes.h"
#include "payload/RequestDocument.h"
#include "store/SqliteStore.h"

ApiService::ApiService(SqliteStore &store, qint64 maxBodyBytes, int rateLimit)
    : m_store(store)
    , m_keys(store)
    , m_authenticator(m_keys)
    , m_rateLimiter(rateLimit)
    , m_ingress(store)
    , m_egress(store)
    , m_schema(store)
    , m_maxBodyBytes(maxBodyBytes)
{}

ApiResponse ApiService::tooManyRequests(int retryAfterSeconds) const
{
    ApiResponse r =
        ApiResponse::error(429, ErrorTitles::TooManyRequests,
                           tr("more than %1 requests per second from this client; retry after %2 s")
                               .arg(m_rateLimiter.rate())
                               .arg(retryAfterSeconds));
    r.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds)});
    return r;
}

ApiResponse ApiService::handle(const ApiRequest &request)
{
    const RouteMatch route = ApiRoutes::match(request.method, request.path);
    if (route.kind == RouteMatch::Kind::NotFound)
        return ApiResponse::error(404, ErrorTitles::NotFound,
                                  tr("there is no endpoint %1").arg(request.path));
    if (route.kind == RouteMatch::Kind::MethodNotAllowed) {
        ApiResponse r = ApiResponse::error(405, ErrorTitles::MethodNotAllowed,
                                           tr("%1 does not accept %2; use %3")
                                               .arg(route.path, QString::fromLatin1(request.method),
                                                    QString::fromLatin1(route.allowed.join(", "))));
        r.headers.append({QByteArrayLiteral("Allow"), route.allowed.join(", ")});
        return r;
    }
    if (request.body.size() > m_maxBodyBytes)
        return ApiResponse::error(413, ErrorTitles::PayloadTooLarge,
                                  tr("the body has %1 bytes; at most %2 are accepted")
                                      .arg(request.body.size())
                                      .arg(m_maxBodyBytes));

    const DecodedRequest decoded =
        RequestDocument::decode(request.contentType(), request.body, request.query);
    // Credentials may stand in the body; when it cannot be read, the query string still counts.
    const QJsonObject parameters =
        decoded.ok() ? decoded.document : RequestDocument::decodeForm(request.query).document;
    const Authentication auth = m_authenticator.authenticate(request, parameters);
    int retryAfter = 0;
    if (!auth.key) {
        // Before authentication the peer is the client; this also slows down key guessing.
        if (!m_rateLimiter.take(QStringLiteral("peer:") + request.peer.toString(), &retryAfter))
            return tooManyRequests(retryAfter);
        // A body that cannot be read may hold the missing credentials: say what is wrong with it.
        return ApiResponse::error(!decoded.ok() && auth.error.status == 400 ? decoded.error
                                                                            : auth.error);
    }
    if (!m_rateLimiter.take(QStringLiteral("key:") + auth.key->apiId, &retryAfter))
        return tooManyRequests(retryAfter);
    const ApiError denied = RequestAuthenticator::checkAccess(*auth.key, request, route.path);
    if (denied.isError())
        return ApiResponse::error(denied);
    if (!decoded.ok())
        return ApiResponse::error(decoded.error);

    QJsonObject document = decoded.document;
    for (const char *key : {"api_id", "api_key", "api", "apikey"})
        document.remove(QLatin1String(key));
    const qint64 account = auth.key->accountId;
    switch (route.endpoint) {
    case Endpoint::UserMeta:
        return m_ingress.putUserMeta(account, document, decoded.usersKeyOrder);
    case Endpoint::PutFields:
        return m_schema.putFields(account, document);
    case Endpoint::GroupAdd:
        return m_ingress.groupMembers(account, GroupOperation::Kind::Add, document);
    case Endpoint::GroupReplace:
        return m_ingress.groupMembers(account, GroupOperation::Kind::Replace, document);
    case Endpoint::GroupRemove:
        return m_ingress.groupMembers(account, GroupOperation::Kind::Remove, document);
    case Endpoint::GroupDrop:
        return m_ingress.groupMembers(account, GroupOperation::Kind::Drop, document);
    case Endpoint::EgressUsers:
        return m_egress.users(account, document);
    case Endpoint::EgressGroups:
        return m_egress.userGroups(account, document);
    case Endpoint::EgressUserMeta:
        return m_egress.userMeta(account, document);
    case Endpoint::EgressFields:
        return m_egress.fields(account);
    case Endpoint::EgressAccount:
        return m_egress.account(account);
    }
    return ApiResponse::error(404, ErrorTitles::NotFound,
                              tr("there is no endpoint %1").arg(request.path));
}
