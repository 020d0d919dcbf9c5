#pragma once

#include "SecretStore.h"
#include "TargetKind.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>
#include <optional>

class QSettings;

// How to reach one server: everything but the key, which lives in the keychain.
struct ConnectionProfile
{
    QString name; // unique, what the person calls it
    QUrl baseUrl;
    QString apiId; // TLD: the API id; PubNub: the subscribe key; others: unused
    // No account: the key belongs to one, and the server names it (GET /api/egress/account).

    // What the profile reaches. Other kinds are targets of File › Send Changes To…; their
    // secret (User.com's token, PubNub's Access Manager token, Crymbo's key and secret) is the
    // profile's key and lives in the keychain like a TLD key.
    TargetKind kind = TargetKind::Tld;
    QString userName = QString();                      // Crymbo: the login's username
    QByteArray httpMethod = QByteArrayLiteral("POST"); // User.com: the mass update's method
    int chunkSize = 100;                               // User.com: user ids per request

    QString secretEntry() const
    {
        // Other kinds get their own entries: a User.com token never overwrites a TLD key.
        return kind == TargetKind::Tld ? SecretStore::entryFor(baseUrl, apiId)
                                       : SecretStore::entryFor(baseUrl, apiId) +
                                             QStringLiteral(" kind:") + TargetKinds::key(kind);
    }
    friend bool operator==(const ConnectionProfile &a, const ConnectionProfile &b)
    {
        return a.name == b.name && a.baseUrl == b.baseUrl && a.apiId == b.apiId &&
               a.kind == b.kind && a.userName == b.userName && a.httpMethod == b.httpMethod &&
               a.chunkSize == b.chunkSize;
    }
};

// Where a key ended up, or where it was found.
struct KeyStorage
{
    enum class Where
    {
        Keychain,
        SessionOnly, // no keychain: kept in memory until the app quits
        Nowhere      // reads only: no key stored
    };
    Where where = Where::Nowhere;
    QString key;     // for reads
    QString message; // translated; set when the person must be told (session only, not found)
};

// Connection profiles in QSettings (never a key: keys go to the SecretStore). When the keychain
// cannot take a key, it is kept in memory for this session and the caller is told so.
class ConnectionProfiles : public QObject
{
    Q_OBJECT
public:
    using KeyCallback = std::function<void(const KeyStorage &)>;

    ConnectionProfiles(QSettings &settings, SecretStore &secrets, QObject *parent = nullptr);

    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> profile(const QString &name) const;
    // Adds or replaces (by name).
    void save(const ConnectionProfile &profile);
    // Removes the profile and its key (keychain and session).
    void remove(const QString &name, QObject *context, const KeyCallback &done);

    void storeKey(const ConnectionProfile &profile, const QString &key, QObject *context,
                  const KeyCallback &done);
    void loadKey(const ConnectionProfile &profile, QObject *context, const KeyCallback &done);

private:
    void writeAll(const QList<ConnectionProfile> &list);

    QSettings &m_settings;
    SecretStore &m_secrets;
    QHash<QString, QString> m_sessionKeys; // entry -> key, only when the keychain refused it
};
