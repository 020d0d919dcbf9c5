#include "PubNubDouble.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

PubNubDouble::PubNubDouble(const QString &subscribeKey, const QString &authToken, QObject *parent)
    : QObject(parent)
    , m_subscribeKey(subscribeKey)
    , m_authToken(authToken)
{
    m_server.setHandler([this](const FakeRequest &r) { return handle(r); });
}

void PubNubDouble::put(const QString &uuid, const QJsonObject &custom)
{
    Uuid &u = m_uuids[uuid];
    u.custom = custom;
    bump(u);
}

void PubNubDouble::changeAfterNextRead(const QString &uuid, const QString &key,
                                       const QJsonValue &value)
{
    m_afterRead.append({uuid, key, value});
}

void PubNubDouble::bump(Uuid &uuid)
{
    ++uuid.version;
    uuid.eTag = QStringLiteral("AZO/t53al7m8fw%1").arg(uuid.version);
}

FakeResponse PubNubDouble::error(int status, const QString &message, const QString &location,
                                 const QString &locationType)
{
    QJsonObject e{{QStringLiteral("message"), message},
                  {QStringLiteral("source"),
                   status == 403 ? QStringLiteral("authz") : QStringLiteral("metadata")}};
    if (!location.isEmpty())
        e.insert(QStringLiteral("details"),
                 QJsonArray{QJsonObject{{QStringLiteral("message"), message},
                                        {QStringLiteral("location"), location},
                                        {QStringLiteral("locationType"), locationType}}});
    return FakeResponse::json(status, QJsonDocument(QJsonObject{{QStringLiteral("status"), status},
                                                                {QStringLiteral("error"), e}})
                                          .toJson(QJsonDocument::Compact));
}

QJsonObject PubNubDouble::object(const QString &id, bool withCustom) const
{
    const Uuid u = m_uuids.value(id);
    QJsonObject o = u.properties;
    o.insert(QStringLiteral("id"), id);
    o.insert(
        QStringLiteral("updated"),
        QStringLiteral("2026-12-01T10:00:%1.000Z").arg(u.version % 60, 2, 10, QLatin1Char('0')));
    o.insert(QStringLiteral("eTag"), u.eTag);
    if (withCustom)
        o.insert(QStringLiteral("custom"), u.custom);
    return o;
}

FakeResponse PubNubDouble::handle(const FakeRequest &request)
{
    if (const std::optional<DoubleFaults::Fault> fault = m_faults.take(request)) {
        switch (fault->kind) {
        case DoubleFaults::Kind::Status: {
            FakeResponse r =
                error(fault->status, fault->status == 429
                                         ? QStringLiteral("Request rate limit exceeded.")
                                         : QStringLiteral("An internal server error occurred."));
            if (!fault->retryAfter.isEmpty())
                r.headers.append({"Retry-After", fault->retryAfter});
            return r;
        }
        case DoubleFaults::Kind::DropBeforeActing: {
            FakeResponse r;
            r.action = FakeResponse::Action::CloseImmediately;
            return r;
        }
        case DoubleFaults::Kind::DropAfterActing: {
            FakeResponse r = serve(request);
            r.action = FakeResponse::Action::CloseMidBody;
            return r;
        }
        }
    }
    return serve(request);
}

FakeResponse PubNubDouble::serve(const FakeRequest &request)
{
    // /v2/objects/<sub_key>/uuids/<uuid>
    const QList<QByteArray> parts = request.path().split('/');
    if (parts.size() != 6 || parts.at(1) != "v2" || parts.at(2) != "objects" ||
        parts.at(4) != "uuids")
        return error(404, QStringLiteral("Not found."));
    const QUrlQuery query(QString::fromUtf8(request.target.mid(request.path().size() + 1)));
    if (QString::fromUtf8(QByteArray::fromPercentEncoding(parts.at(3))) != m_subscribeKey)
        return error(403, QStringLiteral("Forbidden."), QStringLiteral("sub_key"),
                     QStringLiteral("path"));
    if (!m_authToken.isEmpty() &&
        query.queryItemValue(QStringLiteral("auth"), QUrl::FullyDecoded) != m_authToken)
        return error(403, QStringLiteral("Forbidden."), QStringLiteral("auth"),
                     QStringLiteral("query"));
    const QString id = QString::fromUtf8(QByteArray::fromPercentEncoding(parts.at(5)));
    const bool withCustom = query.queryItemValue(QStringLiteral("include"))
                                .split(QLatin1Char(','))
                                .contains(QStringLiteral("custom"));

    if (request.method == "GET") {
        if (!m_uuids.contains(id))
            return error(404, QStringLiteral("Requested object was not found."));
        const FakeResponse answer = FakeResponse::json(
            200, QJsonDocument(QJsonObject{{QStringLiteral("status"), 200},
                                           {QStringLiteral("data"), object(id, withCustom)}})
                     .toJson(QJsonDocument::Compact));
        for (qsizetype i = 0; i < m_afterRead.size(); ++i) {
            if (m_afterRead.at(i).uuid == id) {
                const PendingChange change = m_afterRead.takeAt(i);
                Uuid &u = m_uuids[id];
                u.custom.insert(change.key, change.value);
                bump(u);
                break;
            }
        }
        return answer;
    }
    if (request.method != "PATCH")
        return error(405, QStringLiteral("Method not allowed."));
    if (!request.header("Content-Type").startsWith("application/json"))
        return error(415, QStringLiteral("The request body must be in JSON format."));
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return error(400, QStringLiteral("The request body contains invalid data."), QString(),
                     QStringLiteral("body"));
    const QByteArray ifMatch = request.header("If-Match");
    if (!ifMatch.isEmpty() && (!m_uuids.contains(id) || m_uuids[id].eTag.toUtf8() != ifMatch))
        return error(412, QStringLiteral("The target resource has changed since the last "
                                         "retrieval."));
    const QJsonObject body = document.object();
    const QJsonValue custom = body.value(QStringLiteral("custom"));
    if (body.contains(QStringLiteral("custom"))) {
        if (!custom.isObject())
            return error(400, QStringLiteral("custom must be an object."), QStringLiteral("custom"),
                         QStringLiteral("body"));
        const QJsonObject c = custom.toObject();
        for (auto it = c.begin(); it != c.end(); ++it) {
            if (it.value().isArray() || it.value().isObject())
                return error(400, QStringLiteral("Values must be scalar."),
                             QStringLiteral("custom.") + it.key(), QStringLiteral("body"));
        }
    }
    Uuid &u = m_uuids[id];
    static const QStringList known{QStringLiteral("name"),       QStringLiteral("externalId"),
                                   QStringLiteral("profileUrl"), QStringLiteral("email"),
                                   QStringLiteral("type"),       QStringLiteral("status")};
    for (const QString &name : known) {
        if (body.contains(name))
            u.properties.insert(name, body.value(name));
    }
    if (body.contains(QStringLiteral("custom"))) {
        QJsonObject c = custom.toObject();
        for (const QString &key : m_ignored)
            c.remove(key);
        u.custom = c; // replaced whole
    }
    bump(u);
    return FakeResponse::json(
        200, QJsonDocument(QJsonObject{{QStringLiteral("status"), 200},
                                       {QStringLiteral("data"), object(id, withCustom)}})
                 .toJson(QJsonDocument::Compact));
}
