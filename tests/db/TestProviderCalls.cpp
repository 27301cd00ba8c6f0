// The resilient HTTP layer against the Loops mock on 127.0.0.1: retries only what is worth
// retrying (429 with and without Retry-After, 500, a broken-off body, a hanging server), clear
// errors for the rest (401 with Loops' real body, a 400 field error), the budget ledger refusing
// call N+1 before anything reaches the mock, the circuit breaker, and no key in any log line.
#include "TestDatabase.h"

#include "net/CircuitBreaker.h"
#include "net/RateLimitTracker.h"
#include "providers/ProviderCallGuard.h"
#include "providers/loops/LoopsClient.h"
#include "sim/mock/LoopsMockServer.h"
#include "store/DatabaseConnection.h"
#include "util/Log.h"
#include "util/WorkerThread.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using pm::providers::LoopsClient;
using Fault = pm::sim::MockHttpServer::Fault;

namespace
{
const QString Key = u"loops-secret-key-7f3a9c"_s;

pm::net::RetryPolicy fastPolicy()
{
    pm::net::RetryPolicy p;
    p.maxAttempts = 3;
    p.baseDelay = 50ms;
    p.maxDelay = 200ms;
    p.maxRetryAfter = 5s;
    p.timeout = 1500ms;
    return p;
}

LoopsClient::SendResult send(LoopsClient& client, const QString& key)
{
    return client.sendTransactional(u"cm-test"_s, u"ops@penguinmails.example"_s, {{u"n"_s, 1}}, key);
}
} // namespace

class TestProviderCalls final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void successAndIdempotency();
    void retriesWhatIsWorthRetrying();
    void clearErrorsForTheRest();
    void budgetRefusesBeforeSending();
    void circuitBreakerOpensAndRecovers();
    void noKeyInAnyLogLine();

private:
    pm::util::WorkerThread* m_thread = nullptr;
    pm::sim::LoopsMockServer* m_mock = nullptr;
    QStringList m_log;
};

void TestProviderCalls::initTestCase()
{
    pm::log::install();
    pm::log::setCaptureSink(&m_log);
    m_thread = new pm::util::WorkerThread(u"loops-mock"_s);
    m_mock = m_thread->adopt(new pm::sim::LoopsMockServer(Key));
    m_thread->start();
    bool ok = false;
    QString error;
    QMetaObject::invokeMethod(
        m_mock, [&] { ok = m_mock->listenLocal(0, &error); }, Qt::BlockingQueuedConnection);
    QVERIFY2(ok, qPrintable(error));
}

void TestProviderCalls::init()
{
    m_mock->clearFaults();
    m_mock->clearRequests();
}

void TestProviderCalls::cleanupTestCase()
{
    pm::log::setCaptureSink(nullptr);
    delete m_thread;
}

void TestProviderCalls::successAndIdempotency()
{
    LoopsClient client({m_mock->apiBaseUrl(), Key}, fastPolicy());
    auto r = send(client, u"idem-1"_s);
    QCOMPARE(int(r.outcome), int(LoopsClient::SendResult::Outcome::Sent));
    r = send(client, u"idem-1"_s); // the same key again within 24 h
    QCOMPARE(int(r.outcome), int(LoopsClient::SendResult::Outcome::AlreadySent));
    QCOMPARE(r.status, 409);
    QString error;
    QCOMPARE(client.testApiKey(&error).value_or(QString()), u"PenguinMails Demo"_s);
    const auto seen = m_mock->requests().constFirst();
    QCOMPARE(seen.header("Authorization"), QByteArray("Bearer ") + Key.toUtf8());
    QCOMPARE(seen.header("Idempotency-Key"), QByteArray("idem-1"));
    QCOMPARE(seen.header("Content-Type"), QByteArray("application/json"));
}

void TestProviderCalls::retriesWhatIsWorthRetrying()
{
    LoopsClient client({m_mock->apiBaseUrl(), Key}, fastPolicy());
    // 429 with Retry-After: waits as asked, then succeeds.
    m_mock->addFault({Fault::Kind::Status,
                      429,
                      R"({"success":false,"message":"Rate limit exceeded."})",
                      {{"Retry-After", "1"}, {"x-ratelimit-limit", "10"}, {"x-ratelimit-remaining", "0"}},
                      0,
                      {},
                      1});
    QElapsedTimer timer;
    timer.start();
    auto r = send(client, u"retry-429"_s);
    QCOMPARE(int(r.outcome), int(LoopsClient::SendResult::Outcome::Sent));
    QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(m_mock->requestCount(), 2);
    // 429 without Retry-After: backoff with jitter, then success.
    m_mock->addFault({Fault::Kind::Status, 429, R"({"success":false})", {}, 0, {}, 1});
    QCOMPARE(int(send(client, u"retry-429b"_s).outcome), int(LoopsClient::SendResult::Outcome::Sent));
    // 500 then success; an HTML body from a load balancer is survived.
    m_mock->addFault(
        {Fault::Kind::Status, 502, "<html><body>Bad gateway</body></html>", {{"Content-Type", "text/html"}}, 0, {}, 1});
    QCOMPARE(int(send(client, u"retry-502"_s).outcome), int(LoopsClient::SendResult::Outcome::Sent));
    // A body cut off midway, then success.
    m_mock->addFault({Fault::Kind::Truncate, 200, {}, {}, 0, {}, 1});
    QCOMPARE(int(send(client, u"retry-cut"_s).outcome), int(LoopsClient::SendResult::Outcome::Sent));
    // A server that never answers: each attempt times out, then a clear error.
    m_mock->clearRequests();
    m_mock->addFault({Fault::Kind::Hang, 0, {}, {}, 0, {}, 5});
    timer.restart();
    r = send(client, u"retry-hang"_s);
    QCOMPARE(int(r.outcome), int(LoopsClient::SendResult::Outcome::Failed));
    QVERIFY2(r.error.contains(u"no answer within"_s), qPrintable(r.error));
    QVERIFY(r.error.contains(u"Loops POST /api/v1/transactional"_s));
    QCOMPARE(m_mock->requestCount(), 3);
    QVERIFY(r.retryable);
}

void TestProviderCalls::clearErrorsForTheRest()
{
    LoopsClient wrongKey({m_mock->apiBaseUrl(), u"not-the-key"_s}, fastPolicy());
    auto r = send(wrongKey, u"e-401"_s);
    QCOMPARE(r.status, 401);
    QVERIFY2(r.error.contains(u"401"_s) && r.error.contains(u"Invalid API key"_s), qPrintable(r.error));
    QVERIFY(!r.retryable);
    QCOMPARE(m_mock->requestCount(), 1); // a 4xx is not retried
    QString error;
    QVERIFY(!wrongKey.testApiKey(&error));
    QVERIFY(error.contains(u"refused"_s));

    LoopsClient client({m_mock->apiBaseUrl(), Key}, fastPolicy());
    r = client.sendTransactional(u"cm-test"_s, u"not-an-address"_s, {}, u"e-400"_s);
    QCOMPARE(r.status, 400);
    QVERIFY2(r.error.contains(u"A valid email is required."_s), qPrintable(r.error));
    // Malformed JSON with 200 on the key test: a clear error naming the field.
    m_mock->addFault({Fault::Kind::Malformed, 200, {}, {}, 0, u"/api/v1/api-key"_s, 1});
    QVERIFY(!client.testApiKey(&error));
    QVERIFY2(error.contains(u"teamName"_s), qPrintable(error));
    // The nested error shape and a non-JSON body.
    QCOMPARE(LoopsClient::errorMessage(
                 R"({"success":false,"error":{"path":"dataVariables","message":"Missing required fields: otpCode"}})"),
             u"Missing required fields: otpCode"_s);
    QCOMPARE(LoopsClient::errorMessage("<html>oops</html>"), QString());
}

void TestProviderCalls::budgetRefusesBeforeSending()
{
    pm::test::TestDatabase tdb(u"provider_budget"_s);
    QVERIFY2(tdb.isValid() && tdb.migrate(), qPrintable(tdb.error()));
    QVERIFY(tdb.exec(u"INSERT INTO provider_accounts (account_id, provider, name, base_url) "
                     "VALUES (3, 'loops', 'Loops', 'https://app.loops.so/api/v1')"_s));
    QVERIFY(tdb.exec(
        u"INSERT INTO provider_budgets (account_id, max_calls_per_month, cost_per_call) VALUES (3, 3, 0.001)"_s));
    pm::store::DatabaseConnection conn(tdb.settings(), u"budget"_s);
    QString error;
    QVERIFY(conn.open(&error));
    pm::net::CircuitBreaker breaker;
    pm::net::RateLimitTracker limits;
    pm::providers::ProviderCallGuard guard(conn.database(), 3, &breaker, &limits);
    LoopsClient client({m_mock->apiBaseUrl(), Key}, fastPolicy());
    guard.attach(client.http());
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(int(send(client, u"budget-%1"_s.arg(i)).outcome), int(LoopsClient::SendResult::Outcome::Sent));
    }
    const auto r = send(client, u"budget-3"_s);
    QCOMPARE(int(r.outcome), int(LoopsClient::SendResult::Outcome::Failed));
    QVERIFY2(r.error.contains(u"over budget"_s) && r.error.contains(u"3 calls"_s), qPrintable(r.error));
    QCOMPARE(m_mock->requestCount(), 3); // call N+1 never reached the provider
    QCOMPARE(tdb.value(u"SELECT calls || '/' || refused || '/' || cost FROM provider_call_ledger"_s).toString(),
             u"3/1/0.003000"_s);
}

void TestProviderCalls::circuitBreakerOpensAndRecovers()
{
    pm::test::TestDatabase tdb(u"provider_breaker"_s);
    QVERIFY2(tdb.isValid() && tdb.migrate(), qPrintable(tdb.error()));
    QVERIFY(tdb.exec(u"INSERT INTO provider_accounts (account_id, provider, name, base_url) "
                     "VALUES (4, 'loops', 'Loops', 'https://app.loops.so/api/v1')"_s));
    pm::store::DatabaseConnection conn(tdb.settings(), u"breaker"_s);
    QString error;
    QVERIFY(conn.open(&error));
    pm::net::CircuitBreaker breaker(2, 400ms);
    pm::net::RateLimitTracker limits;
    pm::providers::ProviderCallGuard guard(conn.database(), 4, &breaker, &limits);
    auto policy = fastPolicy();
    policy.maxAttempts = 1;
    LoopsClient client({m_mock->apiBaseUrl(), Key}, policy);
    guard.attach(client.http());
    m_mock->addFault({Fault::Kind::Status, 500, R"({"success":false,"message":"Internal error"})", {}, 0, {}, 2});
    QVERIFY(send(client, u"cb-1"_s).status == 500);
    QVERIFY(send(client, u"cb-2"_s).status == 500);
    QCOMPARE(int(breaker.state(guard.key())), int(pm::net::CircuitBreaker::State::Open));
    const auto refused = send(client, u"cb-3"_s);
    QVERIFY2(refused.error.contains(u"circuit is open"_s), qPrintable(refused.error));
    QCOMPARE(m_mock->requestCount(), 2);
    QTest::qWait(450);
    QCOMPARE(int(send(client, u"cb-4"_s).outcome), int(LoopsClient::SendResult::Outcome::Sent)); // the trial
    QCOMPARE(int(breaker.state(guard.key())), int(pm::net::CircuitBreaker::State::Closed));
}

void TestProviderCalls::noKeyInAnyLogLine()
{
    // Everything above ran with the key in Authorization headers, through errors and retries.
    QVERIFY(!m_log.isEmpty());
    for (const QString& line : std::as_const(m_log)) {
        QVERIFY2(!line.contains(Key) && !line.contains(u"not-the-key"_s), qPrintable(line));
    }
}

QTEST_GUILESS_MAIN(TestProviderCalls)
#include "TestProviderCalls.moc"
