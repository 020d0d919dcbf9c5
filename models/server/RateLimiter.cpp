#include "RateLimiter.h"

#include <cmath>

namespace {
// Buckets of clients that went quiet are full again; dropping them keeps the table small.
constexpr int kPruneAbove = 10000;
} // namespace

RateLimiter::RateLimiter(int rate)
    : m_rate(rate)
{
    m_clock.start();
}

bool RateLimiter::take(const QString &client, int *retryAfterSeconds)
{
    if (m_rate <= 0)
        return true;
    const QMutexLocker lock(&m_mutex);
    const qint64 now = m_clock.nsecsElapsed();
    if (m_buckets.size() > kPruneAbove) {
        const qint64 fullAfterNs = 1000000000LL; // any bucket refills completely within 1 s
        for (auto it = m_buckets.begin(); it != m_buckets.end();)
            it = now - it->updatedNs > fullAfterNs ? m_buckets.erase(it) : std::next(it);
    }
    auto it = m_buckets.find(client);
    if (it == m_buckets.end())
        it = m_buckets.insert(client, Bucket{double(m_rate), now});
    Bucket &b = *it;
    b.tokens = std::min(double(m_rate), b.tokens + double(now - b.updatedNs) * 1e-9 * m_rate);
    b.updatedNs = now;
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return true;
    }
    if (retryAfterSeconds)
        *retryAfterSeconds = std::max(1, int(std::ceil((1.0 - b.tokens) / m_rate)));
    return false;
}
