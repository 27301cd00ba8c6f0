#include "net/CircuitBreaker.h"

#include <QDateTime>

namespace pm::net
{

CircuitBreaker::CircuitBreaker(int threshold, std::chrono::milliseconds cooldown, Clock clock)
    : m_threshold(std::max(1, threshold))
    , m_cooldown(cooldown)
    , m_clock(std::move(clock))
{ }

CircuitBreaker& CircuitBreaker::shared()
{
    static CircuitBreaker breaker;
    return breaker;
}

qint64 CircuitBreaker::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

bool CircuitBreaker::allow(const QString& key, qint64* retryInMs)
{
    QMutexLocker lock(&m_mutex);
    Entry& e = m_entries[key];
    if (e.state == State::Closed) {
        return true;
    }
    const qint64 waited = now() - e.openedAtMs;
    if (e.state == State::Open && waited >= m_cooldown.count()) {
        e.state = State::HalfOpen;
        e.trialOut = false;
    }
    if (e.state == State::HalfOpen && !e.trialOut) {
        e.trialOut = true; // exactly one trial call
        return true;
    }
    if (retryInMs) {
        *retryInMs = std::max<qint64>(0, m_cooldown.count() - waited);
    }
    return false;
}

void CircuitBreaker::recordSuccess(const QString& key)
{
    QMutexLocker lock(&m_mutex);
    m_entries[key] = Entry {};
}

void CircuitBreaker::recordFailure(const QString& key)
{
    QMutexLocker lock(&m_mutex);
    Entry& e = m_entries[key];
    ++e.failures;
    if (e.state == State::HalfOpen || e.failures >= m_threshold) {
        e.state = State::Open;
        e.openedAtMs = now();
        e.trialOut = false;
    }
}

CircuitBreaker::State CircuitBreaker::state(const QString& key) const
{
    QMutexLocker lock(&m_mutex);
    return m_entries.value(key).state;
}

} // namespace pm::net
