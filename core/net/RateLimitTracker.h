#pragma once

#include "net/HttpClient.h"

#include <QHash>
#include <QMutex>

namespace pm::net
{

/**
 * Respects the providers' rate-limit headers across calls: when an answer says none are left
 * (`x-ratelimit-remaining: 0` with a reset time, or a 429 with Retry-After), the next call on that
 * account waits until the reset instead of hitting the limit again. Thread-safe; one per process.
 */
class RateLimitTracker final
{
public:
    /// Learns from an answer for @p key (a provider account).
    void note(const QString& key, const HttpResponse& response, qint64 nowMs);
    /// How long a call on @p key should wait from @p nowMs (0: go).
    qint64 waitMs(const QString& key, qint64 nowMs) const;

    static RateLimitTracker& shared();

private:
    mutable QMutex m_mutex;
    QHash<QString, qint64> m_notBeforeMs;
};

} // namespace pm::net
