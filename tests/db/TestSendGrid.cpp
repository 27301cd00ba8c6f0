// The SendGrid client against the SendGrid mock on 127.0.0.1: global and per-mailbox-provider
// daily stats in our terms, suppression lists paged with limit/offset (1,234 bounces in three
// pages), the key test; 401 with SendGrid's real body (not retried), a wrong-typed metric named by
// its path, 429 with and without Retry-After, 500, a hanging server, malformed, cut-off and
// non-list bodies, empty pages — each a right result or a clear error. And the mock itself: the
// 400 for a missing start_date (which the client never sends), 406, X-RateLimit-* on every answer
// and its own 429. Nothing is stored, so no database.
#include "net/HttpClient.h"
#include "providers/sendgrid/SendGridClient.h"
#include "sim/mock/SendGridMockServer.h"
#include "util/WorkerThread.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using pm::providers::DailyStats;
using pm::providers::SendGridClient;
using pm::providers::SendGridSuppression;
using Fault = pm::sim::MockHttpServer::Fault;

namespace
{
const QString Key = u"SG.penguin-test.7c41"_s;
const QDate Day0(2026, 11, 1);
const QString Gmail = u"Gmail"_s;
const QString Outlook = u"Microsoft Outlook Live"_s; // a space, to prove the name survives the query string

pm::net::RetryPolicy fastPolicy()
{
    pm::net::RetryPolicy p;
    p.baseDelay = 50ms;
    p.maxDelay = 200ms;
    p.maxRetryAfter = 5s;
    p.timeout = 1500ms;
    return p;
}

qint64 epoch(const QDate& day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

QList<DailyStats> sampleDays()
{
    QList<DailyStats> days;
    for (int i = 0; i < 7; ++i) {
        DailyStats d;
        d.day = Day0.addDays(i);
        d.sent = 1000 + i;
        d.delivered = 950 + i;
        d.bouncedHard = i % 2 == 0 ? 0 : 12;
        d.bouncedSoft = 5; // served as "deferred", which is not a bounce
        d.complaints = i == 3 ? 2 : 0;
        d.blocked = 4;
        d.opened = 300 + i;
        days << d;

        DailyStats gmail = d;
        gmail.scope = Gmail;
        gmail.sent = 600 + i;
        gmail.delivered = 590;
        gmail.opened = 200;
        DailyStats outlook = d;
        outlook.scope = Outlook;
        outlook.sent = 300 + i;
        outlook.delivered = 280;
        outlook.blocked = 9;
        outlook.opened = 90;
        days << gmail << outlook;
    }
    return days;
}

/// @p n entries a minute apart from the start of Day0.
QList<SendGridSuppression> sampleSuppressions(int n, const QString& prefix)
{
    QList<SendGridSuppression> list;
    for (int i = 0; i < n; ++i) {
        list << SendGridSuppression {QDateTime::fromSecsSinceEpoch(epoch(Day0) + i * 60, Qt::UTC),
                                     u"%1%2@example.net"_s.arg(prefix, QString::number(i)),
                                     u"550 5.1.1 The email account that you tried to reach does not exist."_s,
                                     u"5.1.1"_s};
    }
    return list;
}

QString queryValue(const pm::sim::MockHttpServer::SeenRequest& request, const QString& name)
{
    return QUrlQuery(request.query).queryItemValue(name, QUrl::FullyDecoded);
}

QByteArray bearer(const QString& key)
{
    return QByteArray("Bearer ").append(key.toUtf8());
}
} // namespace

class TestSendGrid final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void globalStatsInOurTerms();
    void mailboxProviderScopes();
    void pagedSuppressions();
    void emptyPages();
    void errorsAreClear();
    void retriesRecover();
    void mockBehavesLikeSendGrid();

private:
    SendGridClient client(const QString& key = Key) const
    {
        return SendGridClient(m_mock->baseUrl(), key, fastPolicy());
    }

    pm::util::WorkerThread* m_thread = nullptr;
    pm::sim::SendGridMockServer* m_mock = nullptr;
};

void TestSendGrid::initTestCase()
{
    m_thread = new pm::util::WorkerThread(u"sendgrid-mock"_s);
    m_mock = m_thread->adopt(new pm::sim::SendGridMockServer(Key));
    m_thread->start();
    bool ok = false;
    QString error;
    QMetaObject::invokeMethod(
        m_mock, [&] { ok = m_mock->listenLocal(0, &error); }, Qt::BlockingQueuedConnection);
    QVERIFY2(ok, qPrintable(error));
}

void TestSendGrid::init()
{
    m_mock->clearFaults();
    m_mock->clearRequests();
    m_mock->setDays(sampleDays());
    m_mock->setSuppressions(u"bounces"_s, sampleSuppressions(1234, u"bounce"_s));
    m_mock->setSuppressions(u"blocks"_s, sampleSuppressions(1000, u"block"_s));
    m_mock->setSuppressions(u"spam_reports"_s, sampleSuppressions(150, u"spam"_s));
    m_mock->setMailboxProviderOpens(false);
    m_mock->setRateLimitPerMinute(600);
}

void TestSendGrid::cleanupTestCase()
{
    delete m_thread;
}

void TestSendGrid::globalStatsInOurTerms()
{
    auto c = client();
    QString error;
    const auto days = c.globalStats(Day0, Day0.addDays(6), &error);
    QVERIFY2(days, qPrintable(error));
    QCOMPARE(days->size(), 7);
    const DailyStats& d = days->at(3);
    QCOMPARE(d.day, Day0.addDays(3));
    QCOMPARE(d.scope, QString());
    QCOMPARE(d.sent, 1003);      // requests
    QCOMPARE(d.delivered, 953);  // delivered
    QCOMPARE(d.bouncedHard, 12); // bounces
    QCOMPARE(d.bouncedSoft, 0);  // SendGrid's deferrals are not bounces
    QCOMPARE(d.complaints, 2);   // spam_reports
    QCOMPARE(d.blocked, 4);      // blocks
    QCOMPARE(d.opened, 303);     // unique_opens, not opens (454)
    QCOMPARE(days->at(0).bouncedHard, 0);
    QCOMPARE(days->at(6).sent, 1006);
    for (const DailyStats& day : *days) {
        QVERIFY(day.scope.isEmpty()); // mailbox providers are another endpoint
    }

    const auto seen = m_mock->requests();
    QCOMPARE(seen.size(), 1); // seven days fit one page
    QCOMPARE(seen.constFirst().path, u"/v3/stats"_s);
    QCOMPARE(seen.constFirst().header("Authorization"), bearer(Key));
    QCOMPARE(seen.constFirst().header("Accept"), QByteArray("application/json"));
    QCOMPARE(queryValue(seen.constFirst(), u"start_date"_s), u"2026-11-01"_s);
    QCOMPARE(queryValue(seen.constFirst(), u"end_date"_s), u"2026-11-07"_s);
    QCOMPARE(queryValue(seen.constFirst(), u"aggregated_by"_s), u"day"_s);
    QCOMPARE(queryValue(seen.constFirst(), u"limit"_s), u"500"_s);
    QCOMPARE(queryValue(seen.constFirst(), u"offset"_s), u"0"_s);

    // Only the window asked for.
    QCOMPARE(c.globalStats(Day0.addDays(2), Day0.addDays(3), &error).value_or(QList<DailyStats> {}).size(), 2);
    QCOMPARE(c.testKey(&error).value_or(QString()), u"4 scope(s)"_s);
}

void TestSendGrid::mailboxProviderScopes()
{
    auto c = client();
    QString error;
    const auto rows = c.mailboxProviderStats(Day0, Day0.addDays(6), &error);
    QVERIFY2(rows, qPrintable(error));
    QCOMPARE(rows->size(), 14);
    QSet<QString> scopes;
    for (const DailyStats& row : *rows) {
        scopes.insert(row.scope);
        QCOMPARE(row.opened, -1); // opens are not promised for this endpoint: not reported, not 0
    }
    QVERIFY(scopes == (QSet<QString> {Gmail, Outlook}));
    const auto outlookDay2 = std::find_if(rows->cbegin(), rows->cend(), [](const DailyStats& row) {
        return row.scope == Outlook && row.day == Day0.addDays(2);
    });
    QVERIFY(outlookDay2 != rows->cend());
    QCOMPARE(outlookDay2->sent, 302);
    QCOMPARE(outlookDay2->delivered, 280);
    QCOMPARE(outlookDay2->blocked, 9);
    QCOMPARE(outlookDay2->bouncedSoft, 0);

    // When SendGrid does send opens there, they are read.
    m_mock->setMailboxProviderOpens(true);
    const auto withOpens = c.mailboxProviderStats(Day0, Day0, &error);
    QVERIFY2(withOpens, qPrintable(error));
    QCOMPARE(withOpens->size(), 2);
    for (const DailyStats& row : *withOpens) {
        QCOMPARE(row.opened, row.scope == Gmail ? 200 : 90);
    }

    // Only the providers asked for, each as its own mailbox_providers parameter.
    m_mock->clearRequests();
    const auto outlook = c.mailboxProviderStats(Day0, Day0.addDays(6), &error, {Outlook});
    QVERIFY2(outlook, qPrintable(error));
    QCOMPARE(outlook->size(), 7);
    QVERIFY(
        std::all_of(outlook->cbegin(), outlook->cend(), [](const DailyStats& row) { return row.scope == Outlook; }));
    QCOMPARE(
        QUrlQuery(m_mock->requests().constFirst().query).allQueryItemValues(u"mailbox_providers"_s, QUrl::FullyDecoded),
        QStringList {Outlook});

    // More than SendGrid's ten is refused before anything goes out.
    m_mock->clearRequests();
    QStringList eleven;
    for (int i = 0; i < 11; ++i) {
        eleven << u"Provider %1"_s.arg(i);
    }
    QVERIFY(!c.mailboxProviderStats(Day0, Day0, &error, eleven));
    QVERIFY2(error.contains(u"at most 10"_s), qPrintable(error));
    QCOMPARE(m_mock->requestCount(), 0);
}

void TestSendGrid::pagedSuppressions()
{
    auto c = client();
    QString error;
    const auto bounces = c.suppressions(u"bounces"_s, 0, &error);
    QVERIFY2(bounces, qPrintable(error));
    QCOMPARE(bounces->size(), 1234);
    const auto pages = m_mock->requests();
    QCOMPARE(pages.size(), 3); // 500 + 500 + 234
    QStringList offsets;
    for (const auto& page : pages) {
        QCOMPARE(page.path, u"/v3/suppression/bounces"_s);
        QCOMPARE(queryValue(page, u"limit"_s), u"500"_s);
        QVERIFY(!QUrlQuery(page.query).hasQueryItem(u"start_time"_s));
        QCOMPARE(page.header("Authorization"), bearer(Key));
        offsets << queryValue(page, u"offset"_s);
    }
    QCOMPARE(offsets, (QStringList {u"0"_s, u"500"_s, u"1000"_s}));
    QSet<QString> emails;
    for (const SendGridSuppression& b : *bounces) {
        emails.insert(b.email);
    }
    QCOMPARE(emails.size(), 1234);                                          // no page read twice, none skipped
    QVERIFY(bounces->constFirst().created >= bounces->constLast().created); // newest first
    QCOMPARE(bounces->constLast().created, QDateTime::fromSecsSinceEpoch(epoch(Day0), Qt::UTC));
    QCOMPARE(bounces->constLast().created.timeSpec(), Qt::UTC);
    QCOMPARE(bounces->constFirst().status, u"5.1.1"_s);
    QVERIFY(bounces->constFirst().reason.contains(u"does not exist"_s));

    // Exactly two full pages: the empty third page ends it.
    m_mock->clearRequests();
    const auto blocks = c.suppressions(u"blocks"_s, 0, &error);
    QVERIFY2(blocks, qPrintable(error));
    QCOMPARE(blocks->size(), 1000);
    QCOMPARE(m_mock->requestCount(), 3);

    // start_time narrows the list (inclusive); spam reports carry no reason or status.
    m_mock->clearRequests();
    const auto spam = c.suppressions(u"spam_reports"_s, epoch(Day0) + 100 * 60, &error);
    QVERIFY2(spam, qPrintable(error));
    QCOMPARE(spam->size(), 50);
    QCOMPARE(queryValue(m_mock->requests().constFirst(), u"start_time"_s), QString::number(epoch(Day0) + 100 * 60));
    QVERIFY(spam->constFirst().reason.isEmpty() && spam->constFirst().status.isEmpty());
    QVERIFY(spam->constFirst().email.startsWith(u"spam"_s));

    // A smaller page size pages accordingly.
    m_mock->clearRequests();
    QCOMPARE(c.suppressions(u"spam_reports"_s, 0, &error, 100).value_or(QList<SendGridSuppression> {}).size(), 150);
    QCOMPARE(m_mock->requestCount(), 2);

    // A list this client does not know is refused before anything goes out.
    m_mock->clearRequests();
    QVERIFY(!c.suppressions(u"unsubscribes"_s, 0, &error));
    QVERIFY2(error.contains(u"\"unsubscribes\""_s) && error.contains(u"bounces, spam_reports or blocks"_s),
             qPrintable(error));
    QCOMPARE(m_mock->requestCount(), 0);
}

void TestSendGrid::emptyPages()
{
    m_mock->setDays({});
    m_mock->setSuppressions(u"bounces"_s, {});
    m_mock->setSuppressions(u"blocks"_s, {});
    auto c = client();
    QString error;
    QCOMPARE(c.globalStats(Day0, Day0.addDays(6), &error).value_or(QList<DailyStats> {DailyStats {}}).size(), 0);
    QCOMPARE(c.mailboxProviderStats(Day0, Day0.addDays(6), &error).value_or(QList<DailyStats> {DailyStats {}}).size(),
             0);
    QCOMPARE(
        c.suppressions(u"bounces"_s, 0, &error).value_or(QList<SendGridSuppression> {SendGridSuppression {}}).size(),
        0);
    QCOMPARE(
        c.suppressions(u"blocks"_s, 0, &error).value_or(QList<SendGridSuppression> {SendGridSuppression {}}).size(), 0);
    QCOMPARE(m_mock->requestCount(), 4);
}

void TestSendGrid::errorsAreClear()
{
    QString error;
    auto wrong = client(u"SG.not-the-key"_s);
    QVERIFY(!wrong.globalStats(Day0, Day0, &error));
    QVERIFY2(error.contains(u"SendGrid GET /v3/stats"_s) && error.contains(u"401"_s)
                 && error.contains(u"authorization required"_s) && !error.contains(u"SG.not-the-key"_s),
             qPrintable(error));
    QCOMPARE(m_mock->requestCount(), 1); // not retried

    auto c = client();

    // A wrong-typed metric, named by its path in the top-level list.
    QJsonArray list;
    for (int i = 0; i < 4; ++i) {
        const QJsonValue requests = i == 3 ? QJsonValue(u"lots"_s) : QJsonValue(1000 + i);
        list.append(QJsonObject {
            {u"date"_s, Day0.addDays(i).toString(Qt::ISODate)},
            {u"stats"_s, QJsonArray {QJsonObject {{u"metrics"_s, QJsonObject {{u"requests"_s, requests}}}}}}});
    }
    m_mock->addFault({Fault::Kind::Status,
                      200,
                      QJsonDocument(list).toJson(QJsonDocument::Compact),
                      {{"Content-Type", "application/json"}},
                      0,
                      u"/v3/stats"_s,
                      1});
    QVERIFY(!c.globalStats(Day0, Day0.addDays(6), &error));
    QVERIFY2(error.contains(u"SendGrid GET /v3/stats"_s) && error.contains(u"[3].stats[0].metrics.requests"_s)
                 && error.contains(u"whole number"_s),
             qPrintable(error));

    m_mock->addFault({Fault::Kind::Status,
                      200,
                      R"([{"created":"yesterday","email":"a@example.net"}])",
                      {{"Content-Type", "application/json"}},
                      0,
                      u"/v3/suppression/bounces"_s,
                      1});
    QVERIFY(!c.suppressions(u"bounces"_s, 0, &error));
    QVERIFY2(error.contains(u"SendGrid GET /v3/suppression/bounces"_s) && error.contains(u"[0].created"_s)
                 && error.contains(u"unix time"_s),
             qPrintable(error));

    m_mock->addFault({Fault::Kind::Status,
                      200,
                      R"([{"date":"2026-11-01","stats":[{"type":"mailbox_provider","metrics":{"requests":5}}]}])",
                      {{"Content-Type", "application/json"}},
                      0,
                      u"/v3/mailbox_providers/stats"_s,
                      1});
    QVERIFY(!c.mailboxProviderStats(Day0, Day0, &error));
    QVERIFY2(error.contains(u"[0].stats[0].name"_s) && error.contains(u"missing"_s), qPrintable(error));

    // An object where SendGrid sends a list.
    m_mock->addFault({Fault::Kind::Status,
                      200,
                      R"({"result":[]})",
                      {{"Content-Type", "application/json"}},
                      0,
                      u"/v3/mailbox_providers/stats"_s,
                      1});
    QVERIFY(!c.mailboxProviderStats(Day0, Day0, &error));
    QVERIFY2(error.contains(u"SendGrid GET /v3/mailbox_providers/stats"_s) && error.contains(u"not a JSON list"_s),
             qPrintable(error));

    m_mock->addFault({Fault::Kind::Malformed, 200, {}, {}, 0, u"/v3/stats"_s, 5});
    QVERIFY(!c.globalStats(Day0, Day0, &error));
    QVERIFY2(error.contains(u"SendGrid GET /v3/stats"_s) && error.contains(u"not valid JSON"_s), qPrintable(error));
    m_mock->clearFaults();

    m_mock->addFault(
        {Fault::Kind::Status, 403, "<html><body>Forbidden</body></html>", {{"Content-Type", "text/html"}}, 0, {}, 1});
    QVERIFY(!c.testKey(&error));
    QVERIFY2(error.contains(u"403"_s) && error.contains(u"HTML page"_s), qPrintable(error));

    // Throttled past the retries: the error says so and when the window ends.
    auto once = fastPolicy();
    once.maxAttempts = 1;
    SendGridClient impatient(m_mock->baseUrl(), Key, once);
    m_mock->addFault({Fault::Kind::Status,
                      429,
                      R"({"errors":[{"field":null,"message":"too many requests"}]})",
                      {{"Content-Type", "application/json"},
                       {"X-RateLimit-Limit", "600"},
                       {"X-RateLimit-Remaining", "0"},
                       {"X-RateLimit-Reset", "1793491200"}},
                      0,
                      {},
                      1});
    QVERIFY(!impatient.testKey(&error));
    QVERIFY2(error.contains(u"429"_s) && error.contains(u"too many requests"_s)
                 && error.contains(u"2026-11-01 00:00:00 UTC"_s),
             qPrintable(error));

    m_mock->addFault({Fault::Kind::Hang, 0, {}, {}, 0, {}, 3});
    QVERIFY(!c.testKey(&error));
    QVERIFY2(error.contains(u"SendGrid GET /v3/scopes"_s) && error.contains(u"no answer within"_s), qPrintable(error));
}

void TestSendGrid::retriesRecover()
{
    auto policy = fastPolicy();
    policy.maxAttempts = 5;
    SendGridClient c(m_mock->baseUrl(), Key, policy);
    QString error;
    const QByteArray reset = QByteArray::number(QDateTime::currentSecsSinceEpoch() + 60);
    m_mock->addFault({Fault::Kind::Status,
                      429,
                      R"({"errors":[{"field":null,"message":"too many requests"}]})",
                      {{"Content-Type", "application/json"},
                       {"Retry-After", "1"},
                       {"X-RateLimit-Limit", "600"},
                       {"X-RateLimit-Remaining", "0"},
                       {"X-RateLimit-Reset", reset}},
                      0,
                      {},
                      1});
    // Whether SendGrid sends Retry-After is not documented: without it, plain backoff.
    m_mock->addFault({Fault::Kind::Status,
                      429,
                      R"({"errors":[{"field":null,"message":"too many requests"}]})",
                      {{"Content-Type", "application/json"},
                       {"X-RateLimit-Limit", "600"},
                       {"X-RateLimit-Remaining", "0"},
                       {"X-RateLimit-Reset", reset}},
                      0,
                      {},
                      1});
    m_mock->addFault({Fault::Kind::Status,
                      500,
                      R"({"errors":[{"field":null,"message":"internal server error"}]})",
                      {{"Content-Type", "application/json"}},
                      0,
                      {},
                      1});
    m_mock->addFault({Fault::Kind::Truncate, 200, {}, {}, 0, {}, 1});
    // The first call meets all four faults in turn and still succeeds on its fifth attempt; the
    // three suppression pages go through at once.
    const auto days = c.globalStats(Day0, Day0.addDays(6), &error);
    QVERIFY2(days, qPrintable(error));
    QCOMPARE(days->size(), 7);
    QVERIFY2(c.suppressions(u"bounces"_s, 0, &error), qPrintable(error));
    QCOMPARE(m_mock->requestCount(), 5 + 3);
}

void TestSendGrid::mockBehavesLikeSendGrid()
{
    // What the client never sends, asked for directly: no start_date.
    pm::net::HttpClient http(u"SendGrid"_s, fastPolicy());
    pm::net::HttpRequest r;
    r.url = m_mock->baseUrl();
    r.url.setPath(u"/v3/stats"_s);
    r.headers = {{"Authorization", bearer(Key)}, {"Accept", "application/json"}};
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto response = http.send(r);
    QCOMPARE(response.status, 400);
    QCOMPARE(SendGridClient::errorMessage(response.body), u"start_date: start_date is required"_s);
    // X-RateLimit-* on every answer, the reset an epoch time within the minute.
    QCOMPARE(response.header("x-ratelimit-limit"), QByteArray("600"));
    QCOMPARE(response.header("x-ratelimit-remaining"), QByteArray("599"));
    const qint64 reset = response.header("x-ratelimit-reset").toLongLong();
    QVERIFY2(reset > now && reset <= now + 61, response.header("x-ratelimit-reset").constData());

    // SendGrid's 406 without Accept.
    r.headers = {{"Authorization", bearer(Key)}};
    response = http.send(r);
    QCOMPARE(response.status, 406);
    QVERIFY(!response.header("x-ratelimit-remaining").isEmpty());

    // The real 401 body, headers included.
    r.headers = {{"Authorization", "Bearer SG.wrong"}, {"Accept", "application/json"}};
    response = http.send(r);
    QCOMPARE(response.status, 401);
    QCOMPARE(response.body, QByteArray(R"({"errors":[{"field":null,"message":"authorization required"}]})"));
    QCOMPARE(SendGridClient::errorMessage(response.body), u"authorization required"_s);
    QVERIFY(!response.header("x-ratelimit-reset").isEmpty());

    // Past the limit: 429 with the documented body and no requests left.
    m_mock->setRateLimitPerMinute(2);
    auto once = fastPolicy();
    once.maxAttempts = 1;
    SendGridClient c(m_mock->baseUrl(), Key, once);
    QString error;
    QVERIFY2(c.testKey(&error), qPrintable(error));
    QVERIFY2(c.testKey(&error), qPrintable(error));
    QVERIFY(!c.testKey(&error));
    QVERIFY2(error.contains(u"429"_s) && error.contains(u"too many requests"_s) && error.contains(u"resets at"_s),
             qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSendGrid)
#include "TestSendGrid.moc"
