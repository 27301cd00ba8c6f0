// The Google Postmaster Tools v2 client against its mock on 127.0.0.1: daily domain stats through
// domainStats:query paged with page tokens (25 days in three pages), metrics Google left out kept
// as "no data" (never 0) and a day with nothing left out, the compliance status and the paged
// domain list; 401 UNAUTHENTICATED and 403 PERMISSION_DENIED in Google's error envelope (not
// retried), 429 RESOURCE_EXHAUSTED with and without Retry-After, 500, a hanging server, malformed
// and cut-off bodies, a ratio outside 0..1 and wrong-typed fields named by their path, empty
// answers — each a right result or a clear error. And the access token, which every request
// carries in its Authorization header, in no error text and no log line. Nothing is stored, so no
// database.
#include "net/HttpClient.h"
#include "providers/postmaster/PostmasterClient.h"
#include "sim/mock/PostmasterMockServer.h"
#include "util/Log.h"
#include "util/WorkerThread.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using pm::providers::PostmasterClient;
using pm::providers::PostmasterCompliance;
using pm::providers::PostmasterDayStats;
using pm::sim::PostmasterMockServer;
using Fault = pm::sim::MockHttpServer::Fault;
using SeenRequest = pm::sim::MockHttpServer::SeenRequest;

namespace
{
const QString Token = u"ya29.a0AfB_penguin-test-9Qx2LmR7vK"_s;
const QString WrongToken = u"ya29.a0AfB_expired-4Hc8ZtW1pN"_s;
const QString Domain = u"mail.penguinmails.example"_s;
const QString Quiet = u"news.penguinmails.example"_s; // verified, but too little Gmail traffic for stats
const QString Unverified = u"unverified.example"_s;
const QDate Day0(2026, 6, 1);
const QString QueryPath = u"/v2/domains/mail.penguinmails.example/domainStats:query"_s;
const QString Where = u"Google Postmaster Tools POST /v2/domains/mail.penguinmails.example/domainStats:query"_s;
const QList<QPair<QByteArray, QByteArray>> JsonHeaders {{"Content-Type", "application/json; charset=UTF-8"}};

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

QByteArray bearer(const QString& token)
{
    return QByteArray("Bearer ").append(token.toUtf8());
}

/// Day @p i of a full window: every metric present, delivery errors on odd days.
PostmasterDayStats fullDay(int i)
{
    PostmasterDayStats d;
    d.domain = Domain;
    d.day = Day0.addDays(i);
    d.userReportedSpamRatio = 0.0005 + i * 0.0001;
    d.spfSuccessRatio = 0.998;
    d.dkimSuccessRatio = 0.999;
    d.dmarcSuccessRatio = 0.997;
    d.inboundEncryptionRatio = 1.0;
    if (i % 2 == 1) {
        d.deliveryErrors = {qMakePair(u"reject"_s, 0.002), qMakePair(u"temp_fail"_s, 0.011)};
    }
    return d;
}

QList<PostmasterDayStats> fullDays(int n)
{
    QList<PostmasterDayStats> days;
    for (int i = 0; i < n; ++i) {
        days << fullDay(i);
    }
    return days;
}

QByteArray googleError(int code, const QString& status, const QString& message)
{
    return PostmasterMockServer::errorBody(code, status, message);
}

QJsonObject googleDate(const QDate& day)
{
    return QJsonObject {{u"year"_s, day.year()}, {u"month"_s, day.month()}, {u"day"_s, day.day()}};
}

/// One DomainStat as Google writes it.
QJsonObject entry(const QString& metric, const QJsonObject& value, const QDate& day = Day0)
{
    return QJsonObject {{u"name"_s, u"domains/mail.penguinmails.example/domainStats/x"_s},
                        {u"metric"_s, metric},
                        {u"date"_s, googleDate(day)},
                        {u"value"_s, value}};
}

QByteArray statsBody(const QJsonArray& entries)
{
    return QJsonDocument(QJsonObject {{u"domainStats"_s, entries}}).toJson(QJsonDocument::Compact);
}

Fault answer(int status, const QByteArray& body, const QString& pathPrefix, int times = 1)
{
    return Fault {Fault::Kind::Status, status, body, JsonHeaders, 0, pathPrefix, times};
}

QJsonObject bodyOf(const SeenRequest& request)
{
    return QJsonDocument::fromJson(request.body).object();
}

QJsonObject compliantDetails()
{
    return QJsonObject {{u"requirements"_s, QJsonObject {{u"SPF"_s, u"COMPLIANT"_s},
                                                         {u"DKIM"_s, u"COMPLIANT"_s},
                                                         {u"DMARC_POLICY"_s, u"COMPLIANT"_s},
                                                         {u"ENCRYPTION"_s, u"COMPLIANT"_s}}}};
}
} // namespace

class TestPostmaster final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void statsAcrossPageTokens();
    void absentMetricsStayNullopt();
    void emptyResults();
    void domainsArePaged();
    void complianceStatus();
    void unauthenticatedIsNotRetried();
    void permissionDenied();
    void quotaExhaustedThenSuccess();
    void serverErrorThenSuccess();
    void hangingServer();
    void malformedAndCutOffBodies();
    void badValuesAreNamed();
    void refusedBeforeSending();
    void mockBehavesLikeGoogle();
    void tokenInNoErrorAndNoLogLine();

private:
    PostmasterClient client(const QString& token = Token) const
    {
        return PostmasterClient(m_mock->baseUrl(), token, fastPolicy());
    }
    /// Keeps a client error for the last test, which checks that none carries a token.
    void keep(const QString& error) { m_errors << error; }

    pm::util::WorkerThread* m_thread = nullptr;
    PostmasterMockServer* m_mock = nullptr;
    QStringList m_errors;
    QStringList m_log;
};

void TestPostmaster::initTestCase()
{
    pm::log::install();
    pm::log::setCaptureSink(&m_log);
    m_thread = new pm::util::WorkerThread(u"postmaster-mock"_s);
    m_mock = m_thread->adopt(new PostmasterMockServer(Token));
    m_thread->start();
    bool ok = false;
    QString error;
    QMetaObject::invokeMethod(
        m_mock, [&] { ok = m_mock->listenLocal(0, &error); }, Qt::BlockingQueuedConnection);
    QVERIFY2(ok, qPrintable(error));
}

void TestPostmaster::init()
{
    m_mock->clearFaults();
    m_mock->clearRequests();
    m_mock->setDomains({Domain, Quiet});
    m_mock->setDomainStats(fullDays(25));
    m_mock->setPageLimit(10);
    m_mock->setCompliance(PostmasterCompliance {Domain, {}, compliantDetails()});
}

void TestPostmaster::cleanupTestCase()
{
    pm::log::setCaptureSink(nullptr);
    delete m_thread;
}

void TestPostmaster::statsAcrossPageTokens()
{
    auto c = client();
    QString error;
    const auto days = c.domainStats(Domain, Day0, Day0.addDays(24), &error);
    QVERIFY2(days, qPrintable(error));
    QCOMPARE(days->size(), 25);
    for (int i = 0; i < 25; ++i) {
        const PostmasterDayStats& d = days->at(i);
        QCOMPARE(d.domain, Domain);
        QCOMPARE(d.day, Day0.addDays(i));
        QCOMPARE(d.userReportedSpamRatio.value_or(-1), 0.0005 + i * 0.0001);
        QCOMPARE(d.spfSuccessRatio.value_or(-1), 0.998);
        QCOMPARE(d.dkimSuccessRatio.value_or(-1), 0.999);
        QCOMPARE(d.dmarcSuccessRatio.value_or(-1), 0.997);
        QCOMPARE(d.inboundEncryptionRatio.value_or(-1), 1.0);
        QVERIFY(d.legacyDomainReputation.isEmpty()); // v2 has no reputation label
        if (i % 2 == 1) {
            QCOMPARE(d.deliveryErrors.size(), 2);
            QCOMPARE(d.deliveryErrors.at(0).first, u"reject"_s);
            QCOMPARE(d.deliveryErrors.at(0).second, 0.002);
            QCOMPARE(d.deliveryErrors.at(1).first, u"temp_fail"_s);
            QCOMPARE(d.deliveryErrors.at(1).second, 0.011);
        } else {
            QVERIFY(d.deliveryErrors.isEmpty());
        }
    }
    const QJsonObject metrics = days->at(1).toMetrics();
    QCOMPARE(metrics.value(u"dmarcSuccessRatio"_s).toDouble(), 0.997);
    QCOMPARE(metrics.value(u"deliveryErrors"_s).toObject().value(u"temp_fail"_s).toDouble(), 0.011);
    QVERIFY(!metrics.contains(u"domainReputation"_s));

    // Ten days a page: three pages, each asking for the same window with the previous page's token.
    const auto seen = m_mock->requests();
    QCOMPARE(seen.size(), 3);
    QSet<QString> tokens;
    for (qsizetype p = 0; p < seen.size(); ++p) {
        const SeenRequest& r = seen.at(p);
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QueryPath);
        QCOMPARE(r.header("Authorization"), bearer(Token));
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        const QJsonObject body = bodyOf(r);
        QCOMPARE(body.value(u"aggregationGranularity"_s).toString(), u"DAILY"_s);
        QVERIFY(body.value(u"pageSize"_s).toInt() >= 1 && body.value(u"pageSize"_s).toInt() <= 200);
        const QJsonObject range = body.value(u"timeQuery"_s)
                                      .toObject()
                                      .value(u"dateRanges"_s)
                                      .toObject()
                                      .value(u"dateRanges"_s)
                                      .toArray()
                                      .at(0)
                                      .toObject();
        QCOMPARE(range.value(u"start"_s).toObject(), googleDate(Day0));
        QCOMPARE(range.value(u"end"_s).toObject(), googleDate(Day0.addDays(24))); // inclusive
        const QString token = body.value(u"pageToken"_s).toString();
        QCOMPARE(token.isEmpty(), p == 0);
        tokens.insert(token);
    }
    QCOMPARE(tokens.size(), 3);

    // What was asked for: the metrics §6.3 documents, with their filters.
    const QJsonArray definitions = bodyOf(seen.constFirst()).value(u"metricDefinitions"_s).toArray();
    QStringList asked;
    QSet<QString> names;
    for (qsizetype i = 0; i < definitions.size(); ++i) {
        const QJsonObject d = definitions.at(i).toObject();
        names.insert(d.value(u"name"_s).toString());
        asked << QString(d.value(u"baseMetric"_s).toObject().value(u"standardMetric"_s).toString() + u' '
                         + d.value(u"filter"_s).toString())
                     .trimmed();
    }
    QCOMPARE(names.size(), definitions.size()); // labels are unique
    QVERIFY2(asked.contains(u"SPAM_RATE"_s), qPrintable(asked.join(u", "_s)));
    for (const QString& kind : {u"spf"_s, u"dkim"_s, u"dmarc"_s}) {
        QVERIFY2(asked.contains(QString(u"AUTH_SUCCESS_RATE auth_type = \""_s + kind + u'"')),
                 qPrintable(asked.join(u", "_s)));
    }
    QVERIFY2(asked.contains(uR"(TLS_ENCRYPTION_RATE traffic_direction = "inbound")"_s),
             qPrintable(asked.join(u", "_s)));
    QVERIFY2(asked.contains(uR"(DELIVERY_ERROR_RATE error_type = "reject")"_s), qPrintable(asked.join(u", "_s)));
    QVERIFY2(asked.contains(uR"(DELIVERY_ERROR_RATE error_type = "temp_fail")"_s), qPrintable(asked.join(u", "_s)));

    // Only the window asked for.
    m_mock->clearRequests();
    const auto two = c.domainStats(Domain, Day0.addDays(3), Day0.addDays(4), &error);
    QVERIFY2(two, qPrintable(error));
    QCOMPARE(two->size(), 2);
    QCOMPARE(two->at(0).day, Day0.addDays(3));
    QCOMPARE(m_mock->requestCount(), 1);

    // A page limit the size of the window still needs no second page.
    m_mock->clearRequests();
    m_mock->setPageLimit(25);
    QVERIFY2(c.domainStats(Domain, Day0, Day0.addDays(24), &error), qPrintable(error));
    QCOMPARE(m_mock->requestCount(), 1);
}

void TestPostmaster::absentMetricsStayNullopt()
{
    PostmasterDayStats a; // a zero spam rate is a value, not an absence
    a.domain = Domain;
    a.day = Day0;
    a.userReportedSpamRatio = 0.0;
    a.spfSuccessRatio = 1.0;
    PostmasterDayStats b;
    b.domain = Domain;
    b.day = Day0.addDays(1);
    b.dkimSuccessRatio = 0.97;
    b.deliveryErrors = {qMakePair(u"temp_fail"_s, 0.05)};
    PostmasterDayStats c; // a day with nothing at all (too little Gmail traffic)
    c.domain = Domain;
    c.day = Day0.addDays(2);
    m_mock->setDomainStats({a, b, c});

    auto cl = client();
    QString error;
    const auto days = cl.domainStats(Domain, Day0, Day0.addDays(6), &error);
    QVERIFY2(days, qPrintable(error));
    QCOMPARE(days->size(), 2); // no entry for a day without data

    const PostmasterDayStats& first = days->at(0);
    QCOMPARE(first.day, Day0);
    QVERIFY(first.userReportedSpamRatio.has_value());
    QCOMPARE(*first.userReportedSpamRatio, 0.0);
    QCOMPARE(first.spfSuccessRatio.value_or(-1), 1.0);
    QVERIFY(!first.dkimSuccessRatio.has_value());
    QVERIFY(!first.dmarcSuccessRatio.has_value());
    QVERIFY(!first.inboundEncryptionRatio.has_value());
    QVERIFY(first.deliveryErrors.isEmpty());
    QCOMPARE(first.toMetrics(), (QJsonObject {{u"userReportedSpamRatio"_s, 0.0}, {u"spfSuccessRatio"_s, 1.0}}));

    const PostmasterDayStats& second = days->at(1);
    QCOMPARE(second.day, Day0.addDays(1));
    QVERIFY(!second.userReportedSpamRatio.has_value());
    QVERIFY(!second.spfSuccessRatio.has_value());
    QCOMPARE(second.dkimSuccessRatio.value_or(-1), 0.97);
    QCOMPARE(second.deliveryErrors.size(), 1);
    QCOMPARE(second.deliveryErrors.at(0).first, u"temp_fail"_s);
    QCOMPARE(second.toMetrics(), (QJsonObject {{u"dkimSuccessRatio"_s, 0.97},
                                               {u"deliveryErrors"_s, QJsonObject {{u"temp_fail"_s, 0.05}}}}));

    // On the wire: a metric without data is no DomainStat at all — four entries for two days.
    pm::net::HttpClient http(u"Google Postmaster Tools"_s, fastPolicy());
    pm::net::HttpRequest r;
    r.method = "POST";
    r.url = m_mock->baseUrl();
    r.url.setPath(QueryPath);
    r.headers = {{"Authorization", bearer(Token)}, {"Content-Type", "application/json"}};
    r.body = m_mock->requests().constLast().body;
    const auto response = http.send(r);
    QCOMPARE(response.status, 200);
    const QJsonArray wire = QJsonDocument::fromJson(response.body).object().value(u"domainStats"_s).toArray();
    QCOMPARE(wire.size(), 4);
    for (qsizetype i = 0; i < wire.size(); ++i) {
        QVERIFY(wire.at(i).toObject().value(u"value"_s).toObject().contains(u"doubleValue"_s));
    }

    // A legacy v1 label, when an old snapshot has one, is kept as such.
    PostmasterDayStats legacy = a;
    legacy.legacyDomainReputation = u"HIGH"_s;
    QCOMPARE(legacy.toMetrics().value(u"domainReputation"_s).toString(), u"HIGH"_s);
    QCOMPARE(PostmasterDayStats {}.toMetrics(), QJsonObject {});
}

void TestPostmaster::emptyResults()
{
    auto c = client();
    QString error;
    // A verified domain without stats: Google leaves domainStats out altogether.
    const auto quiet = c.domainStats(Quiet, Day0, Day0.addDays(24), &error);
    QVERIFY2(quiet, qPrintable(error));
    QVERIFY(quiet->isEmpty());
    QCOMPARE(m_mock->requestCount(), 1);

    // An empty list and an empty token, written out.
    m_mock->addFault(answer(200, R"({"domainStats":[],"nextPageToken":""})", QueryPath));
    const auto empty = c.domainStats(Domain, Day0, Day0.addDays(24), &error);
    QVERIFY2(empty, qPrintable(error));
    QVERIFY(empty->isEmpty());

    // A body with nothing in it at all.
    m_mock->addFault(answer(200, "{}", QueryPath));
    QCOMPARE(
        c.domainStats(Domain, Day0, Day0, &error).value_or(QList<PostmasterDayStats> {PostmasterDayStats {}}).size(),
        0);

    // No domains registered.
    m_mock->setDomains({});
    const auto none = c.domains(&error);
    QVERIFY2(none, qPrintable(error));
    QVERIFY(none->isEmpty());
}

void TestPostmaster::domainsArePaged()
{
    QStringList many;
    for (int i = 0; i < 25; ++i) {
        many << u"d%1.penguinmails.example"_s.arg(24 - i, 2, 10, QLatin1Char('0')); // Google's order is not sorted
    }
    m_mock->setDomains(many);
    auto c = client();
    QString error;
    const auto domains = c.domains(&error);
    QVERIFY2(domains, qPrintable(error));
    QStringList sorted = many;
    sorted.sort();
    QCOMPARE(*domains, sorted);
    QCOMPARE(domains->constFirst(), u"d00.penguinmails.example"_s); // without "domains/"

    const auto seen = m_mock->requests();
    QCOMPARE(seen.size(), 3); // 10 + 10 + 5
    QSet<QString> tokens;
    for (qsizetype p = 0; p < seen.size(); ++p) {
        const SeenRequest& r = seen.at(p);
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.path, u"/v2/domains"_s);
        QCOMPARE(r.header("Authorization"), bearer(Token));
        const QUrlQuery query(r.query);
        QCOMPARE(query.queryItemValue(u"pageSize"_s), u"200"_s);
        QCOMPARE(query.hasQueryItem(u"pageToken"_s), p > 0);
        tokens.insert(query.queryItemValue(u"pageToken"_s));
    }
    QCOMPARE(tokens.size(), 3);
}

void TestPostmaster::complianceStatus()
{
    auto c = client();
    QString error;
    auto status = c.complianceStatus(Domain, &error);
    QVERIFY2(status, qPrintable(error));
    QCOMPARE(status->domain, Domain);
    QCOMPARE(status->status, u"COMPLIANT"_s);
    QCOMPARE(status->details.value(u"requirements"_s).toObject(),
             compliantDetails().value(u"requirements"_s).toObject());
    QCOMPARE(status->details.value(u"domainId"_s).toString(), Domain);
    QCOMPARE(m_mock->requests().constLast().path, u"/v2/domains/mail.penguinmails.example/complianceStatus"_s);
    QCOMPARE(m_mock->requests().constLast().method, QByteArray("GET"));
    QCOMPARE(m_mock->requests().constLast().header("Authorization"), bearer(Token));

    // One requirement and the one-click verdict need work: so does the domain.
    QJsonObject details = compliantDetails();
    QJsonObject requirements = details.value(u"requirements"_s).toObject();
    requirements.insert(u"ONE_CLICK_UNSUBSCRIBE"_s, u"NEEDS_WORK"_s);
    details.insert(u"requirements"_s, requirements);
    details.insert(u"oneClickUnsubscribe"_s,
                   QJsonObject {{u"status"_s, u"NEEDS_WORK"_s}, {u"reason"_s, u"NO_UNSUB_GENERAL"_s}});
    details.insert(u"honorUnsubscribe"_s, QJsonObject {{u"status"_s, u"COMPLIANT"_s}});
    m_mock->setCompliance(PostmasterCompliance {Domain, {}, details});
    status = c.complianceStatus(Domain, &error);
    QVERIFY2(status, qPrintable(error));
    QCOMPARE(status->status, u"NEEDS_WORK"_s);
    QCOMPARE(status->details.value(u"requirements"_s).toObject().value(u"ONE_CLICK_UNSUBSCRIBE"_s).toString(),
             u"NEEDS_WORK"_s);
    QCOMPARE(status->details.value(u"oneClickUnsubscribe"_s).toObject(),
             (QJsonObject {{u"status"_s, u"NEEDS_WORK"_s}, {u"reason"_s, u"NO_UNSUB_GENERAL"_s}}));
    QCOMPARE(status->details.value(u"honorUnsubscribe"_s).toObject(),
             (QJsonObject {{u"status"_s, u"COMPLIANT"_s}})); // no reason when compliant

    // The registrable domain is fine but the subdomain itself is not.
    QJsonObject withSubdomain = compliantDetails();
    withSubdomain.insert(u"subdomain"_s,
                         QJsonObject {{u"requirements"_s, QJsonObject {{u"DMARC_ALIGNMENT"_s, u"NEEDS_WORK"_s}}}});
    m_mock->setCompliance(PostmasterCompliance {Domain, {}, withSubdomain});
    status = c.complianceStatus(Domain, &error);
    QVERIFY2(status, qPrintable(error));
    QCOMPARE(status->status, u"NEEDS_WORK"_s);
    QCOMPARE(status->details.value(u"subdomain"_s).toObject().value(u"requirements"_s).toObject(),
             (QJsonObject {{u"DMARC_ALIGNMENT"_s, u"NEEDS_WORK"_s}}));

    // No compliance data yet: no verdict, not "compliant".
    m_mock->setCompliance(PostmasterCompliance {Domain, {}, {}});
    status = c.complianceStatus(Domain, &error);
    QVERIFY2(status, qPrintable(error));
    QVERIFY(status->status.isEmpty());
    QVERIFY(status->details.isEmpty());

    // A row Google left the status out of (the enum's zero value): unspecified, so no verdict.
    m_mock->addFault(answer(200,
                            R"({"name":"domains/mail.penguinmails.example/complianceStatus",)"
                            R"("complianceData":{"rowData":[{"requirement":"SPF"}]}})",
                            u"/v2/domains/mail.penguinmails.example/complianceStatus"_s));
    status = c.complianceStatus(Domain, &error);
    QVERIFY2(status, qPrintable(error));
    QVERIFY(status->status.isEmpty());
    QCOMPARE(status->details.value(u"requirements"_s).toObject().value(u"SPF"_s).toString(), u"STATE_UNSPECIFIED"_s);
}

void TestPostmaster::unauthenticatedIsNotRetried()
{
    auto wrong = client(WrongToken);
    QString error;
    QVERIFY(!wrong.domainStats(Domain, Day0, Day0.addDays(6), &error));
    keep(error);
    QVERIFY2(error.startsWith(QString(Where + u": "_s)) && error.contains(u"the access token was refused or expired"_s)
                 && error.contains(u"401"_s) && error.contains(u"(UNAUTHENTICATED)"_s)
                 && error.contains(u"invalid authentication credentials"_s),
             qPrintable(error));
    QCOMPARE(m_mock->requestCount(), 1); // a 401 is not retried
    QCOMPARE(m_mock->requests().constFirst().header("Authorization"), bearer(WrongToken));

    m_mock->clearRequests();
    QVERIFY(!wrong.domains(&error));
    keep(error);
    QVERIFY2(error.startsWith(u"Google Postmaster Tools GET /v2/domains: "_s)
                 && error.contains(u"the access token was refused or expired"_s),
             qPrintable(error));
    QVERIFY(!wrong.complianceStatus(Domain, &error));
    keep(error);
    QVERIFY2(error.contains(u"complianceStatus"_s) && error.contains(u"refused or expired"_s), qPrintable(error));
    QCOMPARE(m_mock->requestCount(), 2);
}

void TestPostmaster::permissionDenied()
{
    auto c = client();
    QString error;
    QVERIFY(!c.domainStats(Unverified, Day0, Day0.addDays(6), &error));
    keep(error);
    QVERIFY2(error.startsWith(u"Google Postmaster Tools POST /v2/domains/unverified.example/domainStats:query: "_s)
                 && error.contains(u"the domain is not verified for this account"_s) && error.contains(u"403"_s)
                 && error.contains(u"PERMISSION_DENIED"_s),
             qPrintable(error));
    QCOMPARE(m_mock->requestCount(), 1); // not retried

    QVERIFY(!c.complianceStatus(Unverified, &error));
    keep(error);
    QVERIFY2(error.contains(u"the domain is not verified for this account"_s), qPrintable(error));

    // On the domain list a 403 is about the token or the project, not a domain.
    m_mock->addFault(
        answer(403, googleError(403, u"PERMISSION_DENIED"_s, u"Request had insufficient authentication scopes."_s),
               u"/v2/domains"_s));
    QVERIFY(!c.domains(&error));
    keep(error);
    QVERIFY2(error.contains(u"access denied (403"_s) && error.contains(u"insufficient authentication scopes"_s)
                 && error.contains(u"scope"_s) && !error.contains(u"not verified"_s),
             qPrintable(error));

    // 404 NOT_FOUND for a domain Google does not know.
    m_mock->addFault(answer(404, googleError(404, u"NOT_FOUND"_s, u"Requested entity was not found."_s), QueryPath));
    QVERIFY(!c.domainStats(Domain, Day0, Day0, &error));
    keep(error);
    QVERIFY2(error.contains(u"not registered in Postmaster Tools"_s) && error.contains(u"NOT_FOUND"_s),
             qPrintable(error));
}

void TestPostmaster::quotaExhaustedThenSuccess()
{
    auto c = client();
    QString error;
    const QByteArray quota
        = googleError(429, u"RESOURCE_EXHAUSTED"_s,
                      u"Quota exceeded for quota metric 'Queries' and limit 'Queries per minute per user' of service "
                      "'gmailpostmastertools.googleapis.com' for consumer 'project_number:123456789012'."_s);

    // With Retry-After: waits as asked, then success.
    m_mock->addFault({Fault::Kind::Status,
                      429,
                      quota,
                      {{"Content-Type", "application/json; charset=UTF-8"}, {"Retry-After", "1"}},
                      0,
                      QueryPath,
                      1});
    QElapsedTimer timer;
    timer.start();
    auto days = c.domainStats(Domain, Day0, Day0.addDays(6), &error);
    QVERIFY2(days, qPrintable(error));
    QCOMPARE(days->size(), 7);
    QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(m_mock->requestCount(), 2);

    // Without (whether Google sends Retry-After is UNCONFIRMED): plain backoff, then success.
    m_mock->clearRequests();
    m_mock->addFault(answer(429, quota, QueryPath));
    days = c.domainStats(Domain, Day0, Day0.addDays(6), &error);
    QVERIFY2(days, qPrintable(error));
    QCOMPARE(days->size(), 7);
    QCOMPARE(m_mock->requestCount(), 2);

    // Still exhausted after the policy's attempts: a clear error.
    m_mock->clearRequests();
    m_mock->addFault(answer(429, quota, QueryPath, 10));
    QVERIFY(!c.domainStats(Domain, Day0, Day0.addDays(6), &error));
    keep(error);
    QVERIFY2(error.startsWith(Where) && error.contains(u"quota exhausted (429"_s)
                 && error.contains(u"RESOURCE_EXHAUSTED"_s) && error.contains(u"next sync"_s),
             qPrintable(error));
    QCOMPARE(m_mock->requestCount(), 3);
}

void TestPostmaster::serverErrorThenSuccess()
{
    auto c = client();
    QString error;
    m_mock->addFault(answer(500, googleError(500, u"INTERNAL"_s, u"Internal error encountered."_s), QueryPath));
    const auto days = c.domainStats(Domain, Day0, Day0.addDays(6), &error);
    QVERIFY2(days, qPrintable(error));
    QCOMPARE(days->size(), 7);
    QCOMPARE(m_mock->requestCount(), 2);

    // A front-end error page that does not go away.
    m_mock->clearRequests();
    m_mock->addFault({Fault::Kind::Status,
                      503,
                      "<html><body>Service Unavailable</body></html>",
                      {{"Content-Type", "text/html"}},
                      0,
                      u"/v2/domains"_s,
                      10});
    QVERIFY(!c.domains(&error));
    keep(error);
    QVERIFY2(error == u"Google Postmaster Tools GET /v2/domains: HTTP 503: an HTML page, not a Google API answer"_s,
             qPrintable(error));
    QCOMPARE(m_mock->requestCount(), 3);
}

void TestPostmaster::hangingServer()
{
    auto c = client();
    QString error;
    m_mock->addFault({Fault::Kind::Hang, 0, {}, {}, 0, QueryPath, 3});
    QVERIFY(!c.domainStats(Domain, Day0, Day0.addDays(6), &error));
    keep(error);
    QVERIFY2(error.startsWith(QString(Where + u": "_s)) && error.contains(u"no answer within"_s), qPrintable(error));
    QCOMPARE(m_mock->requestCount(), 3);
}

void TestPostmaster::malformedAndCutOffBodies()
{
    auto c = client();
    QString error;
    // Not JSON, with a 200: an error naming the endpoint (a 200 is not retried).
    m_mock->addFault({Fault::Kind::Malformed, 200, {}, {}, 0, QueryPath, 1});
    QVERIFY(!c.domainStats(Domain, Day0, Day0.addDays(6), &error));
    keep(error);
    QVERIFY2(error.startsWith(QString(Where + u": "_s)) && error.contains(u"not valid JSON"_s), qPrintable(error));
    QCOMPARE(m_mock->requestCount(), 1);

    // A body cut off midway (its Content-Length not reached), then success: never half a page.
    m_mock->clearRequests();
    m_mock->addFault({Fault::Kind::Truncate, 200, {}, {}, 0, QueryPath, 1});
    const auto days = c.domainStats(Domain, Day0, Day0.addDays(6), &error);
    QVERIFY2(days, qPrintable(error));
    QCOMPARE(days->size(), 7);
    QCOMPARE(m_mock->requestCount(), 2);

    // The second page cut off once (a zero delay lets the first page through untouched): the
    // same page is asked for again, with the same token, and paging goes on.
    m_mock->clearRequests();
    m_mock->addFault({Fault::Kind::Delay, 0, {}, {}, 0, QueryPath, 1});
    m_mock->addFault({Fault::Kind::Truncate, 200, {}, {}, 0, QueryPath, 1});
    const auto all = c.domainStats(Domain, Day0, Day0.addDays(24), &error);
    QVERIFY2(all, qPrintable(error));
    QCOMPARE(all->size(), 25);
    const auto seen = m_mock->requests();
    QCOMPARE(seen.size(), 4);
    const QString secondPage = bodyOf(seen.at(1)).value(u"pageToken"_s).toString();
    QVERIFY(!secondPage.isEmpty());
    QCOMPARE(bodyOf(seen.at(2)).value(u"pageToken"_s).toString(), secondPage);

    // Cut off on the second page every time: the whole call fails rather than returning ten days of 25.
    m_mock->clearRequests();
    m_mock->addFault({Fault::Kind::Delay, 0, {}, {}, 0, QueryPath, 1});
    m_mock->addFault({Fault::Kind::Truncate, 200, {}, {}, 0, QueryPath, 3});
    QVERIFY(!c.domainStats(Domain, Day0, Day0.addDays(24), &error));
    keep(error);
    QVERIFY2(error.startsWith(QString(Where + u": "_s)) && error.contains(u"cut off"_s), qPrintable(error));
    QCOMPARE(m_mock->requestCount(), 4);

    // An HTML page where JSON belongs.
    m_mock->addFault(
        {Fault::Kind::Status, 200, "<html>Sign in</html>", {{"Content-Type", "text/html"}}, 0, QueryPath, 1});
    QVERIFY(!c.domainStats(Domain, Day0, Day0, &error));
    keep(error);
    QVERIFY2(error.startsWith(Where) && error.contains(u"not valid JSON"_s), qPrintable(error));
}

void TestPostmaster::badValuesAreNamed()
{
    auto c = client();
    QString error;
    const auto fails = [&](const QByteArray& body, const QString& path, const QString& problem) {
        m_mock->addFault(answer(200, body, QueryPath));
        const bool failed = !c.domainStats(Domain, Day0, Day0, &error);
        keep(error);
        return failed && error.startsWith(QString(Where + u": "_s + path + u": "_s)) && error.contains(problem);
    };

    // A ratio outside 0..1 — a percentage, say — is refused with its path, never stored as is.
    QVERIFY2(fails(statsBody({entry(u"spam_rate"_s, {{u"doubleValue"_s, 0.001}}),
                              entry(u"spf_success_rate"_s, {{u"doubleValue"_s, 99.8}})}),
                   u"domainStats[1].value.doubleValue"_s, u"99.8 is not a ratio from 0 to 1"_s),
             qPrintable(error));
    QVERIFY2(fails(statsBody({entry(u"dkim_success_rate"_s, {{u"floatValue"_s, -0.2}})}),
                   u"domainStats[0].value.floatValue"_s, u"not a ratio"_s),
             qPrintable(error));
    // Wrong types.
    QVERIFY2(fails(statsBody({entry(u"spam_rate"_s, {{u"doubleValue"_s, u"lots"_s}})}),
                   u"domainStats[0].value.doubleValue"_s, u"expected a number"_s),
             qPrintable(error));
    QVERIFY2(fails(statsBody({entry(u"spam_rate"_s, {{u"doubleValue"_s, u"NaN"_s}})}),
                   u"domainStats[0].value.doubleValue"_s, u"expected a number"_s),
             qPrintable(error));
    QVERIFY2(fails(statsBody({entry(u"spam_rate"_s, {{u"stringValue"_s, u"0.1%"_s}})}), u"domainStats[0].value"_s,
                   u"not text"_s),
             qPrintable(error));
    QJsonObject june = entry(u"spam_rate"_s, {{u"doubleValue"_s, 0.001}});
    june.insert(u"date"_s, QJsonObject {{u"year"_s, 2026}, {u"month"_s, u"June"_s}, {u"day"_s, 1}});
    QVERIFY2(fails(statsBody({june}), u"domainStats[0].date.month"_s, u"whole number"_s), qPrintable(error));
    QJsonObject february = entry(u"spam_rate"_s, {{u"doubleValue"_s, 0.001}});
    february.insert(u"date"_s, QJsonObject {{u"year"_s, 2026}, {u"month"_s, 2}, {u"day"_s, 30}});
    QVERIFY2(fails(statsBody({february}), u"domainStats[0].date"_s, u"2026-2-30 is not a date"_s), qPrintable(error));
    QJsonObject unnamed = entry(u"spam_rate"_s, {{u"doubleValue"_s, 0.001}});
    unnamed.remove(u"metric"_s);
    QVERIFY2(fails(statsBody({unnamed}), u"domainStats[0].metric"_s, u"missing"_s), qPrintable(error));
    QVERIFY2(fails(statsBody({entry(u"spam_rate"_s, {{u"doubleValue"_s, 0.001}}), u"spam_rate"_s}), u"domainStats[1]"_s,
                   u"expected an object"_s),
             qPrintable(error));
    m_mock->addFault(answer(200, R"({"domainStats":{"metric":"spam_rate"}})", QueryPath));
    QVERIFY(!c.domainStats(Domain, Day0, Day0, &error));
    keep(error);
    QVERIFY2(error.contains(u": domainStats: expected a list"_s), qPrintable(error));
    m_mock->addFault(answer(200, R"({"nextPageToken":7})", QueryPath));
    QVERIFY(!c.domainStats(Domain, Day0, Day0, &error));
    keep(error);
    QVERIFY2(error.contains(u": nextPageToken: expected text"_s), qPrintable(error));

    // What Google may send and is not an error: an int64 as a string (proto3 JSON), an empty value
    // (no data, not 0), and a metric nobody asked for (ignored).
    m_mock->addFault(answer(
        200,
        statsBody({entry(u"spam_rate"_s, {{u"intValue"_s, u"0"_s}}), entry(u"dkim_success_rate"_s, QJsonObject {}),
                   entry(u"dmarc_success_rate"_s, {{u"floatValue"_s, 0.5}}),
                   entry(u"someone_elses_metric"_s, {{u"doubleValue"_s, 7.0}})}),
        QueryPath));
    const auto days = c.domainStats(Domain, Day0, Day0, &error);
    QVERIFY2(days, qPrintable(error));
    QCOMPARE(days->size(), 1);
    QCOMPARE(days->at(0).userReportedSpamRatio.value_or(-1), 0.0);
    QVERIFY(!days->at(0).dkimSuccessRatio.has_value());
    QCOMPARE(days->at(0).dmarcSuccessRatio.value_or(-1), 0.5);

    // A server that hands out the same page token again is not followed forever.
    const QByteArray loop
        = QJsonDocument(
              QJsonObject {{u"domainStats"_s, QJsonArray {entry(u"spam_rate"_s, {{u"doubleValue"_s, 0.001}})}},
                           {u"nextPageToken"_s, u"same"_s}})
              .toJson(QJsonDocument::Compact);
    m_mock->addFault(answer(200, loop, QueryPath, 2));
    QVERIFY(!c.domainStats(Domain, Day0, Day0, &error));
    keep(error);
    QVERIFY2(error.contains(u"same page token twice"_s), qPrintable(error));

    // The domain list and the compliance status are read as strictly.
    m_mock->addFault(answer(200, R"({"domains":[{"name":"example.com"}]})", u"/v2/domains"_s));
    QVERIFY(!c.domains(&error));
    keep(error);
    QVERIFY2(error.startsWith(u"Google Postmaster Tools GET /v2/domains: domains[0].name: "_s)
                 && error.contains(u"not a domain resource name"_s),
             qPrintable(error));
    m_mock->addFault(answer(200, R"({"complianceData":{"rowData":[{"requirement":"SPF","status":"COMPLIANT"}]}})",
                            u"/v2/domains/mail.penguinmails.example/complianceStatus"_s));
    QVERIFY(!c.complianceStatus(Domain, &error));
    keep(error);
    QVERIFY2(error.contains(u": complianceData.rowData[0].status: expected an object"_s), qPrintable(error));

    // An error body that echoes the Authorization header back: the token is blanked out.
    m_mock->addFault(answer(
        400, googleError(400, u"INVALID_ARGUMENT"_s, QString(u"Malformed header: Authorization: Bearer "_s + Token)),
        QueryPath));
    QVERIFY(!c.domainStats(Domain, Day0, Day0, &error));
    keep(error);
    QVERIFY2(error.contains(u"HTTP 400"_s) && error.contains(u"Bearer ***"_s) && !error.contains(Token),
             qPrintable(error));
}

void TestPostmaster::refusedBeforeSending()
{
    auto c = client();
    QString error;
    // The domain goes into the URL path, so only a domain name may.
    QVERIFY(!c.domainStats(u"../v1/domains"_s, Day0, Day0, &error));
    keep(error);
    QVERIFY2(error.contains(u"is not a domain name"_s), qPrintable(error));
    QVERIFY(!c.complianceStatus(u"example.com/complianceStatus?x=1"_s, &error));
    keep(error);
    QVERIFY2(error.contains(u"is not a domain name"_s), qPrintable(error));
    QVERIFY(!c.domainStats(Domain, Day0.addDays(3), Day0, &error));
    keep(error);
    QVERIFY2(error.startsWith(Where) && error.contains(u"window"_s), qPrintable(error));
    auto tokenless = client(u"  \n"_s);
    QVERIFY(!tokenless.domains(&error));
    keep(error);
    QVERIFY2(error.contains(u"no access token is set"_s), qPrintable(error));
    // The budget or the breaker said no: the reason, and nothing sent.
    c.http().setGate([] { return u"the daily call budget is spent"_s; });
    QVERIFY(!c.domainStats(Domain, Day0, Day0, &error));
    keep(error);
    QVERIFY2(error == QString(Where + u": not sent: the daily call budget is spent"_s), qPrintable(error));
    QCOMPARE(m_mock->requestCount(), 0);

    // "domains/<name>", the resource name, is taken as the domain.
    auto fresh = client();
    const auto days = fresh.domainStats(QString(u"domains/"_s + Domain), Day0, Day0, &error);
    QVERIFY2(days, qPrintable(error));
    QCOMPARE(days->size(), 1);
    QCOMPARE(days->at(0).domain, Domain);
    QCOMPARE(m_mock->requests().constFirst().path, QueryPath);
}

void TestPostmaster::mockBehavesLikeGoogle()
{
    pm::net::HttpClient http(u"Google Postmaster Tools"_s, fastPolicy());
    pm::net::HttpRequest r;
    r.method = "POST";
    r.url = m_mock->baseUrl();
    r.url.setPath(QueryPath);
    r.headers = {{"Content-Type", "application/json"}};
    const QByteArray valid = R"({"metricDefinitions":[{"name":"spam","baseMetric":{"standardMetric":"SPAM_RATE"}}],)"
                             R"("timeQuery":{"dateList":{"dates":[{"year":2026,"month":6,"day":3},)"
                             R"({"year":2026,"month":6,"day":1}]}},"pageSize":1})";
    r.body = valid;

    // No token: Google's 401 envelope and a WWW-Authenticate challenge.
    auto response = http.send(r);
    QCOMPARE(response.status, 401);
    const QJsonObject e = QJsonDocument::fromJson(response.body).object().value(u"error"_s).toObject();
    QCOMPARE(e.value(u"code"_s).toInt(), 401);
    QCOMPARE(e.value(u"status"_s).toString(), u"UNAUTHENTICATED"_s);
    QVERIFY(response.header("www-authenticate").startsWith("Bearer"));
    QVERIFY(PostmasterClient::errorMessage(response.body).endsWith(u"(UNAUTHENTICATED)"_s));

    // A date list (unordered) and pageSize 1: one DomainStat a page, oldest first, and a token.
    r.headers.append(qMakePair(QByteArray("Authorization"), bearer(Token)));
    response = http.send(r);
    QCOMPARE(response.status, 200);
    QJsonObject page = QJsonDocument::fromJson(response.body).object();
    QJsonArray stats = page.value(u"domainStats"_s).toArray();
    QCOMPARE(stats.size(), 1);
    QCOMPARE(stats.at(0).toObject().value(u"date"_s).toObject(), googleDate(Day0));
    QCOMPARE(stats.at(0).toObject().value(u"metric"_s).toString(), u"spam"_s);
    const QString token = page.value(u"nextPageToken"_s).toString();
    QVERIFY(!token.isEmpty());
    QJsonObject next = QJsonDocument::fromJson(valid).object();
    next.insert(u"pageToken"_s, token);
    r.body = QJsonDocument(next).toJson(QJsonDocument::Compact);
    response = http.send(r);
    page = QJsonDocument::fromJson(response.body).object();
    stats = page.value(u"domainStats"_s).toArray();
    QCOMPARE(stats.size(), 1);
    QCOMPARE(stats.at(0).toObject().value(u"date"_s).toObject(), googleDate(Day0.addDays(2)));
    QVERIFY(!page.contains(u"nextPageToken"_s)); // the last page

    // What Google refuses with 400 INVALID_ARGUMENT.
    const auto refused = [&](const QByteArray& body, const QString& part) {
        r.body = body;
        const auto reply = http.send(r);
        const QString message = PostmasterClient::errorMessage(reply.body);
        return reply.status == 400 && message.endsWith(u"(INVALID_ARGUMENT)"_s) && message.contains(part);
    };
    QVERIFY(refused(
        R"({"metricDefinitions":[{"name":"a","baseMetric":{"standardMetric":"AUTH_SUCCESS_RATE"},)"
        R"("filter":"auth_type = \"bimi\""}],"timeQuery":{"dateList":{"dates":[{"year":2026,"month":6,"day":1}]}}})",
        u"auth_type"_s));
    QVERIFY(refused(R"({"metricDefinitions":[{"name":"a","baseMetric":{"standardMetric":"SPAM_RATE"}}],)"
                    R"("timeQuery":{"dateList":{"dates":[{"year":2026,"month":6,"day":1}]}},"pageSize":500})",
                    u"pageSize"_s));
    QVERIFY(refused(R"({"metricDefinitions":[{"name":"a","baseMetric":{"standardMetric":"SPAM_RATE"}}],)"
                    R"("timeQuery":{"dateList":{"dates":[{"year":2026,"month":6,"day":1}]}},"pagesize":5})",
                    u"Unknown name \"pagesize\""_s));
    QVERIFY(refused(R"({"metricDefinitions":[{"name":"a","baseMetric":{"standardMetric":"SPAM_RATE"}}],)"
                    R"("timeQuery":{"dateList":{"dates":[{"year":2026,"month":6,"day":1}]}},"pageToken":"bm9wZQ"})",
                    u"page token"_s));
    QVERIFY(
        refused(R"({"metricDefinitions":[{"name":"a","baseMetric":{"standardMetric":"SPAM_RATE"}}]})", u"timeQuery"_s));

    // Another user's domain: 403 PERMISSION_DENIED.
    r.url.setPath(u"/v2/domains/unverified.example/domainStats:query"_s);
    r.body = valid;
    response = http.send(r);
    QCOMPARE(response.status, 403);
    QCOMPARE(PostmasterClient::errorMessage(response.body),
             u"The caller does not have permission (PERMISSION_DENIED)"_s);
}

void TestPostmaster::tokenInNoErrorAndNoLogLine()
{
    QVERIFY(m_errors.size() >= 30);
    for (const QString& error : std::as_const(m_errors)) {
        QVERIFY2(!error.isEmpty() && !error.contains(Token) && !error.contains(WrongToken), qPrintable(error));
    }
    QVERIFY(!m_log.isEmpty()); // the retries above were logged
    for (const QString& line : std::as_const(m_log)) {
        QVERIFY2(!line.contains(Token) && !line.contains(WrongToken), qPrintable(line));
    }
}

QTEST_GUILESS_MAIN(TestPostmaster)
#include "TestPostmaster.moc"
