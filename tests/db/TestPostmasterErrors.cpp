// The Google Postmaster Tools v2 client against its mock, how it fails: 401 UNAUTHENTICATED and 403
// PERMISSION_DENIED in Google's error envelope (not retried), 429 RESOURCE_EXHAUSTED with and
// without Retry-After, 500, a hanging server, malformed and cut-off bodies, a ratio outside 0..1
// and wrong-typed fields named by their path, a call refused before sending — each a clear error;
// and the access token, which every request carries, in no error text and no log line.
#include "PostmasterTestSupport.h"

class TestPostmasterErrors final : public PostmasterFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }
    void init() { reset(); }
    void cleanupTestCase() { tearDown(); }
    void unauthenticatedIsNotRetried();
    void permissionDenied();
    void quotaExhaustedThenSuccess();
    void serverErrorThenSuccess();
    void hangingServer();
    void malformedAndCutOffBodies();
    void badValuesAreNamed();
    void refusedBeforeSending();
    void tokenInNoErrorAndNoLogLine();
};

void TestPostmasterErrors::unauthenticatedIsNotRetried()
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

void TestPostmasterErrors::permissionDenied()
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

void TestPostmasterErrors::quotaExhaustedThenSuccess()
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

void TestPostmasterErrors::serverErrorThenSuccess()
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

void TestPostmasterErrors::hangingServer()
{
    auto c = client();
    QString error;
    m_mock->addFault({Fault::Kind::Hang, 0, {}, {}, 0, QueryPath, 3});
    QVERIFY(!c.domainStats(Domain, Day0, Day0.addDays(6), &error));
    keep(error);
    QVERIFY2(error.startsWith(QString(Where + u": "_s)) && error.contains(u"no answer within"_s), qPrintable(error));
    QCOMPARE(m_mock->requestCount(), 3);
}

void TestPostmasterErrors::malformedAndCutOffBodies()
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

void TestPostmasterErrors::badValuesAreNamed()
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

void TestPostmasterErrors::refusedBeforeSending()
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

void TestPostmasterErrors::tokenInNoErrorAndNoLogLine()
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

QTEST_GUILESS_MAIN(TestPostmasterErrors)
#include "TestPostmasterErrors.moc"
