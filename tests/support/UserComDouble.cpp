#include "UserComDouble.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cmath>

namespace {
FakeResponse detail(int status, const QString &message)
{
    return FakeResponse::json(
        status, QJsonDocument(QJsonObject{{QStringLiteral("detail"), message}}).toJson());
}

bool isDateOrDateTimeOrString(const QJsonValue &v)
{
    return v.isString(); // dates and date-times travel as text
}
} // namespace

UserComDouble::UserComDouble(const QString &token, const QList<qint64> &users, QObject *parent)
    : QObject(parent)
    , m_token(token)
{
    for (qint64 id : users)
        m_users.insert(id, {});
    m_server.setHandler([this](const FakeRequest &r) { return handle(r); });
}

FakeResponse UserComDouble::handle(const FakeRequest &request)
{
    if (const std::optional<DoubleFaults::Fault> fault = m_faults.take(request)) {
        switch (fault->kind) {
        case DoubleFaults::Kind::Status: {
            FakeResponse r = detail(fault->status, QStringLiteral("Fault %1.").arg(fault->status));
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
            FakeResponse r = update(request);
            r.action = FakeResponse::Action::CloseMidBody;
            return r;
        }
        }
    }
    return update(request);
}

FakeResponse UserComDouble::update(const FakeRequest &request)
{
    if (request.path() != "/api/public/users/mass_update_custom_attributes/")
        return detail(404, QStringLiteral("Not found."));
    if (request.method != "POST" && request.method != "PUT")
        return detail(405, QStringLiteral("Method not allowed."));
    const QByteArray auth = request.header("Authorization");
    if (!auth.startsWith("Token ") || auth.size() != 6 + 64 || auth.mid(6) != m_token.toUtf8())
        return detail(401, QStringLiteral("Invalid token."));
    if (!request.header("Content-Type").startsWith("application/json"))
        return detail(415, QStringLiteral("Unsupported media type."));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QJsonValue ids = body.value(QStringLiteral("ids"));
    const QString attribute = body.value(QStringLiteral("attribute")).toString();
    const QJsonValue value = body.value(QStringLiteral("value"));
    if (!ids.isArray() || ids.toArray().isEmpty())
        return detail(400, QStringLiteral("ids: a list of user ids is required."));
    if (attribute.isEmpty() || attribute.size() > 255)
        return detail(400, QStringLiteral("attribute: 1 to 255 characters."));
    const bool integer = value.isDouble() && std::trunc(value.toDouble()) == value.toDouble();
    if (!(value.isBool() || integer || isDateOrDateTimeOrString(value)))
        return detail(400, QStringLiteral("value: boolean, integer, date, datetime or string."));
    QList<qint64> targets;
    for (const QJsonValue &id : ids.toArray()) {
        if (!id.isDouble() || std::trunc(id.toDouble()) != id.toDouble())
            return detail(400, QStringLiteral("ids: integers only."));
        if (!m_users.contains(qint64(id.toDouble())))
            return detail(400, QStringLiteral("ids: no user %1.").arg(qint64(id.toDouble())));
        targets.append(qint64(id.toDouble()));
    }
    for (qint64 id : targets)
        m_users[id].insert(attribute, value);
    ++m_updates;
    return FakeResponse::json(200, QByteArrayLiteral("{}"));
}
