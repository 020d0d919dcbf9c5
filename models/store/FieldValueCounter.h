#pragma once

#include "ClientError.h"
#include "domain/ApiContract.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

class Store;

// Counts, per field, the users of an account that hold a value, through nothing but the Store's
// paged reads: users page by page (keyset), then their values. For stores without a count
// query (a server: docs/API.md serves no count endpoint yet). Answers once with finished().
class FieldValueCounter : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPageSize = ApiContract::kMaxPageSize;

    FieldValueCounter(Store *store, qint64 accountId, QObject *parent = nullptr);
    void start();
    const QHash<QString, qint64> &counts() const { return m_counts; }
    const ClientError &error() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    void fetchUsers(qint64 after);
    void finish(const ClientError &error);

    QPointer<Store> m_store;
    qint64 m_accountId;
    QHash<QString, qint64> m_counts;
    ClientError m_error;
    bool m_done = false;
};
