#include "FieldValueCounter.h"

#include "Store.h"

#include <QTimer>

FieldValueCounter::FieldValueCounter(Store *store, qint64 accountId, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_accountId(accountId)
{}

void FieldValueCounter::start()
{
    // From the event loop, so that callers can connect first even to a store that answers at once.
    QTimer::singleShot(0, this, [this] { fetchUsers(0); });
}

void FieldValueCounter::finish(const ClientError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_error = error;
    Q_EMIT finished();
}

void FieldValueCounter::fetchUsers(qint64 after)
{
    if (!m_store)
        return finish(
            ClientError::make(ClientError::Kind::Cancelled, tr("The connection was closed.")));
    m_store->fetchUsers(
        m_accountId, {}, after, kPageSize, this, [this](const StoreReply<UserPage> &page) {
            if (!page.ok())
                return finish(page.error);
            if (page.value.users.isEmpty())
                return finish({});
            QList<qint64> ids;
            ids.reserve(page.value.users.size());
            for (const User &u : page.value.users)
                ids << u.id;
            const qint64 next = page.value.next;
            m_store->fetchMetaValues(
                m_accountId, ids, {}, this,
                [this, next](const StoreReply<QHash<qint64, QJsonObject>> &values) {
                    if (!values.ok())
                        return finish(values.error);
                    for (const QJsonObject &user : values.value) {
                        for (auto it = user.constBegin(); it != user.constEnd(); ++it)
                            ++m_counts[it.key()];
                    }
                    if (next < 0)
                        return finish({});
                    QTimer::singleShot(0, this, [this, next] { fetchUsers(next); });
                });
        });
}
