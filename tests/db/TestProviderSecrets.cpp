// Every provider client, run through its errors against its mock (wrong credential, throttling,
// server errors, a hanging server, broken bodies, a body cut off), with every log line captured:
// no credential — the right one or the wrong one — appears in any log line or error message.
#include "providers/loops/LoopsClient.h"
#include "providers/mailgun/MailgunClient.h"
#include "providers/nile/NileAuthClient.h"
#include "providers/posthog/PostHogClient.h"
#include "providers/postmark/PostmarkClient.h"
#include "providers/postmaster/PostmasterClient.h"
#include "providers/sendgrid/SendGridClient.h"
#include "providers/ses/SesClient.h"
#include "providers/snds/SndsClient.h"
#include "sim/mock/LoopsMockServer.h"
#include "sim/mock/MailgunMockServer.h"
#include "sim/mock/NileAuthMockServer.h"
#include "sim/mock/PostHogMockServer.h"
#include "sim/mock/PostmarkMockServer.h"
#include "sim/mock/PostmasterMockServer.h"
#include "sim/mock/SendGridMockServer.h"
#include "sim/mock/SesMockServer.h"
#include "sim/mock/SndsMockServer.h"
#include "util/Log.h"
#include "util/WorkerThread.h"

#include <QTest>
#include <QUuid>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Fault = pm::sim::MockHttpServer::Fault;

namespace
{
pm::net::RetryPolicy fastPolicy()
{
    pm::net::RetryPolicy p;
    p.maxAttempts = 2;
    p.baseDelay = 20ms;
    p.maxDelay = 50ms;
    p.timeout = 800ms;
    return p;
}

// The faults every client meets, one call each.
const QList<Fault> Faults {
    {Fault::Kind::Status, 429, R"({"message":"slow down"})", {{"Retry-After", "0"}}, 0, {}, 2},
    {Fault::Kind::Status, 500, R"({"message":"boom"})", {}, 0, {}, 2},
    {Fault::Kind::Hang, 0, {}, {}, 0, {}, 2},
    {Fault::Kind::Malformed, 200, {}, {}, 0, {}, 2},
    {Fault::Kind::Truncate, 200, {}, {}, 0, {}, 2},
};
} // namespace

class TestProviderSecrets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void noCredentialInAnyLogOrError_data();
    void noCredentialInAnyLogOrError();

private:
    QStringList m_log;
    std::vector<std::unique_ptr<pm::util::WorkerThread>> m_threads;

    template <typename Mock>
    Mock* startMock(Mock* mock)
    {
        auto thread = std::make_unique<pm::util::WorkerThread>(mock->name());
        thread->adopt(mock);
        thread->start();
        bool ok = false;
        QString error;
        QMetaObject::invokeMethod(
            mock, [&] { ok = mock->listenLocal(0, &error); }, Qt::BlockingQueuedConnection);
        m_threads.push_back(std::move(thread));
        return ok ? mock : nullptr;
    }
};

void TestProviderSecrets::initTestCase()
{
    pm::log::install();
    pm::log::setCaptureSink(&m_log);
}

void TestProviderSecrets::cleanupTestCase()
{
    pm::log::setCaptureSink(nullptr);
    m_threads.clear();
}

void TestProviderSecrets::noCredentialInAnyLogOrError_data()
{
    QTest::addColumn<QString>("provider");
    for (const char* p : {"loops", "postmark", "sendgrid", "mailgun", "ses", "postmaster", "snds", "posthog", "nile"}) {
        QTest::newRow(p) << QString::fromLatin1(p);
    }
}

void TestProviderSecrets::noCredentialInAnyLogOrError()
{
    QFETCH(QString, provider);
    const QString right = u"right-%1-Cr3dential/9+x"_s.arg(provider);
    const QString wrong = u"wrong-%1-Cr3dential/7+y"_s.arg(provider);
    // One call through the client with a given credential; returns the error text (or nothing).
    std::function<QString(const QString&)> call;
    pm::sim::MockHttpServer* mock = nullptr;
    if (provider == u"loops"_s) {
        auto* m = startMock(new pm::sim::LoopsMockServer(right));
        mock = m;
        call = [m](const QString& key) {
            pm::providers::LoopsClient c({m->apiBaseUrl(), key}, fastPolicy());
            return c.sendTransactional(u"cm"_s, u"a@b.example"_s, {}, QUuid::createUuid().toString()).error;
        };
    } else if (provider == u"postmark"_s) {
        auto* m = startMock(new pm::sim::PostmarkMockServer(right));
        mock = m;
        call = [m](const QString& key) {
            QString error;
            pm::providers::PostmarkClient(m->baseUrl(), key, {}, fastPolicy()).testToken(&error);
            return error;
        };
    } else if (provider == u"sendgrid"_s) {
        auto* m = startMock(new pm::sim::SendGridMockServer(right));
        mock = m;
        call = [m](const QString& key) {
            QString error;
            pm::providers::SendGridClient(m->baseUrl(), key, fastPolicy()).testKey(&error);
            return error;
        };
    } else if (provider == u"ses"_s) {
        auto* m = startMock(new pm::sim::SesMockServer(u"AKIDSECRETSTEST"_s, right, u"us-east-1"_s));
        mock = m;
        call = [m](const QString& key) {
            QString error;
            pm::providers::SesClient(m->baseUrl(), u"us-east-1"_s, {u"AKIDSECRETSTEST"_s, key, {}}, fastPolicy())
                .account(&error);
            return error;
        };
    } else if (provider == u"mailgun"_s) {
        auto* m = startMock(new pm::sim::MailgunMockServer(right, u"mg.example.com"_s));
        mock = m;
        call = [m](const QString& key) {
            QString error;
            pm::providers::MailgunClient(m->baseUrl(), key, u"mg.example.com"_s, fastPolicy()).testKey(&error);
            return error;
        };
    } else if (provider == u"postmaster"_s) {
        auto* m = startMock(new pm::sim::PostmasterMockServer(right));
        mock = m;
        call = [m](const QString& token) {
            QString error;
            pm::providers::PostmasterClient(m->baseUrl(), token, fastPolicy()).domains(&error);
            return error;
        };
    } else if (provider == u"posthog"_s) {
        auto* m = startMock(new pm::sim::PostHogMockServer(u"4242"_s, u"phx_"_s + right));
        mock = m;
        call = [m](const QString& key) {
            QString error;
            pm::providers::PostHogClient(m->baseUrl(), u"4242"_s, u"phx_"_s + key, fastPolicy()).testKey(&error);
            return error;
        };
    } else if (provider == u"nile"_s) {
        auto* m = startMock(new pm::sim::NileAuthMockServer(u"penguin"_s));
        QMetaObject::invokeMethod(
            m, [m, right] { m->setUser(u"ops@penguinmails.example"_s, right, u"user-1"_s); },
            Qt::BlockingQueuedConnection);
        mock = m;
        call = [m](const QString& password) {
            QString error;
            pm::providers::NileAuthClient(m->apiUrl(), fastPolicy())
                .signIn(u"ops@penguinmails.example"_s, password, &error);
            return error;
        };
    } else {
        auto* m = startMock(new pm::sim::SndsMockServer(right));
        mock = m;
        call = [m](const QString& key) {
            QString error;
            pm::providers::SndsClient(m->sndsBaseUrl(), key, fastPolicy()).data(QDate(), &error);
            return error;
        };
    }
    QVERIFY(mock);
    m_log.clear();
    QStringList errors;
    errors << call(wrong);
    for (const Fault& fault : Faults) {
        mock->addFault(fault);
        errors << call(right);
        mock->clearFaults();
    }
    errors << call(right);                   // and once that works
    QVERIFY(!errors.constFirst().isEmpty()); // the wrong credential was refused
    QVERIFY(mock->requestCount() >= 6);
    for (const QString& text : std::as_const(errors) + std::as_const(m_log)) {
        QVERIFY2(!text.contains(right) && !text.contains(wrong), qPrintable(text));
        // Nor in URL-encoded form (SNDS keys travel in the query).
        QVERIFY2(!text.contains(QString::fromLatin1(QUrl::toPercentEncoding(right))), qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(TestProviderSecrets)
#include "TestProviderSecrets.moc"
