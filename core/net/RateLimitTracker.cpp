#include "net/RateLimitTracker.h"

#include <QDateTime>

namespace pm::net
{

RateLimitTracker& RateLimitTracker::shared()
{
    static RateLimitTracker tracker;
    return tracker;
}

void RateLimitTracker::note(const QString& key, const HttpResponse& response, qint64 nowMs)
{
    qint64 notBefore = 0;
    if (response.status == 429) {
        const auto after = HttpClient::retryAfter(response, QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC));
        notBefore = nowMs + (after ? after->count() : 1000);
    } else if (response.header("x-ratelimit-remaining").trimmed() == "0") {
        bool ok = false;
        const qint64 reset = response.header("x-ratelimit-reset").trimmed().toLongLong(&ok);
        // Either an epoch time (SendGrid) or seconds from now; absent: a one-second window (Loops).
        if (!ok) {
            notBefore = nowMs + 1000;
        } else if (reset > 1'000'000'000) {
            notBefore = reset * 1000;
        } else {
            notBefore = nowMs + reset * 1000;
        }
    }
    QMutexLocker lock(&m_mutex);
    if (notBefore > nowMs) {
        m_notBeforeMs[key] = std::max(m_notBeforeMs.value(key), notBefore);
    }
}

qint64 RateLimitTracker::waitMs(const QString& key, qint64 nowMs) const
{
    QMutexLocker lock(&m_mutex);
    return std::max<qint64>(0, m_notBeforeMs.value(key) - nowMs);
}

} // namespace pm::net
