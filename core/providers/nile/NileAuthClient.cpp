#include "providers/nile/NileAuthClient.h"

#include "providers/PayloadReader.h"

#include <QJsonDocument>
#include <QList>
#include <QNetworkCookie>
#include <QPair>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace pm::providers
{

namespace
{
/// The session cookie's documented names: plain over HTTP, with the __Secure- prefix when the
/// server uses secure cookies (provider-apis.md §9.3).
constexpr char SessionCookieName[] = "nile.session-token";
constexpr char SecureSessionCookieName[] = "__Secure-nile.session-token";

bool isSessionCookie(const QByteArray& name)
{
    return name == SessionCookieName || name == SecureSessionCookieName;
}

/// application/x-www-form-urlencoded: everything but unreserved characters percent-encoded, so
/// '+', '&', '=' and '%' in a password arrive as typed.
QByteArray formBody(const QList<QPair<QByteArray, QString>>& fields)
{
    QByteArray out;
    for (const auto& [name, value] : fields) {
        if (!out.isEmpty()) {
            out += '&';
        }
        out += name;
        out += '=';
        out += QUrl::toPercentEncoding(value);
    }
    return out;
}

QList<QNetworkCookie> setCookies(const pm::net::HttpResponse& response)
{
    // Qt joins repeated Set-Cookie headers with '\n', which parseCookies splits again.
    return QNetworkCookie::parseCookies(response.header("set-cookie"));
}

/// "name=value; …" for a Cookie header. An empty value is a server clearing a cookie, not one to send.
QByteArray cookieHeader(const QList<QNetworkCookie>& cookies)
{
    QByteArray out;
    for (const QNetworkCookie& c : cookies) {
        if (c.name().isEmpty() || c.value().isEmpty()) {
            continue;
        }
        if (!out.isEmpty()) {
            out += "; ";
        }
        out += c.name();
        out += '=';
        out += c.value();
    }
    return out;
}

/// A second line of defence: servers do not echo passwords or tokens, but if one did, the text
/// shown to the user must still not carry them.
QString scrub(QString text, const QStringList& secrets)
{
    for (const QString& secret : secrets) {
        if (!secret.isEmpty()) {
            text.replace(secret, u"[hidden]"_s);
        }
    }
    return text;
}
} // namespace

NileAuthClient::NileAuthClient(QUrl baseUrl, pm::net::RetryPolicy policy)
    : m_baseUrl(std::move(baseUrl))
    , m_http(u"Nile Auth"_s, policy)
{ }

QUrl NileAuthClient::endpoint(const QString& path) const
{
    QUrl url = pm::net::HttpClient::endpoint(m_baseUrl, path);
    return url;
}

pm::net::HttpRequest NileAuthClient::request(const QByteArray& method, const QString& path) const
{
    pm::net::HttpRequest r;
    r.method = method;
    r.url = endpoint(path);
    r.headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/json")));
    return r;
}

QString NileAuthClient::errorMessage(const QByteArray& body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    for (const QString& field : {u"message"_s, u"error"_s}) {
        const QString text = o.value(field).toString().trimmed();
        if (!text.isEmpty()) {
            return text.left(300);
        }
    }
    // A json=true answer points at the error page instead: {"url": "…/error?error=CredentialsSignin"}.
    const QString url = o.value(u"url"_s).toString();
    if (!url.isEmpty()) {
        return QUrlQuery(QUrl(url)).queryItemValue(u"error"_s, QUrl::FullyDecoded).left(80);
    }
    return {};
}

QString NileAuthClient::failure(const pm::net::HttpRequest& request, const pm::net::HttpResponse& response,
                                const QStringList& secrets) const
{
    const QString where = m_http.describe(request);
    if (!response.refused.isEmpty()) {
        return tr("%1: not sent: %2").arg(where, response.refused);
    }
    if (!response.transportError.isEmpty()) {
        return tr("%1: %2").arg(where, scrub(response.transportError, secrets));
    }
    QString message = scrub(errorMessage(response.body), secrets);
    if (message.isEmpty()) {
        message = response.body.trimmed().startsWith('<') ? tr("an HTML page, not a Nile Auth answer")
                  : response.body.trimmed().isEmpty()     ? tr("an empty answer")
                                                          : tr("no Nile Auth error body");
    }
    switch (response.status) {
    case 401:
        return tr("%1: the session was not accepted (401: %2).").arg(where, message);
    case 403:
        return tr("%1: forbidden (403: %2).").arg(where, message);
    case 429:
        // Nile Auth's limits are not published (provider-apis.md §12).
        return tr("%1: rate limited (429: %2). Wait a little before trying again.").arg(where, message);
    default:
        return tr("%1: HTTP %2: %3").arg(where, QString::number(response.status), message);
    }
}

std::optional<NileAuthClient::Csrf> NileAuthClient::csrf(QString* error)
{
    pm::net::HttpRequest r = request("GET", u"/auth/csrf"_s);
    r.retrySafe = true; // a read; each answer is a fresh token and cookie pair
    const pm::net::HttpResponse response = m_http.send(r);
    if (!response.ok()) {
        *error = failure(r, response, {});
        return std::nullopt;
    }
    PayloadReader reader(m_http.describe(r));
    Csrf c;
    c.token = reader.string(reader.document(response.body), u"csrfToken"_s);
    if (reader.ok() && c.token.trimmed().isEmpty()) {
        reader.fail(u"csrfToken"_s, tr("empty"));
    }
    if (!reader.ok()) {
        *error = reader.error();
        return std::nullopt;
    }
    // The CSRF cookie's name is not documented (provider-apis.md §12): whatever was set goes back.
    c.cookies = cookieHeader(setCookies(response));
    if (c.cookies.isEmpty()) {
        *error = tr("%1: no CSRF cookie came with the token, and the sign-in form is refused without one.")
                     .arg(m_http.describe(r));
        return std::nullopt;
    }
    return c;
}

std::optional<QJsonObject> NileAuthClient::getJson(const QString& path, const QByteArray& cookies,
                                                   const QStringList& secrets, QString* error)
{
    pm::net::HttpRequest r = request("GET", path);
    r.headers.append(qMakePair(QByteArray("Cookie"), cookies));
    r.retrySafe = true; // reads only
    const pm::net::HttpResponse response = m_http.send(r);
    if (!response.ok()) {
        *error = failure(r, response, secrets);
        return std::nullopt;
    }
    // NextAuth answers "no session" with {}, Auth.js with null: both read as an empty object.
    if (response.body.trimmed() == "null") {
        return QJsonObject();
    }
    PayloadReader reader(m_http.describe(r));
    const QJsonObject doc = reader.document(response.body);
    if (!reader.ok()) {
        *error = scrub(reader.error(), secrets);
        return std::nullopt;
    }
    return doc;
}

std::optional<NileSession> NileAuthClient::signIn(const QString& email, const QString& password, QString* error)
{
    const QString address = email.trimmed();
    if (address.isEmpty() || !address.contains(u'@') || password.isEmpty()) {
        *error = tr("Nile Auth: signing in needs an email address and a password.");
        return std::nullopt;
    }
    const auto form = csrf(error);
    if (!form) {
        return std::nullopt;
    }

    pm::net::HttpRequest r = request("POST", u"/auth/callback/credentials"_s);
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
    r.headers.append(qMakePair(QByteArray("Cookie"), form->cookies));
    // json=true asks for a JSON answer where NextAuth would redirect: Qt follows redirects on its
    // own, and a Set-Cookie on a redirect's first hop never reaches HttpResponse.
    r.body = formBody({{"csrfToken", form->token},
                       {"email", address},
                       {"password", password},
                       {"callbackUrl", m_baseUrl.toString()},
                       {"json", u"true"_s}});
    // Never repeated behind the user's back: each attempt may count against the account.
    r.retrySafe = false;
    const pm::net::HttpResponse response = m_http.send(r);
    const QString where = m_http.describe(r);
    QStringList secrets {password};
    if (!response.refused.isEmpty() || !response.transportError.isEmpty()) {
        *error = failure(r, response, secrets);
        return std::nullopt;
    }
    QByteArray cookieName;
    QByteArray cookieValue;
    for (const QNetworkCookie& c : setCookies(response)) {
        if (isSessionCookie(c.name()) && !c.value().isEmpty()) {
            cookieName = c.name();
            cookieValue = c.value();
        }
    }
    const bool answered = response.status >= 200 && response.status < 400;
    if (cookieValue.isEmpty() || !answered) {
        if (response.status == 403) {
            QString message = scrub(errorMessage(response.body), secrets);
            *error = tr("%1: the sign-in form was refused (403: %2); its CSRF token may not have matched the CSRF "
                        "cookie. Try again.")
                         .arg(where, message.isEmpty() ? tr("no Nile Auth error body") : message);
        } else if (response.status == 401 || answered) {
            // The documented failure answers (401, or json=true's error URL) and a redirect to an
            // error page all come without a session cookie: the credentials were refused.
            const QString code = scrub(errorMessage(response.body), secrets);
            *error = code.isEmpty() ? tr("%1: the email or password was refused.").arg(where)
                                    : tr("%1: the email or password was refused (%2).").arg(where, code);
        } else {
            *error = failure(r, response, secrets);
        }
        return std::nullopt;
    }

    NileSession session;
    session.sessionToken = QString::fromLatin1(cookieValue);
    session.cookieName = QString::fromLatin1(cookieName);
    secrets << session.sessionToken;
    const QByteArray sessionCookie = QByteArray(cookieName + '=' + cookieValue);

    const auto current = getJson(u"/auth/session"_s, sessionCookie, secrets, error);
    if (!current) {
        return std::nullopt;
    }
    const QString sessionWhere = m_http.describe(request("GET", u"/auth/session"_s));
    if (current->isEmpty()) {
        *error = tr("%1: no session (an empty answer): the sign-in went through but its session was not accepted.")
                     .arg(sessionWhere);
        return std::nullopt;
    }
    PayloadReader reader(sessionWhere);
    const QJsonObject user = reader.object(*current, u"user"_s);
    session.email = reader.string(user, u"email"_s, u"user"_s);
    session.expires = reader.dateTime(*current, u"expires"_s);
    session.userId = user.value(u"id"_s).toString().trimmed(); // not in the documented shape; used when there
    if (!reader.ok()) {
        *error = scrub(reader.error(), secrets);
        return std::nullopt;
    }
    // The cookie jar of Qt's network layer may send a session of its own: make sure it is this one.
    if (session.email.compare(address, Qt::CaseInsensitive) != 0) {
        *error = tr("%1: the session is for another email address than the one signing in.").arg(sessionWhere);
        return std::nullopt;
    }

    if (session.userId.isEmpty()) {
        // The documented session names the user's email but not the id; /me does.
        const auto me = getJson(u"/me"_s, sessionCookie, secrets, error);
        if (!me) {
            return std::nullopt;
        }
        PayloadReader meReader(m_http.describe(request("GET", u"/me"_s)));
        session.userId = meReader.string(*me, u"id"_s).trimmed();
        if (meReader.ok() && session.userId.isEmpty()) {
            meReader.fail(u"id"_s, tr("empty (expected the user's id)"));
        }
        if (!meReader.ok()) {
            *error = scrub(meReader.error(), secrets);
            return std::nullopt;
        }
    }
    return session;
}

bool NileAuthClient::signOut(const NileSession& session, QString* error)
{
    if (session.sessionToken.isEmpty()) {
        *error = tr("Nile Auth: there is no session to sign out of.");
        return false;
    }
    // NextAuth's sign-out is a form with its own CSRF token, like the sign-in.
    const auto form = csrf(error);
    if (!form) {
        return false;
    }
    const QByteArray name
        = session.cookieName.isEmpty() ? QByteArray(SessionCookieName) : session.cookieName.toLatin1();
    pm::net::HttpRequest r = request("POST", u"/auth/signout"_s);
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
    r.headers.append(qMakePair(QByteArray("Cookie"),
                               QByteArray(form->cookies + "; " + name + '=' + session.sessionToken.toLatin1())));
    r.body = formBody({{"csrfToken", form->token}, {"callbackUrl", m_baseUrl.toString()}, {"json", u"true"_s}});
    r.retrySafe = true; // ending a session twice ends it once
    const pm::net::HttpResponse response = m_http.send(r);
    if (!response.ok()) {
        *error = failure(r, response, {session.sessionToken});
        return false;
    }
    return true;
}

} // namespace pm::providers
