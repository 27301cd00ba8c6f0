#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <chrono>
#include <functional>

namespace pm::net
{

/**
 * A circuit breaker per provider account: after `threshold` consecutive failures (transport
 * errors, 5xx) it opens and refuses calls for `cooldown`; then one trial call is let through
 * (half-open) — success closes it, failure opens it again. 4xx answers are the caller's problem,
 * not the provider's health, and do not count. Thread-safe; one registry per process.
 */
class CircuitBreaker final
{
public:
    enum class State
    {
        Closed,
        Open,
        HalfOpen,
    };
    using Clock = std::function<qint64()>; ///< milliseconds

    explicit CircuitBreaker(int threshold = 5, std::chrono::milliseconds cooldown = std::chrono::seconds(60),
                            Clock clock = {});

    /// May a call to @p key go out now? When not, @p retryInMs says when it may.
    bool allow(const QString& key, qint64* retryInMs = nullptr);
    void recordSuccess(const QString& key);
    void recordFailure(const QString& key);
    State state(const QString& key) const;

    /// The process-wide breaker the provider clients share.
    static CircuitBreaker& shared();

private:
    struct Entry
    {
        State state = State::Closed;
        int failures = 0;
        qint64 openedAtMs = 0;
        bool trialOut = false;
    };
    qint64 now() const;

    int m_threshold;
    std::chrono::milliseconds m_cooldown;
    Clock m_clock;
    mutable QMutex m_mutex;
    QHash<QString, Entry> m_entries;
};

} // namespace pm::net
