#pragma once

#include <QtGlobal>
#include <condition_variable>
#include <mutex>
#include <set>
#include <thread>

// The deadlines of the server's open connections (docs/SERVER.md): a head must be complete
// within its timeout, a body within its own. A connection past its deadline has its socket shut
// down, which the HTTP layer sees as the client leaving; it then closes and forgets it. A
// connection only waits on the client while it has a deadline.
class ConnectionDeadlines
{
public:
    struct Entry
    {
        int fd = -1;
        qint64 deadlineMs = 0; // 0: none
        bool overCap = false;  // opened while the server already had its maximum
    };

    ConnectionDeadlines();
    ~ConnectionDeadlines();
    ConnectionDeadlines(const ConnectionDeadlines &) = delete;
    ConnectionDeadlines &operator=(const ConnectionDeadlines &) = delete;

    // A new connection; it is over the cap when `cap` connections are already open.
    Entry *open(int fd, int cap, int seconds);
    void close(Entry *entry);
    // From now on `seconds` (0: no deadline).
    void set(Entry *entry, int seconds);
    int count() const;
    // Connections shut down because a deadline passed, since the start.
    qint64 expired() const;

private:
    void run();

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::set<Entry *> m_entries;
    qint64 m_expired = 0;
    bool m_stopping = false;
    std::thread m_thread;
};
