// The PostHog client against the PostHog mock on 127.0.0.1: HogQL over POST /api/projects/<id>/query/
// with a personal key, revenue by tenant paged with LIMIT/OFFSET across three pages by hasMore (and
// once past a full last page), types as pairs or plain names, the 100-page cap, the key test and a
// project token refused before sending; 401 (not retried), 429 with Retry-After then success and
// with PostHog's DRF detail when it persists, 500 and a cut-off body then success, a hanging
// server, malformed JSON, a row with the wrong number of columns and a wrong-typed cell named by
// their place in the whole answer, empty results — and the key never in an error. And the mock
// itself: its 401/415/400 bodies and the 100-row default. Nothing is stored, so no database.
#include "net/HttpClient.h"
#include "providers/posthog/PostHogClient.h"
#include "sim/mock/PostHogMockServer.h"
#include "util/WorkerThread.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using pm::providers::PostHogClient;
using pm::providers::TenantRevenue;
using pm::sim::PostHogMockServer;
using Fault = pm::sim::MockHttpServer::Fault;

namespace
{
const QString Key = u"phx_penguin0test0personal0key0c4f1"_s;
const QString WrongKey = u"phx_not0the0key0at0all"_s;
const QString Project = u"31415"_s;
const QString QueryPath = u"/api/projects/31415/query/"_s;
const QDate From(2026, 11, 1);
const QDate To(2026, 11, 30);

pm::net::RetryPolicy fastPolicy()
{
    pm::net::RetryPolicy p;
    p.baseDelay = 50ms;
    p.maxDelay = 200ms;
    p.maxRetryAfter = 5s;
    p.timeout = 1500ms;
    return p;
}

pm::net::RetryPolicy oncePolicy()
{
    pm::net::RetryPolicy p = fastPolicy();
    p.maxAttempts = 1;
    return p;
}

QList<TenantRevenue> sampleRevenue(int n)
{
    QList<TenantRevenue> rows;
    for (int i = 0; i < n; ++i) {
        rows << TenantRevenue {u"0190a5b2-0000-7000-8000-%1"_s.arg(i, 12, 10, QChar(u'0')), 100.0 + i * 2.5,
                               i % 3 == 0 ? u"EUR"_s : u"USD"_s};
    }
    return rows;
}

QString hogqlOf(const pm::sim::MockHttpServer::SeenRequest& request)
{
    return QJsonDocument::fromJson(request.body).object().value(u"query"_s).toObject().value(u"query"_s).toString();
}

QByteArray bearer(const QString& key)
{
    return QByteArray("Bearer ").append(key.toUtf8());
}

/// A 200 answer in PostHog's shape with the revenue query's columns and the given rows.
QByteArray revenueAnswer(const QJsonArray& rows, bool hasMore = false)
{
    const QJsonObject o {
        {u"columns"_s, QJsonArray {u"tenant_id"_s, u"revenue"_s, u"currency"_s}},
        {u"types"_s, QJsonArray {QJsonArray {u"tenant_id"_s, u"String"_s}, QJsonArray {u"revenue"_s, u"Float64"_s},
                                 QJsonArray {u"currency"_s, u"Nullable(String)"_s}}},
        {u"results"_s, rows},
        {u"hasMore"_s, hasMore}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Fault answer(int status, const QByteArray& body, int times = 1,
             QList<QPair<QByteArray, QByteArray>> headers = {{"Content-Type", "application/json"}})
{
    return Fault {Fault::Kind::Status, status, body, std::move(headers), 0, {}, times};
}
} // namespace

class TestPostHog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void pagesFollowHasMore();
    void queryAndKeyTest();
    void emptyResults();
    void typesAsPlainNames();
    void pageCap();
    void refusedKey();
    void throttled();
    void retriesRecover();
    void brokenAnswers();
    void keyNeverInErrors();
    void mockBehavesLikePostHog();

private:
    PostHogClient client(const QString& key = Key, pm::net::RetryPolicy policy = fastPolicy()) const
    {
        return PostHogClient(m_mock->baseUrl(), Project, key, policy);
    }

    pm::util::WorkerThread* m_thread = nullptr;
    PostHogMockServer* m_mock = nullptr;
};

void TestPostHog::initTestCase()
{
    m_thread = new pm::util::WorkerThread(u"posthog-mock"_s);
    m_mock = m_thread->adopt(new PostHogMockServer(Project, Key));
    m_thread->start();
    bool ok = false;
    QString error;
    QMetaObject::invokeMethod(
        m_mock, [&] { ok = m_mock->listenLocal(0, &error); }, Qt::BlockingQueuedConnection);
    QVERIFY2(ok, qPrintable(error));
}

void TestPostHog::init()
{
    m_mock->clearFaults();
    m_mock->clearRequests();
    m_mock->setRevenue(sampleRevenue(25));
    m_mock->setTypesAsPairs(true);
}

void TestPostHog::cleanupTestCase()
{
    delete m_thread;
}

void TestPostHog::pagesFollowHasMore()
{
    const QList<TenantRevenue> expected = sampleRevenue(25);
    auto c = client();
    QString error;
    const auto revenue = c.revenueByTenant(From, To, &error, 10);
    QVERIFY2(revenue, qPrintable(error));
    QCOMPARE(revenue->size(), 25);
    for (int i = 0; i < 25; ++i) {
        QCOMPARE(revenue->at(i).tenantId, expected.at(i).tenantId);
        QCOMPARE(revenue->at(i).revenue, expected.at(i).revenue);
        QCOMPARE(revenue->at(i).currency, expected.at(i).currency);
    }

    const auto seen = m_mock->requests();
    QCOMPARE(seen.size(), 3); // 10 (hasMore) + 10 (hasMore) + 5
    QStringList paging;
    for (const auto& request : seen) {
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QueryPath);
        QCOMPARE(request.header("Authorization"), bearer(Key));
        QVERIFY(request.header("Content-Type").startsWith("application/json"));
        QCOMPARE(QJsonDocument::fromJson(request.body).object().value(u"query"_s).toObject().value(u"kind"_s),
                 QJsonValue(u"HogQLQuery"_s));
        const QString hogql = hogqlOf(request);
        // Whole UTC days, the last one included.
        QVERIFY2(hogql.contains(u"timestamp >= toDateTime('2026-11-01 00:00:00', 'UTC')"_s), qPrintable(hogql));
        QVERIFY2(hogql.contains(u"timestamp < toDateTime('2026-12-01 00:00:00', 'UTC')"_s), qPrintable(hogql));
        QVERIFY2(hogql.contains(u"ORDER BY"_s), qPrintable(hogql)); // stable pages
        paging << hogql.mid(hogql.lastIndexOf(u" LIMIT "_s) + 1);
    }
    QCOMPARE(paging, (QStringList {u"LIMIT 10 OFFSET 0"_s, u"LIMIT 10 OFFSET 10"_s, u"LIMIT 10 OFFSET 20"_s}));

    // The default page size takes it in one request.
    m_mock->clearRequests();
    QCOMPARE(c.revenueByTenant(From, To, &error).value_or(QList<TenantRevenue> {}).size(), 25);
    QCOMPARE(m_mock->requestCount(), 1);

    // A full last page with hasMore false is asked past once more: whether PostHog sets hasMore
    // when the LIMIT is in the query text is not documented.
    m_mock->setRevenue(sampleRevenue(20));
    m_mock->clearRequests();
    QCOMPARE(c.revenueByTenant(From, To, &error, 10).value_or(QList<TenantRevenue> {}).size(), 20);
    QCOMPARE(m_mock->requestCount(), 3);
}

void TestPostHog::queryAndKeyTest()
{
    auto c = client();
    QString error;
    QCOMPARE(c.testKey(&error).value_or(QString()), u"ok"_s);
    QCOMPARE(hogqlOf(m_mock->requests().constLast()), u"SELECT 1"_s); // sent as written, no LIMIT added

    const auto one = c.query(u"SELECT 1"_s, &error);
    QVERIFY2(one, qPrintable(error));
    QCOMPARE(one->columns, QStringList {u"1"_s});
    QCOMPARE(one->types, QStringList {u"UInt8"_s});
    QCOMPARE(one->rows.size(), 1);
    QCOMPARE(one->rows.constFirst().at(0).toInt(), 1);
    QVERIFY(!one->hasMore);

    // queryAll pages any query; a trailing ';' is dropped before LIMIT/OFFSET.
    m_mock->clearRequests();
    const auto all = c.queryAll(u"SELECT 1;"_s, 2, &error);
    QVERIFY2(all, qPrintable(error));
    QCOMPARE(all->rows.size(), 1);
    QCOMPARE(hogqlOf(m_mock->requests().constFirst()), u"SELECT 1 LIMIT 2 OFFSET 0"_s);

    // A query with its own LIMIT cannot be paged: refused before anything goes out.
    m_mock->clearRequests();
    QVERIFY(!c.queryAll(u"SELECT 1 LIMIT 5"_s, 10, &error));
    QVERIFY2(error.contains(u"LIMIT"_s), qPrintable(error));
    QCOMPARE(m_mock->requestCount(), 0);

    // A project token cannot read: refused before anything goes out, and not repeated back.
    const QString projectToken = u"phc_public0project0token0b7"_s;
    auto project = client(projectToken);
    QVERIFY(!project.testKey(&error));
    QVERIFY2(error.contains(u"personal API key"_s) && !error.contains(projectToken), qPrintable(error));
    QCOMPARE(m_mock->requestCount(), 0);

    // An empty window is refused before anything goes out.
    QVERIFY(!c.revenueByTenant(To, From, &error));
    QVERIFY2(error.contains(u"window"_s), qPrintable(error));
    QCOMPARE(m_mock->requestCount(), 0);
}

void TestPostHog::emptyResults()
{
    m_mock->setRevenue({});
    auto c = client();
    QString error;
    const auto revenue = c.revenueByTenant(From, To, &error, 10);
    QVERIFY2(revenue, qPrintable(error));
    QVERIFY(revenue->isEmpty());
    QCOMPARE(m_mock->requestCount(), 1);
}

void TestPostHog::typesAsPlainNames()
{
    m_mock->setTypesAsPairs(false);
    auto c = client();
    QString error;
    const auto one = c.query(u"SELECT 1"_s, &error);
    QVERIFY2(one, qPrintable(error));
    QCOMPARE(one->types, QStringList {u"UInt8"_s});
    const auto revenue = c.revenueByTenant(From, To, &error);
    QVERIFY2(revenue, qPrintable(error));
    QCOMPARE(revenue->size(), 25);
}

void TestPostHog::pageCap()
{
    m_mock->setRevenue(sampleRevenue(PostHogClient::MaxPages + 1));
    auto c = client();
    QString error;
    QVERIFY(!c.revenueByTenant(From, To, &error, 1));
    QVERIFY2(error.contains(QueryPath) && error.contains(u"after 100 pages"_s), qPrintable(error));
    QCOMPARE(m_mock->requestCount(), PostHogClient::MaxPages);
}

void TestPostHog::refusedKey()
{
    auto wrong = client(WrongKey);
    QString error;
    QVERIFY(!wrong.revenueByTenant(From, To, &error));
    QVERIFY2(error.contains(QString(u"PostHog POST "_s + QueryPath)) && error.contains(u"401"_s)
                 && error.contains(u"is invalid"_s) && error.contains(u"phx_…"_s) && !error.contains(WrongKey),
             qPrintable(error));
    QCOMPARE(m_mock->requestCount(), 1); // not retried
}

void TestPostHog::throttled()
{
    auto c = client();
    QString error;
    // Retry-After (DRF's default; unconfirmed for PostHog Cloud) is waited for, then the answer comes.
    m_mock->addFault(answer(429, PostHogMockServer::throttledBody(1), 1,
                            {{"Content-Type", "application/json"}, {"Retry-After", "1"}}));
    QElapsedTimer timer;
    timer.start();
    const auto revenue = c.revenueByTenant(From, To, &error);
    QVERIFY2(revenue, qPrintable(error));
    QCOMPARE(revenue->size(), 25);
    QCOMPARE(m_mock->requestCount(), 2);
    QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed())));

    // Still throttled after every attempt, without Retry-After: PostHog's detail and the wait it
    // names reach the error.
    m_mock->clearRequests();
    m_mock->addFault(answer(429, PostHogMockServer::throttledBody(12), 3));
    QVERIFY(!c.revenueByTenant(From, To, &error));
    QVERIFY2(error.contains(u"429"_s) && error.contains(u"Request was throttled. Expected available in 12 seconds."_s)
                 && error.contains(u"again in 12 s"_s),
             qPrintable(error));
    QCOMPARE(m_mock->requestCount(), 3);
}

void TestPostHog::retriesRecover()
{
    auto c = client();
    QString error;
    m_mock->addFault(
        answer(500, PostHogMockServer::errorBody(u"server_error"_s, u"error"_s, u"A server error occurred."_s)));
    QVERIFY2(c.revenueByTenant(From, To, &error), qPrintable(error));
    QCOMPARE(m_mock->requestCount(), 2);

    m_mock->clearRequests();
    m_mock->addFault({Fault::Kind::Truncate, 200, {}, {}, 0, {}, 1});
    const auto revenue = c.revenueByTenant(From, To, &error);
    QVERIFY2(revenue, qPrintable(error));
    QCOMPARE(revenue->size(), 25);
    QCOMPARE(m_mock->requestCount(), 2);
}

void TestPostHog::brokenAnswers()
{
    auto c = client();
    auto once = client(Key, oncePolicy());
    QString error;

    m_mock->addFault({Fault::Kind::Hang, 0, {}, {}, 0, {}, 1});
    QVERIFY(!once.testKey(&error));
    QVERIFY2(error.contains(QString(u"PostHog POST "_s + QueryPath)) && error.contains(u"no answer within"_s),
             qPrintable(error));

    m_mock->addFault({Fault::Kind::Malformed, 200, {}, {}, 0, {}, 1});
    QVERIFY(!c.testKey(&error));
    QVERIFY2(error.contains(QueryPath) && error.contains(u"not valid JSON"_s), qPrintable(error));

    // A row with the wrong number of columns, named by its place in the answer.
    QJsonArray rows;
    for (int i = 0; i < 6; ++i) {
        rows.append(i == 4 ? QJsonArray {u"t4"_s, 10.0} : QJsonArray {u"t%1"_s.arg(i), 10.0, u"USD"_s});
    }
    m_mock->addFault(answer(200, revenueAnswer(rows)));
    QVERIFY(!c.revenueByTenant(From, To, &error));
    QVERIFY2(error.contains(QueryPath) && error.contains(u"results[4]: 2 values for 3 columns"_s), qPrintable(error));

    // On a later page it is named by its place in the whole answer: the first page is the
    // mock's own (10 full rows, hasMore), the second is rows 10 … 12 with row 11 short.
    m_mock->addFault({Fault::Kind::Delay, 0, {}, {}, 0, {}, 1});
    m_mock->addFault(answer(200, revenueAnswer(QJsonArray {QJsonArray {u"t10"_s, 1.0, u"USD"_s}, QJsonArray {u"t11"_s},
                                                           QJsonArray {u"t12"_s, 1.0, u"USD"_s}})));
    QVERIFY(!c.revenueByTenant(From, To, &error, 10));
    QVERIFY2(error.contains(u"results[11]: 1 values for 3 columns"_s), qPrintable(error));

    // A wrong-typed cell.
    rows = QJsonArray();
    for (int i = 0; i < 6; ++i) {
        rows.append(QJsonArray {u"t%1"_s.arg(i), i == 4 ? QJsonValue(u"lots"_s) : QJsonValue(10.0), u"USD"_s});
    }
    m_mock->addFault(answer(200, revenueAnswer(rows)));
    QVERIFY(!c.revenueByTenant(From, To, &error));
    QVERIFY2(error.contains(u"results[4][1]"_s) && error.contains(u"expected a number"_s), qPrintable(error));

    // A type list that does not match the columns.
    m_mock->addFault(answer(200, R"({"columns":["1"],"types":[],"results":[[1]],"hasMore":false})"));
    QVERIFY(!c.testKey(&error));
    QVERIFY2(error.contains(u"types: 0 types for 1 columns"_s), qPrintable(error));

    // A row that is not a list; hasMore that is not a bool; a 200 that carries a query error.
    m_mock->addFault(answer(200, R"({"columns":["1"],"results":[[1],{"1":1}],"hasMore":false})"));
    QVERIFY(!c.query(u"SELECT 1"_s, &error));
    QVERIFY2(error.contains(u"results[1]: expected a list"_s), qPrintable(error));
    m_mock->addFault(answer(200, R"({"columns":["1"],"results":[[1]],"hasMore":"no"})"));
    QVERIFY(!c.query(u"SELECT 1"_s, &error));
    QVERIFY2(error.contains(u"hasMore: expected true or false"_s), qPrintable(error));
    m_mock->addFault(answer(200, R"({"columns":[],"results":[],"error":"Unknown table: evnts"})"));
    QVERIFY(!c.query(u"SELECT 1"_s, &error));
    QVERIFY2(error.contains(u"the query failed: Unknown table: evnts"_s), qPrintable(error));

    // PostHog's validation error, with the field it names; not retried.
    m_mock->clearRequests();
    m_mock->addFault(answer(400, PostHogMockServer::errorBody(u"validation_error"_s, u"invalid_input"_s,
                                                              u"Unable to resolve field: amont"_s, u"query"_s)));
    QVERIFY(!c.query(u"SELECT 1"_s, &error));
    QVERIFY2(error.contains(u"400"_s) && error.contains(u"Unable to resolve field: amont (query)"_s),
             qPrintable(error));
    QCOMPARE(m_mock->requestCount(), 1);

    // A proxy's HTML page instead of PostHog's answer.
    m_mock->addFault(answer(403, "<html><body>Forbidden</body></html>", 1, {{"Content-Type", "text/html"}}));
    QVERIFY(!c.query(u"SELECT 1"_s, &error));
    QVERIFY2(error.contains(u"403"_s) && error.contains(u"HTML page"_s), qPrintable(error));
}

void TestPostHog::keyNeverInErrors()
{
    auto c = client(Key, oncePolicy());
    const QList<Fault> faults {
        answer(401, PostHogMockServer::errorBody(u"authentication_error"_s, u"authentication_failed"_s,
                                                 u"Invalid personal API key."_s)),
        // A server that echoes the key back.
        answer(401, PostHogMockServer::errorBody(u"authentication_error"_s, u"authentication_failed"_s,
                                                 u"Personal API key %1 is invalid."_s.arg(Key))),
        answer(403, PostHogMockServer::errorBody(u"permission_denied"_s, u"permission_denied"_s,
                                                 u"API key missing required scope 'query:read'"_s)),
        answer(429, PostHogMockServer::throttledBody(3)),
        answer(500, "<html><body>Bad gateway</body></html>", 1, {{"Content-Type", "text/html"}}),
        answer(200,
               QByteArray(QByteArray(R"({"columns":["1"],"results":[[1]],"error":"bad key )") + Key.toUtf8() + "\"}")),
        Fault {Fault::Kind::Malformed, 200, {}, {}, 0, {}, 1},
        Fault {Fault::Kind::Truncate, 200, {}, {}, 0, {}, 1},
        Fault {Fault::Kind::Hang, 0, {}, {}, 0, {}, 1},
    };
    for (const Fault& fault : faults) {
        m_mock->addFault(fault);
        QString error;
        QVERIFY(!c.testKey(&error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(!error.contains(Key) && !error.contains(u"Bearer"_s), qPrintable(error));
    }
    QString error;
    auto wrong = client(WrongKey, oncePolicy());
    QVERIFY(!wrong.testKey(&error));
    QVERIFY2(!error.contains(WrongKey), qPrintable(error));
}

void TestPostHog::mockBehavesLikePostHog()
{
    pm::net::HttpClient http(u"PostHog"_s, oncePolicy());
    pm::net::HttpRequest r;
    r.method = "POST";
    r.url = m_mock->baseUrl();
    r.url.setPath(QueryPath);
    r.body = R"({"query":{"kind":"HogQLQuery","query":"SELECT 1"}})";

    // DRF's wording without credentials.
    r.headers = {{"Content-Type", "application/json"}};
    auto response = http.send(r);
    QCOMPARE(response.status, 401);
    QCOMPARE(QJsonDocument::fromJson(response.body).object().value(u"type"_s), QJsonValue(u"authentication_error"_s));
    QCOMPARE(PostHogClient::errorMessage(response.body), u"Authentication credentials were not provided."_s);

    // A project token is refused like a wrong key.
    r.headers = {{"Authorization", "Bearer phc_public0project0token0b7"}, {"Content-Type", "application/json"}};
    QCOMPARE(http.send(r).status, 401);

    // Not JSON.
    r.headers = {{"Authorization", bearer(Key)}, {"Content-Type", "text/plain"}};
    response = http.send(r);
    QCOMPARE(response.status, 415);
    QCOMPARE(QJsonDocument::fromJson(response.body).object().value(u"type"_s), QJsonValue(u"invalid_request"_s));

    // A query it does not understand: a validation error naming the field.
    r.headers = {{"Authorization", bearer(Key)}, {"Content-Type", "application/json"}};
    r.body = R"({"query":{"kind":"HogQLQuery","query":"SELECT event FROM events"}})";
    response = http.send(r);
    QCOMPARE(response.status, 400);
    QVERIFY2(PostHogClient::errorMessage(response.body).endsWith(u"(query)"_s), response.body.constData());

    // Without a LIMIT, 100 rows and hasMore, as PostHog documents.
    m_mock->setRevenue(sampleRevenue(150));
    r.body = R"({"query":{"kind":"HogQLQuery",)"
             R"("query":"SELECT tenant_id FROM events WHERE event = 'subscription_payment'"}})";
    response = http.send(r);
    QCOMPARE(response.status, 200);
    const QJsonObject o = QJsonDocument::fromJson(response.body).object();
    QCOMPARE(o.value(u"results"_s).toArray().size(), 100);
    QCOMPARE(o.value(u"hasMore"_s), QJsonValue(true));
    QCOMPARE(o.value(u"columns"_s).toArray().size(), o.value(u"types"_s).toArray().size());

    // The throttled body is the documented one, and the client reads its wait.
    QCOMPARE(PostHogMockServer::throttledBody(62),
             QByteArray(R"({"attr":null,"code":"throttled","detail":"Request was throttled. Expected available in 62 )"
                        R"(seconds.","type":"throttled_error"})"));
    QCOMPARE(PostHogClient::throttleSeconds(PostHogMockServer::throttledBody(62)).value_or(-1), 62);
}

QTEST_GUILESS_MAIN(TestPostHog)
#include "TestPostHog.moc"
