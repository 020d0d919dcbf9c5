#pragma once

#include <QCoreApplication>
#include <QString>

class SqlConnection;

// The one way to write in a transaction on a database connection: begins in the constructor,
// keeps what commit() made permanent, and rolls back when it goes out of scope uncommitted, so
// that no early return or failure can leave a transaction open. SQLite has no nested
// transactions: beginning one while the connection is already inside one is refused (never
// silently joined), and so is committing twice. The same on a file and on PostgreSQL: the
// connection's dialect says how a write transaction begins (SqlDialect::beginWrite).
class SqlTransaction
{
    Q_DECLARE_TR_FUNCTIONS(SqlTransaction)
public:
    enum class Mode
    {
        // Takes the write lock at the first write; on PostgreSQL, one snapshot for every read.
        Deferred,
        // Takes the write lock at once: for writers that check first and then write, so that
        // nobody writes between the check and the write, and a busy file is known before any work.
        Immediate
    };
    enum class Failure
    {
        None,
        Busy,      // another connection holds the lock (after the busy timeout)
        Nested,    // the connection was already inside a transaction
        NotActive, // commit() without a running transaction (already committed or rolled back)
        Sql        // any other database error
    };

    explicit SqlTransaction(SqlConnection *db, Mode mode = Mode::Immediate);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    // Began, and neither committed nor rolled back yet.
    bool isActive() const { return m_active; }
    // Makes the changes permanent; on failure they are rolled back and failure() says why.
    bool commit();
    // Drops the changes now (the destructor does it too).
    void rollback();

    Failure failure() const { return m_failure; }
    bool isBusy() const { return m_failure == Failure::Busy; }
    // What went wrong, for logs and error details (not for deciding anything).
    QString errorText() const { return m_errorText; }

private:
    void fail(Failure failure, const QString &text);
    void failFromConnection();

    SqlConnection *m_db;
    bool m_active = false;
    Failure m_failure = Failure::None;
    QString m_errorText;
};
