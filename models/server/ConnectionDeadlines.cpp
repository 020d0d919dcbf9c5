#include "ConnectionDeadlines.h"

#include <QDeadlineTimer>
#include <chrono>
#include <sys/socket.h>

namespace {
qint64 nowMs()
{
    return QDeadlineTimer::current().deadline();
}
} // namespace

ConnectionDeadlines::ConnectionDeadlines()
    : m_thread([this] { run(); })
{}

ConnectionDeadlines::~ConnectionDeadlines()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
    for (Entry *e : m_entries)
        delete e;
}

ConnectionDeadlines::Entry *ConnectionDeadlines::open(int fd, int cap, int seconds)
{
    auto *e = new Entry;
    e->fd = fd;
    e->deadlineMs = seconds > 0 ? nowMs() + qint64(seconds) * 1000 : 0;
    const std::lock_guard lock(m_mutex);
    e->overCap = int(m_entries.size()) >= cap;
    m_entries.insert(e);
    return e;
}

void ConnectionDeadlines::close(Entry *entry)
{
    {
        const std::lock_guard lock(m_mutex);
        m_entries.erase(entry);
    }
    delete entry;
}

void ConnectionDeadlines::set(Entry *entry, int seconds)
{
    const std::lock_guard lock(m_mutex);
    entry->deadlineMs = seconds > 0 ? nowMs() + qint64(seconds) * 1000 : 0;
}

int ConnectionDeadlines::count() const
{
    const std::lock_guard lock(m_mutex);
    return int(m_entries.size());
}

qint64 ConnectionDeadlines::expired() const
{
    const std::lock_guard lock(m_mutex);
    return m_expired;
}

void ConnectionDeadlines::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        // A quarter second is fine-grained enough for timeouts counted in seconds.
        m_wake.wait_for(lock, std::chrono::milliseconds(250));
        const qint64 now = nowMs();
        for (Entry *e : m_entries) {
            if (e->deadlineMs == 0 || now < e->deadlineMs)
                continue;
            // The entry is only forgotten (under this lock) before its socket is closed, so the
            // descriptor is still this connection's.
            ::shutdown(e->fd, SHUT_RDWR);
            e->deadlineMs = 0;
            ++m_expired;
        }
    }
}
