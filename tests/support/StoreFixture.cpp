#include "StoreFixture.h"

#include "PostgresCluster.h"
#include "ServerProcess.h"
#include "TestFiles.h"
#include "store/ApiKeyRegistry.h"
#include "store/LocalStore.h"
#include "store/PostgresDemoWriter.h"
#include "store/PostgresStore.h"
#include "store/RemoteStore.h"
#include "store/SqliteStore.h"

#include <QFile>

namespace {
class LocalStoreFixture : public StoreFixture
{
public:
    LocalStoreFixture(const QString &path, std::unique_ptr<SqliteStore> sqlite)
        : m_path(path)
        , m_store(std::move(sqlite))
    {}
    Store *store() override { return &m_store; }
    QString filePath() const override { return m_path; }
    QString name() const override { return QStringLiteral("local"); }

private:
    QString m_path;
    LocalStore m_store;
};

class RemoteStoreFixture : public StoreFixture
{
public:
    RemoteStoreFixture(const QString &path, std::unique_ptr<ServerProcess> server,
                       const RemoteConnection &connection)
        : m_path(path)
        , m_server(std::move(server))
        , m_store(connection)
    {}
    Store *store() override { return &m_store; }
    QString filePath() const override { return m_path; }
    QString name() const override { return QStringLiteral("remote"); }

private:
    QString m_path;
    std::unique_ptr<ServerProcess> m_server;
    RemoteStore m_store;
};
} // namespace

std::unique_ptr<StoreFixture> makeRemoteStoreFixture(const QString &dir, qint64 users, quint32 seed)
{
    const QString path = dir + QStringLiteral("/remote-%1-%2.db").arg(users).arg(seed);
    QFile::remove(path);
    RemoteConnection connection;
    {
        auto sqlite = TestFiles::createDemo(path, users, seed);
        if (!sqlite)
            return nullptr;
        QString error;
        const std::optional<NewApiKey> key = ApiKeyRegistry(*sqlite).add(1, {}, {}, &error);
        if (!key) {
            qWarning("cannot add a key: %s", qPrintable(error));
            return nullptr;
        }
        connection.apiId = key->apiId;
        connection.apiKey = key->key;
    }
    auto server = std::make_unique<ServerProcess>();
    if (!server->start(path, {QStringLiteral("--quiet")})) {
        qWarning("cannot start metadesk-server: %s", qPrintable(server->error()));
        return nullptr;
    }
    connection.baseUrl = QUrl(server->baseUrl());
    return std::make_unique<RemoteStoreFixture>(path, std::move(server), connection);
}

std::unique_ptr<StoreFixture> makeRemotePostgresStoreFixture(PostgresCluster &cluster, qint64 users,
                                                             quint32 seed)
{
    static int serial = 0;
    const QString uri = cluster.createDatabase(
        QStringLiteral("remote_%1_%2_%3").arg(users).arg(seed).arg(++serial));
    if (uri.isEmpty()) {
        qWarning("cannot create a database: %s", qPrintable(cluster.error()));
        return nullptr;
    }
    RemoteConnection connection;
    {
        StoreError error;
        std::unique_ptr<PostgresStore> store = PostgresStore::create(uri, &error);
        if (!store) {
            qWarning("%s", qPrintable(error.text()));
            return nullptr;
        }
        const QString problem = PostgresDemoWriter::generate(*store, {users, seed});
        QString keyError;
        const std::optional<NewApiKey> key =
            problem.isEmpty() ? ApiKeyRegistry(*store).add(1, {}, {}, &keyError) : std::nullopt;
        if (!key) {
            qWarning("cannot fill the database: %s", qPrintable(problem + keyError));
            return nullptr;
        }
        connection.apiId = key->apiId;
        connection.apiKey = key->key;
    }
    auto server = std::make_unique<ServerProcess>();
    if (!server->start(uri, {QStringLiteral("--quiet")})) {
        qWarning("cannot start metadesk-server: %s", qPrintable(server->error()));
        return nullptr;
    }
    connection.baseUrl = QUrl(server->baseUrl());
    return std::make_unique<RemoteStoreFixture>(uri, std::move(server), connection);
}

std::unique_ptr<StoreFixture> makeLocalStoreFixture(const QString &dir, qint64 users, quint32 seed)
{
    const QString path = dir + QStringLiteral("/local-%1-%2.db").arg(users).arg(seed);
    QFile::remove(path);
    auto sqlite = TestFiles::createDemo(path, users, seed);
    if (!sqlite)
        return nullptr;
    return std::make_unique<LocalStoreFixture>(path, std::move(sqlite));
}

ApplyReport waitForApply(ApplyJob *job, int timeoutMs)
{
    std::unique_ptr<ApplyJob> owned(job);
    if (!job->isFinished()) {
        QEventLoop loop;
        QObject::connect(job, &ApplyJob::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!job->isFinished()) {
        ApplyReport report;
        report.error = ClientError::make(
            ClientError::Kind::Internal,
            QStringLiteral("the apply did not finish within %1 ms").arg(timeoutMs));
        return report;
    }
    return job->report();
}
