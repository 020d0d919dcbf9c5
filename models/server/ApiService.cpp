#include "ApiService.h"

#include "ApiRequest.h"
#include "ApiRoutes.h"
#include "payload/RequestDocument.h"
#include "store/ChangeLog.h"
#include "store/SqliteStore.h"

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

bool isWrite(Endpoint endpoint)
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
} // namespace

ApiService::ApiService(SqliteStore &store, qint64 maxBodyBytes, int rateLimit,
                       int changesRetentionDays)
    : m_store(store)
    , m_keys(store)
    , m_authenticator(m_keys)
    , m_rateLimiter(rateLimit)
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
    if (!isWrite(route.endpoint))
        return read(route.endpoint, account, document);
    const Precondition precondition = readIfMatch(request);
    if (!precondition.ok)
        return ApiResponse::error(
            400, ErrorTitles::BadRequest,
            tr("If-Match must be a revision in quotes, e.g. \"42\", not "
               "'%1'")
                .arg(QString::fromLatin1(request.header(QByteArrayLiteral("if-match")))),
            QStringLiteral("If-Match"));
    ApiResponse r =
        write(route.endpoint, account, document, decoded.usersKeyOrder, precondition.revision);
    if (r.status == 200)
        pruneChanges();
    return r;
}

ApiResponse ApiService::write(Endpoint endpoint, qint64 account, const QJsonObject &document,
                              const QStringList &usersKeyOrder, std::optional<qint64> ifMatch)
{
    switch (endpoint) {
    case Endpoint::UserMeta:
        return m_ingress.putUserMeta(account, document, usersKeyOrder, ifMatch);
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
