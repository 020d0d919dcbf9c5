#pragma once

#include <QProcess>
#include <QString>

// The real sqlite3 command-line program: another process opening the same database file, the way
// a person inspecting it would. run() opens, runs and closes (one process per call); open() starts
// a session that keeps the file open until close().
class SqliteShell
{
public:
    struct Result
    {
        bool ok = false;
        QString out; // rows, columns separated by '|'
        QString err;
    };

    SqliteShell() = default;
    ~SqliteShell();
    SqliteShell(const SqliteShell &) = delete;
    SqliteShell &operator=(const SqliteShell &) = delete;

    // Runs `sql` in a new sqlite3 process (which waits up to 10 s for locks, like MetaDesk).
    static Result run(const QString &path, const QString &sql);

    // Starts a session holding `path` open; false with the reason in `error`.
    bool open(const QString &path, QString *error);
    // Runs `sql` in the session and waits for its output.
    Result query(const QString &sql);
    // Ends the session (the process closes the file and exits).
    void close();

private:
    QProcess m_process;
};
