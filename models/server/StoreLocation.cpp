#include "StoreLocation.h"

#include "store/PostgresConnection.h"
#include "store/PostgresStore.h"
#include "store/SqliteStore.h"

#include <QFileInfo>

StoreLocation::StoreLocation(const QString &text)
    : m_text(text)
    , m_postgres(PostgresStore::isAddress(text))
{}

QString StoreLocation::display() const
{
    return m_postgres ? PostgresConnection::redacted(m_text) : QFileInfo(m_text).absoluteFilePath();
}

std::unique_ptr<SqlStore> StoreLocation::open(StoreError *error) const
{
    if (m_postgres)
        return PostgresStore::open(m_text, error);
    return SqliteStore::open(m_text, error);
}

std::unique_ptr<SqlStore> StoreLocation::create(StoreError *error) const
{
    if (m_postgres)
        return PostgresStore::create(m_text, error);
    return SqliteStore::create(m_text, error);
}
