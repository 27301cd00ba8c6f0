// The Google Postmaster Tools v2 client against its mock on 127.0.0.1, what it reads: daily domain
// stats through domainStats:query paged with page tokens (25 days in three pages), metrics Google
// left out kept as "no data" (never 0) and a day with nothing left out, empty answers, the
// compliance status and the paged domain list; and the mock answering like Google. Errors are in
// TestPostmasterErrors. Nothing is stored, so no database.
#include "PostmasterTestSupport.h"

class TestPostmaster final : public PostmasterFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }
    void init() { reset(); }
    void cleanupTestCase() { tearDown(); }
    void statsAcrossPageTokens();
    void absentMetricsStayNullopt();
    void emptyResults();
    void domainsArePaged();
    void complianceStatus();
    void mockBehavesLikeGoogle();
};

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

QTEST_GUILESS_MAIN(TestPostmaster)
#include "TestPostmaster.moc"
