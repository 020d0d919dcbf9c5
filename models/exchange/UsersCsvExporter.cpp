#include "UsersCsvExporter.h"

#include "DelimitedText.h"
#include "UserColumns.h"
#include "domain/MetaValueText.h"
#include "store/Store.h"

#include <QTimer>

UsersCsvExporter::UsersCsvExporter(Store *store, qint64 accountId, const UserQuery &query,
                                   const QList<MetaField> &fields, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_accountId(accountId)
    , m_query(query)
    , m_fields(fields)
{
    // Keyset paging needs id order.
    m_query.sort = UserQuery::Sort::Id;
    m_query.descending = false;
    m_query.sortField.clear();
}

UsersCsvExporter::~UsersCsvExporter() = default;

void UsersCsvExporter::cancel()
{
    m_cancelled = true;
}

void UsersCsvExporter::start(const QString &path)
{
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString why = m_file->errorString();
        QTimer::singleShot(0, this,
                           [this, path, why] { finish(tr("Cannot write %1: %2").arg(path, why)); });
        return;
    }
    QStringList header = UserColumns::header();
    for (const MetaField &f : m_fields)
        header << f.name;
    m_file->write(DelimitedText::line(header).toUtf8() + "\r\n");
    QTimer::singleShot(0, this, [this] {
        if (!m_store)
            return finish(tr("The connection was closed."));
        m_store->fetchGroups(m_accountId, this, [this](const StoreReply<QList<UserGroup>> &r) {
            for (const UserGroup &g : r.value)
                m_groupNames.insert(g.id, g.name);
            fetch(0);
        });
    });
}

void UsersCsvExporter::finish(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_error = error;
    if (m_file) {
        if (error.isEmpty() && !m_file->commit())
            m_error = tr("Cannot write %1: %2").arg(m_file->fileName(), m_file->errorString());
        else if (!error.isEmpty())
            m_file->cancelWriting();
    }
    Q_EMIT finished(m_error.isEmpty());
}

void UsersCsvExporter::fetch(qint64 after)
{
    if (m_cancelled)
        return finish(tr("Cancelled."));
    if (!m_store)
        return finish(tr("The connection was closed."));
    m_store->fetchUsers(
        m_accountId, m_query, after, kPageSize, this,
        [this, after](const StoreReply<UserPage> &page) {
            if (!page.ok())
                return finish(page.errorText());
            if (after == 0)
                m_total = page.value.total;
            const QList<User> users = page.value.users;
            const qint64 next = page.value.next;
            auto write = [this, users, next](const QHash<qint64, QJsonObject> &values) {
                QByteArray chunk;
                for (const User &u : users) {
                    QStringList cells = UserColumns::cells(u, m_groupNames);
                    const QJsonObject own = values.value(u.id);
                    for (const MetaField &f : m_fields)
                        cells << MetaValueText::display(own.value(f.name));
                    chunk += DelimitedText::line(cells).toUtf8() + "\r\n";
                }
                if (m_file->write(chunk) != chunk.size())
                    return finish(
                        tr("Cannot write %1: %2").arg(m_file->fileName(), m_file->errorString()));
                m_written += users.size();
                Q_EMIT progress(m_written, m_total);
                if (next < 0 || users.isEmpty())
                    return finish({});
                QTimer::singleShot(0, this, [this, next] { fetch(next); });
            };
            if (m_fields.isEmpty() || users.isEmpty())
                return write({});
            QList<qint64> ids;
            ids.reserve(users.size());
            for (const User &u : users)
                ids << u.id;
            QStringList names;
            for (const MetaField &f : m_fields)
                names << f.name;
            m_store->fetchMetaValues(
                m_accountId, ids, names, this,
                [this, write](const StoreReply<QHash<qint64, QJsonObject>> &values) {
                    if (!values.ok())
                        return finish(values.errorText());
                    write(values.value);
                });
        });
}
