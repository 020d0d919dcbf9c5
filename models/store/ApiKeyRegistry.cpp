#include "ApiKeyRegistry.h"

#include "SqliteStore.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    // QRandomGenerator::system() is the operating system's cryptographic source.
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          count / int(sizeof(quint32)));
    return bytes;
}

QString toJsonText(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJsonText(const QString &text)
{
    QStringList list;
    for (const auto &v : QJsonDocument::fromJson(text.toUtf8()).array())
        list << v.toString();
    return list;
}

// `*` matches any run of characters, everything else matches itself.
bool globMatches(QStringView pattern, QStringView text)
{
    qsizetype p = 0;
    qsizetype t = 0;
    qsizetype starP = -1;
    qsizetype starT = 0;
    while (t < text.size()) {
        if (p < pattern.size() && pattern[p] == QLatin1Char('*')) {
            starP = p++;
            starT = t;
        } else if (p < pattern.size() && pattern[p] == text[t]) {
            ++p;
            ++t;
        } else if (starP >= 0) {
            p = starP + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

QHostAddress plainAddress(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}
} // namespace

bool ApiKeyInfo::allowsEndpoint(const QString &path) const
{
    if (endpoints.isEmpty())
        return true;
    for (const QString &pattern : endpoints) {
        if (globMatches(pattern, path))
            return true;
    }
    return false;
}

bool ApiKeyInfo::allowsPeer(const QHostAddress &peer) const
{
    if (allowedIps.isEmpty())
        return true;
    const QHostAddress address = plainAddress(peer);
    for (const QString &pattern : allowedIps) {
        if (pattern.contains(QLatin1Char('/'))) {
            if (address.isInSubnet(QHostAddress::parseSubnet(pattern)))
                return true;
        } else if (plainAddress(QHostAddress(pattern)) == address) {
            return true;
        }
    }
    return false;
}

ApiKeyRegistry::ApiKeyRegistry(SqliteStore &store)
    : m_store(store)
{}

QByteArray ApiKeyRegistry::hashKey(const QByteArray &salt, const QString &key)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(salt);
    hash.addData(key.toUtf8());
    return hash.result();
}

bool ApiKeyRegistry::isValidIpPattern(const QString &pattern, QString *error)
{
    const bool ok = pattern.contains(QLatin1Char('/'))
                        ? !QHostAddress::parseSubnet(pattern).first.isNull()
                        : !QHostAddress(pattern).isNull();
    if (!ok && error)
        *error = tr("'%1' is not an IP address or subnet").arg(pattern);
    return ok;
}

std::optional<NewApiKey> ApiKeyRegistry::add(qint64 accountId, const QStringList &endpoints,
                                             const QStringList &allowedIps, QString *error)
{
    for (const QString &ip : allowedIps) {
        if (!isValidIpPattern(ip, error))
            return std::nullopt;
    }
    NewApiKey created;
    created.apiId = QString::fromLatin1(randomBytes(8).toHex());
    created.key = QString::fromLatin1(
        randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QByteArray salt = randomBytes(16);

    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("INSERT INTO api_keys(api_id, account_id, salt, key_hash, endpoints, "
                             "allowed_ips, created_at) VALUES(?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(created.apiId);
    q.addBindValue(accountId);
    q.addBindValue(salt);
    q.addBindValue(hashKey(salt, created.key));
    q.addBindValue(toJsonText(endpoints));
    q.addBindValue(toJsonText(allowedIps));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    return created;
}

QList<ApiKeyInfo> ApiKeyRegistry::list()
{
    QList<ApiKeyInfo> keys;
    QSqlQuery q(m_store.database());
    q.exec(QStringLiteral("SELECT api_id, account_id, endpoints, allowed_ips, created_at, "
                          "revoked_at FROM api_keys ORDER BY id"));
    while (q.next()) {
        ApiKeyInfo info;
        info.apiId = q.value(0).toString();
        info.accountId = q.value(1).toLongLong();
        info.endpoints = fromJsonText(q.value(2).toString());
        info.allowedIps = fromJsonText(q.value(3).toString());
        info.createdAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
        if (!q.value(5).isNull())
            info.revokedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
        keys.append(info);
    }
    return keys;
}

bool ApiKeyRegistry::revoke(const QString &apiId, QString *error)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
        "UPDATE api_keys SET revoked_at = ? WHERE api_id = ? AND revoked_at IS NULL"));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(apiId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() == 0) {
        *error = tr("there is no valid API key with id '%1'").arg(apiId);
        return false;
    }
    return true;
}

std::optional<ApiKeyInfo> ApiKeyRegistry::verify(const QString &apiId, const QString &key)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT salt, key_hash, account_id, endpoints, allowed_ips, "
                             "created_at, revoked_at FROM api_keys WHERE api_id = ?"));
    q.addBindValue(apiId);
    if (!q.exec() || !q.next() || !q.value(6).isNull())
        return std::nullopt;
    if (!constantTimeEquals(hashKey(q.value(0).toByteArray(), key), q.value(1).toByteArray()))
        return std::nullopt;
    ApiKeyInfo info;
    info.apiId = apiId;
    info.accountId = q.value(2).toLongLong();
    info.endpoints = fromJsonText(q.value(3).toString());
    info.allowedIps = fromJsonText(q.value(4).toString());
    info.createdAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
    return info;
}
