#pragma once

#include <QString>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

class ApiService;
class RateLimiter;
class SqlStore;
struct ServeOptions;

// The threads that decode, check and run requests, away from the network thread: `readers`
// threads for admissions and small reads; one for reads with big bodies (bulk); one for writes,
// so that writes to the file stay one at a time (docs/API.md 5.4) and never hold a reader up.
// The bulk and write threads run at a lower CPU priority (nice 10): when the cores are busy, a
// small read goes first. Each thread has its own connection to the file and its own ApiService;
// they share one rate limiter.
class ServiceWorkers
{
public:
    using Task = std::function<void(ApiService &)>;

    ServiceWorkers(const ServeOptions &options, int readers);
    ~ServiceWorkers();
    ServiceWorkers(const ServiceWorkers &) = delete;
    ServiceWorkers &operator=(const ServiceWorkers &) = delete;

    // Opens a connection per thread and starts them; false with `error` when the file will not
    // open.
    bool start(QString *error);
    enum class Kind
    {
        Read,
        BulkRead,
        Write
    };
    // False once stopping: the task will not run.
    bool post(Kind kind, Task task);
    // A service for ApiService::screen(), which touches no store (any thread may call it).
    const ApiService &screening() const { return *m_reads.workers.front().service; }
    // Runs what is queued, then stops the threads and closes their connections.
    void stop();

private:
    struct Worker
    {
        std::unique_ptr<SqlStore> store;
        std::unique_ptr<ApiService> service;
        std::thread thread;
    };
    struct Lane
    {
        std::mutex mutex;
        std::condition_variable wake;
        std::deque<Task> tasks;
        bool stopping = false;
        std::vector<Worker> workers;
        int nice = 0;
    };
    static void run(Lane &lane, ApiService &service);
    static bool post(Lane &lane, Task task);
    Lane &lane(Kind kind);
    bool fill(Lane &lane, int count, QString *error);

    const ServeOptions &m_options;
    int m_readers;
    std::shared_ptr<RateLimiter> m_limiter;
    Lane m_reads;
    Lane m_bulk;
    Lane m_writes;
    bool m_started = false;
};
