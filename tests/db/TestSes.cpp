// Amazon SES v2 against a mock that really checks AWS Signature Version 4: a correctly signed
// GetAccount and BatchGetMetricData, a wrong secret (403 InvalidSignatureException, not retried),
// an unknown key, a clock 20 minutes off, VDM disabled, 429 TooManyRequestsException then success,
// a hanging server, malformed JSON; and the poller storing the daily counts and the account status.
#include "TestDatabase.h"

#include "providers/ProviderAccountStore.h"
#include "providers/ProviderSyncHandler.h"
#include "providers/ses/SesClient.h"
#include "secrets/BlockingSecretReader.h"
#include "secrets/MemorySecretStore.h"
#include "sim/mock/SesMockServer.h"
#include "store/DatabaseConnection.h"
#include "util/WorkerThread.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using pm::providers::AwsCredentials;
using pm::providers::DailyStats;
using pm::providers::SesClient;
using Fault = pm::sim::MockHttpServer::Fault;

namespace
{
const QString KeyId = u"AKIDPENGUINTEST01"_s;
const QString Secret = u"pm+ses/secret/Key/0123456789abcdefEXAMPLE"_s;

pm::net::RetryPolicy fastPolicy()
{
    pm::net::RetryPolicy p;
    p.baseDelay = 50ms;
    p.maxDelay = 200ms;
    p.timeout = 1500ms;
    return p;
}
} // namespace

class TestSes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void signedCallsSucceed();
    void badCredentialsAreRefusedClearly();
    void throttlingAndBrokenAnswers();
    void pollerStoresCountsAndStatus();

private:
    SesClient client(const QString& secret = Secret, const QString& keyId = KeyId) const
    {
        return SesClient(m_mock->baseUrl(), u"eu-west-1"_s, AwsCredentials {keyId, secret, {}}, fastPolicy());
    }

    pm::util::WorkerThread* m_thread = nullptr;
    pm::sim::SesMockServer* m_mock = nullptr;
};

void TestSes::initTestCase()
{
    m_thread = new pm::util::WorkerThread(u"ses-mock"_s);
    m_mock = m_thread->adopt(new pm::sim::SesMockServer(KeyId, Secret, u"eu-west-1"_s));
    m_thread->start();
    bool ok = false;
    QString error;
    QMetaObject::invokeMethod(
        m_mock, [&] { ok = m_mock->listenLocal(0, &error); }, Qt::BlockingQueuedConnection);
    QVERIFY2(ok, qPrintable(error));
}

void TestSes::init()
{
    m_mock->clearFaults();
    m_mock->clearRequests();
    QList<DailyStats> days;
    const QDate today = QDateTime::currentDateTimeUtc().date();
    for (int i = 0; i < 5; ++i) {
        DailyStats d;
        d.day = today.addDays(-i);
        d.sent = 10'000 + i;
        d.delivered = 9'800;
        d.bouncedHard = 50 + i;
        d.bouncedSoft = 20;
        d.complaints = 3;
        d.opened = 4'000;
        days << d;
    }
    m_mock->setDays(days);
    pm::providers::SesAccount account;
    account.enforcementStatus = u"HEALTHY"_s;
    account.sendingEnabled = true;
    account.productionAccess = true;
    account.max24HourSend = 200'000;
    account.maxSendRate = 50;
    account.sentLast24Hours = 18'342;
    account.vdmEnabled = true;
    m_mock->setAccount(account);
}

void TestSes::cleanupTestCase()
{
    delete m_thread;
}

void TestSes::signedCallsSucceed()
{
    auto c = client();
    QString error;
    const auto account = c.account(&error);
    QVERIFY2(account, qPrintable(error));
    QCOMPARE(account->enforcementStatus, u"HEALTHY"_s);
    QCOMPARE(account->sentLast24Hours, 18'342.0);
    QVERIFY(account->vdmEnabled);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const auto days = c.dailyMetrics(today.addDays(-2), today, &error);
    QVERIFY2(days, qPrintable(error));
    QCOMPARE(days->size(), 3);
    QCOMPARE(days->constLast().sent, 10'000);
    QCOMPARE(days->constLast().delivered, 9'800);
    QCOMPARE(days->constFirst().bouncedHard, 52);
    QCOMPARE(days->constLast().opened, 4'000);
    const auto seen = m_mock->requests().constFirst();
    QVERIFY(seen.header("Authorization").startsWith(QByteArray("AWS4-HMAC-SHA256 Credential=" + KeyId.toUtf8() + '/')));
    QVERIFY(seen.header("Authorization").contains("/eu-west-1/ses/aws4_request"));
    QVERIFY(!seen.header("Authorization").contains(Secret.toUtf8()));
}

void TestSes::badCredentialsAreRefusedClearly()
{
    QString error;
    auto wrongSecret = client(u"not-the-secret"_s);
    QVERIFY(!wrongSecret.account(&error));
    QVERIFY2(error.contains(u"403"_s) && error.contains(u"signature we calculated does not match"_s)
                 && error.contains(u"InvalidSignatureException"_s),
             qPrintable(error));
    QCOMPARE(m_mock->requestCount(), 1); // a 403 is not retried
    QVERIFY(!error.contains(u"not-the-secret"_s));

    auto unknownKey = client(Secret, u"AKIDSOMEONEELSE"_s);
    QVERIFY(!unknownKey.account(&error));
    QVERIFY2(error.contains(u"UnrecognizedClientException"_s), qPrintable(error));

    // A request signed with a clock 20 minutes off.
    pm::net::HttpRequest r;
    r.method = "GET";
    QUrl url = m_mock->baseUrl();
    url.setPath(u"/v2/email/account"_s);
    r.url = url;
    client().sign(r, QDateTime::currentDateTimeUtc().addSecs(-20 * 60));
    pm::net::HttpClient raw(u"Amazon SES"_s, fastPolicy());
    const auto response = raw.send(r);
    QCOMPARE(response.status, 403);
    QVERIFY2(SesClient::errorMessage(response).contains(u"Signature expired"_s),
             qPrintable(SesClient::errorMessage(response)));

    // VDM disabled: BatchGetMetricData answers 200 with per-query errors.
    pm::providers::SesAccount noVdm;
    noVdm.enforcementStatus = u"PROBATION"_s;
    m_mock->setAccount(noVdm);
    auto c = client();
    QVERIFY(!c.dailyMetrics(QDate(2026, 11, 1), QDate(2026, 11, 2), &error));
    QVERIFY2(error.contains(u"Virtual Deliverability Manager"_s) && error.contains(u"ACCESS_DENIED"_s),
             qPrintable(error));
}

void TestSes::throttlingAndBrokenAnswers()
{
    auto c = client();
    QString error;
    m_mock->addFault({Fault::Kind::Status,
                      429,
                      R"({"message":"Too Many Requests"})",
                      {{"Content-Type", "application/json"}, {"x-amzn-ErrorType", "TooManyRequestsException:"}},
                      0,
                      {},
                      1});
    m_mock->addFault({Fault::Kind::Status, 503, "", {}, 0, {}, 1});
    QVERIFY2(c.account(&error), qPrintable(error));
    QCOMPARE(m_mock->requestCount(), 3);
    // Throttled every time: the error names the type.
    m_mock->addFault({Fault::Kind::Status,
                      429,
                      R"({"message":"Too Many Requests"})",
                      {{"Content-Type", "application/json"}, {"x-amzn-ErrorType", "TooManyRequestsException:"}},
                      0,
                      {},
                      3});
    QVERIFY(!c.account(&error));
    QVERIFY2(error.contains(u"TooManyRequestsException"_s) && error.contains(u"429"_s), qPrintable(error));
    m_mock->addFault({Fault::Kind::Malformed, 200, {}, {}, 0, {}, 1});
    QVERIFY(!c.account(&error));
    QVERIFY2(error.contains(u"not valid JSON"_s), qPrintable(error));
    m_mock->addFault({Fault::Kind::Status,
                      200,
                      R"({"EnforcementStatus":"HEALTHY","SendQuota":{"Max24HourSend":"lots"}})",
                      {{"Content-Type", "application/json"}},
                      0,
                      {},
                      1});
    QVERIFY(!c.account(&error));
    QVERIFY2(error.contains(u"SendQuota.Max24HourSend"_s), qPrintable(error));
    m_mock->addFault({Fault::Kind::Hang, 0, {}, {}, 0, {}, 3});
    QVERIFY(!c.account(&error));
    QVERIFY2(error.contains(u"no answer within"_s), qPrintable(error));
    // A body cut off midway, then the whole answer on the retry.
    m_mock->clearRequests();
    m_mock->addFault({Fault::Kind::Truncate, 200, {}, {}, 0, {}, 1});
    QVERIFY2(c.account(&error), qPrintable(error));
    QCOMPARE(m_mock->requestCount(), 2);
    // A window with no data: an empty list, not an error.
    m_mock->setDays({});
    const auto none = c.dailyMetrics(QDate(2026, 1, 1), QDate(2026, 1, 7), &error);
    QVERIFY2(none, qPrintable(error));
    QVERIFY(none->isEmpty());
}

void TestSes::pollerStoresCountsAndStatus()
{
    pm::test::TestDatabase tdb(u"ses_sync"_s);
    QVERIFY2(tdb.isValid() && tdb.migrate(), qPrintable(tdb.error()));
    pm::store::DatabaseConnection conn(tdb.settings(), u"sync"_s);
    QString error;
    QVERIFY(conn.open(&error));
    pm::providers::ProviderAccount account;
    account.provider = u"ses"_s;
    account.name = u"EU production"_s;
    account.baseUrl = m_mock->baseUrl().toString();
    account.settings = {{u"access_key_id"_s, KeyId}, {u"region"_s, u"eu-west-1"_s}};
    const int id = pm::providers::ProviderAccountStore(conn.database()).save(account, &error);
    QVERIFY2(id > 0, qPrintable(error));
    auto secrets = std::make_shared<pm::secrets::MemorySecretStore>();
    secrets->write(pm::secrets::providerAccountKey(id), Secret, this, [](const auto&) {});
    pm::providers::ProviderSyncHandler handler(secrets);
    pm::queue::Job job;
    job.args = {{u"account_id"_s, id}};
    QVERIFY2(handler.run(job, conn.database(), &error), qPrintable(error));
    QCOMPARE(tdb.value(u"SELECT count(*) || '/' || sum(sent) || '/' || sum(delivered) FROM provider_daily_stats"_s)
                 .toString(),
             u"5/50010/49000"_s);
    QCOMPARE(tdb.value(u"SELECT status || ' ' || (metrics ->> 'sentLast24Hours') FROM reputation_snapshots "
                       "WHERE source = 'ses'"_s)
                 .toString(),
             u"HEALTHY 18342"_s);
    QVERIFY2(handler.run(job, conn.database(), &error), qPrintable(error)); // again: replaced, not doubled
    QCOMPARE(tdb.value(u"SELECT count(*) FROM provider_daily_stats"_s).toInt(), 5);
    QCOMPARE(tdb.value(u"SELECT count(*) FROM reputation_snapshots"_s).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestSes)
#include "TestSes.moc"
