#pragma once

#include "domain/ApiContract.h"
#include "domain/User.h"
#include "store/UserQuery.h"

#include <QObject>
#include <QPointer>
#include <utility>

class Store;

// Gathers every user matching a query (with their groups), page by page through the Store,
// for operations on "all users matching the filter". Reports progress; can be cancelled.
class MatchingUsersCollector : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPageSize = ApiContract::kMaxPageSize;

    MatchingUsersCollector(Store *store, qint64 accountId, const UserQuery &query,
                           QObject *parent = nullptr);
    void start();
    void cancel();
    const QList<User> &users() const { return m_users; }
    // Hands the users over (a million of them are best freed by whoever plans with them).
    QList<User> takeUsers() { return std::exchange(m_users, {}); }
    QString error() const { return m_error; }
    bool wasCancelled() const { return m_cancelled; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished();

private:
    void fetch(qint64 after);

    QPointer<Store> m_store;
    qint64 m_accountId;
    UserQuery m_query;
    QList<User> m_users;
    qint64 m_total = -1;
    QString m_error;
    bool m_cancelled = false;
    bool m_done = false;
};
