#pragma once

#include "ApiClient.h"
#include "ServerProcess.h"

#include <QTemporaryDir>
#include <memory>
#include <optional>

struct NewApiKey;
class PostgresCluster;

// A demo database (TestFiles::createDemo), a key for account 1, the real server serving the
// file, and a client with that key: what every server test starts from. Given a cluster, the
// database is a new PostgreSQL database in it instead of a file, with the same demo data.
class ServerFixture
{
public:
    explicit ServerFixture(PostgresCluster *cluster = nullptr);
    ~ServerFixture();

    // False (and why in error()) when any step fails.
    bool setUp(qint64 users = 300, const QStringList &serverArguments = {});
    QString error() const { return m_error; }

    // Adds a key to the served file (the server sees it at once).
    std::optional<NewApiKey> addKey(qint64 account, const QStringList &endpoints = {},
                                    const QStringList &ips = {});
    bool revokeKey(const QString &apiId);
    // Adds a user group (e.g. a second group of the same name, for the ambiguity error).
    qint64 addGroup(qint64 account, const QString &name);
    // Every table of the database as text (TestFiles::dump on a file): equal dumps, equal data.
    QString dump() const;
    // Runs one statement on the database, as an administrator would; false with error().
    bool execute(const QString &sql);

    // The database the server serves: a file path or a PostgreSQL URI.
    QString location() const { return m_file; }
    QString file() const { return m_file; }
    bool isPostgres() const { return m_cluster != nullptr; }
    ServerProcess &server() { return m_server; }
    ApiClient &client() { return *m_client; }
    std::unique_ptr<ApiClient> clientFor(const NewApiKey &key) const;

private:
    QTemporaryDir m_dir;
    PostgresCluster *m_cluster = nullptr;
    QString m_file;
    ServerProcess m_server;
    std::unique_ptr<ApiClient> m_client;
    QString m_error;
};
