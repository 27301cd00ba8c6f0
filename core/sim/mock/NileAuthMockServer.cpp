#include "sim/mock/NileAuthMockServer.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace pm::sim
{

namespace
{
QByteArray randomBytes(qsizetype n)
{
    QByteArray out(n, '\0');
    for (char& c : out) {
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    }
    return out;
}

QByteArray base64Url(const QByteArray& data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

/// RFC 1123, as cookie Expires attributes carry it.
QByteArray httpDate(const QDateTime& t)
{
    return QLocale::c().toString(t.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
}

QUrlQuery form(const QHttpServerRequest& request)
{
    QByteArray body = request.body();
    body.replace('+', "%20"); // form encoding may write a space as '+'
    return QUrlQuery(QString::fromUtf8(body));
}

QString field(const QUrlQuery& form, const QString& name)
{
    return form.queryItemValue(name, QUrl::FullyDecoded);
}

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool isForm(const QHttpServerRequest& request)
{
    return request.value("Content-Type").startsWith("application/x-www-form-urlencoded");
}

const QByteArray NotAForm = R"({"error":"Expected a form (application/x-www-form-urlencoded)."})";
/// NextAuth's error code for a missing or wrong CSRF token; the body itself is the mock's (Nile's is not documented).
const QByteArray CsrfRefused
    = R"({"error":"MissingCSRF","message":"The CSRF token is missing or does not match its cookie."})";
const QByteArray UnauthorizedBody = R"({"error":"Unauthorized"})";
} // namespace

NileAuthMockServer::NileAuthMockServer(QString database, QObject* parent)
    : MockHttpServer(u"Nile Auth"_s, parent)
    , m_database(std::move(database))
    , m_secret(randomBytes(32))
{
    const QString base = u"/v2/databases/"_s + m_database;
    route("GET", QString(base + u"/auth/csrf"_s),
          [this](const QHttpServerRequest&, QHttpServerResponder& responder) { csrf(responder); });
    route("POST", QString(base + u"/auth/callback/credentials"_s),
          [this](const QHttpServerRequest& request, QHttpServerResponder& responder) {
              credentials(request, responder);
          });
    route("GET", QString(base + u"/auth/session"_s),
          [this](const QHttpServerRequest& request, QHttpServerResponder& responder) {
              currentSession(request, responder);
          });
    route("GET", QString(base + u"/me"_s),
          [this](const QHttpServerRequest& request, QHttpServerResponder& responder) { me(request, responder); });
    route("POST", QString(base + u"/auth/signout"_s),
          [this](const QHttpServerRequest& request, QHttpServerResponder& responder) { signOut(request, responder); });
    // Where a refused sign-in is sent; GET and POST, whichever way a client follows the redirect.
    const auto errorPage = [](const QHttpServerRequest&, QHttpServerResponder& responder) {
        writeRaw(responder, 200,
                 "<!DOCTYPE html><html><body><h1>Sign in failed</h1>"
                 "<p>Check the details you provided are correct.</p></body></html>",
                 {{"Content-Type", "text/html; charset=utf-8"}});
    };
    route("GET", QString(base + u"/auth/error"_s), errorPage);
    route("POST", QString(base + u"/auth/error"_s), errorPage);
}

QUrl NileAuthMockServer::apiUrl() const
{
    QUrl url = baseUrl();
    url.setPath(QString(u"/v2/databases/"_s + m_database));
    return url;
}

void NileAuthMockServer::setUser(const QString& email, const QString& password, const QString& userId)
{
    QMutexLocker lock(&m_dataMutex);
    m_users.insert(email.trimmed().toLower(), User {email.trimmed(), password, userId});
}

void NileAuthMockServer::setRefusal(Refusal refusal)
{
    QMutexLocker lock(&m_dataMutex);
    m_refusal = refusal;
}

void NileAuthMockServer::setCsrfCookieName(const QByteArray& name)
{
    QMutexLocker lock(&m_dataMutex);
    m_csrfCookie = name;
}

void NileAuthMockServer::setSessionCookieName(const QByteArray& name)
{
    QMutexLocker lock(&m_dataMutex);
    m_sessionCookie = name;
}

QStringList NileAuthMockServer::issuedTokens() const
{
    QMutexLocker lock(&m_dataMutex);
    return m_issued;
}

bool NileAuthMockServer::hasSession(const QString& token) const
{
    QMutexLocker lock(&m_dataMutex);
    const auto it = m_sessions.constFind(token.toLatin1());
    return it != m_sessions.constEnd() && it->expires > QDateTime::currentDateTimeUtc();
}

NileAuthMockServer::Cookies NileAuthMockServer::cookies(const QHttpServerRequest& request)
{
    Cookies out;
    const QList<QByteArray> parts = request.value("Cookie").split(';');
    for (const QByteArray& part : parts) {
        const QByteArray pair = part.trimmed();
        const qsizetype eq = pair.indexOf('=');
        if (eq <= 0) {
            continue;
        }
        const QByteArray name = pair.left(eq).trimmed();
        if (!out.contains(name)) { // the first of a repeated name wins
            out.insert(name, pair.mid(eq + 1).trimmed());
        }
    }
    return out;
}

QByteArray NileAuthMockServer::csrfCookieValue(const QByteArray& token) const
{
    // NextAuth's form: the token and its HMAC, joined by an encoded '|'.
    return QByteArray(token + "%7C"
                      + QMessageAuthenticationCode::hash(token, m_secret, QCryptographicHash::Sha256).toHex());
}

bool NileAuthMockServer::csrfMatches(const Cookies& cookies, const QString& formToken) const
{
    QMutexLocker lock(&m_dataMutex);
    const QByteArray value = QByteArray::fromPercentEncoding(cookies.value(m_csrfCookie));
    lock.unlock();
    const qsizetype bar = value.indexOf('|');
    if (bar <= 0 || formToken.isEmpty()) {
        return false;
    }
    const QByteArray token = value.left(bar);
    const QByteArray mac = value.mid(bar + 1);
    return token == formToken.toLatin1()
           && mac == QMessageAuthenticationCode::hash(token, m_secret, QCryptographicHash::Sha256).toHex();
}

std::optional<NileAuthMockServer::Session> NileAuthMockServer::session(const QHttpServerRequest& request) const
{
    const Cookies jar = cookies(request);
    QMutexLocker lock(&m_dataMutex);
    const auto it = m_sessions.constFind(jar.value(m_sessionCookie));
    if (it == m_sessions.constEnd() || it->expires <= QDateTime::currentDateTimeUtc()) {
        return std::nullopt;
    }
    return *it;
}

void NileAuthMockServer::csrf(QHttpServerResponder& responder)
{
    const QByteArray token = randomBytes(32).toHex();
    QMutexLocker lock(&m_dataMutex);
    const QByteArray name = m_csrfCookie;
    lock.unlock();
    const QByteArray cookie = QByteArray(name + '=' + csrfCookieValue(token) + "; Path=/; HttpOnly; SameSite=Lax");
    replyJson(responder, 200, json(QJsonObject {{u"csrfToken"_s, QString::fromLatin1(token)}}),
              {{"Set-Cookie", cookie}});
}

void NileAuthMockServer::credentials(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    if (!isForm(request)) {
        replyJson(responder, 400, NotAForm);
        return;
    }
    const QUrlQuery f = form(request);
    if (!csrfMatches(cookies(request), field(f, u"csrfToken"_s))) {
        replyJson(responder, 403, CsrfRefused);
        return;
    }
    const QString email = field(f, u"email"_s).trimmed();
    const QString password = field(f, u"password"_s);

    QMutexLocker lock(&m_dataMutex);
    const auto user = m_users.constFind(email.toLower());
    if (user == m_users.constEnd() || password.isEmpty() || user->password != password) {
        const Refusal refusal = m_refusal;
        lock.unlock();
        const QString errorPage = apiUrl().toString() + u"/auth/error?error=CredentialsSignin&provider=credentials"_s;
        switch (refusal) {
        case Refusal::Unauthorized:
            replyJson(responder, 401, UnauthorizedBody);
            break;
        case Refusal::ErrorUrl:
            replyJson(responder, 200, json(QJsonObject {{u"url"_s, errorPage}}));
            break;
        case Refusal::Redirect:
            writeRaw(responder, 302, {}, {{"Location", errorPage.toUtf8()}});
            break;
        }
        return;
    }
    const QDateTime expires = QDateTime::currentDateTimeUtc().addDays(SessionDays);
    // Shaped like NextAuth's encrypted JWT (JWE compact: header..iv.ciphertext.tag), random inside.
    const QByteArray token
        = QByteArray(base64Url(R"({"alg":"dir","enc":"A256GCM"})") + ".." + base64Url(randomBytes(12)) + '.'
                     + base64Url(randomBytes(48)) + '.' + base64Url(randomBytes(16)));
    m_sessions.insert(token, Session {user->id, user->email, expires});
    m_issued << QString::fromLatin1(token);
    const QByteArray name = m_sessionCookie;
    lock.unlock();

    const QByteArray cookie
        = QByteArray(name + '=' + token + "; Path=/; Expires=" + httpDate(expires) + "; HttpOnly; SameSite=Lax");
    const QString callbackUrl = field(f, u"callbackUrl"_s);
    replyJson(responder, 200, json(QJsonObject {{u"url"_s, callbackUrl.isEmpty() ? apiUrl().toString() : callbackUrl}}),
              {{"Set-Cookie", cookie}});
}

void NileAuthMockServer::currentSession(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    const auto s = session(request);
    if (!s) {
        replyJson(responder, 401, UnauthorizedBody);
        return;
    }
    // The documented shape: the user's name, email and image, no id.
    const QJsonObject user {
        {u"name"_s, QJsonValue(QJsonValue::Null)}, {u"email"_s, s->email}, {u"image"_s, QJsonValue(QJsonValue::Null)}};
    replyJson(responder, 200,
              json(QJsonObject {{u"user"_s, user}, {u"expires"_s, s->expires.toString(Qt::ISODateWithMs)}}));
}

void NileAuthMockServer::me(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    const auto s = session(request);
    if (!s) {
        replyJson(responder, 401, UnauthorizedBody);
        return;
    }
    replyJson(responder, 200,
              json(QJsonObject {{u"id"_s, s->userId},
                                {u"email"_s, s->email},
                                {u"name"_s, QJsonValue(QJsonValue::Null)},
                                {u"emailVerified"_s, QJsonValue(QJsonValue::Null)}}));
}

void NileAuthMockServer::signOut(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    if (!isForm(request)) {
        replyJson(responder, 400, NotAForm);
        return;
    }
    const Cookies jar = cookies(request);
    if (!csrfMatches(jar, field(form(request), u"csrfToken"_s))) {
        replyJson(responder, 403, CsrfRefused);
        return;
    }
    QMutexLocker lock(&m_dataMutex);
    const QByteArray name = m_sessionCookie;
    m_sessions.remove(jar.value(name));
    lock.unlock();
    const QByteArray cleared
        = QByteArray(name + "=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax");
    replyJson(responder, 200, R"({"message":"Signed out"})", {{"Set-Cookie", cleared}});
}

} // namespace pm::sim
