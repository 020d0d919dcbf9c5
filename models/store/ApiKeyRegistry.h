#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <optional>

class SqlStore;
class QHostAddress;

// An API key's record; the key itself is never stored, only a salted hash of it.
struct ApiKeyInfo
{
    QString apiId;
    qint64 accountId = 0;
    QStringList endpoints;  // path patterns with `*`; empty = every endpoint
    QStringList allowedIps; // addresses or subnets (a.b.c.d/n); empty = any peer
    QDateTime createdAt;
    QDateTime revokedAt; // null while the key is valid

    bool isRevoked() const { return revokedAt.isValid(); }
    bool allowsEndpoint(const QString &path) const;
    bool allowsPeer(const QHostAddress &peer) const;
};

struct NewApiKey
{
    QString apiId;
    QString key; // shown once to the person who asked for it, never again
};

// Creates, lists, revokes and verifies API keys in a database file.
class ApiKeyRegistry
{
    Q_DECLARE_TR_FUNCTIONS(ApiKeyRegistry)
public:
    explicit ApiKeyRegistry(SqlStore &store);

    std::optional<NewApiKey> add(qint64 accountId, const QStringList &endpoints,
                                 const QStringList &allowedIps, QString *error);
    QList<ApiKeyInfo> list();
    // False with an error when there is no such key or it is already revoked.
    bool revoke(const QString &apiId, QString *error);
    // The key's record when `apiId` names a valid key and `key` is its key; compares in constant
    // time so that a wrong key's timing says nothing about the right one.
    std::optional<ApiKeyInfo> verify(const QString &apiId, const QString &key);

    // SHA-256 over salt and key. A fast hash is enough here: keys are 256 random bits, so there
    // is nothing to guess, and every request has to be checked quickly.
    static QByteArray hashKey(const QByteArray &salt, const QString &key);
    // Checks an address or subnet written by a person; the error says what is wrong.
    static bool isValidIpPattern(const QString &pattern, QString *error);

private:
    SqlStore &m_store;
};
