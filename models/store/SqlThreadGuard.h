#pragma once

#include <QtGlobal>

struct sqlite3;

// Counts the SQL statements that run on the thread owning QCoreApplication (the GUI thread in
// MetaDesk), so tests can prove that the window never waits for the database. Every SqliteStore
// connection is watched; the count costs one thread comparison per statement.
class SqlThreadGuard
{
public:
    // Starts counting the statements of a connection (called when SqliteStore opens one).
    static void watch(sqlite3 *handle);
    // Statements started on the application's main thread since the last reset().
    static qint64 mainThreadStatements();
    // The text of the last statement counted there, to tell a test what ran.
    static QByteArray lastMainThreadStatement();
    static void reset();
};
