#include "CrymboDouble.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

CrymboDouble::CrymboDouble(const QString &apiKey, const QString &apiSecret, const QString &username,
                           const QJsonObject &structure, QObject *parent)
    : QObject(parent)
    , m_apiKey(apiKey)
    , m_apiSecret(apiSecret)
    , m_username(username)
    , m_structure(structure)
{
    m_server.setHandler([this](const FakeRequest &r) { return handle(r); });
}

QString CrymboDouble::put(const QString &userId, const QString &key, const QJsonValue &value)
{
    const QString id = QStringLiteral("K1hQ%1").arg(m_nextId++);
    m_metas.append({id, userId, key, value});
    return id;
}

QHash<QPair<QString, QString>, QJsonValue> CrymboDouble::state() const
{
    QHash<QPair<QString, QString>, QJsonValue> s;
    for (const Meta &m : m_metas)
        s.insert({m.userId, m.key}, m.value);
    return s;
}

FakeResponse CrymboDouble::answer(int status, const QString &message, const QJsonValue &data)
{
    return FakeResponse::json(status,
                              QJsonDocument(QJsonObject{{QStringLiteral("api_message"), message},
                                                        {QStringLiteral("api_data"), data}})
                                  .toJson(QJsonDocument::Compact));
}

QJsonObject CrymboDouble::toJson(const Meta &meta) const
{
    return {{QStringLiteral("id"), meta.id},
            {QStringLiteral("user_id"), meta.userId},
            {QStringLiteral("key"), meta.key},
            {QStringLiteral("value"), meta.value},
            {QStringLiteral("created_at"), QStringLiteral("2026-12-01T10:00:00Z")},
            {QStringLiteral("updated_at"), QStringLiteral("2026-12-01T10:00:00Z")}};
}

QString CrymboDouble::valueProblem(const QString &key, const QJsonValue &value) const
{
    if (!m_structure.contains(key))
        return QStringLiteral("Key %1 is not allowed.").arg(key);
    const QJsonObject rule = m_structure.value(key).toObject();
    const QString type = rule.value(QStringLiteral("DATA_TYPE")).toString();
    const bool url = rule.value(QStringLiteral("VALIDATION")).toString() == QLatin1String("url");
    const auto badUrl = [](const QJsonValue &v) {
        const QUrl u(v.toString(), QUrl::StrictMode);
        return !v.isString() || !u.isValid() || u.host().isEmpty() ||
               (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https"));
    };
    if (type == QLatin1String("STRING"))
        return !value.isString()      ? QStringLiteral("%1 must be a string.").arg(key)
               : url && badUrl(value) ? QStringLiteral("%1 must be a url.").arg(key)
                                      : QString();
    if (type == QLatin1String("ARRAY")) {
        if (!value.isArray())
            return QStringLiteral("%1 must be an array.").arg(key);
        for (const QJsonValue &item : value.toArray()) {
            if (rule.value(QStringLiteral("ARRAY_TYPE")).toString() == QLatin1String("string[]") &&
                !item.isString())
                return QStringLiteral("%1 must be string[].").arg(key);
            if (url && badUrl(item))
                return QStringLiteral("%1 items must be urls.").arg(key);
        }
        return QString();
    }
    if (type == QLatin1String("JSON"))
        return value.isObject() ? QString() : QStringLiteral("%1 must be JSON.").arg(key);
    return QStringLiteral("Unknown type.");
}

FakeResponse CrymboDouble::handle(const FakeRequest &request)
{
    if (const std::optional<DoubleFaults::Fault> fault = m_faults.take(request)) {
        switch (fault->kind) {
        case DoubleFaults::Kind::Status: {
            FakeResponse r =
                answer(fault->status, QStringLiteral("Fault %1").arg(fault->status), QJsonObject());
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

FakeResponse CrymboDouble::write(const FakeRequest &request, Meta *existing)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString userId = body.value(QStringLiteral("user_id")).toString();
    const QString key = body.value(QStringLiteral("key")).toString();
    const QJsonValue value = body.value(QStringLiteral("value"));
    if (userId.isEmpty() || key.isEmpty())
        return answer(400, QStringLiteral("user_id and key are required."), QJsonObject());
    const QString problem = valueProblem(key, value);
    if (!problem.isEmpty())
        return answer(400, problem, QJsonObject());
    if (existing) {
        existing->userId = userId;
        existing->key = key;
        existing->value = value;
        return answer(200, QStringLiteral("Updated."),
                      QJsonObject{{QStringLiteral("userMeta"), toJson(*existing)}});
    }
    for (const Meta &m : std::as_const(m_metas)) {
        if (m.userId == userId && m.key == key)
            return answer(400, QStringLiteral("Key %1 already exists for this user.").arg(key),
                          QJsonObject());
    }
    put(userId, key, value);
    return answer(200, QStringLiteral("Created."), toJson(m_metas.last()));
}

FakeResponse CrymboDouble::serve(const FakeRequest &request)
{
    const QByteArray path = request.path();
    if (path == "/auth/login") {
        if (request.method != "POST")
            return answer(405, QStringLiteral("Method not allowed."), QJsonObject());
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        if (body.value(QStringLiteral("api_key")).toString() != m_apiKey ||
            body.value(QStringLiteral("api_secret")).toString() != m_apiSecret ||
            body.value(QStringLiteral("username")).toString() != m_username)
            return answer(401, QStringLiteral("Invalid credentials."), QJsonObject());
        ++m_logins;
        const QString token = QStringLiteral("tok%1").arg(m_logins);
        m_tokens.insert(token);
        return answer(
            200, QStringLiteral("Logged in."),
            QJsonObject{{QStringLiteral("token"), token}, {QStringLiteral("expires_in"), 1800}});
    }
    if (!path.startsWith("/usersMeta"))
        return answer(404, QStringLiteral("Not found."), QJsonObject());
    const QByteArray auth = request.header("Authorization");
    if (!auth.startsWith("Bearer ") || !m_tokens.contains(QString::fromUtf8(auth.mid(7))))
        return answer(401, QStringLiteral("Unauthorized."), QJsonObject());

    QList<QByteArray> parts = path.split('/'); // "", "usersMeta", ...
    for (QByteArray &p : parts)
        p = QByteArray::fromPercentEncoding(p);
    if (parts.size() == 2) {
        if (request.method == "POST")
            return write(request, nullptr);
        if (request.method != "GET")
            return answer(405, QStringLiteral("Method not allowed."), QJsonObject());
        QJsonArray list;
        for (const Meta &m : std::as_const(m_metas))
            list.append(toJson(m));
        return answer(200, QStringLiteral("Users meta."),
                      QJsonArray{QJsonObject{
                          {QStringLiteral("last_at"), QStringLiteral("2026-12-01T10:00:00Z")},
                          {QStringLiteral("total_items"), list.size()},
                          {QStringLiteral("users_metas"), list}}});
    }
    if (parts.size() == 3 && parts.at(2) == "structure" && request.method == "GET")
        return answer(200, QStringLiteral("Structure."), m_structure);
    if (parts.size() == 3) {
        const QString id = QString::fromUtf8(parts.at(2));
        for (Meta &m : m_metas) {
            if (m.id != id)
                continue;
            if (request.method == "GET")
                return answer(200, QStringLiteral("User meta."),
                              QJsonObject{{QStringLiteral("userMeta"), toJson(m)}});
            if (request.method == "PUT")
                return write(request, &m);
            return answer(405, QStringLiteral("Method not allowed."), QJsonObject());
        }
        return answer(404, QStringLiteral("No user meta %1.").arg(id), QJsonObject());
    }
    if (parts.size() == 6 && parts.at(2) == "user" && parts.at(4) == "key" &&
        request.method == "GET") {
        const QString userId = QString::fromUtf8(parts.at(3));
        const QString key = QString::fromUtf8(parts.at(5));
        for (const Meta &m : std::as_const(m_metas)) {
            if (m.userId == userId && m.key == key)
                return answer(200, QStringLiteral("User meta."),
                              QJsonObject{{QStringLiteral("userMeta"), toJson(m)}});
        }
        return answer(404, QStringLiteral("No %1 for this user.").arg(key), QJsonObject());
    }
    return answer(404, QStringLiteral("Not found."), QJsonObject());
}
