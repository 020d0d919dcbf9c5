#pragma once

#include "store/Store.h"

#include <QEventLoop>
#include <QString>
#include <QTimer>
#include <memory>

// One backend of the shared Store behaviour suite: a Store over a demo database, and that file,
// to check results against what really landed.
class StoreFixture
{
public:
    virtual ~StoreFixture() = default;
    virtual Store *store() = 0;
    virtual QString filePath() const = 0;
    virtual QString name() const = 0;
};

// A LocalStore over a fresh demo file in `dir`.
std::unique_ptr<StoreFixture> makeLocalStoreFixture(const QString &dir, qint64 users, quint32 seed);

// A RemoteStore talking to the real metadesk-server ($METADESK_SERVER) that serves a fresh demo
// file in `dir` on a loopback port, with a new key for account 1 (named from the file).
std::unique_ptr<StoreFixture> makeRemoteStoreFixture(const QString &dir, qint64 users,
                                                     quint32 seed);

class PostgresCluster;
// The same, but the server serves a new database in the PostgreSQL cluster with the same demo
// data; filePath() is its URI.
std::unique_ptr<StoreFixture> makeRemotePostgresStoreFixture(PostgresCluster &cluster, qint64 users,
                                                             quint32 seed);

// Waits (running the event loop, at most `timeoutMs`) for a Store call to answer.
template<typename T>
StoreReply<T> waitFor(const std::function<void(QObject *, Store::Callback<T>)> &call,
                      int timeoutMs = 30000)
{
    QObject context;
    QEventLoop loop;
    bool answered = false;
    StoreReply<T> result;
    call(&context, [&](const StoreReply<T> &reply) {
        result = reply;
        answered = true;
        loop.quit();
    });
    if (!answered) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!answered)
        result.error = ClientError::make(ClientError::Kind::Internal,
                                         QStringLiteral("no answer within %1 ms").arg(timeoutMs));
    return result;
}

// Runs an apply to its end and returns its report.
ApplyReport waitForApply(ApplyJob *job, int timeoutMs = 120000);
