#pragma once
// Shared by TestPostmaster (what the client reads) and TestPostmasterErrors (how it fails): the
// Google Postmaster Tools v2 mock on its own thread, sample data, and a client with short timers.
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

namespace postmaster_test
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

inline pm::net::RetryPolicy fastPolicy()
{
    pm::net::RetryPolicy p;
    p.maxAttempts = 3;
    p.baseDelay = 50ms;
    p.maxDelay = 200ms;
    p.maxRetryAfter = 5s;
    p.timeout = 1500ms;
    return p;
}

inline QByteArray bearer(const QString& token)
{
    return QByteArray("Bearer ").append(token.toUtf8());
}

/// Day @p i of a full window: every metric present, delivery errors on odd days.
inline PostmasterDayStats fullDay(int i)
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

inline QList<PostmasterDayStats> fullDays(int n)
{
    QList<PostmasterDayStats> days;
    for (int i = 0; i < n; ++i) {
        days << fullDay(i);
    }
    return days;
}

inline QByteArray googleError(int code, const QString& status, const QString& message)
{
    return PostmasterMockServer::errorBody(code, status, message);
}

inline QJsonObject googleDate(const QDate& day)
{
    return QJsonObject {{u"year"_s, day.year()}, {u"month"_s, day.month()}, {u"day"_s, day.day()}};
}

/// One DomainStat as Google writes it.
inline QJsonObject entry(const QString& metric, const QJsonObject& value, const QDate& day = Day0)
{
    return QJsonObject {{u"name"_s, u"domains/mail.penguinmails.example/domainStats/x"_s},
                        {u"metric"_s, metric},
                        {u"date"_s, googleDate(day)},
                        {u"value"_s, value}};
}

inline QByteArray statsBody(const QJsonArray& entries)
{
    return QJsonDocument(QJsonObject {{u"domainStats"_s, entries}}).toJson(QJsonDocument::Compact);
}

inline Fault answer(int status, const QByteArray& body, const QString& pathPrefix, int times = 1)
{
    return Fault {Fault::Kind::Status, status, body, JsonHeaders, 0, pathPrefix, times};
}

inline QJsonObject bodyOf(const SeenRequest& request)
{
    return QJsonDocument::fromJson(request.body).object();
}

inline QJsonObject compliantDetails()
{
    return QJsonObject {{u"requirements"_s, QJsonObject {{u"SPF"_s, u"COMPLIANT"_s},
                                                         {u"DKIM"_s, u"COMPLIANT"_s},
                                                         {u"DMARC_POLICY"_s, u"COMPLIANT"_s},
                                                         {u"ENCRYPTION"_s, u"COMPLIANT"_s}}}};
}
} // namespace postmaster_test
using namespace postmaster_test;

/// The mock on 127.0.0.1 and what the tests keep; each test class calls setUp/reset/tearDown from
/// its own initTestCase/init/cleanupTestCase.
class PostmasterFixture : public QObject
{
protected:
    void setUp()
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
    void reset()
    {
        m_mock->clearFaults();
        m_mock->clearRequests();
        m_mock->setDomains({Domain, Quiet});
        m_mock->setDomainStats(fullDays(25));
        m_mock->setPageLimit(10);
        m_mock->setCompliance(PostmasterCompliance {Domain, {}, compliantDetails()});
    }
    void tearDown()
    {
        pm::log::setCaptureSink(nullptr);
        delete m_thread;
    }
    PostmasterClient client(const QString& token = Token) const
    {
        return PostmasterClient(m_mock->baseUrl(), token, fastPolicy());
    }
    /// Keeps a client error for the check that none carries a token.
    void keep(const QString& error) { m_errors << error; }

    pm::util::WorkerThread* m_thread = nullptr;
    PostmasterMockServer* m_mock = nullptr;
    QStringList m_errors;
    QStringList m_log;
};
