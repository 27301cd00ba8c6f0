// The Mailgun client against the Mailgun mock on 127.0.0.1: daily metrics in our terms from the
// Metrics API (a JSON POST, paged by pagination.skip/total, counts as numbers or numeric strings),
// failed events paged by following paging.next to the empty page (650 failures: three pages and an
// empty one), the key test; HTTP Basic with the user "api"; 401 with a plain-text "Forbidden" (not
// retried), 429 with and without Retry-After, 500, a hanging server, malformed, cut-off and empty
// bodies, wrong-typed fields named by their path, empty results, and a paging.next on another
// host that is never followed — and the key in no error and no log line. Nothing is stored, so
// no database.
#include "net/HttpClient.h"
#include "providers/mailgun/MailgunClient.h"
#include "sim/mock/MailgunMockServer.h"
#include "util/Log.h"
#include "util/WorkerThread.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using pm::providers::DailyStats;
using pm::providers::MailgunClient;
using pm::providers::MailgunEvent;
using pm::sim::MailgunMockServer;
using Fault = pm::sim::MockHttpServer::Fault;
using SeenRequest = pm::sim::MockHttpServer::SeenRequest;

namespace
{
const QString Key = u"key-3ax6xnjp29jd6fds4gc373sgvjxteol0"_s;
const QString WrongKey = u"key-0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e"_s;
const QString Domain = u"mg.penguinmails.example"_s;
const QDate Day0(2026, 11, 1); // a Sunday
const QDateTime Begin(Day0, QTime(0, 50), Qt::UTC);

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

/// @p n days from @p first; the numbers follow each day's distance k from Day0.
QList<DailyStats> sampleDays(const QDate& first, int n)
{
    QList<DailyStats> days;
    for (int i = 0; i < n; ++i) {
        DailyStats d;
        d.day = first.addDays(i);
        const qint64 k = Day0.daysTo(d.day);
        d.sent = 1000 + k;
        d.delivered = 950 + k;
        d.bouncedHard = k % 2 == 0 ? 0 : 12;
        d.bouncedSoft = 5;
        d.complaints = k == 3 ? 2 : 0;
        d.opened = 300 + k;
        days << d;
    }
    return days;
}

/// @p n failures a minute apart from the start of Day0 (and a quarter second): every fifth one a
/// suppressed recipient, of the rest every third a temporary failure, the others hard bounces.
QList<MailgunEvent> sampleFailures(int n)
{
    QList<MailgunEvent> events;
    const QDateTime start(Day0, QTime(0, 0), Qt::UTC);
    for (int i = 0; i < n; ++i) {
        MailgunEvent e;
        e.id = u"ev%1"_s.arg(i);
        e.timestamp = start.addMSecs(i * 60'000LL + 250);
        e.recipient = u"user%1@example.net"_s.arg(i);
        if (i % 5 == 0) {
            e.severity = u"permanent"_s;
            e.reason = u"suppress-bounce"_s;
            e.code = u"605"_s;
            e.description = u"Not delivering to previously bounced address"_s;
        } else if (i % 3 == 0) {
            e.severity = u"temporary"_s;
            e.reason = u"espblock"_s;
            e.code = u"421"_s;
            e.description = u"4.7.0 Try again later"_s;
        } else {
            e.severity = u"permanent"_s;
            e.reason = u"bounce"_s;
            e.code = u"550"_s;
            e.description = u"5.1.1 The email account that you tried to reach does not exist"_s;
        }
        events << e;
    }
    return events;
}

QString queryValue(const SeenRequest& request, const QString& name)
{
    return QUrlQuery(request.query).queryItemValue(name, QUrl::FullyDecoded);
}

QJsonObject requestBody(const SeenRequest& request)
{
    return QJsonDocument::fromJson(request.body).object();
}

/// "api:<key>" as it travels, base64 and all.
QByteArray basicCredentials(const QString& key)
{
    QByteArray credentials = "api:";
    credentials += key.toUtf8();
    return credentials.toBase64();
}

Fault answer(int status, const QByteArray& body, const QString& pathPrefix = {}, int times = 1,
             const QByteArray& contentType = "application/json")
{
    Fault f;
    f.kind = Fault::Kind::Status;
    f.status = status;
    f.body = body;
    f.headers = {{"Content-Type", contentType}};
    f.pathPrefix = pathPrefix;
    f.times = times;
    return f;
}

Fault fault(Fault::Kind kind, int times = 1, const QString& pathPrefix = {})
{
    Fault f;
    f.kind = kind;
    f.status = 200;
    f.pathPrefix = pathPrefix;
    f.times = times;
    return f;
}

QJsonObject metricsItem(const QString& time, const QJsonObject& metrics)
{
    const QJsonObject dimension {{u"dimension"_s, u"time"_s}, {u"value"_s, time}, {u"display_value"_s, time}};
    return QJsonObject {{u"dimensions"_s, QJsonArray {dimension}}, {u"metrics"_s, metrics}};
}

QByteArray metricsPage(const QJsonArray& items, qint64 total)
{
    const QJsonObject pagination {{u"sort"_s, u""_s}, {u"skip"_s, 0}, {u"limit"_s, 100}, {u"total"_s, total}};
    return QJsonDocument(QJsonObject {{u"pagination"_s, pagination}, {u"items"_s, items}})
        .toJson(QJsonDocument::Compact);
}

/// One failed event with @p timestamp, and @p next as paging.next.
QByteArray eventsPage(const QJsonValue& timestamp, const QString& next)
{
    const QJsonObject item {
        {u"event"_s, u"failed"_s},
        {u"id"_s, u"ev-x"_s},
        {u"timestamp"_s, timestamp},
        {u"recipient"_s, u"a@example.net"_s},
        {u"severity"_s, u"permanent"_s},
        {u"reason"_s, u"bounce"_s},
        {u"delivery-status"_s, QJsonObject {{u"code"_s, 550}, {u"message"_s, u"5.1.1 user unknown"_s}}}};
    QJsonObject paging;
    if (!next.isNull()) {
        paging.insert(u"next"_s, next);
    }
    return QJsonDocument(QJsonObject {{u"items"_s, QJsonArray {item}}, {u"paging"_s, paging}})
        .toJson(QJsonDocument::Compact);
}

const QString MetricsPath = u"/v1/analytics/metrics"_s;
const QString EventsPath = u"/v3/"_s + Domain + u"/events"_s;
} // namespace

class TestMailgun final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void metricsInOurTerms();
    void metricsPaging();
    void failuresPageToTheEmptyPage();
    void testKeyCountsDomains();
    void emptyResults();
    void refusedBeforeSending();
    void refusedKeyIsClear();
    void fieldsAreNamedByPath();
    void brokenBodies();
    void retriesRecover();
    void throttledAndHanging();
    void foreignNextPageIsRefused();
    void keyNeverInErrors(); // last: reads what the others collected

private:
    MailgunClient client(const QString& key = Key, const pm::net::RetryPolicy& policy = fastPolicy(),
                         const QString& domain = Domain) const
    {
        return MailgunClient(m_mock->baseUrl(), key, domain, policy);
    }

    pm::util::WorkerThread* m_thread = nullptr;
    MailgunMockServer* m_mock = nullptr;
    QStringList m_errors; ///< every error a test provoked, for keyNeverInErrors
    QStringList m_log;
};

void TestMailgun::initTestCase()
{
    pm::log::install();
    pm::log::setCaptureSink(&m_log);
    m_thread = new pm::util::WorkerThread(u"mailgun-mock"_s);
    m_mock = m_thread->adopt(new MailgunMockServer(Key, Domain));
    m_thread->start();
    bool ok = false;
    QString error;
    QMetaObject::invokeMethod(
        m_mock, [&] { ok = m_mock->listenLocal(0, &error); }, Qt::BlockingQueuedConnection);
    QVERIFY2(ok, qPrintable(error));
}

void TestMailgun::init()
{
    m_mock->clearFaults();
    m_mock->clearRequests();
    m_mock->setDays(sampleDays(Day0.addDays(-3), 14)); // beyond the window on both sides
    m_mock->setFailures(sampleFailures(700));
    m_mock->setDomains({Domain});
    m_mock->setMaxMetricsPageSize(1000);
    m_mock->setUnauthorizedReply(401, "Forbidden", "text/plain");
}

void TestMailgun::cleanupTestCase()
{
    pm::log::setCaptureSink(nullptr);
    delete m_thread;
}

void TestMailgun::metricsInOurTerms()
{
    auto c = client();
    QString error;
    const auto days = c.dailyMetrics(Day0, Day0.addDays(6), &error);
    QVERIFY2(days, qPrintable(error));
    QCOMPARE(days->size(), 7);
    const DailyStats& d = days->at(3);
    QCOMPARE(d.day, Day0.addDays(3));
    QCOMPARE(d.scope, QString()); // the account is the domain
    QCOMPARE(d.sent, 1003);       // accepted_count
    QCOMPARE(d.delivered, 953);   // delivered_count
    QCOMPARE(d.bouncedHard, 12);  // permanent_failed_count
    QCOMPARE(d.bouncedSoft, 5);   // temporary_failed_count
    QCOMPARE(d.complaints, 2);    // complained_count
    QCOMPARE(d.blocked, -1);      // Mailgun has no such counter
    QCOMPARE(d.opened, 303);      // unique_opened_count, not opened_count (454)
    for (int i = 0; i < 7; ++i) {
        QCOMPARE(days->at(i).day, Day0.addDays(i)); // in order, none outside the window
    }
    QCOMPARE(days->at(0).bouncedHard, 0);

    const auto seen = m_mock->requests();
    QCOMPARE(seen.size(), 1); // seven days fit one page
    const SeenRequest& r = seen.constFirst();
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, MetricsPath);
    // HTTP Basic, the user "api", the key as the password.
    const QByteArray authorization = r.header("Authorization");
    QVERIFY(authorization.startsWith("Basic "));
    QCOMPARE(QByteArray::fromBase64(authorization.mid(6)), QByteArray("api:" + Key.toUtf8()));
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    const QJsonObject body = requestBody(r);
    QCOMPARE(body.value(u"resolution"_s).toString(), u"day"_s);
    QVERIFY(body.value(u"dimensions"_s).toArray() == QJsonArray {u"time"_s});
    const QJsonArray metrics = body.value(u"metrics"_s).toArray();
    for (const QString& name : {u"accepted_count"_s, u"delivered_count"_s, u"permanent_failed_count"_s,
                                u"temporary_failed_count"_s, u"complained_count"_s, u"unique_opened_count"_s}) {
        QVERIFY2(metrics.contains(name), qPrintable(name));
    }
    // Whole UTC days: from the start of the first to the start of the day after the last.
    QCOMPARE(body.value(u"start"_s).toString(), u"Sun, 01 Nov 2026 00:00:00 +0000"_s);
    QCOMPARE(body.value(u"end"_s).toString(), u"Sun, 08 Nov 2026 00:00:00 +0000"_s);
    const QJsonObject condition = body.value(u"filter"_s).toObject().value(u"AND"_s).toArray().at(0).toObject();
    QCOMPARE(condition.value(u"attribute"_s).toString(), u"domain"_s);
    QCOMPARE(condition.value(u"comparator"_s).toString(), u"="_s);
    QCOMPARE(condition.value(u"values"_s).toArray().at(0).toObject().value(u"value"_s).toString(), Domain);
    const QJsonObject pagination = body.value(u"pagination"_s).toObject();
    QCOMPARE(pagination.value(u"skip"_s).toInteger(), 0);
    QCOMPARE(pagination.value(u"limit"_s).toInteger(), 100);

    // Only the window asked for.
    QCOMPARE(c.dailyMetrics(Day0.addDays(2), Day0.addDays(3), &error).value_or(QList<DailyStats> {}).size(), 2);

    // Counts as numeric strings (as the rates are), rates beside them, a null metric as 0, and a
    // bucket past the window (should Mailgun read the end as inclusive) dropped.
    const QJsonArray items {
        metricsItem(u"Sun, 01 Nov 2026 00:00:00 +0000"_s, QJsonObject {{u"accepted_count"_s, u"5200"_s},
                                                                       {u"delivered_count"_s, 5105},
                                                                       {u"permanent_failed_count"_s, u"47"_s},
                                                                       {u"temporary_failed_count"_s, 14},
                                                                       {u"complained_count"_s, 2},
                                                                       {u"unique_opened_count"_s, QJsonValue::Null},
                                                                       {u"delivered_rate"_s, u"98.17"_s}}),
        metricsItem(u"Mon, 02 Nov 2026 00:00:00 +0000"_s, QJsonObject {{u"accepted_count"_s, 9}}),
    };
    m_mock->addFault(answer(200, metricsPage(items, 2), MetricsPath));
    const auto one = c.dailyMetrics(Day0, Day0, &error);
    QVERIFY2(one, qPrintable(error));
    QCOMPARE(one->size(), 1);
    QCOMPARE(one->constFirst().sent, 5200);
    QCOMPARE(one->constFirst().bouncedHard, 47);
    QCOMPARE(one->constFirst().bouncedSoft, 14);
    QCOMPARE(one->constFirst().opened, 0);
}

void TestMailgun::metricsPaging()
{
    // A server that gives three days a page, whatever the limit asked: skip moves by what came back.
    m_mock->setMaxMetricsPageSize(3);
    auto c = client();
    QString error;
    const auto days = c.dailyMetrics(Day0, Day0.addDays(6), &error);
    QVERIFY2(days, qPrintable(error));
    QCOMPARE(days->size(), 7);
    QSet<QDate> distinct;
    for (const DailyStats& d : *days) {
        distinct.insert(d.day);
        QCOMPARE(d.sent, 1000 + Day0.daysTo(d.day));
    }
    QCOMPARE(distinct.size(), 7);
    const auto pages = m_mock->requests();
    QCOMPARE(pages.size(), 3); // 3 + 3 + 1 of pagination.total 7
    QList<qint64> skips;
    for (const SeenRequest& page : pages) {
        const QJsonObject pagination = requestBody(page).value(u"pagination"_s).toObject();
        skips << pagination.value(u"skip"_s).toInteger();
        QCOMPARE(pagination.value(u"limit"_s).toInteger(), 100);
    }
    QCOMPARE(skips, (QList<qint64> {0, 3, 6}));

    // 120 days at the client's 100 a page.
    m_mock->setMaxMetricsPageSize(1000);
    m_mock->setDays(sampleDays(Day0.addDays(-119), 120));
    m_mock->clearRequests();
    const auto long_ = c.dailyMetrics(Day0.addDays(-119), Day0, &error);
    QVERIFY2(long_, qPrintable(error));
    QCOMPARE(long_->size(), 120);
    QCOMPARE(long_->constLast().day, Day0);
    QCOMPARE(m_mock->requestCount(), 2);

    // A server that ignores skip (the same page, a total it never reaches) is not paged forever.
    m_mock->clearRequests();
    const QJsonArray same {metricsItem(u"Sun, 01 Nov 2026 00:00:00 +0000"_s, QJsonObject {{u"accepted_count"_s, 1}})};
    m_mock->addFault(answer(200, metricsPage(same, 50), MetricsPath, 100));
    QVERIFY(!c.dailyMetrics(Day0, Day0.addDays(6), &error));
    m_errors << error;
    QVERIFY2(error.contains(u"Mailgun POST /v1/analytics/metrics"_s) && error.contains(u"stopped paging"_s),
             qPrintable(error));
    QCOMPARE(m_mock->requestCount(), 8); // seven days and one more, at most
}

void TestMailgun::failuresPageToTheEmptyPage()
{
    auto c = client();
    QString error;
    const auto events = c.failures(Begin, &error);
    QVERIFY2(events, qPrintable(error));
    QCOMPARE(events->size(), 650); // minutes 50 … 699

    const auto pages = m_mock->requests();
    QCOMPARE(pages.size(), 4); // 300 + 300 + 50, then the empty page that ends the list
    for (const SeenRequest& page : pages) {
        QCOMPARE(page.method, QByteArray("GET"));
        QCOMPARE(page.path, EventsPath);
        QCOMPARE(page.header("Authorization"), QByteArray("Basic " + basicCredentials(Key)));
        // The next URLs keep the search's parameters.
        QCOMPARE(queryValue(page, u"event"_s), u"failed"_s);
        QCOMPARE(queryValue(page, u"begin"_s), QString::number(Begin.toSecsSinceEpoch()));
        QCOMPARE(queryValue(page, u"ascending"_s), u"yes"_s);
        QCOMPARE(queryValue(page, u"limit"_s), u"300"_s);
    }
    QVERIFY(!QUrlQuery(pages.at(0).query).hasQueryItem(u"page"_s));
    for (qsizetype i = 1; i < pages.size(); ++i) {
        QVERIFY(!queryValue(pages.at(i), u"page"_s).isEmpty()); // paging.next, followed as given
    }

    QSet<QString> ids;
    for (qsizetype i = 0; i < events->size(); ++i) {
        ids.insert(events->at(i).id);
        if (i > 0) {
            QVERIFY(events->at(i - 1).timestamp <= events->at(i).timestamp); // oldest first
        }
    }
    QCOMPARE(ids.size(), 650); // no page read twice, none skipped

    // ev50: a suppressed recipient, Mailgun's words in delivery-status.description.
    const MailgunEvent& first = events->constFirst();
    QCOMPARE(first.id, u"ev50"_s);
    QCOMPARE(first.timestamp, Begin.addMSecs(250));
    QCOMPARE(first.timestamp.timeSpec(), Qt::UTC);
    QCOMPARE(first.severity, u"permanent"_s);
    QCOMPARE(first.reason, u"suppress-bounce"_s);
    QCOMPARE(first.code, u"605"_s);
    QCOMPARE(first.description, u"Not delivering to previously bounced address"_s);
    QCOMPARE(first.recipient, u"user50@example.net"_s);
    // ev51: temporary; ev52: a hard bounce with the receiving server's words.
    QCOMPARE(events->at(1).severity, u"temporary"_s);
    QCOMPARE(events->at(1).reason, u"espblock"_s);
    QCOMPARE(events->at(1).code, u"421"_s);
    QCOMPARE(events->at(2).reason, u"bounce"_s);
    QCOMPARE(events->at(2).code, u"550"_s);
    QVERIFY(events->at(2).description.startsWith(u"5.1.1 "_s));

    // Exactly two full pages: the empty third one still has to be asked for.
    m_mock->setFailures(sampleFailures(650));
    m_mock->clearRequests();
    QCOMPARE(c.failures(Begin, &error).value_or(QList<MailgunEvent> {}).size(), 600);
    QCOMPARE(m_mock->requestCount(), 3);
}

void TestMailgun::testKeyCountsDomains()
{
    auto c = client();
    QString error;
    QCOMPARE(c.testKey(&error).value_or(-1), 1);
    const SeenRequest r = m_mock->requests().constFirst();
    QCOMPARE(r.path, u"/v4/domains"_s);
    QCOMPARE(queryValue(r, u"limit"_s), u"1"_s);
    QCOMPARE(r.header("Authorization"), QByteArray("Basic " + basicCredentials(Key)));

    m_mock->setDomains({Domain, u"mg2.penguinmails.example"_s, u"mg3.penguinmails.example"_s});
    QCOMPARE(c.testKey(&error).value_or(-1), 3); // total_count, though one item came back
}

void TestMailgun::emptyResults()
{
    m_mock->setDays({});
    m_mock->setFailures({});
    m_mock->setDomains({});
    auto c = client();
    QString error;
    QCOMPARE(c.dailyMetrics(Day0, Day0.addDays(6), &error).value_or(QList<DailyStats> {DailyStats {}}).size(), 0);
    QCOMPARE(c.failures(Begin, &error).value_or(QList<MailgunEvent> {MailgunEvent {}}).size(), 0);
    QCOMPARE(c.testKey(&error).value_or(-1), 0);
    QCOMPARE(m_mock->requestCount(), 3);

    // An empty list as null (Go's nil list) is empty too.
    m_mock->addFault(
        answer(200, R"({"pagination":{"sort":"","skip":0,"limit":100,"total":0},"items":null})", MetricsPath));
    QCOMPARE(c.dailyMetrics(Day0, Day0, &error).value_or(QList<DailyStats> {DailyStats {}}).size(), 0);
    m_mock->addFault(answer(200, R"({"items":null,"paging":{}})", EventsPath));
    QCOMPARE(c.failures(Begin, &error).value_or(QList<MailgunEvent> {MailgunEvent {}}).size(), 0);

    // Another domain has nothing in the metrics.
    auto other = client(Key, fastPolicy(), u"mg.other.example"_s);
    m_mock->setDays(sampleDays(Day0, 7));
    QCOMPARE(other.dailyMetrics(Day0, Day0.addDays(6), &error).value_or(QList<DailyStats> {DailyStats {}}).size(), 0);
}

void TestMailgun::refusedBeforeSending()
{
    QString error;
    auto noDomain = client(Key, fastPolicy(), QString());
    QVERIFY(!noDomain.failures(Begin, &error));
    m_errors << error;
    QVERIFY2(error.contains(u"no sending domain"_s), qPrintable(error));

    auto badDomain = client(Key, fastPolicy(), u"mg.example.com/../../v4"_s);
    QVERIFY(!badDomain.failures(Begin, &error));
    m_errors << error;
    QVERIFY2(error.contains(u"not a domain name"_s), qPrintable(error));
    QVERIFY(!badDomain.dailyMetrics(Day0, Day0, &error));
    m_errors << error;

    auto c = client();
    QVERIFY(!c.dailyMetrics(Day0.addDays(1), Day0, &error));
    m_errors << error;
    QVERIFY2(error.contains(u"Mailgun POST /v1/analytics/metrics"_s) && error.contains(u"empty"_s), qPrintable(error));
    QVERIFY(!c.failures(QDateTime(), &error));
    m_errors << error;
    QCOMPARE(m_mock->requestCount(), 0);
}

void TestMailgun::refusedKeyIsClear()
{
    QString error;
    auto wrong = client(WrongKey);
    QVERIFY(!wrong.testKey(&error));
    m_errors << error;
    QVERIFY2(error.contains(u"Mailgun GET /v4/domains"_s) && error.contains(u"401"_s) && error.contains(u"Forbidden"_s)
                 && error.contains(u"API key was refused"_s) && error.contains(u"region"_s),
             qPrintable(error));
    QCOMPARE(m_mock->requestCount(), 1); // not retried

    QVERIFY(!wrong.dailyMetrics(Day0, Day0, &error));
    m_errors << error;
    QVERIFY2(error.contains(u"Mailgun POST /v1/analytics/metrics"_s) && error.contains(u"401"_s), qPrintable(error));
    QVERIFY(!wrong.failures(Begin, &error));
    m_errors << error;
    QVERIFY2(error.contains(QString(u"Mailgun GET "_s + EventsPath)) && error.contains(u"401"_s), qPrintable(error));
    QCOMPARE(m_mock->requestCount(), 3);

    // The 401 body is UNCONFIRMED: a JSON message is read as well; 403 means the same.
    m_mock->setUnauthorizedReply(401, R"({"message":"Invalid private key"})", "application/json");
    QVERIFY(!wrong.testKey(&error));
    m_errors << error;
    QVERIFY2(error.contains(u"Invalid private key"_s), qPrintable(error));
    m_mock->setUnauthorizedReply(403, {}, "text/plain");
    QVERIFY(!wrong.testKey(&error));
    m_errors << error;
    QVERIFY2(error.contains(u"403"_s) && error.contains(u"API key was refused"_s) && error.contains(u"empty answer"_s),
             qPrintable(error));

    // The right key under another user than "api" is refused.
    m_mock->setUnauthorizedReply(401, "Forbidden", "text/plain");
    pm::net::HttpClient http(u"Mailgun"_s, oncePolicy());
    pm::net::HttpRequest r;
    r.url = m_mock->baseUrl();
    r.url.setPath(u"/v4/domains"_s);
    QByteArray notApi = "key:";
    notApi += Key.toUtf8();
    r.headers = {{"Authorization", QByteArray(QByteArray("Basic ") + notApi.toBase64())}};
    const pm::net::HttpResponse response = http.send(r);
    QCOMPARE(response.status, 401);
    QCOMPARE(response.body, QByteArray("Forbidden"));
    QCOMPARE(MailgunClient::errorMessage(response.body), u"Forbidden"_s);

    // Another domain, or the other region: 404.
    auto other = client(Key, fastPolicy(), u"mg.other.example"_s);
    QVERIFY(!other.failures(Begin, &error));
    m_errors << error;
    QVERIFY2(error.contains(u"404"_s) && error.contains(u"mg.other.example"_s) && error.contains(u"region"_s),
             qPrintable(error));

    // What errorMessage() makes of each kind of body.
    QCOMPARE(MailgunClient::errorMessage(R"({"message":"Domain not found: mg.x.example"})"),
             u"Domain not found: mg.x.example"_s);
    QCOMPARE(MailgunClient::errorMessage("Forbidden\n"), u"Forbidden"_s);
    QCOMPARE(MailgunClient::errorMessage("<html><body>Bad gateway</body></html>"), QString());
    QCOMPARE(MailgunClient::errorMessage("{\"message\": tru"), QString());
    QCOMPARE(MailgunClient::errorMessage(""), QString());
}

void TestMailgun::fieldsAreNamedByPath()
{
    auto c = client();
    QString error;
    const auto expectError = [&](const QString& where, const QString& path, const QString& problem) {
        m_errors << error;
        return error.contains(where) && error.contains(path) && error.contains(problem);
    };

    // A wrong-typed metric on the second item.
    const QJsonArray items {
        metricsItem(u"Sun, 01 Nov 2026 00:00:00 +0000"_s, QJsonObject {{u"delivered_count"_s, 10}}),
        metricsItem(u"Mon, 02 Nov 2026 00:00:00 +0000"_s, QJsonObject {{u"delivered_count"_s, u"lots"_s}}),
    };
    m_mock->addFault(answer(200, metricsPage(items, 2), MetricsPath));
    QVERIFY(!c.dailyMetrics(Day0, Day0.addDays(1), &error));
    QVERIFY2(
        expectError(u"Mailgun POST /v1/analytics/metrics"_s, u"items[1].metrics.delivered_count"_s, u"whole number"_s),
        qPrintable(error));

    // No time dimension; a time that is not one.
    QJsonObject noTime = metricsItem(u"x"_s, QJsonObject {});
    noTime.insert(
        u"dimensions"_s,
        QJsonArray {QJsonObject {{u"dimension"_s, u"domain"_s}, {u"value"_s, Domain}, {u"display_value"_s, Domain}}});
    m_mock->addFault(answer(200, metricsPage(QJsonArray {noTime}, 1), MetricsPath));
    QVERIFY(!c.dailyMetrics(Day0, Day0, &error));
    QVERIFY2(expectError(u"Mailgun POST"_s, u"items[0].dimensions"_s, u"\"time\""_s), qPrintable(error));
    m_mock->addFault(answer(200, metricsPage(QJsonArray {metricsItem(u"yesterday"_s, {})}, 1), MetricsPath));
    QVERIFY(!c.dailyMetrics(Day0, Day0, &error));
    QVERIFY2(expectError(u"Mailgun POST"_s, u"items[0].dimensions[0].value"_s, u"RFC 2822"_s), qPrintable(error));

    // No pagination object.
    m_mock->addFault(answer(200, R"({"items":[]})", MetricsPath));
    QVERIFY(!c.dailyMetrics(Day0, Day0, &error));
    QVERIFY2(expectError(u"Mailgun POST"_s, u"pagination"_s, u"missing"_s), qPrintable(error));

    // An event time that is not epoch seconds.
    m_mock->addFault(answer(200, eventsPage(u"yesterday"_s, QString()), EventsPath));
    QVERIFY(!c.failures(Begin, &error));
    QVERIFY2(expectError(QString(u"Mailgun GET "_s + EventsPath), u"items[0].timestamp"_s, u"unix time"_s),
             qPrintable(error));

    // A page with items and no paging.next.
    m_mock->addFault(answer(200, eventsPage(1793491200.5, QString()), EventsPath));
    QVERIFY(!c.failures(Begin, &error));
    QVERIFY2(expectError(QString(u"Mailgun GET "_s + EventsPath), u"paging.next"_s, u"missing"_s), qPrintable(error));

    // total_count as text that is no number.
    m_mock->addFault(answer(200, R"({"total_count":"many","items":[]})", u"/v4/domains"_s));
    QVERIFY(!c.testKey(&error));
    QVERIFY2(expectError(u"Mailgun GET /v4/domains"_s, u"total_count"_s, u"whole number"_s), qPrintable(error));
}

void TestMailgun::brokenBodies()
{
    auto c = client();
    QString error;
    m_mock->addFault(fault(Fault::Kind::Malformed, 1, MetricsPath));
    QVERIFY(!c.dailyMetrics(Day0, Day0, &error));
    m_errors << error;
    QVERIFY2(error.contains(u"Mailgun POST /v1/analytics/metrics"_s) && error.contains(u"not valid JSON"_s),
             qPrintable(error));
    QCOMPARE(m_mock->requestCount(), 1); // a 200, so not retried

    m_mock->addFault(answer(200, {}, u"/v4/domains"_s));
    QVERIFY(!c.testKey(&error));
    m_errors << error;
    QVERIFY2(error.contains(u"the response is empty"_s), qPrintable(error));

    m_mock->addFault(answer(200, R"([{"total_count":1}])", u"/v4/domains"_s));
    QVERIFY(!c.testKey(&error));
    m_errors << error;
    QVERIFY2(error.contains(u"not a JSON object"_s), qPrintable(error));

    auto once = client(Key, oncePolicy());
    m_mock->addFault(fault(Fault::Kind::Truncate, 1, EventsPath));
    QVERIFY(!once.failures(Begin, &error));
    m_errors << error;
    QVERIFY2(error.contains(QString(u"Mailgun GET "_s + EventsPath))
                 && (error.contains(u"cut off"_s) || error.contains(u"closed"_s)),
             qPrintable(error));

    m_mock->addFault(answer(502, "<html><body>Bad gateway</body></html>", {}, 1, "text/html"));
    QVERIFY(!once.testKey(&error));
    m_errors << error;
    QVERIFY2(error.contains(u"502"_s) && error.contains(u"HTML page"_s), qPrintable(error));

    // A 400 in Mailgun's shape.
    m_mock->addFault(answer(400, R"({"message":"Invalid metric: accepted_outgoing_count"})", MetricsPath));
    QVERIFY(!c.dailyMetrics(Day0, Day0, &error));
    m_errors << error;
    QVERIFY2(error.contains(u"HTTP 400"_s) && error.contains(u"Invalid metric"_s), qPrintable(error));

    // Text that echoes the key is shown without it.
    m_mock->addFault(answer(400, QByteArray("bad request for " + Key.toUtf8()), u"/v4/domains"_s, 1, "text/plain"));
    QVERIFY(!c.testKey(&error));
    m_errors << error;
    QVERIFY2(error.contains(u"bad request for ***"_s) && !error.contains(Key), qPrintable(error));
}

void TestMailgun::retriesRecover()
{
    auto policy = fastPolicy();
    policy.maxAttempts = 5;
    auto c = client(Key, policy);
    QString error;
    // Whether Mailgun sends Retry-After is UNCONFIRMED: once with it, once without (plain backoff).
    m_mock->addFault(MailgunMockServer::tooManyRequests(1, 1));
    m_mock->addFault(MailgunMockServer::tooManyRequests(1));
    m_mock->addFault(answer(500, R"({"message":"Internal server error"})"));
    m_mock->addFault(fault(Fault::Kind::Truncate));
    QElapsedTimer timer;
    timer.start();
    // The metrics POST is a read: it meets all four faults in turn and succeeds on its fifth attempt.
    const auto days = c.dailyMetrics(Day0, Day0.addDays(6), &error);
    QVERIFY2(days, qPrintable(error));
    QCOMPARE(days->size(), 7);
    QCOMPARE(m_mock->requestCount(), 5);
    QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed()))); // Retry-After: 1 was honoured

    // The event pages are retried alike, the next URLs included.
    m_mock->clearRequests();
    m_mock->addFault(MailgunMockServer::tooManyRequests(1, 0, EventsPath));
    m_mock->addFault(answer(503, {}, EventsPath));
    const auto events = c.failures(Begin, &error);
    QVERIFY2(events, qPrintable(error));
    QCOMPARE(events->size(), 650);
    QCOMPARE(m_mock->requestCount(), 4 + 2);
}

void TestMailgun::throttledAndHanging()
{
    QString error;
    auto once = client(Key, oncePolicy());
    m_mock->addFault(MailgunMockServer::tooManyRequests(1, 30));
    QVERIFY(!once.testKey(&error));
    m_errors << error;
    QVERIFY2(error.contains(u"Mailgun GET /v4/domains"_s) && error.contains(u"429"_s)
                 && error.contains(u"Too many requests"_s) && error.contains(u"wait 30 s"_s),
             qPrintable(error));
    m_mock->addFault(MailgunMockServer::tooManyRequests(1));
    QVERIFY(!once.testKey(&error));
    m_errors << error;
    QVERIFY2(error.contains(u"rate limited (429"_s) && !error.contains(u"wait"_s), qPrintable(error));

    // A wait beyond the policy's bound is not sat through: one attempt, and the error says how long.
    m_mock->clearRequests();
    auto c = client();
    m_mock->addFault(MailgunMockServer::tooManyRequests(1, 120));
    QVERIFY(!c.testKey(&error));
    m_errors << error;
    QVERIFY2(error.contains(u"wait 120 s"_s), qPrintable(error));
    QCOMPARE(m_mock->requestCount(), 1);

    m_mock->addFault(fault(Fault::Kind::Hang));
    QVERIFY(!once.testKey(&error));
    m_errors << error;
    QVERIFY2(error.contains(u"Mailgun GET /v4/domains"_s) && error.contains(u"no answer within"_s), qPrintable(error));
}

void TestMailgun::foreignNextPageIsRefused()
{
    auto c = client();
    QString error;
    const QUrl base = m_mock->baseUrl();
    const QString tail = QString(EventsPath + u"/WzMsIFsiZjQiXV0="_s);
    // Another host (Mailgun's own, even), another port, another scheme: the key would go with it.
    const QStringList foreign {
        QString(u"https://api.mailgun.net"_s + tail),
        u"http://localhost:%1%2"_s.arg(QString::number(base.port()), tail),
        u"http://127.0.0.1:%1%2"_s.arg(QString::number(base.port() + 1), tail),
        u"https://127.0.0.1:%1%2"_s.arg(QString::number(base.port()), tail),
        u"http://user:pass@evil.example:%1%2"_s.arg(QString::number(base.port()), tail),
    };
    for (const QString& next : foreign) {
        m_mock->clearRequests();
        m_mock->addFault(answer(200, eventsPage(1793491200.5, next), EventsPath));
        QVERIFY(!c.failures(Begin, &error));
        m_errors << error;
        QVERIFY2(error.contains(u"paging.next"_s) && error.contains(u"not followed"_s), qPrintable(error));
        QCOMPARE(m_mock->requestCount(), 1);
    }
    QVERIFY2(error.contains(u"evil.example"_s) && !error.contains(u"pass"_s), qPrintable(error));

    // The same host with a URL of its own is followed (here to a search that finds nothing).
    m_mock->clearRequests();
    const QString sameHost
        = QString(base.toString() + EventsPath + u"?event=failed&ascending=yes&limit=300&begin="_s
                  + QString::number(QDateTime(Day0.addDays(5), QTime(0, 0), Qt::UTC).toSecsSinceEpoch()));
    m_mock->addFault(answer(200, eventsPage(1793491200.5, sameHost), EventsPath));
    const auto events = c.failures(Begin, &error);
    QVERIFY2(events, qPrintable(error));
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->constFirst().code, u"550"_s);
    QCOMPARE(events->constFirst().timestamp, QDateTime::fromMSecsSinceEpoch(1793491200500LL, Qt::UTC));
    QCOMPARE(m_mock->requestCount(), 2);
    QCOMPARE(m_mock->requests().constLast().header("Authorization"), QByteArray("Basic " + basicCredentials(Key)));

    // A next URL that is the page just read is not read again and again.
    m_mock->clearRequests();
    const QString self = QString(base.toString() + EventsPath + u"?event=failed&begin="_s
                                 + QString::number(Begin.toSecsSinceEpoch()) + u"&ascending=yes&limit=300"_s);
    m_mock->addFault(answer(200, eventsPage(1793491200.5, self), EventsPath, 2));
    QVERIFY(!c.failures(Begin, &error));
    m_errors << error;
    QVERIFY2(error.contains(u"repeats"_s), qPrintable(error));
    QVERIFY(m_mock->requestCount() <= 2); // at most once more, should the URL compare unequal to the one built
}

void TestMailgun::keyNeverInErrors()
{
    QVERIFY(m_errors.size() > 20);
    const QList<QString> secrets {Key, WrongKey, QString::fromLatin1(basicCredentials(Key)),
                                  QString::fromLatin1(basicCredentials(WrongKey))};
    for (const QString& error : std::as_const(m_errors)) {
        QVERIFY(!error.trimmed().isEmpty());
        for (const QString& secret : secrets) {
            QVERIFY2(!error.contains(secret), qPrintable(error));
        }
    }
    for (const QString& line : std::as_const(m_log)) {
        for (const QString& secret : secrets) {
            QVERIFY2(!line.contains(secret), qPrintable(line));
        }
    }
}

QTEST_GUILESS_MAIN(TestMailgun)
#include "TestMailgun.moc"
