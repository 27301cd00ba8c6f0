// The Postmark client and poller against the Postmark mock on 127.0.0.1: paging, the zero counters
// Postmark leaves out, 401 with its real body, 429 with and without Retry-After, 500 then success,
// a hanging server, malformed and cut-off bodies, wrong-typed fields, empty pages — each a right
// result or a clear error; and the provider.sync job storing idempotently and losing nothing when
// a later sync fails.
#include "TestDatabase.h"

#include "providers/ProviderAccountStore.h"
#include "providers/ProviderSyncHandler.h"
#include "providers/postmark/PostmarkClient.h"
#include "secrets/BlockingSecretReader.h"
#include "secrets/MemorySecretStore.h"
#include "sim/mock/PostmarkMockServer.h"
#include "store/DatabaseConnection.h"
#include "util/WorkerThread.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using pm::providers::PostmarkBounce;
using pm::providers::PostmarkClient;
using pm::providers::PostmarkDay;
using Fault = pm::sim::MockHttpServer::Fault;

namespace
{
const QString Token = u"pm-server-token-5e1d"_s;
const QDate Day0(2026, 11, 1);

pm::net::RetryPolicy fastPolicy()
{
    pm::net::RetryPolicy p;
    p.baseDelay = 50ms;
    p.maxDelay = 200ms;
    p.maxRetryAfter = 5s;
    p.timeout = 1500ms;
    return p;
}

QList<PostmarkDay> sampleDays()
{
    QList<PostmarkDay> days;
    for (int i = 0; i < 7; ++i) {
        PostmarkDay d;
        d.date = Day0.addDays(i);
        d.sent = 1000 + i;
        d.hardBounces = i % 2 == 0 ? 0 : 12; // zero counters are left out by the API
        d.softBounces = 3;
        d.spamComplaints = i == 3 ? 2 : 0;
        days << d;
    }
    return days;
}

QList<PostmarkBounce> sampleBounces(int n)
{
    QList<PostmarkBounce> list;
    for (int i = 0; i < n; ++i) {
        list << PostmarkBounce {4'000'000'000LL + i,
                                i % 3 ? u"HardBounce"_s : u"SoftBounce"_s,
                                QDateTime(Day0.addDays(i % 7), QTime(10, i % 60), Qt::UTC),
                                u"user%1@Example.NET"_s.arg(i),
                                u"Unknown user"_s,
                                u"smtp;550 5.1.1"_s};
    }
    return list;
}
} // namespace

class TestPostmark final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void daysAndPagedBounces();
    void emptyPages();
    void errorsAreClear();
    void retriesRecover();
    void syncStoresIdempotentlyAndLosesNothing();

private:
    PostmarkClient client(const QString& token = Token) const
    {
        return PostmarkClient(m_mock->baseUrl(), token, u"outbound"_s, fastPolicy());
    }

    pm::util::WorkerThread* m_thread = nullptr;
    pm::sim::PostmarkMockServer* m_mock = nullptr;
};

void TestPostmark::initTestCase()
{
    m_thread = new pm::util::WorkerThread(u"postmark-mock"_s);
    m_mock = m_thread->adopt(new pm::sim::PostmarkMockServer(Token));
    m_thread->start();
    bool ok = false;
    QString error;
    QMetaObject::invokeMethod(
        m_mock, [&] { ok = m_mock->listenLocal(0, &error); }, Qt::BlockingQueuedConnection);
    QVERIFY2(ok, qPrintable(error));
}

void TestPostmark::init()
{
    m_mock->clearFaults();
    m_mock->clearRequests();
    m_mock->setDays(sampleDays());
    m_mock->setBounces(sampleBounces(1234));
}

void TestPostmark::cleanupTestCase()
{
    delete m_thread;
}

void TestPostmark::daysAndPagedBounces()
{
    auto c = client();
    QString error;
    const auto days = c.outboundDays(Day0, Day0.addDays(6), &error);
    QVERIFY2(days, qPrintable(error));
    QCOMPARE(days->size(), 7);
    QCOMPARE(days->at(0).hardBounces, 0); // left out by the API, read as 0
    QCOMPARE(days->at(1).hardBounces, 12);
    QCOMPARE(days->at(3).spamComplaints, 2);
    QCOMPARE(days->at(6).sent, 1006);
    // Only the window asked for.
    QCOMPARE(c.outboundDays(Day0.addDays(2), Day0.addDays(3), &error)->size(), 2);

    m_mock->clearRequests();
    const auto bounces = c.bounces(Day0, Day0.addDays(6), &error);
    QVERIFY2(bounces, qPrintable(error));
    QCOMPARE(bounces->size(), 1234);
    QCOMPARE(m_mock->requestCount(), 3);                                        // 500 + 500 + 234
    QVERIFY(bounces->constFirst().bouncedAt >= bounces->constLast().bouncedAt); // newest first
    QSet<qint64> ids;
    for (const auto& b : *bounces) {
        ids.insert(b.id);
    }
    QCOMPARE(ids.size(), 1234); // no page read twice, none skipped
    QCOMPARE(m_mock->requests().constFirst().header("X-Postmark-Server-Token"), Token.toUtf8());
    QVERIFY(m_mock->requests().constFirst().query.contains(u"count=500"_s));
    QCOMPARE(c.testToken(&error).value_or(-1), 1234);
}

void TestPostmark::emptyPages()
{
    m_mock->setDays({});
    m_mock->setBounces({});
    auto c = client();
    QString error;
    QCOMPARE(c.outboundDays(Day0, Day0.addDays(6), &error).value_or(QList<PostmarkDay> {PostmarkDay {}}).size(), 0);
    QCOMPARE(c.bounces(Day0, Day0.addDays(6), &error).value_or(QList<PostmarkBounce> {PostmarkBounce {}}).size(), 0);
    QCOMPARE(m_mock->requestCount(), 4);
}

void TestPostmark::errorsAreClear()
{
    QString error;
    auto wrong = client(u"not-the-token"_s);
    QVERIFY(!wrong.outboundDays(Day0, Day0, &error));
    QVERIFY2(error.contains(u"401"_s) && error.contains(u"valid Server token"_s) && error.contains(u"ErrorCode 10"_s),
             qPrintable(error));
    QCOMPARE(m_mock->requestCount(), 1); // not retried

    auto c = client();
    m_mock->addFault({Fault::Kind::Malformed, 200, {}, {}, 0, u"/stats/outbound/sends"_s, 5});
    QVERIFY(!c.outboundDays(Day0, Day0, &error));
    QVERIFY2(error.contains(u"Postmark GET /stats/outbound/sends"_s) && error.contains(u"not valid JSON"_s),
             qPrintable(error));
    m_mock->clearFaults();

    m_mock->addFault({Fault::Kind::Status,
                      200,
                      R"({"Days":[{"Date":"2026-11-01","Sent":"lots"}],"Sent":0})",
                      {{"Content-Type", "application/json"}},
                      0,
                      u"/stats/outbound/sends"_s,
                      1});
    QVERIFY(!c.outboundDays(Day0, Day0, &error));
    QVERIFY2(error.contains(u"Days[0].Sent"_s) && error.contains(u"whole number"_s), qPrintable(error));

    m_mock->addFault({Fault::Kind::Status,
                      200,
                      R"({"TotalCount":1,"Bounces":[{"ID":1,"Type":"HardBounce"}]})",
                      {{"Content-Type", "application/json"}},
                      0,
                      u"/bounces"_s,
                      1});
    QVERIFY(!c.bounces(Day0, Day0, &error));
    QVERIFY2(error.contains(u"Bounces[0].BouncedAt"_s) && error.contains(u"missing"_s), qPrintable(error));

    m_mock->addFault(
        {Fault::Kind::Status, 403, "<html><body>Forbidden</body></html>", {{"Content-Type", "text/html"}}, 0, {}, 1});
    QVERIFY(!c.testToken(&error));
    QVERIFY2(error.contains(u"403"_s) && error.contains(u"HTML page"_s), qPrintable(error));

    m_mock->addFault({Fault::Kind::Hang, 0, {}, {}, 0, {}, 3});
    QVERIFY(!c.testToken(&error));
    QVERIFY2(error.contains(u"no answer within"_s), qPrintable(error));
}

void TestPostmark::retriesRecover()
{
    auto policy = fastPolicy();
    policy.maxAttempts = 5;
    PostmarkClient c(m_mock->baseUrl(), Token, u"outbound"_s, policy);
    QString error;
    m_mock->addFault({Fault::Kind::Status,
                      429,
                      R"({"ErrorCode":429,"Message":"Rate limit exceeded"})",
                      {{"Content-Type", "application/json"}, {"Retry-After", "1"}},
                      0,
                      {},
                      1});
    m_mock->addFault({Fault::Kind::Status,
                      429,
                      R"({"ErrorCode":429,"Message":"Rate limit exceeded"})",
                      {{"Content-Type", "application/json"}},
                      0,
                      {},
                      1});
    m_mock->addFault({Fault::Kind::Status,
                      500,
                      R"({"ErrorCode":500,"Message":"Internal Server Error"})",
                      {{"Content-Type", "application/json"}},
                      0,
                      {},
                      1});
    m_mock->addFault({Fault::Kind::Truncate, 200, {}, {}, 0, {}, 1});
    // The first call meets all four faults in turn and still succeeds on its fifth attempt; the
    // other three stats calls and the token test go through at once.
    QVERIFY2(c.outboundDays(Day0, Day0.addDays(6), &error), qPrintable(error));
    QVERIFY2(c.testToken(&error), qPrintable(error));
    QCOMPARE(m_mock->requestCount(), 4 + 4);
}

void TestPostmark::syncStoresIdempotentlyAndLosesNothing()
{
    pm::test::TestDatabase tdb(u"postmark_sync"_s);
    QVERIFY2(tdb.isValid() && tdb.migrate(), qPrintable(tdb.error()));
    pm::store::DatabaseConnection conn(tdb.settings(), u"sync"_s);
    QString error;
    QVERIFY(conn.open(&error));
    pm::providers::ProviderAccount account;
    account.provider = u"postmark"_s;
    account.name = u"Transactional"_s;
    account.baseUrl = m_mock->baseUrl().toString();
    account.settings = {{u"message_stream"_s, u"outbound"_s}};
    const int id = pm::providers::ProviderAccountStore(conn.database()).save(account, &error);
    QVERIFY2(id > 0, qPrintable(error));
    auto secrets = std::make_shared<pm::secrets::MemorySecretStore>();
    secrets->write(pm::secrets::providerAccountKey(id), Token, this, [](const auto&) {});
    // Days around today, so the sync window (the last 30 days) holds them.
    QList<PostmarkDay> days;
    for (int i = 0; i < 10; ++i) {
        days << PostmarkDay {QDate::currentDate().addDays(-i), 500 + i, 5, 2, 0, 0, 1};
    }
    m_mock->setDays(days);
    m_mock->setBounces(sampleBounces(0)
                       + QList<PostmarkBounce> {{77, u"HardBounce"_s, QDateTime::currentDateTimeUtc().addDays(-1),
                                                 u"a@Gmail.com"_s, u"Unknown user"_s, u"550"_s}});

    pm::providers::ProviderSyncHandler handler(secrets);
    pm::queue::Job job;
    job.args = {{u"account_id"_s, id}};
    auto runJob = [&] {
        QString e;
        const bool ok = handler.run(job, conn.database(), &e);
        if (!ok) {
            error = e;
        }
        return ok;
    };
    QVERIFY2(runJob(), qPrintable(error));
    const QString count
        = u"SELECT count(*) || '/' || sum(sent) FROM provider_daily_stats WHERE account_id = %1"_s.arg(id);
    QCOMPARE(tdb.value(count).toString(), u"10/5045"_s);
    QCOMPARE(tdb.value(u"SELECT recipient_domain FROM provider_bounces"_s).toString(), u"gmail.com"_s);
    QVERIFY(tdb.value(u"SELECT last_sync_at IS NOT NULL AND last_error IS NULL FROM provider_accounts"_s).toBool());

    // Again, with one day revised by the provider: replaced, not doubled.
    days[0].sent = 900;
    m_mock->setDays(days);
    QVERIFY2(runJob(), qPrintable(error));
    QCOMPARE(tdb.value(u"SELECT count(*) FROM provider_daily_stats WHERE day = current_date"_s).toInt(), 1);
    QCOMPARE(tdb.value(u"SELECT sent FROM provider_daily_stats WHERE day = current_date"_s).toInt(), 900);
    QCOMPARE(tdb.value(u"SELECT count(*) FROM provider_bounces"_s).toInt(), 1);

    // The provider breaks mid-sync: the job fails, the error is on the account, nothing stored is lost.
    m_mock->addFault({Fault::Kind::Status,
                      500,
                      R"({"ErrorCode":500,"Message":"Internal Server Error"})",
                      {{"Content-Type", "application/json"}},
                      0,
                      u"/bounces"_s,
                      10});
    QVERIFY(!runJob());
    QVERIFY2(error.contains(u"HTTP 500"_s), qPrintable(error));
    QVERIFY(tdb.value(u"SELECT last_error LIKE '%HTTP 500%' FROM provider_accounts"_s).toBool());
    QCOMPARE(tdb.value(count).toString(), u"10/5445"_s);
    m_mock->clearFaults();
    QVERIFY2(runJob(), qPrintable(error));
    QVERIFY(tdb.value(u"SELECT last_error IS NULL FROM provider_accounts"_s).toBool());
    // The budget ledger counted every call that went out.
    QVERIFY(tdb.value(u"SELECT calls FROM provider_call_ledger"_s).toInt() >= 3 * 4);

    // A provider this build cannot poll yet says so on its account, without a failing job.
    // (No request leaves the machine: the check comes before any call.)
    pm::providers::ProviderAccount posthog;
    posthog.provider = u"posthog"_s;
    posthog.name = u"Revenue"_s;
    posthog.baseUrl = u"https://eu.posthog.com"_s;
    posthog.settings = {{u"project_id"_s, u"12345"_s}};
    const int mg = pm::providers::ProviderAccountStore(conn.database()).save(posthog, &error);
    job.args = {{u"account_id"_s, mg}};
    QVERIFY(runJob());
    QVERIFY(tdb.value(u"SELECT last_error LIKE '%no poller for PostHog%' FROM provider_accounts WHERE account_id = %1"_s
                          .arg(mg))
                .toBool());
}

QTEST_GUILESS_MAIN(TestPostmark)
#include "TestPostmark.moc"
