#include "SqlStatement.h"

#include "SqlConnection.h"
#include "SqlStatementBackend.h"

SqlStatement::SqlStatement(SqlConnection *connection, const char *sql)
    : m_connection(connection)
    , m_backend(connection->prepare(QByteArray(sql)))
{}

SqlStatement::SqlStatement(SqlConnection *connection, const QString &sql)
    : m_connection(connection)
    , m_backend(connection->prepare(sql.toUtf8()))
{}

SqlStatement::SqlStatement(SqlConnection *connection, const QByteArray &sql)
    : m_connection(connection)
    , m_backend(connection->prepare(sql))
{}

SqlStatement::~SqlStatement() = default;

bool SqlStatement::isValid() const
{
    return m_backend->isValid();
}

const SqlDialect &SqlStatement::dialect() const
{
    return m_connection->dialect();
}

int SqlStatement::parameterIndex(const QString &name) const
{
    return m_backend->parameterIndex(name.toUtf8());
}

QString SqlStatement::errorText() const
{
    return m_backend->errorText();
}

void SqlStatement::bind(int index, qint64 value)
{
    m_backend->bind(index, value);
}

void SqlStatement::bind(int index, double value)
{
    m_backend->bind(index, value);
}

void SqlStatement::bind(int index, const QString &value)
{
    m_backend->bindUtf8(index, value.toUtf8());
}

void SqlStatement::bindUtf8(int index, const QByteArray &utf8)
{
    m_backend->bindUtf8(index, utf8);
}

void SqlStatement::bindNull(int index)
{
    m_backend->bindNull(index);
}

void SqlStatement::bindBlob(int index, const QByteArray &bytes)
{
    m_backend->bindBlob(index, bytes);
}

void SqlStatement::bind(const QString &name, const QVariant &value)
{
    const int index = m_backend->parameterIndex(name.toUtf8());
    if (index == 0)
        return;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        bind(index, value.toLongLong());
        return;
    case QMetaType::Double:
        bind(index, value.toDouble());
        return;
    case QMetaType::UnknownType:
        bindNull(index);
        return;
    default:
        bind(index, value.toString());
        return;
    }
}

bool SqlStatement::step()
{
    return m_backend->step();
}

bool SqlStatement::exec()
{
    while (m_backend->step()) {
    }
    const bool ok = !m_backend->failed();
    m_backend->reset();
    return ok;
}

void SqlStatement::reset()
{
    m_backend->reset();
}

qint64 SqlStatement::columnInt64(int column) const
{
    return m_backend->columnInt64(column);
}

double SqlStatement::columnDouble(int column) const
{
    return m_backend->columnDouble(column);
}

QString SqlStatement::columnText(int column) const
{
    return m_backend->columnText(column);
}

QByteArray SqlStatement::columnBlob(int column) const
{
    return m_backend->columnBlob(column);
}

int SqlStatement::columnCount() const
{
    return m_backend->columnCount();
}

bool SqlStatement::columnIsNull(int column) const
{
    return m_backend->columnIsNull(column);
}

bool SqlStatement::failed() const
{
    return m_backend->failed();
}

bool SqlStatement::failedBusy() const
{
    return m_backend->failedBusy();
}

qint64 SqlStatement::changedRows() const
{
    return m_backend->changedRows();
}
