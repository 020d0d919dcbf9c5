#pragma once

#include "domain/ApiContract.h"
#include "domain/MetaField.h"
#include "store/UserQuery.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSaveFile>
#include <memory>

class Store;

// Writes the users matching a query, with the chosen meta fields, to a CSV file, page by page
// through the Store (keyset, never everything in memory). The file appears whole or not at all
// (QSaveFile). Answers once with finished().
class UsersCsvExporter : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPageSize = ApiContract::kMaxPageSize;

    UsersCsvExporter(Store *store, qint64 accountId, const UserQuery &query,
                     const QList<MetaField> &fields, QObject *parent = nullptr);
    ~UsersCsvExporter() override;
    void start(const QString &path);
    void cancel();
    qint64 written() const { return m_written; }
    QString error() const { return m_error; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(bool ok);

private:
    void fetch(qint64 after);
    void finish(const QString &error);

    QPointer<Store> m_store;
    qint64 m_accountId;
    UserQuery m_query;
    QList<MetaField> m_fields;
    QHash<qint64, QString> m_groupNames;
    std::unique_ptr<QSaveFile> m_file;
    qint64 m_written = 0;
    qint64 m_total = -1;
    QString m_error;
    bool m_cancelled = false;
    bool m_done = false;
};
