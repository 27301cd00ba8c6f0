#pragma once

#include "sim/mock/MockHttpServer.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace pm::sim
{

/**
 * Nile Auth's REST sign-in as provider-apis.md §9.3 and mock checklist item 9 describe it, under
 * /v2/databases/<database>: GET /auth/csrf ({"csrfToken"} plus a CSRF cookie holding the token and
 * its HMAC, NextAuth-style), POST /auth/callback/credentials (a form; the token must match the
 * cookie, else 403; right credentials set nile.session-token=<JWT-like>; HttpOnly; Path=/ and
 * answer {"url"}), GET /auth/session ({"user":{name,email,image},"expires"} for a live session
 * cookie, 401 {"error":"Unauthorized"} otherwise), GET /me (the user with its id), POST
 * /auth/signout (CSRF-checked; forgets the session, as a database session would be, and clears
 * the cookie) and an HTML error page. What Nile leaves undocumented — the CSRF cookie's name, the
 * failure answers — is configurable. Faults come from the base class.
 */
class NileAuthMockServer final : public MockHttpServer
{
    Q_OBJECT

public:
    /// How wrong credentials are answered (Nile's error bodies are unconfirmed).
    enum class Refusal
    {
        Unauthorized, ///< 401 {"error":"Unauthorized"}, the one documented Nile Auth error body
        ErrorUrl,     ///< 200 {"url":"…/auth/error?error=CredentialsSignin…"}, NextAuth's json=true answer
        Redirect,     ///< 302 to that error page (NextAuth without json=true)
    };

    /// Sessions live this long, Nile's default for email and password sign-ins.
    static constexpr int SessionDays = 30;

    explicit NileAuthMockServer(QString database, QObject* parent = nullptr);

    /// The base URL a NileAuthClient uses against this server (…/v2/databases/<database>).
    QUrl apiUrl() const;
    /// Adds or replaces a user; emails match without regard to case.
    void setUser(const QString& email, const QString& password, const QString& userId);
    void setRefusal(Refusal refusal);
    void setCsrfCookieName(const QByteArray& name);
    /// "nile.session-token" by default; "__Secure-nile.session-token" is what HTTPS servers use (sent
    /// here without the Secure attribute, which Qt's cookie jar would hold back on plain HTTP).
    void setSessionCookieName(const QByteArray& name);
    /// Every session token handed out, oldest first — for tests that check where one shows up.
    QStringList issuedTokens() const;
    /// Whether @p token is a live session.
    bool hasSession(const QString& token) const;

private:
    using Cookies = QHash<QByteArray, QByteArray>;
    struct User
    {
        QString email;
        QString password;
        QString id;
    };
    struct Session
    {
        QString userId;
        QString email;
        QDateTime expires;
    };

    static Cookies cookies(const QHttpServerRequest& request);
    QByteArray csrfCookieValue(const QByteArray& token) const;
    bool csrfMatches(const Cookies& cookies, const QString& formToken) const;
    /// The live session the request's cookie names, if any.
    std::optional<Session> session(const QHttpServerRequest& request) const;

    void csrf(QHttpServerResponder& responder);
    void credentials(const QHttpServerRequest& request, QHttpServerResponder& responder);
    void currentSession(const QHttpServerRequest& request, QHttpServerResponder& responder);
    void me(const QHttpServerRequest& request, QHttpServerResponder& responder);
    void signOut(const QHttpServerRequest& request, QHttpServerResponder& responder);

    const QString m_database;
    const QByteArray m_secret;             ///< signs the CSRF cookies of this instance
    mutable QMutex m_dataMutex;            ///< everything below: set from the test's thread, read on the server's
    QHash<QString, User> m_users;          ///< by lower-case email
    QHash<QByteArray, Session> m_sessions; ///< by token
    QStringList m_issued;
    Refusal m_refusal = Refusal::Unauthorized;
    QByteArray m_csrfCookie {"nile.csrf-token"};
    QByteArray m_sessionCookie {"nile.session-token"};
};

} // namespace pm::sim
