#pragma once

#include "net/HttpClient.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <chrono>

namespace pm::net
{
class CircuitBreaker;
class RateLimitTracker;
} // namespace pm::net

namespace pm::providers
{

/**
 * What every call to a provider account passes before it leaves the machine, in this order: the
 * account's circuit breaker, its rate-limit window (a short wait, or a refusal when long), and the
 * budget ledger (pm_budget_reserve: counted when it goes out, refused and counted when over
 * budget). Attached to an HttpClient as its gate and observer; runs on the worker's thread with
 * the worker's connection.
 */
class ProviderCallGuard final
{
    Q_DECLARE_TR_FUNCTIONS(ProviderCallGuard)

public:
    ProviderCallGuard(QSqlDatabase db, int accountId, pm::net::CircuitBreaker* breaker = nullptr,
                      pm::net::RateLimitTracker* limits = nullptr,
                      std::chrono::milliseconds maxWait = std::chrono::seconds(30));

    void attach(pm::net::HttpClient& http);
    QString key() const;

    /// Empty when the call may go out now; otherwise why not.
    QString admit();
    void observe(const pm::net::HttpResponse& response);

private:
    QSqlDatabase m_db;
    int m_accountId;
    pm::net::CircuitBreaker* m_breaker;
    pm::net::RateLimitTracker* m_limits;
    std::chrono::milliseconds m_maxWait;
};

} // namespace pm::providers
