#include "ApiService.h"

#include "ApiRequest.h"
#include "ApiRoutes.h"
#include "payload/RequestDocument.h"
#include "store/ChangeLog.h"
#include "store/SqlStore.h"

#include <QDateTime>
#include <algorithm>

namespace {
// If-Match: "R" (docs/API.md 10). Absent or "*": no condition. A weak tag or anything else is
// not a revision this server gave out.
struct Precondition
{
    std::optional<qint64> revision;
    bool ok = true;
};

Precondition readIfMatch(const ApiRequest &request)
{
    const QByteArray raw = request.header(QByteArrayLiteral("if-match")).trimmed();
    if (raw.isNull() || raw == "*")
        return {};
    QByteArray tag = raw;
    if (tag.size() >= 2 && tag.startsWith('"') && tag.endsWith('"'))
        tag = tag.mid(1, tag.size() - 2);
    const bool digits = !tag.isEmpty() && std::all_of(tag.cbegin(), tag.cend(),
                                                      [](char c) { return c >= '0' && c <= '9'; });
    bool ok = false;
    const qint64 revision = digits ? tag.toLongLong(&ok) : -1;
    if (!ok)
        return {std::nullopt, false};
    return {revision, true};
}

// The parameters an endpoint other than user_meta reads, credentials taken out.
QJsonObject withoutCredentials(const PayloadTree &parameters)
{
    QJsonObject document = parameters.toJsonObject();
    for (const char *name : {"api_id", "api_key", "api", "apikey"})
        document.remove(QLatin1String(name));
    return document;
}
} // namespace

bool ApiService::isWrite(Endpoint endpoint)
{
    switch (endpoint) {
    case Endpoint::UserMeta:
    case Endpoint::PutFields:
    case Endpoint::GroupAdd:
    case Endpoint::GroupReplace:
    case Endpoint::GroupRemove:
    case Endpoint::GroupDrop:
        return true;
    default:
        return false;
    }
}

ApiService::ApiService(SqlStore &store, qint64 maxBodyBytes, int rateLimit,
                       int changesRetentionDays, std::shared_ptr<RateLimiter> sharedLimiter)
    : m_store(store)
    , m_keys(store)
    , m_authenticator(m_keys)
    , m_rateLimiter(sharedLimiter ? std::move(sharedLimiter)
                                  : std::make_shared<RateLimiter>(rateLimit))
    , m_ingress(store)
    , m_egress(store)
    , m_schema(store)
    , m_maxBodyBytes(maxBodyBytes)
    , m_retentionDays(changesRetentionDays)
{
    pruneChanges();
}

void ApiService::pruneChanges()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (m_lastPrune != 0 && now - m_lastPrune < 3600)
        return;
    m_lastPrune = now;
    // A failure (a busy file, say) only delays it: tombstones are kept a little longer.
    ChangeLog(m_store).prune(now - qint64(m_retentionDays) * 86400);
}

ApiResponse ApiService::tooManyRequests(int retryAfterSeconds) const
{
    ApiResponse r =
        ApiResponse::error(429, ErrorTitles::TooManyRequests,
                           tr("more than %1 requests per second from this client; retry after %2 s")
                               .arg(m_rateLimiter->rate())
                               .arg(retryAfterSeconds));
    r.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds)});
    return r;
}

std::optional<ApiResponse> ApiService::routeAndSize(const ApiRequest &request, qint64 bodyBytes,
                                                    RouteMatch *route) const
{
    *route = ApiRoutes::match(request.method, request.path);
    if (route->kind == RouteMatch::Kind::NotFound)
        return ApiResponse::error(404, ErrorTitles::NotFound,
                                  tr("there is no endpoint %1").arg(request.path));
    if (route->kind == RouteMatch::Kind::MethodNotAllowed) {
        ApiResponse r =
            ApiResponse::error(405, ErrorTitles::MethodNotAllowed,
                               tr("%1 does not accept %2; use %3")
                                   .arg(route->path, QString::fromLatin1(request.method),
                                        QString::fromLatin1(route->allowed.join(", "))));
        r.headers.append({QByteArrayLiteral("Allow"), route->allowed.join(", ")});
        return r;
    }
    if (bodyBytes > m_maxBodyBytes)
        return ApiResponse::error(413, ErrorTitles::PayloadTooLarge,
                                  tr("the body has %1 bytes; at most %2 are accepted")
                                      .arg(bodyBytes)
                                      .arg(m_maxBodyBytes));
    return std::nullopt;
}

Admission ApiService::screen(const ApiRequest &head, qint64 declaredBodyBytes) const
{
    Admission a;
    RouteMatch route;
    a.refusal = routeAndSize(head, declaredBodyBytes, &route);
    if (a.refusal)
        return a;
    a.write = isWrite(route.endpoint);
    const RequestAuthenticator::Claim claim =
        RequestAuthenticator::claim(head, RequestDocument::decodeForm(head.query).document);
    ApiError missing = RequestAuthenticator::missing(claim);
    if (!missing.isError()) {
        a.verify = true;
        return a;
    }
    // Missing credentials may stand in a small body.
    if (declaredBodyBytes > 0 && declaredBodyBytes <= kCredentialBodyBytes)
        return a;
    // Before authentication the peer is the client; this also slows down key guessing.
    int retryAfter = 0;
    if (!m_rateLimiter->take(QStringLiteral("peer:") + head.peer.toString(), &retryAfter)) {
        a.refusal = tooManyRequests(retryAfter);
        return a;
    }
    if (declaredBodyBytes != 0)
        missing.details.append(
            {QString(), tr("a body of more than %1 bytes (or of unknown length) is not read "
                           "without credentials in the headers or the query string")
                            .arg(kCredentialBodyBytes)});
    a.refusal = ApiResponse::error(missing);
    return a;
}

Admission ApiService::admit(const ApiRequest &head, qint64 declaredBodyBytes)
{
    Admission a = screen(head, declaredBodyBytes);
    if (a.refusal || !a.verify)
        return a;
    const Authentication auth =
        m_authenticator.authenticate(head, RequestDocument::decodeForm(head.query).document);
    int retryAfter = 0;
    if (!auth.key) {
        if (!m_rateLimiter->take(QStringLiteral("peer:") + head.peer.toString(), &retryAfter))
            a.refusal = tooManyRequests(retryAfter);
        else
            a.refusal = ApiResponse::error(auth.error);
        return a;
    }
    if (!m_rateLimiter->take(QStringLiteral("key:") + auth.key->apiId, &retryAfter)) {
        a.refusal = tooManyRequests(retryAfter);
        return a;
    }
    const ApiError denied = RequestAuthenticator::checkAccess(
        *auth.key, head, ApiRoutes::match(head.method, head.path).path);
    if (denied.isError()) {
        a.refusal = ApiResponse::error(denied);
        return a;
    }
    a.key = auth.key;
    return a;
}

ApiResponse ApiService::handle(const ApiRequest &request,
                               const std::optional<ApiKeyInfo> &checkedKey)
{
    RouteMatch route;
    if (std::optional<ApiResponse> refusal = routeAndSize(request, request.body.size(), &route))
        return *refusal;

    // A tree, not a QJsonObject: user_meta reads its edits straight from it.
    const DecodedRequest decoded =
        RequestDocument::read(request.contentType(), request.body, request.query);
    std::optional<ApiKeyInfo> key = checkedKey;
    if (!key) {
        // Credentials may stand in the body; when it cannot be read, the query string still
        // counts.
        const QJsonObject parameters = decoded.ok()
                                           ? RequestDocument::credentialParameters(decoded.tree)
                                           : RequestDocument::decodeForm(request.query).document;
        const Authentication auth = m_authenticator.authenticate(request, parameters);
        int retryAfter = 0;
        if (!auth.key) {
            // Before authentication the peer is the client; this also slows down key guessing.
            if (!m_rateLimiter->take(QStringLiteral("peer:") + request.peer.toString(),
                                     &retryAfter))
                return tooManyRequests(retryAfter);
            // A body that cannot be read may hold the missing credentials: say what is wrong
            // with it.
            return ApiResponse::error(!decoded.ok() && auth.error.status == 400 ? decoded.error
                                                                                : auth.error);
        }
        if (!m_rateLimiter->take(QStringLiteral("key:") + auth.key->apiId, &retryAfter))
            return tooManyRequests(retryAfter);
        const ApiError denied = RequestAuthenticator::checkAccess(*auth.key, request, route.path);
        if (denied.isError())
            return ApiResponse::error(denied);
        key = auth.key;
    }
    if (!decoded.ok())
        return ApiResponse::error(decoded.error);

    const qint64 account = key->accountId;
    if (!isWrite(route.endpoint))
        return read(route.endpoint, account, withoutCredentials(decoded.tree));
    const Precondition precondition = readIfMatch(request);
    if (!precondition.ok)
        return ApiResponse::error(
            400, ErrorTitles::BadRequest,
            tr("If-Match must be a revision in quotes, e.g. \"42\", not "
               "'%1'")
                .arg(QString::fromLatin1(request.header(QByteArrayLiteral("if-match")))),
            QStringLiteral("If-Match"));
    ApiResponse r = write(route.endpoint, account, decoded.tree, precondition.revision);
    if (r.status == 200)
        pruneChanges();
    return r;
}

ApiResponse ApiService::write(Endpoint endpoint, qint64 account, const PayloadTree &parameters,
                              std::optional<qint64> ifMatch)
{
    if (endpoint == Endpoint::UserMeta)
        return m_ingress.putUserMeta(account, parameters, ifMatch);
    const QJsonObject document = withoutCredentials(parameters);
    switch (endpoint) {
    case Endpoint::PutFields:
        return m_schema.putFields(account, document, ifMatch);
    case Endpoint::GroupAdd:
        return m_ingress.groupMembers(account, GroupOperation::Kind::Add, document, ifMatch);
    case Endpoint::GroupReplace:
        return m_ingress.groupMembers(account, GroupOperation::Kind::Replace, document, ifMatch);
    case Endpoint::GroupRemove:
        return m_ingress.groupMembers(account, GroupOperation::Kind::Remove, document, ifMatch);
    default:
        break;
    }
    return m_ingress.groupMembers(account, GroupOperation::Kind::Drop, document, ifMatch);
}

ApiResponse ApiService::read(Endpoint endpoint, qint64 account, const QJsonObject &document)
{
    if (endpoint == Endpoint::EgressChanges)
        return m_egress.changes(account, document);
    // Read before the data: a client that asks for changes since it sees at most a repeat.
    const qint64 revision = m_store.revision(account);
    ApiResponse r;
    switch (endpoint) {
    case Endpoint::EgressUsers:
        r = m_egress.users(account, document);
        break;
    case Endpoint::EgressGroups:
        r = m_egress.userGroups(account, document);
        break;
    case Endpoint::EgressUserMeta:
        r = m_egress.userMeta(account, document);
        break;
    case Endpoint::EgressFields:
        r = m_egress.fields(account);
        break;
    case Endpoint::EgressCounts:
        r = m_egress.counts(account);
        break;
    default:
        r = m_egress.account(account);
        break;
    }
    if (r.status == 200 && revision >= 0 && r.body.startsWith('{')) {
        const QByteArray field = "\"revision\":" + QByteArray::number(revision);
        r.body.insert(1, r.body == "{}" ? field : field + ',');
        r.withRevision(revision);
    }
    return r;
}
