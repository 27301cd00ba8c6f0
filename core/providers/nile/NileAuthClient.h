#pragma once

#include "net/HttpClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace pm::providers
{

/// A signed-in Nile Auth user. The token is a secret: it goes into a Cookie header and nowhere
/// else — never into an error, a log line or the screen.
struct NileSession
{
    QString userId;
    QString email;
    QString sessionToken; ///< the session JWT
    QDateTime expires;    ///< UTC, as /auth/session reports it (30 days after sign-in by default)
    /// The cookie the token travels in: "nile.session-token", or "__Secure-nile.session-token"
    /// when the server uses secure cookies (HTTPS). Empty reads as the first.
    QString cookieName;
};

/**
 * Nile Auth's REST sign-in with email and password (provider-apis.md §9.3), the NextAuth-style
 * sequence the SDKs use: GET /auth/csrf (a token in the body, a CSRF cookie alongside), POST
 * /auth/callback/credentials as a form with the token, the CSRF cookie and json=true (answered
 * with Set-Cookie: nile.session-token=…), then GET /auth/session — and GET /me when the session
 * does not name the user's id — with that cookie. Any answer without a session cookie is a
 * refused sign-in. Errors name the endpoint; the password and the session token are never in
 * them (a server that echoes either has it replaced).
 *
 * Cookies are kept by hand from Set-Cookie and sent explicitly. Qt's network layer (one per
 * HttpClient) also keeps a cookie jar from the same answers and, whenever it holds cookies for
 * the URL, sends those instead of our Cookie header; against one server both hold the same, so
 * the explicit header is what counts when the jar is empty (a new client).
 */
class NileAuthClient final
{
    Q_DECLARE_TR_FUNCTIONS(NileAuthClient)

public:
    /// @p baseUrl: https://<region>.api.thenile.dev/v2/databases/<database id or name>.
    explicit NileAuthClient(QUrl baseUrl, pm::net::RetryPolicy policy = {});

    /// The HTTP layer, to attach a ProviderCallGuard (budget, breaker, rate limits).
    pm::net::HttpClient& http() { return m_http; }

    std::optional<NileSession> signIn(const QString& email, const QString& password, QString* error);
    /// POST /auth/signout (documented: {"message":"Signed out"}) with a fresh CSRF token. Email and
    /// password sessions are JWTs: whether Nile can revoke one before it expires is not documented,
    /// so the caller forgets the token either way.
    bool signOut(const NileSession& session, QString* error);

    /// The text of a Nile Auth error body: "message" or "error", or the error code in the "url"
    /// of a json=true answer (…?error=CredentialsSignin); an empty string otherwise.
    static QString errorMessage(const QByteArray& body);

private:
    struct Csrf
    {
        QString token;
        QByteArray cookies; ///< "name=value; …", as the server set them
    };

    QUrl endpoint(const QString& path) const;
    pm::net::HttpRequest request(const QByteArray& method, const QString& path) const;
    std::optional<Csrf> csrf(QString* error);
    /// GET @p path with @p cookies; the answer as a JSON object, or nothing and @p error.
    std::optional<QJsonObject> getJson(const QString& path, const QByteArray& cookies, const QStringList& secrets,
                                       QString* error);
    /// Why @p response is no good, with every one of @p secrets taken out of the server's text.
    QString failure(const pm::net::HttpRequest& request, const pm::net::HttpResponse& response,
                    const QStringList& secrets) const;

    QUrl m_baseUrl;
    pm::net::HttpClient m_http;
};

} // namespace pm::providers
