#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QString>

// A token bucket per client (API id, or peer address before authentication): `rate` requests per
// second with bursts of up to `rate`. A rate of 0 lets everything through. Thread-safe: the
// server's workers share one.
class RateLimiter
{
public:
    explicit RateLimiter(int rate);

    bool enabled() const { return m_rate > 0; }
    int rate() const { return m_rate; }
    // Takes one token; when there is none, returns false and the whole seconds until there is.
    bool take(const QString &client, int *retryAfterSeconds);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedNs = 0;
    };
    int m_rate;
    QMutex m_mutex;
    QElapsedTimer m_clock;
    QHash<QString, Bucket> m_buckets;
};
