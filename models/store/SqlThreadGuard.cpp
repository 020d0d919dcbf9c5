#include "SqlThreadGuard.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMutex>
#include <QThread>
#include <atomic>
#include <sqlite3.h>

namespace {
std::atomic<qint64> g_count{0};
QMutex g_lastLock;
QByteArray g_last;

int onStatement(unsigned type, void *, void *statement, void *)
{
    if (type != SQLITE_TRACE_STMT)
        return 0;
    const QCoreApplication *app = QCoreApplication::instance();
    if (!app || QThread::currentThread() != app->thread())
        return 0;
    ++g_count;
    const char *sql = sqlite3_sql(static_cast<sqlite3_stmt *>(statement));
    const QMutexLocker lock(&g_lastLock);
    g_last = QByteArray(sql ? sql : "");
    return 0;
}
} // namespace

void SqlThreadGuard::watch(sqlite3 *handle)
{
    if (handle)
        sqlite3_trace_v2(handle, SQLITE_TRACE_STMT, onStatement, nullptr);
}

qint64 SqlThreadGuard::mainThreadStatements()
{
    return g_count.load();
}

QByteArray SqlThreadGuard::lastMainThreadStatement()
{
    const QMutexLocker lock(&g_lastLock);
    return g_last;
}

void SqlThreadGuard::reset()
{
    g_count = 0;
    const QMutexLocker lock(&g_lastLock);
    g_last.clear();
}
