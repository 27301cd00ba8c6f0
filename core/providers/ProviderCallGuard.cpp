#include "providers/ProviderCallGuard.h"

#include "net/CircuitBreaker.h"
#include "net/RateLimitTracker.h"
#include "store/DatabaseConnection.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pm::providers
{

ProviderCallGuard::ProviderCallGuard(QSqlDatabase db, int accountId, pm::net::CircuitBreaker* breaker,
                                     pm::net::RateLimitTracker* limits, std::chrono::milliseconds maxWait)
    : m_db(std::move(db))
    , m_accountId(accountId)
    , m_breaker(breaker ? breaker : &pm::net::CircuitBreaker::shared())
    , m_limits(limits ? limits : &pm::net::RateLimitTracker::shared())
    , m_maxWait(maxWait)
{ }

QString ProviderCallGuard::key() const
{
    return u"account:%1"_s.arg(m_accountId);
}

void ProviderCallGuard::attach(pm::net::HttpClient& http)
{
    http.setGate([this] { return admit(); });
    http.setObserver([this](const pm::net::HttpResponse& response) { observe(response); });
}

QString ProviderCallGuard::admit()
{
    qint64 retryIn = 0;
    if (!m_breaker->allow(key(), &retryIn)) {
        return tr("the account's circuit is open after repeated failures; next try in %1 s")
            .arg((retryIn + 999) / 1000);
    }
    const qint64 wait = m_limits->waitMs(key(), QDateTime::currentMSecsSinceEpoch());
    if (wait > m_maxWait.count()) {
        return tr("rate limited by the provider for another %1 s").arg((wait + 999) / 1000);
    }
    if (wait > 0) {
        QThread::msleep(static_cast<unsigned long>(wait));
    }
    QSqlQuery q(m_db);
    q.prepare(u"SELECT pm_budget_reserve(?)"_s);
    q.addBindValue(m_accountId);
    if (!q.exec() || !q.next()) {
        // No ledger, no call: an unaccounted call could break the budget.
        return tr("the budget ledger cannot be read: %1").arg(pm::store::DatabaseConnection::oneLine(q.lastError()));
    }
    return q.value(0).isNull() ? QString() : tr("over budget: %1").arg(q.value(0).toString());
}

void ProviderCallGuard::observe(const pm::net::HttpResponse& response)
{
    m_limits->note(key(), response, QDateTime::currentMSecsSinceEpoch());
    if (!response.transportError.isEmpty() || response.status >= 500) {
        m_breaker->recordFailure(key());
    } else if (response.status != 429) {
        m_breaker->recordSuccess(key()); // an answer, even a 4xx, means the provider is up
    }
}

} // namespace pm::providers
