#include "MatchingUsersCollector.h"

#include "store/Store.h"

#include <QTimer>

MatchingUsersCollector::MatchingUsersCollector(Store *store, qint64 accountId,
                                               const UserQuery &query, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_accountId(accountId)
    , m_query(query)
{
    // Keyset paging needs id order; the order does not matter for a set of users.
    m_query.sort = UserQuery::Sort::Id;
    m_query.descending = false;
    m_query.fromEnd = false;
    m_query.sortField.clear();
}

void MatchingUsersCollector::start()
{
    // Start from the event loop, so that callers can connect first even to a file store.
    QTimer::singleShot(0, this, [this] { fetch(0); });
}

void MatchingUsersCollector::cancel()
{
    m_cancelled = true;
}

void MatchingUsersCollector::fetch(qint64 after)
{
    auto finish = [this] {
        if (m_done)
            return;
        m_done = true;
        Q_EMIT finished();
    };
    if (m_cancelled || !m_store) {
        if (!m_store)
            m_error = tr("The connection was closed.");
        finish();
        return;
    }
    m_store->fetchUsers(m_accountId, m_query, after, kPageSize, this,
                        [this, after, finish](const StoreReply<UserPage> &reply) {
                            if (!reply.ok()) {
                                m_error = reply.errorText();
                                finish();
                                return;
                            }
                            if (after == 0) {
                                m_total = reply.value.total;
                                // Grown page by page, a million users would be copied over
                                // and over on the GUI thread (User is not relocatable).
                                if (m_total > 0)
                                    m_users.reserve(m_total);
                            }
                            m_users += reply.value.users;
                            Q_EMIT progress(m_users.size(), m_total);
                            if (reply.value.next < 0 || reply.value.users.isEmpty()) {
                                finish();
                                return;
                            }
                            // Next page from the event loop: a file answers at once, and a
                            // million users must not become a million-deep call stack.
                            const qint64 next = reply.value.next;
                            QTimer::singleShot(0, this, [this, next] { fetch(next); });
                        });
}
