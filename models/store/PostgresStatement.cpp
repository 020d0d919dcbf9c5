#include "PostgresStatement.h"

#include "PostgresConnection.h"
#include "payload/TextCodec.h"

#include <libpq-fe.h>

PostgresStatement::PostgresStatement(PostgresConnection &connection, const QByteArray &sql)
    : m_connection(connection)
{
    PostgresConnection::Translated translated = PostgresConnection::translate(sql);
    m_sql = std::move(translated.sql);
    m_names = std::move(translated.names);
    m_parameters.resize(size_t(translated.parameterCount));
}

PostgresStatement::~PostgresStatement()
{
    PQclear(m_result);
}

void PostgresStatement::set(int index, QByteArray value, bool binary)
{
    if (index < 1 || size_t(index) > m_parameters.size())
        return;
    Parameter &p = m_parameters[size_t(index - 1)];
    p.value = std::move(value);
    p.null = false;
    p.binary = binary;
}

void PostgresStatement::bind(int index, qint64 value)
{
    set(index, QByteArray::number(value), false);
}

void PostgresStatement::bind(int index, double value)
{
    set(index, QByteArray::number(value, 'g', 17), false);
}

void PostgresStatement::bindUtf8(int index, const QByteArray &utf8)
{
    set(index, utf8, false);
}

void PostgresStatement::bindNull(int index)
{
    if (index >= 1 && size_t(index) <= m_parameters.size())
        m_parameters[size_t(index - 1)] = Parameter();
}

void PostgresStatement::bindBlob(int index, const QByteArray &bytes)
{
    set(index, bytes, true);
}

int PostgresStatement::parameterIndex(const QByteArray &name) const
{
    return m_names.value(name, 0);
}

void PostgresStatement::fail(pg_result *result)
{
    m_failed = true;
    m_failedBusy = PostgresConnection::isBusy(result);
    m_error = PostgresConnection::messageOf(result);
}

bool PostgresStatement::run()
{
    m_ran = true;
    QString error;
    bool busy = false;
    const PostgresConnection::Translated translated{m_sql, int(m_parameters.size()), {}};
    m_name = m_connection.preparedName(translated, &error, &busy);
    if (!error.isEmpty()) {
        m_failed = true;
        m_failedBusy = busy;
        m_error = error;
        return false;
    }
    const int n = int(m_parameters.size());
    std::vector<const char *> values(size_t(n), nullptr);
    std::vector<int> lengths(size_t(n), 0);
    std::vector<int> formats(size_t(n), 0);
    for (int i = 0; i < n; ++i) {
        const Parameter &p = m_parameters[size_t(i)];
        if (p.null)
            continue;
        values[size_t(i)] = p.value.constData();
        lengths[size_t(i)] = int(p.value.size());
        formats[size_t(i)] = p.binary ? 1 : 0;
    }
    m_result = m_name.isEmpty() ? PQexecParams(m_connection.handle(), m_sql.constData(), n, nullptr,
                                               values.data(), lengths.data(), formats.data(), 0)
                                : PQexecPrepared(m_connection.handle(), m_name.constData(), n,
                                                 values.data(), lengths.data(), formats.data(), 0);
    const ExecStatusType status = PQresultStatus(m_result);
    if (status == PGRES_TUPLES_OK) {
        m_rows = PQntuples(m_result);
        const char *tuples = PQcmdTuples(m_result);
        m_changedRows = tuples && *tuples ? QByteArray(tuples).toLongLong() : 0;
        return true;
    }
    if (status == PGRES_COMMAND_OK) {
        m_rows = 0;
        const char *tuples = PQcmdTuples(m_result);
        m_changedRows = tuples && *tuples ? QByteArray(tuples).toLongLong() : 0;
        return true;
    }
    fail(m_result);
    return false;
}

bool PostgresStatement::step()
{
    if (!m_ran && !run())
        return false;
    if (m_failed || !m_result)
        return false;
    ++m_row;
    return m_row < m_rows;
}

void PostgresStatement::reset()
{
    PQclear(m_result);
    m_result = nullptr;
    m_row = -1;
    m_rows = 0;
    m_ran = false;
    for (Parameter &p : m_parameters)
        p = Parameter();
}

const char *PostgresStatement::value(int column) const
{
    if (!m_result || m_row < 0 || m_row >= m_rows || column >= PQnfields(m_result))
        return nullptr;
    if (PQgetisnull(m_result, m_row, column))
        return nullptr;
    return PQgetvalue(m_result, m_row, column);
}

qint64 PostgresStatement::columnInt64(int column) const
{
    const char *text = value(column);
    if (!text)
        return 0;
    // A boolean column (a comparison in the select list) reads as 0 or 1, as in SQLite.
    if (text[0] == 't' && text[1] == '\0')
        return 1;
    if (text[0] == 'f' && text[1] == '\0')
        return 0;
    return QByteArray::fromRawData(text, qsizetype(qstrlen(text))).toLongLong();
}

double PostgresStatement::columnDouble(int column) const
{
    const char *text = value(column);
    return text ? QByteArray::fromRawData(text, qsizetype(qstrlen(text))).toDouble() : 0.0;
}

QString PostgresStatement::columnText(int column) const
{
    const char *text = value(column);
    return text ? TextCodec::utf8Text(QByteArrayView(text, PQgetlength(m_result, m_row, column)))
                : QString();
}

QByteArray PostgresStatement::columnBlob(int column) const
{
    const char *text = value(column);
    if (!text)
        return {};
    // bytea in text results: "\x" and hex digits.
    const QByteArray hex(text, PQgetlength(m_result, m_row, column));
    return hex.startsWith("\\x") ? QByteArray::fromHex(hex.mid(2)) : hex;
}

int PostgresStatement::columnCount() const
{
    return m_result ? PQnfields(m_result) : 0;
}

bool PostgresStatement::columnIsNull(int column) const
{
    return value(column) == nullptr;
}
