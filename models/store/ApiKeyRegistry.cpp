#include "ApiKeyRegistry.h"

#include "SqlStatement.h"
#include "SqlStore.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

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

ApiKeyRegistry::ApiKeyRegistry(SqlStore &store)
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

    SqlStatement q(m_store.connection(),
                   "INSERT INTO api_keys(api_id, account_id, salt, key_hash, endpoints, "
                   "allowed_ips, created_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    q.bind(1, created.apiId);
    q.bind(2, accountId);
    q.bindBlob(3, salt);
    q.bindBlob(4, hashKey(salt, created.key));
    q.bind(5, toJsonText(endpoints));
    q.bind(6, toJsonText(allowedIps));
    q.bind(7, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec()) {
        if (error)
            *error = q.errorText();
        return std::nullopt;
    }
    return created;
}

QList<ApiKeyInfo> ApiKeyRegistry::list()
{
    QList<ApiKeyInfo> keys;
    SqlStatement q(m_store.connection(), "SELECT api_id, account_id, endpoints, allowed_ips, "
                                         "created_at, revoked_at FROM api_keys ORDER BY id");
    while (q.step()) {
        ApiKeyInfo info;
        info.apiId = q.columnText(0);
        info.accountId = q.columnInt64(1);
        info.endpoints = fromJsonText(q.columnText(2));
        info.allowedIps = fromJsonText(q.columnText(3));
        info.createdAt = QDateTime::fromString(q.columnText(4), Qt::ISODate);
        if (!q.columnIsNull(5))
            info.revokedAt = QDateTime::fromString(q.columnText(5), Qt::ISODate);
        keys.append(info);
    }
    return keys;
}

bool ApiKeyRegistry::revoke(const QString &apiId, QString *error)
{
    SqlStatement q(m_store.connection(),
                   "UPDATE api_keys SET revoked_at = ?1 WHERE api_id = ?2 AND revoked_at IS NULL");
    q.bind(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.bind(2, apiId);
    if (!q.exec()) {
        *error = q.errorText();
        return false;
    }
    if (q.changedRows() == 0) {
        *error = tr("there is no valid API key with id '%1'").arg(apiId);
        return false;
    }
    return true;
}

std::optional<ApiKeyInfo> ApiKeyRegistry::verify(const QString &apiId, const QString &key)
{
    SqlStatement q(m_store.connection(),
                   "SELECT salt, key_hash, account_id, endpoints, allowed_ips, created_at, "
                   "revoked_at FROM api_keys WHERE api_id = ?1");
    q.bind(1, apiId);
    if (!q.step() || !q.columnIsNull(6))
        return std::nullopt;
    if (!constantTimeEquals(hashKey(q.columnBlob(0), key), q.columnBlob(1)))
        return std::nullopt;
    ApiKeyInfo info;
    info.apiId = apiId;
    info.accountId = q.columnInt64(2);
    info.endpoints = fromJsonText(q.columnText(3));
    info.allowedIps = fromJsonText(q.columnText(4));
    info.createdAt = QDateTime::fromString(q.columnText(5), Qt::ISODate);
    return info;
}
