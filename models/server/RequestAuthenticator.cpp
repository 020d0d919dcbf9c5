#include "RequestAuthenticator.h"

#include "ApiRequest.h"
#include "payload/RequestDocument.h"

namespace {
ApiError failure(int status, const char *title, const QString &location, const QString &message)
{
    ApiError e;
    e.status = status;
    e.title = QString::fromLatin1(title);
    e.details.append({location, message});
    return e;
}
} // namespace

RequestAuthenticator::RequestAuthenticator(ApiKeyRegistry &registry)
    : m_registry(registry)
{}

RequestAuthenticator::Claim RequestAuthenticator::claim(const ApiRequest &request,
                                                        const QJsonObject &parameters)
{
    const ParameterCredentials fromParameters = RequestDocument::credentials(parameters);
    const QByteArray headerId = request.header(QByteArrayLiteral("tld-api-id"));
    const QByteArray headerKey = request.header(QByteArrayLiteral("tld-api-key"));
    Claim c;
    c.apiId = (headerId.isNull() ? fromParameters.apiId : QString::fromUtf8(headerId)).trimmed();
    c.apiKey =
        (headerKey.isNull() ? fromParameters.apiKey : QString::fromUtf8(headerKey)).trimmed();
    return c;
}

ApiError RequestAuthenticator::missing(const Claim &claim)
{
    if (claim.apiId.isEmpty())
        return failure(400, ErrorTitles::NoApiId, QStringLiteral("api_id"),
                       tr("send the API id in the tld-api-id header or the api_id (or api) "
                          "parameter"));
    if (claim.apiKey.isEmpty())
        return failure(400, ErrorTitles::NoApiKey, QStringLiteral("api_key"),
                       tr("send the API key in the tld-api-key header or the api_key (or "
                          "apikey) parameter"));
    return {};
}

Authentication RequestAuthenticator::authenticate(const ApiRequest &request,
                                                  const QJsonObject &parameters)
{
    Authentication a;
    const Claim c = claim(request, parameters);
    a.claimedApiId = c.apiId;
    a.error = missing(c);
    if (a.error.isError())
        return a;
    a.key = m_registry.verify(c.apiId, c.apiKey);
    if (!a.key)
        a.error = failure(401, ErrorTitles::InvalidCredentials, QStringLiteral("api_key"),
                          tr("the API id is unknown, the key does not belong to it, or the key "
                             "was revoked"));
    return a;
}

ApiError RequestAuthenticator::checkAccess(const ApiKeyInfo &key, const ApiRequest &request,
                                           const QString &path)
{
    if (!key.allowsEndpoint(path))
        return failure(
            403, ErrorTitles::EndpointNotAllowed, QString(),
            tr("this API key may not use %1 %2").arg(QString::fromLatin1(request.method), path));
    if (!key.allowsPeer(request.peer))
        return failure(403, ErrorTitles::IpNotAllowed, QString(),
                       tr("this API key may not be used from %1").arg(request.peer.toString()));
    return {};
}
