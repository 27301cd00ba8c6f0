// The Nile Auth client against the Nile Auth mock on 127.0.0.1: the documented sign-in sequence
// (GET /auth/csrf → POST /auth/callback/credentials as a form with the CSRF token and cookie →
// Set-Cookie nile.session-token → GET /auth/session, then /me for the id) with a password form
// encoding must carry intact; any CSRF cookie name and the __Secure- session name; a wrong password
// refused clearly in all three shapes a server may use, the password never in the error; the mock
// refusing a CSRF token that does not match its cookie; the session token never in an error;
// a hang reported as "no answer within" (and the form never sent twice); sign-out; and neither
// secret in the log. Nothing is stored, so no database.
#include "net/HttpClient.h"
#include "providers/nile/NileAuthClient.h"
#include "sim/mock/NileAuthMockServer.h"
#include "util/Log.h"
#include "util/WorkerThread.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkCookie>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using pm::providers::NileAuthClient;
using pm::providers::NileSession;
using pm::sim::NileAuthMockServer;
using Fault = pm::sim::MockHttpServer::Fault;

namespace
{
const QString Database = u"penguin_console"_s;
const QString Base = u"/v2/databases/penguin_console"_s;
const QString Email = u"ops@penguinmails.test"_s;
// What form encoding must carry intact: a space, '+', '@', '&', '=', '%' and a non-ASCII letter.
const QString Password = u"c0rrect h0rse+b@ttery&staple=100%é"_s;
const QString WrongPassword = u"h0rse+staple&wrong=50%"_s;
const QString UserId = u"0190a5b2-7c41-7000-8000-00000000c0de"_s;

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

QString formValue(const pm::sim::MockHttpServer::SeenRequest& request, const QString& name)
{
    return QUrlQuery(QString::fromUtf8(request.body)).queryItemValue(name, QUrl::FullyDecoded);
}

Fault answer(int status, const QByteArray& body, const QString& path, int times = 1)
{
    return Fault {Fault::Kind::Status, status, body, {{"Content-Type", "application/json"}}, 0, path, times};
}
} // namespace

class TestNileAuth final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void signInFollowsTheDocumentedSequence();
    void anyCsrfCookieNameAndTheSecureSessionName();
    void wrongPasswordIsRefusedClearly();
    void mockRefusesCsrfMismatch();
    void csrfRefusalIsReported();
    void sessionTokenNeverInErrors();
    void hangIsReported();
    void signOutEndsTheSession();
    void noSecretInTheLog(); // last: it reads what every test before it logged

private:
    NileAuthClient client(pm::net::RetryPolicy policy = fastPolicy()) const
    {
        return NileAuthClient(m_mock->apiUrl(), policy);
    }
    QUrl endpoint(const QString& path) const
    {
        QUrl url = m_mock->apiUrl();
        url.setPath(QString(url.path() + path));
        return url;
    }

    pm::util::WorkerThread* m_thread = nullptr;
    NileAuthMockServer* m_mock = nullptr;
    QStringList m_log;
};

void TestNileAuth::initTestCase()
{
    pm::log::install();
    pm::log::setCaptureSink(&m_log);
    m_thread = new pm::util::WorkerThread(u"nile-auth-mock"_s);
    m_mock = m_thread->adopt(new NileAuthMockServer(Database));
    m_thread->start();
    bool ok = false;
    QString error;
    QMetaObject::invokeMethod(
        m_mock, [&] { ok = m_mock->listenLocal(0, &error); }, Qt::BlockingQueuedConnection);
    QVERIFY2(ok, qPrintable(error));
}

void TestNileAuth::init()
{
    m_mock->clearFaults();
    m_mock->clearRequests();
    m_mock->setUser(Email, Password, UserId);
    m_mock->setRefusal(NileAuthMockServer::Refusal::Unauthorized);
    m_mock->setCsrfCookieName("nile.csrf-token");
    m_mock->setSessionCookieName("nile.session-token");
}

void TestNileAuth::cleanupTestCase()
{
    pm::log::setCaptureSink(nullptr);
    delete m_thread;
}

void TestNileAuth::signInFollowsTheDocumentedSequence()
{
    auto c = client();
    QString error;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const auto session = c.signIn(Email, Password, &error);
    QVERIFY2(session, qPrintable(error));
    QCOMPARE(session->userId, UserId);
    QCOMPARE(session->email, Email);
    QCOMPARE(session->cookieName, u"nile.session-token"_s);
    QVERIFY(!m_mock->issuedTokens().isEmpty());
    QCOMPARE(session->sessionToken, m_mock->issuedTokens().constLast());
    QVERIFY(m_mock->hasSession(session->sessionToken));
    QCOMPARE(session->expires.timeSpec(), Qt::UTC);
    QVERIFY(session->expires >= before.addDays(NileAuthMockServer::SessionDays).addSecs(-1));
    QVERIFY(session->expires <= QDateTime::currentDateTimeUtc().addDays(NileAuthMockServer::SessionDays));

    const auto seen = m_mock->requests();
    QCOMPARE(seen.size(), 4);
    QCOMPARE(seen.at(0).method, QByteArray("GET"));
    QCOMPARE(seen.at(0).path, QString(Base + u"/auth/csrf"_s));
    QCOMPARE(seen.at(1).method, QByteArray("POST"));
    QCOMPARE(seen.at(1).path, QString(Base + u"/auth/callback/credentials"_s));
    QCOMPARE(seen.at(2).method, QByteArray("GET"));
    QCOMPARE(seen.at(2).path, QString(Base + u"/auth/session"_s));
    QCOMPARE(seen.at(3).method, QByteArray("GET"));
    QCOMPARE(seen.at(3).path, QString(Base + u"/me"_s)); // the documented session has no user id

    // The form: the CSRF token, the credentials exactly as typed, json=true, the CSRF cookie alongside.
    const auto& form = seen.at(1);
    QVERIFY(form.header("Content-Type").startsWith("application/x-www-form-urlencoded"));
    QVERIFY(!formValue(form, u"csrfToken"_s).isEmpty());
    QCOMPARE(formValue(form, u"email"_s), Email);
    QCOMPARE(formValue(form, u"password"_s), Password);
    QCOMPARE(formValue(form, u"json"_s), u"true"_s);
    QVERIFY2(form.body.contains("&password=c0rrect%20h0rse%2Bb%40ttery%26staple%3D100%25%C3%A9&"),
             form.body.constData());
    QVERIFY2(form.header("Cookie").contains("nile.csrf-token="), form.header("Cookie").constData());

    // The session and /me go with the session cookie.
    const QByteArray sessionCookie = QByteArray(QByteArray("nile.session-token=") + session->sessionToken.toLatin1());
    QVERIFY(seen.at(2).header("Cookie").contains(sessionCookie));
    QVERIFY(seen.at(3).header("Cookie").contains(sessionCookie));

    // Again, with the address in other case: a new session for the same user.
    const auto again = c.signIn(u"  OPS@PenguinMails.test "_s, Password, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->userId, UserId);
    QVERIFY(again->sessionToken != session->sessionToken);
}

void TestNileAuth::anyCsrfCookieNameAndTheSecureSessionName()
{
    // Neither the CSRF cookie's name (unconfirmed) nor the secure session name is hard-coded.
    m_mock->setCsrfCookieName("next-auth.csrf-token");
    m_mock->setSessionCookieName("__Secure-nile.session-token");
    auto c = client();
    QString error;
    const auto session = c.signIn(Email, Password, &error);
    QVERIFY2(session, qPrintable(error));
    QCOMPARE(session->cookieName, u"__Secure-nile.session-token"_s);
    QCOMPARE(session->userId, UserId);
    QVERIFY(m_mock->requests().at(1).header("Cookie").contains("next-auth.csrf-token="));

    // Sign-out sends it back under the same name.
    QVERIFY2(c.signOut(*session, &error), qPrintable(error));
    QVERIFY(!m_mock->hasSession(session->sessionToken));
}

void TestNileAuth::wrongPasswordIsRefusedClearly()
{
    const qsizetype issued = m_mock->issuedTokens().size();
    QString error;
    // Nile's failure answers are not documented: a 401, NextAuth's json=true error URL, or a
    // redirect to an error page all read as refused credentials.
    for (const auto refusal : {NileAuthMockServer::Refusal::Unauthorized, NileAuthMockServer::Refusal::ErrorUrl,
                               NileAuthMockServer::Refusal::Redirect}) {
        m_mock->setRefusal(refusal);
        auto c = client();
        QVERIFY(!c.signIn(Email, WrongPassword, &error));
        QVERIFY2(error.contains(QString(u"Nile Auth POST "_s + Base + u"/auth/callback/credentials"_s))
                     && error.contains(u"the email or password was refused"_s),
                 qPrintable(error));
        QVERIFY2(!error.contains(WrongPassword) && !error.contains(Password), qPrintable(error));
    }
    // An unknown address reads the same (nothing tells which of the two was wrong).
    auto c = client();
    QVERIFY(!c.signIn(u"nobody@penguinmails.test"_s, Password, &error));
    QVERIFY2(error.contains(u"the email or password was refused"_s) && !error.contains(Password), qPrintable(error));
    QCOMPARE(m_mock->issuedTokens().size(), issued); // no session was handed out

    // A server that echoes the password back: it is taken out of the message.
    m_mock->addFault(answer(401, QByteArray(R"({"error":"Invalid password )" + WrongPassword.toUtf8() + "\"}"),
                            QString(Base + u"/auth/callback/credentials"_s)));
    QVERIFY(!c.signIn(Email, WrongPassword, &error));
    QVERIFY2(error.contains(u"refused"_s) && error.contains(u"[hidden]"_s) && !error.contains(WrongPassword),
             qPrintable(error));

    // Nothing to sign in with: refused before anything goes out.
    m_mock->clearRequests();
    QVERIFY(!c.signIn(Email, QString(), &error));
    QVERIFY(!c.signIn(u"not-an-address"_s, Password, &error));
    QVERIFY2(error.contains(u"email address and a password"_s) && !error.contains(Password), qPrintable(error));
    QCOMPARE(m_mock->requestCount(), 0);
}

void TestNileAuth::mockRefusesCsrfMismatch()
{
    pm::net::HttpClient first(u"Nile Auth"_s, oncePolicy());
    pm::net::HttpRequest get;
    get.url = endpoint(u"/auth/csrf"_s);
    const auto csrf = first.send(get);
    QCOMPARE(csrf.status, 200);
    const QString token = QJsonDocument::fromJson(csrf.body).object().value(u"csrfToken"_s).toString();
    QVERIFY(!token.isEmpty());
    const QList<QNetworkCookie> cookies = QNetworkCookie::parseCookies(csrf.header("set-cookie"));
    QCOMPARE(cookies.size(), 1);
    QCOMPARE(cookies.constFirst().name(), QByteArray("nile.csrf-token"));
    QVERIFY(cookies.constFirst().isHttpOnly());
    const QByteArray cookie = QByteArray(cookies.constFirst().name() + '=' + cookies.constFirst().value());

    auto post = [&](const QString& csrfToken, const QByteArray& cookieHeader) {
        // A new client each time: its cookie jar is empty, so the Cookie header below is what goes out.
        pm::net::HttpClient http(u"Nile Auth"_s, oncePolicy());
        pm::net::HttpRequest r;
        r.method = "POST";
        r.url = endpoint(u"/auth/callback/credentials"_s);
        r.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
        if (!cookieHeader.isEmpty()) {
            r.headers.append(qMakePair(QByteArray("Cookie"), cookieHeader));
        }
        r.body
            = QByteArray("csrfToken=" + QUrl::toPercentEncoding(csrfToken) + "&email=" + QUrl::toPercentEncoding(Email)
                         + "&password=" + QUrl::toPercentEncoding(Password) + "&json=true");
        return http.send(r);
    };
    auto refusedForCsrf = [](const pm::net::HttpResponse& response) {
        return response.status == 403 && NileAuthClient::errorMessage(response.body).contains(u"CSRF"_s)
               && !response.header("set-cookie").contains("nile.session-token");
    };

    QVERIFY(refusedForCsrf(post(u"forged0token"_s, cookie))); // a token not in the cookie
    QVERIFY(refusedForCsrf(post(token, {})));                 // no cookie at all
    const QByteArray forgedMac = QByteArray("nile.csrf-token=" + token.toLatin1() + "%7C00ff00ff");
    QVERIFY(refusedForCsrf(post(token, forgedMac))); // the right token without the mock's MAC
    const auto other = first.send(get);              // another pair: its cookie does not vouch for the first token
    const QByteArray otherCookie = QNetworkCookie::parseCookies(other.header("set-cookie"))
                                       .constFirst()
                                       .toRawForm(QNetworkCookie::NameAndValueOnly);
    QVERIFY(refusedForCsrf(post(token, otherCookie)));

    // The matching pair signs in, and the session it sets is served to that cookie only.
    const auto accepted = post(token, cookie);
    QCOMPARE(accepted.status, 200);
    QNetworkCookie session;
    for (const QNetworkCookie& c : QNetworkCookie::parseCookies(accepted.header("set-cookie"))) {
        if (c.name() == "nile.session-token") {
            session = c;
        }
    }
    QVERIFY(!session.value().isEmpty());
    QVERIFY(session.isHttpOnly());
    QCOMPARE(session.path(), u"/"_s);

    pm::net::HttpClient reader(u"Nile Auth"_s, oncePolicy());
    pm::net::HttpRequest current;
    current.url = endpoint(u"/auth/session"_s);
    auto response = reader.send(current);
    QCOMPARE(response.status, 401);
    QCOMPARE(response.body, QByteArray(R"({"error":"Unauthorized"})"));
    pm::net::HttpClient holder(u"Nile Auth"_s, oncePolicy());
    current.headers = {{"Cookie", session.toRawForm(QNetworkCookie::NameAndValueOnly)}};
    response = holder.send(current);
    QCOMPARE(response.status, 200);
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    QCOMPARE(body.value(u"user"_s).toObject().value(u"email"_s).toString(), Email);
    QVERIFY(!body.value(u"expires"_s).toString().isEmpty());
}

void TestNileAuth::csrfRefusalIsReported()
{
    auto c = client();
    QString error;
    m_mock->addFault(answer(403, R"({"error":"MissingCSRF","message":"The CSRF token is missing or does not match."})",
                            QString(Base + u"/auth/callback/credentials"_s)));
    QVERIFY(!c.signIn(Email, Password, &error));
    QVERIFY2(error.contains(u"403"_s) && error.contains(u"CSRF"_s) && !error.contains(Password), qPrintable(error));
    QVERIFY2(!error.contains(u"refused (Unauthorized"_s), qPrintable(error)); // not mistaken for a wrong password
}

void TestNileAuth::sessionTokenNeverInErrors()
{
    const QString session = QString(Base + u"/auth/session"_s);
    const QString me = QString(Base + u"/me"_s);
    // Every way the reads after the sign-in can fail, once the session cookie exists.
    const QList<QPair<Fault, QString>> cases {
        {answer(500, R"({"error":"Internal Server Error"})", session, 3), u"HTTP 500"_s},
        {answer(401, R"({"error":"Unauthorized"})", session), u"not accepted (401"_s},
        {answer(200, "{}", session), u"no session"_s},
        {answer(200, "null", session), u"no session"_s},
        {answer(200, R"({"user":{"email":"ops@penguinmails.test"},"expires":"in a month"})", session), u"expires"_s},
        {answer(200, R"({"user":{"email":"someone.else@penguinmails.test"},"expires":"2030-01-01T00:00:00.000Z"})",
                session),
         u"another email address"_s},
        {Fault {Fault::Kind::Malformed, 200, {}, {}, 0, session, 1}, u"not valid JSON"_s},
        {answer(401, R"({"error":"Unauthorized"})", me), u"401"_s},
        {answer(200, R"({"email":"ops@penguinmails.test"})", me), u"id: missing"_s},
    };
    for (const auto& [fault, expected] : cases) {
        m_mock->addFault(fault);
        auto c = client();
        QString error;
        QVERIFY(!c.signIn(Email, Password, &error));
        const QString token = m_mock->issuedTokens().constLast(); // handed out before the read failed
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(!error.contains(token) && !error.contains(Password), qPrintable(error));
        m_mock->clearFaults();
    }
}

void TestNileAuth::hangIsReported()
{
    QString error;
    auto once = client(oncePolicy());
    m_mock->addFault({Fault::Kind::Hang, 0, {}, {}, 0, QString(Base + u"/auth/csrf"_s), 1});
    QVERIFY(!once.signIn(Email, Password, &error));
    QVERIFY2(error.contains(QString(u"Nile Auth GET "_s + Base + u"/auth/csrf"_s))
                 && error.contains(u"no answer within"_s),
             qPrintable(error));

    // A hang on the form itself: reported, and the form is not sent again behind the user's back.
    m_mock->clearRequests();
    auto c = client();
    m_mock->addFault({Fault::Kind::Hang, 0, {}, {}, 0, QString(Base + u"/auth/callback/credentials"_s), 3});
    QVERIFY(!c.signIn(Email, Password, &error));
    QVERIFY2(error.contains(u"/auth/callback/credentials"_s) && error.contains(u"no answer within"_s)
                 && !error.contains(Password),
             qPrintable(error));
    QCOMPARE(m_mock->requestCount(), 2); // the CSRF token and one form
}

void TestNileAuth::signOutEndsTheSession()
{
    auto c = client();
    QString error;
    const auto session = c.signIn(Email, Password, &error);
    QVERIFY2(session, qPrintable(error));
    QVERIFY(m_mock->hasSession(session->sessionToken));

    m_mock->clearRequests();
    QVERIFY2(c.signOut(*session, &error), qPrintable(error));
    QVERIFY(!m_mock->hasSession(session->sessionToken));
    const auto seen = m_mock->requests();
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen.at(0).path, QString(Base + u"/auth/csrf"_s));
    QCOMPARE(seen.at(1).method, QByteArray("POST"));
    QCOMPARE(seen.at(1).path, QString(Base + u"/auth/signout"_s));
    QVERIFY(!formValue(seen.at(1), u"csrfToken"_s).isEmpty());
    QVERIFY(seen.at(1).header("Cookie").contains(
        QByteArray(QByteArray("nile.session-token=") + session->sessionToken.toLatin1())));

    // No session: refused before anything goes out.
    m_mock->clearRequests();
    QVERIFY(!c.signOut(NileSession {}, &error));
    QCOMPARE(m_mock->requestCount(), 0);

    // A refused sign-out is reported, without the token.
    m_mock->addFault(answer(403, R"({"error":"MissingCSRF"})", QString(Base + u"/auth/signout"_s)));
    QVERIFY(!c.signOut(*session, &error));
    QVERIFY2(error.contains(QString(u"Nile Auth POST "_s + Base + u"/auth/signout"_s)) && error.contains(u"403"_s)
                 && !error.contains(session->sessionToken),
             qPrintable(error));
}

void TestNileAuth::noSecretInTheLog()
{
    const QStringList tokens = m_mock->issuedTokens();
    for (const QString& line : std::as_const(m_log)) {
        QVERIFY2(!line.contains(Password) && !line.contains(WrongPassword), qPrintable(line));
        for (const QString& token : tokens) {
            QVERIFY2(!line.contains(token), qPrintable(line));
        }
    }
}

QTEST_GUILESS_MAIN(TestNileAuth)
#include "TestNileAuth.moc"
