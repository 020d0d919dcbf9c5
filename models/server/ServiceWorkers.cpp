#include "ServiceWorkers.h"

#include "ApiService.h"
#include "RateLimiter.h"
#include "ServeOptions.h"
#include "StoreLocation.h"
#include "store/SqlStore.h"

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace {
// Less CPU for work that may take seconds, so that short requests are answered first.
constexpr int kBackgroundNice = 10;
} // namespace

ServiceWorkers::ServiceWorkers(const ServeOptions &options, int readers)
    : m_options(options)
    , m_readers(std::max(1, readers))
    , m_limiter(std::make_shared<RateLimiter>(options.rateLimit))
{}

ServiceWorkers::~ServiceWorkers()
{
    stop();
}

bool ServiceWorkers::fill(Lane &lane, int count, QString *error)
{
    for (int i = 0; i < count; ++i) {
        StoreError storeError;
        Worker w;
        w.store = StoreLocation(m_options.file).open(&storeError);
        if (!w.store) {
            *error = storeError.text();
            return false;
        }
        w.service =
            std::make_unique<ApiService>(*w.store, m_options.maxBodyBytes, m_options.rateLimit,
                                         m_options.changesRetentionDays, m_limiter);
        lane.workers.push_back(std::move(w));
    }
    return true;
}

bool ServiceWorkers::start(QString *error)
{
    m_bulk.nice = kBackgroundNice;
    m_writes.nice = kBackgroundNice;
    if (!fill(m_reads, m_readers, error) || !fill(m_bulk, 1, error) || !fill(m_writes, 1, error)) {
        m_reads.workers.clear();
        m_bulk.workers.clear();
        m_writes.workers.clear();
        return false;
    }
    for (Lane *lane : {&m_reads, &m_bulk, &m_writes}) {
        for (Worker &w : lane->workers) {
            ApiService *service = w.service.get();
            w.thread = std::thread([lane, service] {
                if (lane->nice != 0) // Linux: a thread's nice value is its own
                    setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), lane->nice);
                run(*lane, *service);
            });
        }
    }
    m_started = true;
    return true;
}

void ServiceWorkers::run(Lane &lane, ApiService &service)
{
    for (;;) {
        Task task;
        {
            std::unique_lock lock(lane.mutex);
            lane.wake.wait(lock, [&] { return lane.stopping || !lane.tasks.empty(); });
            if (lane.tasks.empty())
                return; // stopping, and nothing left to answer
            task = std::move(lane.tasks.front());
            lane.tasks.pop_front();
        }
        task(service);
    }
}

bool ServiceWorkers::post(Lane &lane, Task task)
{
    {
        const std::lock_guard lock(lane.mutex);
        if (lane.stopping)
            return false;
        lane.tasks.push_back(std::move(task));
    }
    lane.wake.notify_one();
    return true;
}

ServiceWorkers::Lane &ServiceWorkers::lane(Kind kind)
{
    switch (kind) {
    case Kind::Read:
        break;
    case Kind::BulkRead:
        return m_bulk;
    case Kind::Write:
        return m_writes;
    }
    return m_reads;
}

bool ServiceWorkers::post(Kind kind, Task task)
{
    return post(lane(kind), std::move(task));
}

void ServiceWorkers::stop()
{
    if (!m_started)
        return;
    m_started = false;
    for (Lane *lane : {&m_reads, &m_bulk, &m_writes}) {
        {
            const std::lock_guard lock(lane->mutex);
            lane->stopping = true;
        }
        lane->wake.notify_all();
        for (Worker &w : lane->workers)
            w.thread.join();
        // Services before their stores: they hold references to them.
        for (Worker &w : lane->workers)
            w.service.reset();
        lane->workers.clear();
    }
}
